// libFuzzer target: the corpus reader. The input splits at its first 0xFF byte (never valid
// UTF-8) into a source and a target file, read as a parallel corpus: pairs or a UserError.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/data/corpus.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static rnnsearch::TempDir dir("rnnsearch-fuzz");
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const std::size_t cut = bytes.find('\xFF');
  rnnsearch::write_file_atomic(dir.file("c.src"), bytes.substr(0, cut));
  rnnsearch::write_file_atomic(dir.file("c.trg"), cut == std::string::npos ? "" : bytes.substr(cut + 1));
  try {
    rnnsearch::CorpusStats stats;
    const auto pairs = rnnsearch::read_parallel(dir.file("c.src"), dir.file("c.trg"), stats);
    if (pairs.size() + stats.skipped_empty != stats.lines) __builtin_trap();  // every line accounted for
  } catch (const rnnsearch::UserError&) {
  }
  return 0;
}
