// A binarized training corpus: the token ids of every kept pair, written once by
// `rnnsearch prepare` and memory-mapped by training, so that a run neither re-encodes its corpus
// nor holds it in memory.
//
// File layout (little-endian, sections 64-byte aligned):
//   "RNNSBIN1", u64 header offset, u64 header length        the 24-byte prefix
//   tokens   int32[total]     per pair: source ids, then target ids (no BOS/EOS)
//   starts   u64[pairs]       index of the pair's first token in `tokens`
//   lengths  u16[pairs][2]    source and target token counts
//   lines    u64[pairs]       1-based line of the pair in the text files
//   vocabularies              the SentencePiece model bytes, source then target (once when joint)
//   header   JSON             counts, section offsets, vocabulary names and hashes, the text files
//                             it was made from (path, size, mtime) and data.max_len
// Training reads only the lengths to plan its epochs, and the tokens of the batches it uses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "rnnsearch/data/corpus.h"

namespace rnnsearch {

// One side's vocabulary as a binarized corpus records it.
struct BinarizedVocab {
  std::string name;   // file name in the model directory, e.g. vocab.joint.spm
  std::string hash;   // FNV-1a 64 of the model bytes, 16 hex digits
  uint64_t offset = 0, size = 0;  // the model bytes in the file
};

// A text file a binarized corpus was made from, to tell whether it is still current.
struct SourceFile {
  std::string path;
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  static SourceFile of(const std::string& path);  // UserError when it cannot be read
  bool operator==(const SourceFile& o) const {
    return path == o.path && size == o.size && mtime_ns == o.mtime_ns;
  }
};

// FNV-1a 64 of `bytes` as 16 hex digits: names a vocabulary's exact content.
std::string content_hash(const std::string& bytes);

// Whether `path` is a file that starts like a binarized corpus.
bool is_binarized(const std::string& path);

// Writes a binarized corpus pair by pair to a temporary file beside `path`; finish() completes
// it and renames it over `path`. A writer destroyed without finish() removes its temporary file,
// so an interrupted preparation leaves no partial corpus.
class BinarizedWriter {
 public:
  explicit BinarizedWriter(const std::string& path);
  ~BinarizedWriter();
  BinarizedWriter(const BinarizedWriter&) = delete;
  BinarizedWriter& operator=(const BinarizedWriter&) = delete;

  // A pair's ids without BOS/EOS; each side must have at most 65535 tokens.
  void add(const std::vector<int>& src, const std::vector<int>& trg, uint64_t line);
  std::size_t size() const { return lengths_.size() / 2; }
  // `src_vocab`/`trg_vocab`: model file name and bytes; trg empty when the vocabulary is joint.
  void finish(const std::string& src_vocab_name, const std::string& src_vocab_bytes,
              const std::string& trg_vocab_name, const std::string& trg_vocab_bytes,
              const std::vector<SourceFile>& sources, int max_len);

 private:
  void write(const void* data, std::size_t n);  // buffered
  void flush();
  void align();
  std::string path_, temp_;
  int fd_ = -1;
  uint64_t written_ = 0;
  uint64_t tokens_ = 0;
  int32_t max_id_ = -1;
  std::vector<uint64_t> starts_, lines_;
  std::vector<uint16_t> lengths_;
  std::vector<char> buffer_;
};

// A binarized corpus, memory-mapped read-only. Opening checks the prefix, the header and that
// every section lies inside the file: a truncated or foreign file is a DataError naming it.
class BinarizedCorpus : public PairView {
 public:
  explicit BinarizedCorpus(const std::string& path);
  ~BinarizedCorpus() override;
  BinarizedCorpus(const BinarizedCorpus&) = delete;
  BinarizedCorpus& operator=(const BinarizedCorpus&) = delete;

  std::size_t size() const override { return pairs_; }
  Tokens src(std::size_t i) const override;
  Tokens trg(std::size_t i) const override;
  int src_length(std::size_t i) const override { return lengths_[2 * i]; }
  int trg_length(std::size_t i) const override { return lengths_[2 * i + 1]; }
  uint64_t line(std::size_t i) const { return lines_[i]; }

  const std::string& path() const { return path_; }
  uint64_t tokens() const { return tokens_; }
  int32_t max_id() const { return max_id_; }
  int max_len() const { return max_len_; }
  bool joint() const { return joint_; }
  const BinarizedVocab& src_vocab() const { return src_vocab_; }
  const BinarizedVocab& trg_vocab() const { return trg_vocab_; }
  std::string vocab_bytes(const BinarizedVocab& vocab) const;

  // Gives back the mapped pages read so far (they stay in the page cache). Training calls it after
  // each step: the kernel maps up to 16 neighbouring cached pages on every fault ("fault-around",
  // not disabled by MADV_RANDOM), which would otherwise grow the resident set by about 128 KiB
  // per pair read.
  void release() const;
  const std::vector<SourceFile>& sources() const { return sources_; }

 private:
  void parse();
  uint64_t checked_start(std::size_t i) const;  // DataError when the index points outside the tokens
  std::string path_;
  const char* map_ = nullptr;
  std::size_t map_size_ = 0;
  uint64_t pairs_ = 0, tokens_ = 0;
  int32_t max_id_ = -1;
  int max_len_ = 0;
  bool joint_ = true;
  const int32_t* token_ids_ = nullptr;
  const uint64_t* starts_ = nullptr;
  const uint16_t* lengths_ = nullptr;
  const uint64_t* lines_ = nullptr;
  BinarizedVocab src_vocab_, trg_vocab_;
  std::vector<SourceFile> sources_;
};

}  // namespace rnnsearch
