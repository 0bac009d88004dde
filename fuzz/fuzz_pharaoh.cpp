// libFuzzer target: the Pharaoh alignment parser. Links parse to non-negative indices, print
// back and parse again to the same links, or the line is a UserError.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rnnsearch/common/error.h"
#include "rnnsearch/inspect/alignment.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string line(reinterpret_cast<const char*>(data), size);
  for (const bool one_based : {false, true}) {
    try {
      const rnnsearch::GoldAlignment gold = rnnsearch::parse_pharaoh(line, one_based, "fuzz:1");
      for (const auto& links : {gold.sure, gold.possible})
        for (const auto& [i, j] : links)
          if (i < 0 || j < 0) __builtin_trap();
      const auto again = rnnsearch::parse_pharaoh(rnnsearch::format_pharaoh(gold.sure, one_based), one_based, "again");
      if (again.sure != gold.sure) __builtin_trap();
    } catch (const rnnsearch::UserError&) {
    }
  }
  return 0;
}
