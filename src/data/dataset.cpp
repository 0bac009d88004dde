#include "rnnsearch/data/dataset.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/common/rng.h"

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
    if (src.size() != kept.src_ids[k].size() || trg.size() != kept.trg_ids[k].size()) {
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

// The text files of data.train as a binarized corpus records them (absolute paths).
std::vector<SourceFile> training_sources(const DataConfig& data) {
  std::vector<SourceFile> out;
  for (const auto& lang : {data.src_lang, data.trg_lang})
    out.push_back(SourceFile::of(std::filesystem::absolute(corpus_file(data.train, lang)).string()));
  return out;
}

// The vocabularies a binarized corpus was made with, which the model directory must hold (or
// receives from the corpus when it holds none).
Vocabs binarized_vocabs(const Config& config, const BinarizedCorpus& corpus, bool retrain) {
  const DataConfig& data = config.data;
  if (retrain)
    throw UserError(fmt::format("--retrain-vocab: {} holds token ids of the vocabulary it was prepared with; "
                                "prepare it again with new vocabularies instead", corpus.path()));
  if (corpus.joint() != data.vocab.joint)
    throw ConfigError("config", "data.vocab.joint",
                      fmt::format("is {}, but {} was prepared with {} vocabularies", data.vocab.joint ? "true" : "false",
                                  corpus.path(), corpus.joint() ? "joint" : "separate"));
  std::filesystem::create_directories(config.train.model_dir);
  for (const bool source : {true, false}) {
    if (!source && corpus.joint()) break;
    const BinarizedVocab& made_with = source ? corpus.src_vocab() : corpus.trg_vocab();
    const std::string path = vocab_file(config.train.model_dir, data, source);
    if (std::filesystem::path(path).filename().string() != made_with.name)
      throw UserError(fmt::format("{} was prepared with vocabulary {}, but this config's model uses {}", corpus.path(),
                                  made_with.name, path));
    if (file_exists(path)) {
      const std::string hash = content_hash(read_file(path));
      if (hash != made_with.hash)
        throw UserError(fmt::format("{} was prepared with vocabulary {} (content {}), but the model's {} differs "
                                    "(content {}): prepare the corpus again for this model directory, or use another",
                                    corpus.path(), made_with.name, made_with.hash, path, hash));
    } else {
      write_file_atomic(path, corpus.vocab_bytes(made_with));
      log::info("vocab", "wrote {} from {}", path, corpus.path());
    }
  }
  Vocabs vocabs = load_vocabs(config.train.model_dir, data);
  const int size = std::min(vocabs.src->size(), vocabs.trg->size());
  if (corpus.max_id() >= size)
    throw DataError(corpus.path(), 0, fmt::format("holds token id {}, beyond its vocabulary of {} pieces", corpus.max_id(), size));
  return vocabs;
}

// The prepared corpus this run should read, or nullptr for the text files.
std::shared_ptr<const BinarizedCorpus> find_binarized(const Config& config) {
  const DataConfig& data = config.data;
  if (is_binarized(data.train)) return std::make_shared<const BinarizedCorpus>(data.train);
  const std::string path = default_binarized_path(config);
  if (!is_binarized(path)) return nullptr;
  auto corpus = std::make_shared<const BinarizedCorpus>(path);
  const std::vector<SourceFile> now = training_sources(data);
  if (corpus->sources() == now && corpus->max_len() == data.max_len) return corpus;
  log::warn("data", "{} was prepared from other files, other file versions or another data.max_len than {}.{{{},{}}} "
            "now: reading the text (run rnnsearch prepare again to use a prepared corpus)", path, data.train,
            data.src_lang, data.trg_lang);
  return nullptr;
}

}  // namespace

std::string default_binarized_path(const Config& config) {
  return (std::filesystem::path(config.train.model_dir) / "train.bin").string();
}

Dataset load_dataset(const Config& config, bool retrain_vocab, int threads) {
  const DataConfig& data = config.data;
  Dataset dataset;
  dataset.binarized = find_binarized(config);
  if (dataset.binarized) {
    if (!data.alignment.empty())
      throw ConfigError("config", "data.alignment",
                        fmt::format("guided alignment needs the text training corpus, but the run reads {}",
                                    dataset.binarized->path()));
    dataset.vocabs = binarized_vocabs(config, *dataset.binarized, retrain_vocab);
    log::info("data", "train: {}: {} prepared pairs, {} tokens (memory-mapped)", dataset.binarized->path(),
              dataset.binarized->size(), dataset.binarized->tokens());
  }
  CorpusStats train_stats;
  std::vector<SentencePair> train_pairs;
  if (!dataset.binarized) {
    train_pairs = read_split(data, data.train, "train", train_stats);
    dataset.vocabs = prepare_vocabs(config, train_pairs, retrain_vocab, threads);
    dataset.train = encode_split(train_pairs, dataset.vocabs, data.max_len, "train", train_stats);
  }
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

std::vector<int> sequence_lengths(const PairView& pairs, bool source) {
  std::vector<int> lengths(pairs.size());
  for (std::size_t i = 0; i < lengths.size(); ++i)
    lengths[i] = (source ? pairs.src_length(i) : pairs.trg_length(i)) + 2;
  return lengths;
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

PrepareResult prepare_corpus(const Config& config, const std::string& output, bool retrain_vocab, int threads) {
  const auto start = std::chrono::steady_clock::now();
  const DataConfig& data = config.data;
  PrepareResult result;
  result.path = output.empty() ? default_binarized_path(config) : output;
  const std::vector<SourceFile> sources = training_sources(data);
  const std::string& src_path = sources[0].path;
  const std::string& trg_path = sources[1].path;
  // Vocabularies: trained on a seeded sample (reservoir) of the corpus when they must be trained,
  // so that preparation never holds a large corpus in memory.
  const bool have = file_exists(vocab_file(config.train.model_dir, data, true)) &&
                    (data.vocab.joint || file_exists(vocab_file(config.train.model_dir, data, false)));
  std::vector<SentencePair> sample;
  if (!have || retrain_vocab) {
    CorpusStats counted;
    // max_sentences counts sentences; pairs hold one or two of them, and SentencePiece samples again.
    const std::size_t limit = data.vocab.max_sentences > 0 ? static_cast<std::size_t>(data.vocab.max_sentences) : SIZE_MAX;
    Rng rng(Rng::mix(config.train.seed, 0x766f636162ULL));
    ParallelReader reader(src_path, trg_path);
    for (SentencePair pair; reader.next(pair, counted);) {
      if (sample.size() < limit) {
        sample.push_back(std::move(pair));
      } else if (const std::size_t k = rng.below(counted.lines - counted.skipped_empty); k < limit) {
        sample[k] = std::move(pair);
      }
    }
  }
  const Vocabs vocabs = prepare_vocabs(config, sample, retrain_vocab, threads);
  sample.clear();
  sample.shrink_to_fit();

  BinarizedWriter writer(result.path);
  CorpusStats& stats = result.stats;
  const std::size_t limit = data.max_len > 0 ? static_cast<std::size_t>(data.max_len) : 65535;
  const int workers = std::max(threads, 1);
  constexpr std::size_t kChunk = 16384;
  ParallelReader reader(src_path, trg_path);
  std::vector<SentencePair> chunk(kChunk);
  std::vector<std::vector<int>> src_ids(kChunk), trg_ids(kChunk);
  auto last_report = std::chrono::steady_clock::now();
  bool more = true;
  while (more) {
    std::size_t n = 0;
    while (n < kChunk && (more = reader.next(chunk[n], stats))) ++n;
    // Encode the chunk on every thread, each taking every workers-th pair.
    std::vector<std::thread> pool;
    for (int w = 0; w < workers; ++w)
      pool.emplace_back([&, w] {
        for (std::size_t k = static_cast<std::size_t>(w); k < n; k += static_cast<std::size_t>(workers)) {
          src_ids[k] = vocabs.src->encode(chunk[k].src);
          trg_ids[k] = vocabs.trg->encode(chunk[k].trg);
        }
      });
    for (auto& thread : pool) thread.join();
    for (std::size_t k = 0; k < n; ++k) {
      if (src_ids[k].size() > limit || trg_ids[k].size() > limit) {
        ++stats.skipped_long;
        continue;
      }
      writer.add(src_ids[k], trg_ids[k], chunk[k].line);
    }
    if (log::seconds_since(last_report) >= 10 || !more) {
      last_report = std::chrono::steady_clock::now();
      const double elapsed = log::seconds_since(start);
      log::info("prepare", "{} lines read, {} pairs written, {:.0f} lines/s", stats.lines, writer.size(),
                static_cast<double>(stats.lines) / std::max(elapsed, 1e-9));
    }
  }
  stats.kept = writer.size();
  if (stats.kept == 0) throw UserError(fmt::format("{}: no training pairs left after filtering", data.train));
  const std::string src_vocab = read_file(vocabs.src->path());
  const std::string trg_vocab = data.vocab.joint ? std::string() : read_file(vocabs.trg->path());
  writer.finish(std::filesystem::path(vocabs.src->path()).filename().string(), src_vocab,
                data.vocab.joint ? std::string() : std::filesystem::path(vocabs.trg->path()).filename().string(), trg_vocab,
                sources, data.max_len);
  result.tokens = BinarizedCorpus(result.path).tokens();
  result.seconds = log::seconds_since(start);
  return result;
}

}  // namespace rnnsearch
