// Tiny models and random sentences for model and search tests.
#pragma once

#include <torch/torch.h>

#include <vector>

#include "rnnsearch/data/vocab.h"
#include "rnnsearch/model/model.h"

namespace rnnsearch::testing {

inline constexpr int64_t kSrcVocab = 13, kTrgVocab = 11;

inline ModelConfig tiny(DecoderType type = DecoderType::bahdanau, CellType cell = CellType::gru) {
  ModelConfig c;
  c.encoder.cell = cell;
  c.encoder.embedding_size = 6;
  c.encoder.hidden_size = 5;
  c.decoder.type = type;
  c.decoder.cell = cell;
  c.decoder.embedding_size = 6;
  c.decoder.hidden_size = 7;
  c.decoder.maxout_size = 4;
  c.attention.hidden_size = 5;
  return c;
}

// Sentences of the given lengths with ids drawn from the non-special range.
inline std::vector<std::vector<int32_t>> sentences(const std::vector<int>& lengths, int64_t vocab, uint64_t seed) {
  torch::manual_seed(seed);
  std::vector<std::vector<int32_t>> out;
  for (const int n : lengths) {
    const auto ids = torch::randint(kEosId + 1, vocab, {n}, torch::kInt64);
    out.emplace_back(ids.data_ptr<int64_t>(), ids.data_ptr<int64_t>() + n);
  }
  return out;
}

inline NmtModel make_model(const ModelConfig& config, uint64_t seed = 3) {
  torch::manual_seed(seed);
  NmtModel model(config, kSrcVocab, kTrgVocab);
  initialize_parameters(*model, config);
  model->eval();
  return model;
}

}  // namespace rnnsearch::testing
