// The table of subcommands, in the order `rnnsearch --help` lists them.
#include "commands.h"

namespace rnnsearch::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"train", "train a model from a YAML config", setup_train},
      {"translate", "translate text with a trained model or an ensemble", setup_translate},
      {"evaluate", "translate a test set and score it with BLEU and chrF", setup_evaluate},
      {"score", "BLEU and chrF of hypotheses against references, as sacreBLEU computes them", setup_score},
      {"export", "write a translation-only model file (no optimizer state)", setup_export},
      {"serve", "an HTTP translation server with a web page that shows attention", setup_serve},
      {"shortlist", "a lexical shortlist for faster translation: each source piece's likely target pieces", setup_shortlist},
      {"prepare", "encode a training corpus once into a memory-mapped binarized file", setup_prepare},
      {"vocab", "train SentencePiece vocabularies, or apply one to text", setup_vocab},
      {"align", "word alignments from attention by forced decoding; AER against gold links", setup_align},
      {"explain", "source importance (gradients, leave-one-out) beside attention, and their agreement", setup_explain},
      {"plot", "SVG heatmaps of attention and a model's training curve", setup_plot},
      {"average", "average the parameters of the last N checkpoints", setup_average},
      {"config", "print the resolved config with every key documented", setup_config},
      {"bench", "measure training throughput and model FLOP utilisation", setup_bench},
      {"toy-data", "generate the bundled toy task (SVO -> SOV with agreement)", setup_toy_data},
  };
  return table;
}

}  // namespace rnnsearch::cli
