#include "rnnsearch/model/encoder.h"

#include "rnnsearch/data/vocab.h"

namespace rnnsearch {
namespace {

using torch::nn::utils::rnn::PackedSequence;

std::tuple<PackedSequence, torch::Tensor> last_hidden(
    std::tuple<PackedSequence, std::tuple<torch::Tensor, torch::Tensor>> lstm_out) {
  return {std::get<0>(lstm_out), std::get<0>(std::get<1>(lstm_out))};
}

}  // namespace

EncoderImpl::EncoderImpl(const EncoderConfig& config, int64_t vocab_size) : config_(config) {
  embedding = register_module(
      "embedding", torch::nn::Embedding(torch::nn::EmbeddingOptions(vocab_size, config.embedding_size).padding_idx(kPadId)));
  const double between = config.layers > 1 ? config.dropout : 0.0;
  if (config.cell == CellType::gru) {
    gru = register_module("rnn", torch::nn::GRU(torch::nn::GRUOptions(config.embedding_size, config.hidden_size)
                                                    .num_layers(config.layers)
                                                    .bidirectional(true)
                                                    .batch_first(true)
                                                    .dropout(between)));
  } else {
    lstm = register_module("rnn", torch::nn::LSTM(torch::nn::LSTMOptions(config.embedding_size, config.hidden_size)
                                                      .num_layers(config.layers)
                                                      .bidirectional(true)
                                                      .batch_first(true)
                                                      .dropout(between)));
  }
  embedding_dropout = register_module("embedding_dropout", torch::nn::Dropout(config.embedding_dropout));
  output_dropout = register_module("output_dropout", torch::nn::Dropout(config.dropout));
}

EncoderOutput EncoderImpl::forward(const torch::Tensor& src, const torch::Tensor& lengths) {
  return forward(src, lengths, embedding->forward(src));
}

EncoderOutput EncoderImpl::forward(const torch::Tensor& src, const torch::Tensor& lengths, const torch::Tensor& source_embeddings) {
  TORCH_CHECK(src.dim() == 2 && lengths.dim() == 1 && lengths.size(0) == src.size(0), "encoder: src ",
              src.sizes(), " lengths ", lengths.sizes());
  TORCH_CHECK(source_embeddings.dim() == 3 && source_embeddings.size(0) == src.size(0) && source_embeddings.size(1) == src.size(1),
              "encoder: embeddings ", source_embeddings.sizes(), " for src ", src.sizes());
  const auto embedded = embedding_dropout->forward(source_embeddings);  // [B, S, E]
  // Packed, so that padding never enters either direction.
  const auto packed = torch::nn::utils::rnn::pack_padded_sequence(embedded, lengths.cpu(), true, false);
  // [layers * 2, B, H] final states, and the packed outputs.
  auto [out, h_n] = gru ? gru->forward_with_packed_input(packed) : last_hidden(lstm->forward_with_packed_input(packed));
  const auto annotations =
      std::get<0>(torch::nn::utils::rnn::pad_packed_sequence(out, true, 0.0, src.size(1)));  // [B, S, 2H]
  // The last layer's backward direction ends at the first word: its final state is <-h_1.
  return {output_dropout->forward(annotations), h_n[h_n.size(0) - 1], src.ne(kPadId)};
}

}  // namespace rnnsearch
