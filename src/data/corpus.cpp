#include "rnnsearch/data/corpus.h"

#include <cstdint>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/data/vocab.h"

namespace rnnsearch {
namespace {

bool blank(const std::string& text) { return text.find_first_not_of(" \t") == std::string::npos; }

}  // namespace

std::string corpus_file(const std::string& prefix, const std::string& lang) {
  const std::string plain = prefix + "." + lang;
  if (file_exists(plain)) return plain;
  if (file_exists(plain + ".gz")) return plain + ".gz";
  throw UserError(fmt::format("{}: no such file (nor {}.gz)", plain, plain));
}

ParallelReader::ParallelReader(const std::string& src_path, const std::string& trg_path)
    : src_(src_path), trg_(trg_path) {}

bool ParallelReader::next(SentencePair& pair, CorpusStats& stats) {
  for (;;) {
    const bool has_src = src_.next(pair.src);
    const bool has_trg = trg_.next(pair.trg);
    if (has_src != has_trg) {
      // Count the rest of the longer file, so the message gives both totals.
      LineReader& longer = has_src ? src_ : trg_;
      std::string rest;
      while (longer.next(rest)) {
      }
      throw DataError(src_.path(), 0,
                      fmt::format("{} lines, but {} has {} lines: parallel files must have equal "
                                  "line counts",
                                  src_.line_number(), trg_.path(), trg_.line_number()));
    }
    if (!has_src) return false;
    ++stats.lines;
    if (blank(pair.src) || blank(pair.trg)) {
      ++stats.skipped_empty;
      continue;
    }
    pair.line = src_.line_number();
    return true;
  }
}

std::vector<SentencePair> read_parallel(const std::string& src_path, const std::string& trg_path,
                                        CorpusStats& stats) {
  ParallelReader reader(src_path, trg_path);
  std::vector<SentencePair> pairs;
  for (SentencePair pair; reader.next(pair, stats);) pairs.push_back(std::move(pair));
  stats.kept = pairs.size();
  return pairs;
}

EncodedCorpus encode_corpus(const std::vector<SentencePair>& pairs, const Vocab& src_vocab,
                            const Vocab& trg_vocab, int max_len, CorpusStats& stats) {
  EncodedCorpus out;
  const std::size_t limit = max_len > 0 ? static_cast<std::size_t>(max_len) : SIZE_MAX;
  for (const auto& pair : pairs) {
    auto src = src_vocab.encode(pair.src);
    auto trg = trg_vocab.encode(pair.trg);
    if (src.size() > limit || trg.size() > limit) {
      ++stats.skipped_long;
      continue;
    }
    out.src_ids.emplace_back(src.begin(), src.end());
    out.trg_ids.emplace_back(trg.begin(), trg.end());
    out.lines.push_back(pair.line);
  }
  stats.kept = out.size();
  return out;
}

}  // namespace rnnsearch
