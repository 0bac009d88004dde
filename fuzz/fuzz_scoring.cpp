// libFuzzer target: the 13a tokenizer, BLEU and chrF. The input splits at its first newline into
// a hypothesis and a reference; scores must be finite and within [0, 100].
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

#include "rnnsearch/common/error.h"
#include "rnnsearch/eval/scoring.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rnnsearch::scoring;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const std::size_t cut = bytes.find('\n');
  const std::string hyp = bytes.substr(0, cut);
  const std::string ref = cut == std::string::npos ? "" : bytes.substr(cut + 1);
  try {
    tokenize_13a(hyp);
    BleuOptions sentence;
    sentence.effective_order = true;
    for (const BleuOptions& options : {BleuOptions{}, sentence}) {
      const double bleu = bleu_from_statistics(bleu_statistics(hyp, {ref}, options), options).score;
      if (!std::isfinite(bleu) || bleu < 0 || bleu > 100.0000001) __builtin_trap();
    }
    const double chrf = corpus_chrf({hyp}, {{ref}}, ChrfOptions{});
    if (!std::isfinite(chrf) || chrf < 0 || chrf > 100.0000001) __builtin_trap();
  } catch (const rnnsearch::UserError&) {
  }
  return 0;
}
