// Parallel corpora: reading line-aligned source/target files, and turning them into token ids.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

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

// Reads two line-aligned files (plain or .gz). Unequal line counts throw DataError naming both
// files and counts; invalid UTF-8 throws DataError with file:line. Pairs with an empty side are
// skipped and counted.
std::vector<SentencePair> read_parallel(const std::string& src_path, const std::string& trg_path,
                                        CorpusStats& stats);

// Token ids of each kept pair, without BOS/EOS. Pairs with more than max_len tokens on a side
// are skipped and counted; max_len 0 keeps every pair.
struct EncodedCorpus {
  std::vector<std::vector<std::int32_t>> src;
  std::vector<std::vector<std::int32_t>> trg;
  std::vector<std::size_t> lines;  // source line of each kept pair
  std::size_t size() const { return src.size(); }
};
EncodedCorpus encode_corpus(const std::vector<SentencePair>& pairs, const Vocab& src_vocab,
                            const Vocab& trg_vocab, int max_len, CorpusStats& stats);

}  // namespace rnnsearch
