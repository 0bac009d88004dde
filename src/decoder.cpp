#include "rnnsearch/decoder.h"

#include <fmt/format.h>

#include "rnnsearch/error.h"
#include "rnnsearch/vocab.h"

namespace rnnsearch {

DecoderImpl::DecoderImpl(const DecoderConfig& config, const AttentionConfig& attention_config,
                         int64_t vocab_size, int64_t annotation_size)
    : config_(config), readout_size_(config.maxout_size > 0 ? config.maxout_size : config.embedding_size) {
  if (config.type == DecoderType::luong)
    throw ConfigError("config", "model.decoder.type", "\"luong\" is not available yet (issue #6); use bahdanau or conditional");
  if (config.layers != 1)
    throw ConfigError("config", "model.decoder.layers", "bahdanau and conditional decoders have one layer");
  if (config.tie_embeddings && readout_size_ != config.embedding_size)
    throw ConfigError("config", "model.decoder.tie_embeddings",
                      fmt::format("needs decoder.maxout_size equal to decoder.embedding_size ({}) or 0",
                                  config.embedding_size));
  const int64_t h = config.hidden_size, e = config.embedding_size;
  embedding = register_module("embedding", torch::nn::Embedding(torch::nn::EmbeddingOptions(vocab_size, e).padding_idx(kPadId)));
  embedding_dropout = register_module("embedding_dropout", torch::nn::Dropout(config.embedding_dropout));
  dropout = register_module("dropout", torch::nn::Dropout(config.dropout));
  if (config.init != DecoderInit::zero) {
    const int64_t from = config.init == DecoderInit::last ? annotation_size / 2 : annotation_size;
    init_proj = register_module("init_proj", torch::nn::Linear(from, h));
  }
  cell = register_module("cell", RnnCell(config.cell, h));
  input_proj = register_module("input_proj", torch::nn::Linear(e, cell->gate_size()));
  if (config.type == DecoderType::conditional) {
    cell2 = register_module("cell2", RnnCell(config.cell, h));
    context_proj = register_module("context_proj", torch::nn::Linear(annotation_size, cell2->gate_size()));
  } else {
    context_proj = register_module(
        "context_proj", torch::nn::Linear(torch::nn::LinearOptions(annotation_size, cell->gate_size()).bias(false)));
  }
  attention = register_module("attention", Attention(attention_config, h, annotation_size));
  const int64_t pre = config.maxout_size > 0 ? 2 * readout_size_ : readout_size_;
  readout_state = register_module("readout_state", torch::nn::Linear(h, pre));
  readout_embed = register_module("readout_embed", torch::nn::Linear(torch::nn::LinearOptions(e, pre).bias(false)));
  readout_context =
      register_module("readout_context", torch::nn::Linear(torch::nn::LinearOptions(annotation_size, pre).bias(false)));
  output_weight = config.tie_embeddings
                      ? embedding->weight
                      : register_parameter("output_weight", torch::empty({vocab_size, readout_size_}));
  if (!config.tie_embeddings) torch::nn::init::xavier_uniform_(output_weight);
  output_bias = register_parameter("output_bias", torch::zeros({vocab_size}));
}

AttentionMemory DecoderImpl::prepare(const EncoderOutput& encoded) {
  return attention->prepare(encoded.annotations, encoded.mask);
}

DecoderState DecoderImpl::initial_state(const EncoderOutput& encoded) {
  const auto batch = encoded.annotations.size(0);
  torch::Tensor h0;
  switch (config_.init) {
    case DecoderInit::last:
      h0 = torch::tanh(init_proj->forward(encoded.backward_first));
      break;
    case DecoderInit::mean: {
      const auto mask = encoded.mask.unsqueeze(-1).to(encoded.annotations.dtype());
      const auto mean = (encoded.annotations * mask).sum(1) / mask.sum(1).clamp_min(1);
      h0 = torch::tanh(init_proj->forward(mean));
      break;
    }
    case DecoderInit::zero:
      h0 = torch::zeros({batch, config_.hidden_size}, encoded.annotations.options());
      break;
  }
  return {cell->initial(h0), 0};
}

torch::Tensor DecoderImpl::embed(const torch::Tensor& ids) {
  return embedding_dropout->forward(embedding->forward(ids));
}

DecoderImpl::Recurrence DecoderImpl::recur(const torch::Tensor& x_proj, const DecoderState& state,
                                           const AttentionMemory& memory) {
  if (config_.type == DecoderType::conditional) {
    const RnnState first = cell->forward(x_proj, state.rnn);
    const AttentionOutput att = attention->forward(first.h, memory, state.step);
    const RnnState second = cell2->forward(context_proj->forward(att.context), first);
    return {{second, state.step + 1}, second.h, att.context, att.weights};
  }
  const AttentionOutput att = attention->forward(state.rnn.h, memory, state.step);
  const RnnState next = cell->forward(x_proj + context_proj->forward(att.context), state.rnn);
  return {{next, state.step + 1}, state.rnn.h, att.context, att.weights};
}

torch::Tensor DecoderImpl::readout(const torch::Tensor& h, const torch::Tensor& embedded,
                                   const torch::Tensor& context) {
  auto t = readout_state->forward(dropout->forward(h)) + readout_embed->forward(embedded) +
           readout_context->forward(context);
  if (config_.maxout_size > 0) {
    auto shape = t.sizes().vec();
    shape.back() = readout_size_;
    shape.push_back(2);
    t = std::get<0>(t.view(shape).max(-1));  // maxout over pairs
  } else {
    t = torch::tanh(t);
  }
  return torch::log_softmax(torch::nn::functional::linear(dropout->forward(t), output_weight, output_bias), -1);
}

torch::Tensor DecoderImpl::forward(const torch::Tensor& trg_in, const AttentionMemory& memory, DecoderState state,
                                   torch::Tensor* attention_out) {
  const auto embedded = embed(trg_in);             // [B, T, E]
  const auto x_proj = input_proj->forward(embedded);  // [B, T, G]
  const int64_t steps = trg_in.size(1);
  std::vector<torch::Tensor> readout_h, contexts, weights;
  readout_h.reserve(steps);
  contexts.reserve(steps);
  for (int64_t i = 0; i < steps; ++i) {
    Recurrence r = recur(x_proj.select(1, i), state, memory);
    readout_h.push_back(r.readout_h);
    contexts.push_back(r.context);
    if (attention_out != nullptr) weights.push_back(r.weights);
    state = std::move(r.state);
  }
  if (attention_out != nullptr) *attention_out = torch::stack(weights, 1);
  return readout(torch::stack(readout_h, 1), embedded, torch::stack(contexts, 1));
}

StepOutput DecoderImpl::step(const torch::Tensor& prev, const DecoderState& state, const AttentionMemory& memory) {
  const auto embedded = embed(prev);  // [B, E]
  Recurrence r = recur(input_proj->forward(embedded), state, memory);
  return {readout(r.readout_h, embedded, r.context), std::move(r.state), r.weights};
}

}  // namespace rnnsearch
