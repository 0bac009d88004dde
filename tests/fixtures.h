// Tiny models and random sentences for model and search tests.
#pragma once

#include <torch/torch.h>

#include <vector>

#include "helpers.h"
#include "rnnsearch/common/config.h"
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

// A small model's config on a 300-pair slice of the toy task, which it writes to DIR/train.src and
// DIR/train.trg: trained for a few dozen steps (callers set train.max_steps), it serves tests of
// code that needs a real trained model, vocabularies included, in seconds.
inline Config small_toy_config(const TempDir& dir) {
  for (const char* ext : {"src", "trg"}) {
    auto lines = read_lines(source_path(std::string("data/toy/train.") + ext));
    lines.resize(std::min<std::size_t>(lines.size(), 300));
    std::string text;
    for (const auto& l : lines) text += l + "\n";
    write_text(dir.file(std::string("train.") + ext), text);
  }
  Config c;
  c.data.train = dir.file("train");
  c.data.vocab.size = 150;
  c.data.vocab.max_sentences = 0;
  c.model.encoder.embedding_size = c.model.encoder.hidden_size = 16;
  c.model.decoder.embedding_size = c.model.decoder.maxout_size = 16;
  c.model.decoder.hidden_size = c.model.attention.hidden_size = 24;
  c.train.model_dir = dir.file("model");
  c.train.threads = 1;
  c.train.batch_tokens = 300;
  return c;
}

}  // namespace rnnsearch::testing
