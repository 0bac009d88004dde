#include "rnnsearch/dataset.h"

#include "rnnsearch/log.h"

namespace rnnsearch {
namespace {

std::vector<SentencePair> read_split(const DataConfig& data, const std::string& prefix,
                                     const char* name, CorpusStats& stats) {
  const std::string src = corpus_file(prefix, data.src_lang);
  const std::string trg = corpus_file(prefix, data.trg_lang);
  auto pairs = read_parallel(src, trg, stats);
  log::info("data", "{}: {} + {}: {} lines, {} with an empty side skipped", name, src, trg,
            stats.lines, stats.skipped_empty);
  return pairs;
}

EncodedCorpus encode_split(const std::vector<SentencePair>& pairs, const Vocabs& vocabs, int max_len,
                           const char* name, CorpusStats& stats) {
  EncodedCorpus encoded = encode_corpus(pairs, *vocabs.src, *vocabs.trg, max_len, stats);
  if (max_len > 0)
    log::info("data", "{}: {} pairs kept, {} longer than {} tokens skipped", name, encoded.size(),
              stats.skipped_long, max_len);
  return encoded;
}

}  // namespace

Dataset load_dataset(const Config& config, bool retrain_vocab, int threads) {
  const DataConfig& data = config.data;
  CorpusStats train_stats;
  const auto train_pairs = read_split(data, data.train, "train", train_stats);
  Dataset dataset;
  dataset.vocabs = prepare_vocabs(config, train_pairs, retrain_vocab, threads);
  dataset.train = encode_split(train_pairs, dataset.vocabs, data.max_len, "train", train_stats);
  if (!data.dev.empty()) {
    CorpusStats dev_stats;
    const auto dev_pairs = read_split(data, data.dev, "dev", dev_stats);
    // Validation keeps long pairs: skipping them would flatter the scores.
    dataset.dev = encode_split(dev_pairs, dataset.vocabs, 0, "dev", dev_stats);
    for (const auto& pair : dev_pairs) {
      dataset.dev_source.push_back(pair.src);
      dataset.dev_reference.push_back(pair.trg);
    }
  }
  return dataset;
}

std::vector<int> sequence_lengths(const std::vector<std::vector<std::int32_t>>& sequences) {
  std::vector<int> lengths;
  lengths.reserve(sequences.size());
  for (const auto& s : sequences) lengths.push_back(static_cast<int>(s.size()) + 2);
  return lengths;
}

BatchingOptions training_batching(const Config& config) {
  BatchingOptions options;
  options.batch_tokens = config.train.batch_tokens;
  options.seed = config.train.seed;
  options.shuffle = true;
  return options;
}

}  // namespace rnnsearch
