// Parallel corpora: reading line-aligned source/target files, and turning them into token ids.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "rnnsearch/common/io.h"

namespace rnnsearch {

class Vocab;

struct SentencePair {
  std::string src;
  std::string trg;
  std::size_t line = 0;  // 1-based line in both files
};

struct CorpusStats {
  std::size_t lines = 0;          // lines in each file
  std::size_t kept = 0;           // pairs kept
  std::size_t skipped_empty = 0;  // a side was empty (or only spaces)
  std::size_t skipped_long = 0;   // a side had more than max_len tokens
};

// PREFIX.LANG if it exists, else PREFIX.LANG.gz; throws UserError naming both when neither does.
std::string corpus_file(const std::string& prefix, const std::string& lang);

// Reads two line-aligned files (plain or .gz) pair by pair: next() gives the next pair with no
// empty side (counting lines and skipped pairs in `stats`) and false at the end. Unequal line
// counts throw DataError naming both files and counts; invalid UTF-8 throws DataError with file:line.
class ParallelReader {
 public:
  ParallelReader(const std::string& src_path, const std::string& trg_path);
  bool next(SentencePair& pair, CorpusStats& stats);

 private:
  LineReader src_, trg_;
};

// Reads two line-aligned files (plain or .gz). Unequal line counts throw DataError naming both
// files and counts; invalid UTF-8 throws DataError with file:line. Pairs with an empty side are
// skipped and counted.
std::vector<SentencePair> read_parallel(const std::string& src_path, const std::string& trg_path,
                                        CorpusStats& stats);

// The token ids of one side of a pair, without BOS/EOS, viewed where they are stored.
struct Tokens {
  const std::int32_t* data = nullptr;
  std::size_t size = 0;
  const std::int32_t* begin() const { return data; }
  const std::int32_t* end() const { return data + size; }
};

// Encoded sentence pairs, wherever they live: in memory (EncodedCorpus) or in a memory-mapped
// binarized file (BinarizedCorpus). Lengths are token counts without BOS/EOS.
class PairView {
 public:
  virtual ~PairView() = default;
  virtual std::size_t size() const = 0;
  virtual Tokens src(std::size_t i) const = 0;
  virtual Tokens trg(std::size_t i) const = 0;
  virtual int src_length(std::size_t i) const { return static_cast<int>(src(i).size); }
  virtual int trg_length(std::size_t i) const { return static_cast<int>(trg(i).size); }
};

// Token ids of each kept pair, without BOS/EOS. Pairs with more than max_len tokens on a side
// are skipped and counted; max_len 0 keeps every pair.
struct EncodedCorpus final : PairView {
  std::vector<std::vector<std::int32_t>> src_ids;
  std::vector<std::vector<std::int32_t>> trg_ids;
  std::vector<std::size_t> lines;  // source line of each kept pair
  std::size_t size() const override { return src_ids.size(); }
  Tokens src(std::size_t i) const override { return {src_ids[i].data(), src_ids[i].size()}; }
  Tokens trg(std::size_t i) const override { return {trg_ids[i].data(), trg_ids[i].size()}; }
};
EncodedCorpus encode_corpus(const std::vector<SentencePair>& pairs, const Vocab& src_vocab,
                            const Vocab& trg_vocab, int max_len, CorpusStats& stats);

}  // namespace rnnsearch
