#include "rnnsearch/data/dataset.h"

#include <unordered_map>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/log.h"

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

// Word links of data.alignment as links between the pieces of each kept pair: every piece of the
// source word with every piece of the target word.
std::vector<Alignment> piece_links(const std::string& path, const std::vector<SentencePair>& pairs,
                                   const EncodedCorpus& kept, const Vocabs& vocabs, std::size_t lines) {
  const std::vector<GoldAlignment> gold = read_pharaoh(path, false);
  if (gold.size() != lines)
    throw DataError(path, 0, fmt::format("{} lines, but the training corpus has {}: they must match line for line", gold.size(), lines));
  std::unordered_map<std::size_t, const SentencePair*> by_line;
  for (const auto& pair : pairs) by_line[pair.line] = &pair;
  std::vector<Alignment> links(kept.size());
  std::size_t unmatched = 0;
  for (std::size_t k = 0; k < kept.size(); ++k) {
    const std::size_t line = kept.lines[k];
    const SentencePair& pair = *by_line.at(line);
    const std::vector<int> src = word_index(vocabs.src->encode_pieces(pair.src), {});
    const std::vector<int> trg = word_index(vocabs.trg->encode_pieces(pair.trg), {});
    if (src.size() != kept.src[k].size() || trg.size() != kept.trg[k].size()) {
      ++unmatched;
      continue;
    }
    const int src_words = src.empty() ? 0 : src.back() + 1;
    const int trg_words = trg.empty() ? 0 : trg.back() + 1;
    // The pieces of each word, per side.
    auto pieces_of = [](const std::vector<int>& index, int words) {
      std::vector<std::vector<int>> pieces(static_cast<std::size_t>(words));
      for (std::size_t p = 0; p < index.size(); ++p) pieces[static_cast<std::size_t>(index[p])].push_back(static_cast<int>(p));
      return pieces;
    };
    const auto src_pieces = pieces_of(src, src_words), trg_pieces = pieces_of(trg, trg_words);
    Alignment words = gold[line - 1].sure;
    words.insert(words.end(), gold[line - 1].possible.begin(), gold[line - 1].possible.end());
    for (const auto& [i, j] : words) {
      if (i >= src_words || j >= trg_words)
        throw DataError(path, line, fmt::format("link {}-{} points past the sentence pair ({} source, {} target words)", i, j,
                                                src_words, trg_words));
      for (const int s : src_pieces[static_cast<std::size_t>(i)])
        for (const int t : trg_pieces[static_cast<std::size_t>(j)]) links[k].emplace_back(s, t);
    }
  }
  if (unmatched > 0) log::warn("data", "{}: {} pair(s) whose pieces did not match their ids get no guidance", path, unmatched);
  return links;
}

}  // namespace

Dataset load_dataset(const Config& config, bool retrain_vocab, int threads) {
  const DataConfig& data = config.data;
  CorpusStats train_stats;
  const auto train_pairs = read_split(data, data.train, "train", train_stats);
  Dataset dataset;
  dataset.vocabs = prepare_vocabs(config, train_pairs, retrain_vocab, threads);
  dataset.train = encode_split(train_pairs, dataset.vocabs, data.max_len, "train", train_stats);
  if (!data.alignment.empty()) {
    dataset.train_links = piece_links(data.alignment, train_pairs, dataset.train, dataset.vocabs, train_stats.lines);
    log::info("data", "guided alignment: {} word-aligned pairs from {}", dataset.train_links.size(), data.alignment);
  }
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
