// libFuzzer target: the YAML config loader. Any bytes: a Config or a UserError, nothing else.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rnnsearch/common/config.h"
#include "rnnsearch/common/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const rnnsearch::Config config = rnnsearch::parse_config(text, "fuzz.yaml", {});
    // What loads must print and load again to the same config.
    if (!(rnnsearch::parse_config(rnnsearch::to_yaml(config), "again.yaml", {}) == config)) __builtin_trap();
  } catch (const rnnsearch::UserError&) {
  }
  return 0;
}
