// libFuzzer target: the checkpoint loader. Any file: a checkpoint or a UserError; never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/train/checkpoint.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static rnnsearch::TempDir dir("rnnsearch-fuzz");
  rnnsearch::write_file_atomic(dir.file("f.ckpt"), std::string(reinterpret_cast<const char*>(data), size));
  try {
    rnnsearch::load_checkpoint(dir.file("f.ckpt"));
  } catch (const rnnsearch::UserError&) {
  }
  return 0;
}
