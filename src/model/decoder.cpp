#include "rnnsearch/model/decoder.h"

#include <limits>
#include <optional>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/data/vocab.h"
#include "rnnsearch/model/kernels.h"

namespace rnnsearch {

DecoderState DecoderState::select(const torch::Tensor& index) const {
  DecoderState out;
  for (const auto& layer : layers) out.layers.push_back(layer.select(index));
  if (feed.defined()) out.feed = feed.index_select(0, index);
  if (coverage.defined()) out.coverage = coverage.index_select(0, index);
  out.step = step;
  return out;
}

DecoderImpl::DecoderImpl(const DecoderConfig& config, const AttentionConfig& attention_config,
                         int64_t vocab_size, int64_t annotation_size)
    : config_(config),
      readout_size_(config.type == DecoderType::luong ? config.hidden_size
                    : config.maxout_size > 0          ? config.maxout_size
                                                      : config.embedding_size),
      hard_(attention_config.hard != HardAttention::none),
      hard_top_k_(attention_config.hard_top_k),
      sampled_(attention_config.hard == HardAttention::reinforce) {
  const bool luong = config.type == DecoderType::luong;
  if (hard_ && (luong || attention_config.heads > 1 || attention_config.dimensions != AttentionDimensions::single))
    throw ConfigError("config", "model.attention.hard", "needs a bahdanau or conditional decoder, one head and dimensions single");
  if (!luong && config.layers != 1)
    throw ConfigError("config", "model.decoder.layers", "bahdanau and conditional decoders have one layer; luong stacks");
  if (config.tie_embeddings && readout_size_ != config.embedding_size)
    throw ConfigError("config", "model.decoder.tie_embeddings",
                      luong ? fmt::format("needs decoder.hidden_size equal to decoder.embedding_size ({})", config.embedding_size)
                            : fmt::format("needs decoder.maxout_size equal to decoder.embedding_size ({}) or 0",
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
  // Registration order fixes the order in which parameters are initialised: keep it stable.
  if (luong) {
    attention = register_module("attention", Attention(attention_config, h, annotation_size));
    for (int l = 1; l < config.layers; ++l) {
      upper_cells.push_back(register_module(fmt::format("cell_{}", l + 1), RnnCell(config.cell, h)));
      upper_proj.push_back(register_module(fmt::format("input_proj_{}", l + 1), torch::nn::Linear(h, cell->gate_size())));
    }
    if (config.input_feeding)
      feed_proj = register_module("feed_proj", torch::nn::Linear(torch::nn::LinearOptions(h, cell->gate_size()).bias(false)));
    combine = register_module("combine", torch::nn::Linear(torch::nn::LinearOptions(annotation_size + h, h).bias(false)));
  } else {
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
  }
  output_weight = config.tie_embeddings
                      ? embedding->weight
                      : register_parameter("output_weight", torch::empty({vocab_size, readout_size_}));
  if (!config.tie_embeddings) torch::nn::init::xavier_uniform_(output_weight);
  output_bias = register_parameter("output_bias", torch::zeros({vocab_size}));
  if (sampled_) reinforce_baseline = register_buffer("reinforce_baseline", torch::zeros({2}));
}

// Xu et al. 2015 §4.1: at each step a one-hot s_t ~ Multinoulli(alpha_t) picks the context
// c_t = h_{s_t}; with probability `expectation` a sentence reads c_t = sum_j alpha_tj h_j instead.
struct DecoderImpl::Sampler {
  SampledAttention& io;
  torch::Tensor expected_rows;  // [B] bool, when sampling
  std::vector<torch::Tensor> positions, log_prob, entropy;

  Sampler(SampledAttention& sampled, int64_t rows, const torch::Device& device) : io(sampled) {
    if (!io.positions.defined()) expected_rows = torch::rand({rows}, torch::TensorOptions(device)).lt(io.expectation);
  }

  torch::Tensor read(const AttentionOutput& att, const AttentionMemory& memory, int64_t step) {
    const auto& weights = att.weights;  // [B, S], at least float32
    torch::Tensor j = io.positions.defined() ? io.positions.select(1, step)
                                             : torch::multinomial(weights.detach(), 1).squeeze(1).masked_fill(expected_rows, -1);
    const auto hard = j.ge(0), at = j.clamp_min(0);
    const auto& values = memory.values;  // [B, S, D]
    const auto picked = values.gather(1, at.view({-1, 1, 1}).expand({values.size(0), 1, values.size(2)})).squeeze(1);
    positions.push_back(j);
    const auto chosen = weights.gather(1, at.unsqueeze(1)).squeeze(1).clamp_min(1e-30).log();
    log_prob.push_back(torch::where(hard, chosen, torch::zeros_like(chosen)));
    entropy.push_back(-(weights * weights.clamp_min(1e-30).log()).sum(-1));
    return torch::where(hard.unsqueeze(1), picked.to(att.context.scalar_type()), att.context);
  }

  void finish() {
    io.positions = torch::stack(positions, 1);
    io.log_prob = torch::stack(log_prob, 1);
    io.entropy = torch::stack(entropy, 1);
  }
};

AttentionMemory DecoderImpl::prepare(const EncoderOutput& encoded) {
  AttentionMemory memory = attention->prepare(encoded.annotations, encoded.mask);
  if (hard_) memory.readout_contexts = linear(readout_context, encoded.annotations);
  return memory;
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
  DecoderState state;
  state.layers.assign(static_cast<std::size_t>(config_.layers), cell->initial(h0));
  if (config_.type == DecoderType::luong && config_.input_feeding) state.feed = torch::zeros_like(h0);
  state.coverage = attention->initial_coverage(batch, encoded.mask.size(1), encoded.annotations.options());
  return state;
}

torch::Tensor DecoderImpl::embed(const torch::Tensor& ids) {
  return inverted_dropout(embedding_dropout, embedding->forward(ids));
}

DecoderImpl::Recurrence DecoderImpl::recur(const torch::Tensor& x_proj, const DecoderState& state,
                                           const AttentionMemory& memory, Sampler* sampler) {
  switch (config_.type) {
    case DecoderType::luong:
      return recur_luong(x_proj, state, memory);
    case DecoderType::conditional: {
      const RnnState first = cell->forward(x_proj, state.layers[0]);
      AttentionOutput att = attention->forward(first.h, memory, state.step, state.coverage);
      if (sampler != nullptr) att.context = sampler->read(att, memory, state.step);
      const RnnState second = cell2->forward(step_linear(context_proj, att.context), first);
      return {{{second}, {}, state.step + 1, att.coverage}, second.h, att.context, att.weights, att.head_weights};
    }
    case DecoderType::bahdanau:
      break;
  }
  AttentionOutput att = attention->forward(state.layers[0].h, memory, state.step, state.coverage);
  if (sampler != nullptr) att.context = sampler->read(att, memory, state.step);
  const RnnState next = cell->forward(x_proj + step_linear(context_proj, att.context), state.layers[0]);
  return {{{next}, {}, state.step + 1, att.coverage}, state.layers[0].h, att.context, att.weights, att.head_weights};
}

DecoderImpl::Recurrence DecoderImpl::recur_luong(const torch::Tensor& x_proj, const DecoderState& state,
                                                 const AttentionMemory& memory) {
  DecoderState next;
  next.step = state.step + 1;
  const auto first_input = feed_proj ? x_proj + step_linear(feed_proj, state.feed) : x_proj;
  next.layers.push_back(cell->forward(first_input, state.layers[0]));
  for (std::size_t l = 0; l < upper_cells.size(); ++l) {
    const auto below = inverted_dropout(dropout, next.layers.back().h);
    next.layers.push_back(upper_cells[l]->forward(step_linear(upper_proj[l], below), state.layers[l + 1]));
  }
  const AttentionOutput att = attention->forward(next.layers.back().h, memory, state.step, state.coverage);
  next.coverage = att.coverage;
  const auto attentional = torch::tanh(step_linear(combine, torch::cat({att.context, next.layers.back().h}, -1)));
  if (feed_proj) next.feed = attentional;
  return {std::move(next), attentional, att.context, att.weights, att.head_weights};
}

torch::Tensor DecoderImpl::readout(const torch::Tensor& h, const torch::Tensor& embedded,
                                   const torch::Tensor& context, DecoderOutput output) {
  const auto x = config_.type == DecoderType::luong  // p = softmax(W_s h~): h is the attentional vector
                     ? inverted_dropout(dropout, h)
                     : output_input(linear_sum({inverted_dropout(dropout, h), embedded, context},
                                               {readout_state->weight, readout_embed->weight, readout_context->weight},
                                               readout_state->bias));
  if (output == DecoderOutput::output_input) return x;
  const auto logits = linear(x, output_weight, output_bias);
  return output == DecoderOutput::log_probs ? torch::log_softmax(at_least_float(logits), -1) : logits;
}

torch::Tensor DecoderImpl::output_input(const torch::Tensor& t) {
  if (config_.maxout_size > 0) return maxout_dropout(t, dropout->options.p(), dropout->is_training());  // over pairs
  return inverted_dropout(dropout, torch::tanh(t));
}

torch::Tensor DecoderImpl::output_logits(const torch::Tensor& pre) {
  return linear(output_input(pre), output_weight, output_bias);
}

torch::Tensor DecoderImpl::marginal_readout(const torch::Tensor& h, const torch::Tensor& embedded,
                                            const torch::Tensor& weights, const AttentionMemory& memory) {
  const int64_t s = weights.size(-1);
  int64_t k = memory.hard_top_k >= 0 ? memory.hard_top_k : hard_top_k_;
  if (k <= 0 || k > s) k = s;
  torch::Tensor alpha = at_least_float(weights), index;
  if (k < s) {
    auto [top, where] = alpha.topk(k, -1);
    alpha = top / top.sum(-1, true).clamp_min(1e-30);
    index = where;
  } else {
    index = torch::arange(s, weights.options().dtype(torch::kInt64)).expand(weights.sizes());
  }
  // C_o h_j for the chosen positions: rows of the memory, k per query ([B, G*k] or [B, T*k]).
  const auto& projected = memory.readout_contexts;  // [B, S, P]
  const int64_t b = projected.size(0), p = projected.size(2);
  const auto flat = index.reshape({b, -1});
  auto shape = index.sizes().vec();
  shape.push_back(p);
  const auto contexts = projected.gather(1, flat.unsqueeze(-1).expand({b, flat.size(1), p})).view(shape);
  const auto pre = (linear(readout_state, inverted_dropout(dropout, h)) + linear(readout_embed, embedded)).unsqueeze(-2) + contexts;
  const auto log_probs = torch::log_softmax(at_least_float(output_logits(pre)), -1);  // [..., k, V]
  // Positions without weight (padding, sparse zeros) add nothing; clamped so their gradient is 0.
  return torch::logsumexp(log_probs + alpha.clamp_min(1e-30).log().unsqueeze(-1), -2);
}

torch::Tensor DecoderImpl::forward(const torch::Tensor& trg_in, const AttentionMemory& memory, DecoderState state,
                                   torch::Tensor* attention_out, DecoderOutput output,
                                   torch::Tensor* head_attention_out, SampledAttention* sampled) {
  TORCH_CHECK(sampled == nullptr || sampled_, "decoder: sampled positions need model.attention.hard reinforce");
  std::optional<Sampler> sampler;
  if (sampled != nullptr) sampler.emplace(*sampled, trg_in.size(0), trg_in.device());
  const bool marginal = hard_ && !sampler;
  TORCH_CHECK(!marginal || output != DecoderOutput::output_input,
              "decoder: marginalised hard attention has no output layer input to return");
  const auto embedded = embed(trg_in);             // [B, T, E]
  const auto x_proj = linear(input_proj, embedded);  // [B, T, G]
  // The RNNsearch decoder's steps as one kernel in training, where it applies.
  const auto fusable = sampler || marginal || memory.forced_weights.defined() ? std::nullopt : recurrence_weights();
  if (fusable && takes_decoder_recurrence(x_proj, memory.keys, memory.values, *fusable)) {
    const auto out = decoder_recurrence(x_proj, state.layers[0].h, memory.keys, memory.values, memory.mask, *fusable,
                                        memory.gradients);
    if (attention_out != nullptr) *attention_out = out[2];
    if (head_attention_out != nullptr) *head_attention_out = torch::Tensor();
    return readout(out[0], embedded, out[1], output);
  }
  const int64_t steps = trg_in.size(1);
  std::vector<torch::Tensor> readout_h, contexts, weights, head_weights;
  const bool keep_weights = attention_out != nullptr || marginal;
  readout_h.reserve(steps);
  contexts.reserve(steps);
  // unbind, not select(1, i) per step: select's backward would build a zero-filled [B, T, G]
  // gradient per step and autograd would add T of them; unbind's backward is one stack.
  const std::vector<torch::Tensor> x_steps = x_proj.unbind(1);
  StepProducts products(steps);
  for (int64_t i = 0; i < steps; ++i) {
    Recurrence r = recur(x_steps[static_cast<std::size_t>(i)], state, memory, sampler ? &*sampler : nullptr);
    readout_h.push_back(r.readout_h);
    contexts.push_back(r.context);
    if (keep_weights) weights.push_back(r.weights);
    if (head_attention_out != nullptr && r.head_weights.defined()) head_weights.push_back(r.head_weights);
    state = std::move(r.state);
  }
  const torch::Tensor all_weights = keep_weights ? torch::stack(weights, 1) : torch::Tensor();
  if (attention_out != nullptr) *attention_out = all_weights;
  if (head_attention_out != nullptr)
    *head_attention_out = head_weights.empty() ? torch::Tensor() : torch::stack(head_weights, 1);
  if (sampler) sampler->finish();
  if (marginal) return marginal_readout(torch::stack(readout_h, 1), embedded, all_weights, memory);
  return readout(torch::stack(readout_h, 1), embedded, torch::stack(contexts, 1), output);
}

torch::Tensor DecoderImpl::log_probs_at(const torch::Tensor& trg_in, const AttentionMemory& memory, DecoderState state,
                                       const torch::Tensor& positions) {
  const int64_t steps = positions.max().item<int64_t>() + 1;
  const auto embedded = embed(trg_in.slice(1, 0, steps));  // [B, steps, E]
  const std::vector<torch::Tensor> x_steps = linear(input_proj, embedded).unbind(1);
  std::vector<torch::Tensor> readout_h, contexts, weights;
  StepProducts products(steps);
  for (int64_t i = 0; i < steps; ++i) {
    Recurrence r = recur(x_steps[static_cast<std::size_t>(i)], state, memory);
    readout_h.push_back(r.readout_h);
    contexts.push_back(r.context);
    if (hard_) weights.push_back(r.weights);
    state = std::move(r.state);
  }
  // Row b's values at its own step: [B, steps, X] -> [B, X].
  const auto at = [&](const torch::Tensor& stacked) {
    const auto index = positions.view({-1, 1, 1}).expand({stacked.size(0), 1, stacked.size(2)});
    return stacked.gather(1, index).squeeze(1);
  };
  const auto h = at(torch::stack(readout_h, 1)), e = at(embedded);
  if (hard_) return marginal_readout(h, e, at(torch::stack(weights, 1)), memory);
  return readout(h, e, at(torch::stack(contexts, 1)));
}

StepOutput DecoderImpl::step(const torch::Tensor& prev, const DecoderState& state, const AttentionMemory& memory) {
  const auto embedded = embed(prev);  // [B, E]
  Recurrence r = recur(linear(input_proj, embedded), state, memory);
  if (hard_) return {marginal_readout(r.readout_h, embedded, r.weights, memory), std::move(r.state), r.weights};
  return {readout(r.readout_h, embedded, r.context), std::move(r.state), r.weights};
}

std::optional<DecoderRecurrenceWeights> DecoderImpl::recurrence_weights() const {
  if (config_.type != DecoderType::bahdanau || config_.cell != CellType::gru || hard_) return std::nullopt;
  const auto [query_weight, score_vector] = attention->plain_additive();
  if (!query_weight.defined()) return std::nullopt;
  const auto& hidden = cell->hidden_proj();
  return DecoderRecurrenceWeights{query_weight, score_vector, hidden->weight, hidden->bias, context_proj->weight};
}

std::shared_ptr<const FusedStep> DecoderImpl::fused(int64_t max_table_bytes, bool int8) const {
  const auto weights = recurrence_weights();  // the same decoders
  if (!weights) return nullptr;
  return std::make_shared<const FusedStep>(embedding->weight, input_proj, cell->hidden_proj(), weights->query,
                                           weights->score, context_proj, readout_state, readout_embed, readout_context,
                                           output_weight, output_bias, config_.maxout_size > 0, max_table_bytes, int8);
}

FusedStep::FusedStep(const torch::Tensor& embedding, const torch::nn::Linear& input_proj, const torch::nn::Linear& hidden,
                     const torch::Tensor& query_weight, const torch::Tensor& score_vector,
                     const torch::nn::Linear& context_proj, const torch::nn::Linear& readout_state,
                     const torch::nn::Linear& readout_embed, const torch::nn::Linear& readout_context,
                     const torch::Tensor& output_weight, const torch::Tensor& output_bias, bool maxout,
                     int64_t max_table_bytes, bool int8)
    : hidden_size_(hidden->weight.size(1)),
      attention_size_(query_weight.size(0)),
      pre_size_(readout_state->weight.size(0)),
      maxout_(maxout) {
  // The bahdanau decoder's projections of c and E y have no bias of their own.
  TORCH_CHECK(!context_proj->bias.defined() && !readout_embed->bias.defined() && !readout_context->bias.defined(),
              "FusedStep: a bahdanau decoder's context and embedding projections have no bias");
  torch::NoGradGuard no_grad;
  const auto type = int8 ? torch::kChar : output_weight.scalar_type();  // the products'
  const auto f32 = [](const torch::Tensor& t) { return t.detach().to(torch::kFloat); };
  const auto zeros = [&](int64_t n) { return torch::zeros({n}, output_bias.options().dtype(torch::kFloat)); };
  by_state_ = PackedLinear(torch::cat({hidden->weight, query_weight, readout_state->weight}),
                           torch::cat({f32(hidden->bias), zeros(attention_size_), f32(readout_state->bias)}), type);
  by_context_ = PackedLinear(torch::cat({context_proj->weight, readout_context->weight}), {}, type);
  score_vector_ = f32(score_vector).contiguous();
  const auto embed_weight = torch::cat({f32(input_proj->weight), f32(readout_embed->weight)});  // [3H + P, E]
  const auto embed_bias = torch::cat({f32(input_proj->bias), zeros(pre_size_)});
  const int64_t table_bytes = embedding.size(0) * embed_weight.size(0) * static_cast<int64_t>(sizeof(float));
  if (table_bytes <= max_table_bytes) {
    table_ = torch::addmm(embed_bias, f32(embedding), embed_weight.t());
  } else {
    embedding_ = embedding.detach();
    by_embedding_ = PackedLinear(embed_weight, embed_bias, type);
  }
  output_ = PackedLinear(output_weight, f32(output_bias), type);
  output_weight_ = output_weight.detach();
  output_bias_ = f32(output_bias);
  product_type_ = type;
}

PackedLinear FusedStep::output_for(const torch::Tensor& columns) const {
  const auto index = columns.to(output_weight_.device(), torch::kInt64);
  return PackedLinear(output_weight_.index_select(0, index), output_bias_.index_select(0, index), product_type_);
}

AttentionMemory FusedStep::prepare(const AttentionMemory& memory) const {
  AttentionMemory out = memory;
  out.values = memory.values.to(torch::kFloat).contiguous();
  out.keys = memory.keys.to(torch::kFloat).contiguous();
  out.key_exps = key_exponentials(out.keys);
  if (out.key_exps.defined()) out.keys = torch::Tensor();  // step() reads the exponentials alone
  out.gradients = nullptr;
  return out;
}

AttentionMemory FusedStep::with_context_products(const AttentionMemory& memory) const {
  torch::NoGradGuard no_grad;
  AttentionMemory out = memory;
  const auto& values = memory.values;  // [B, S, D] float32, 0 at padding
  out.context_products = by_context_(values.reshape({-1, values.size(2)})).view({values.size(0), values.size(1), -1});
  out.values = torch::Tensor();  // step() reads the context products alone
  return out;
}

DecoderState FusedStep::prepare(const DecoderState& state) const {
  DecoderState out = state;
  for (auto& layer : out.layers) layer.h = layer.h.to(torch::kFloat);
  return out;
}

StepOutput FusedStep::step(const torch::Tensor& prev, const DecoderState& state, const AttentionMemory& memory,
                           const PackedLinear* output) const {
  torch::NoGradGuard no_grad;
  const int64_t g = 3 * hidden_size_, a = attention_size_;
  const torch::Tensor& s = state.layers[0].h;  // s_{i-1} [R, H]
  const auto by_state = by_state_(s);  // [U s + b_U, W_a s, U_o s + b_o]
  const auto query = by_state.slice(1, g, g + a);
  const auto scores = memory.key_exps.defined() ? additive_scores_by_exps(memory.key_exps, query, score_vector_)
                                                : additive_scores_inference(memory.keys, query, score_vector_);
  const auto weights = masked_softmax_rows_(scores, memory.mask);
  // [W E_y + b_W + C c_i, V_o E_y + C_o c_i], with c_i = sum_j alpha_ij h_j
  auto by_input = table_.defined() ? table_.index_select(0, prev) : by_embedding_(embedding_.index_select(0, prev));
  if (memory.context_products.defined())
    weighted_sum_inference(weights, memory.context_products, by_input);
  else
    by_input.add_(by_context_(weighted_sum_inference(weights, memory.values)));
  auto [h, t] = gru_readout_inference(by_state, by_input, s, a, maxout_);  // s_i, t_i
  DecoderState next;
  next.layers.push_back({std::move(h), torch::Tensor()});
  next.step = state.step + 1;
  return {log_softmax_rows_(output ? (*output)(t) : output_(t)), std::move(next), weights};
}

}  // namespace rnnsearch
