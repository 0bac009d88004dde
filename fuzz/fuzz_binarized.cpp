// libFuzzer target: the binarized corpus reader. Any file: a corpus whose every pair reads within
// its tokens, or a UserError naming the file; never a crash or a read outside the mapping.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/data/binarized.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static rnnsearch::TempDir dir("rnnsearch-fuzz");
  rnnsearch::write_file_atomic(dir.file("f.bin"), std::string(reinterpret_cast<const char*>(data), size));
  try {
    const rnnsearch::BinarizedCorpus corpus(dir.file("f.bin"));
    std::uint64_t sum = 0;  // unsigned: wraps, the target only keeps the reads
    for (std::size_t i = 0; i < corpus.size() && i < 1000; ++i) {
      try {
        for (const std::int32_t id : corpus.src(i)) sum += static_cast<std::uint32_t>(id);
        for (const std::int32_t id : corpus.trg(i)) sum += static_cast<std::uint32_t>(id);
      } catch (const rnnsearch::DataError&) {
      }
      sum += static_cast<std::uint64_t>(corpus.src_length(i) + corpus.trg_length(i)) + corpus.line(i);
    }
    sum += corpus.vocab_bytes(corpus.src_vocab()).size();
    if (sum == 42) return 0;  // keeps the reads
  } catch (const rnnsearch::UserError&) {
  }
  return 0;
}
