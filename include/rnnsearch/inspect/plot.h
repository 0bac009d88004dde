// SVG figures written by the toolkit itself: attention heatmaps and training curves.
//
// Heatmap: source tokens across the top (rotated, so long sentences stay readable), target tokens
// down the left, one square cell per weight on a white-to-blue scale with a colour bar, and a
// tooltip per cell naming both tokens and the weight. Training curve: three panels against the
// update step (loss; perplexity on a log axis; dev BLEU and chrF) from a model's metrics.jsonl.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rnnsearch/inspect/alignment.h"

namespace rnnsearch {

struct HeatmapOptions {
  bool word_level = false;            // word matrix instead of subword
  std::optional<double> sentence_bleu;  // shown in the title when a reference was given
  int cell = 22;                      // cell side in px
  std::size_t max_label = 24;         // longer tokens are cut with an ellipsis
  std::string measure;                // "" = attention; else the importance measure the matrix holds
};
std::string attention_heatmap_svg(const AttentionRecord& record, const HeatmapOptions& options);

// The importance matrices of an `rnnsearch explain` record (none for a translate --attention
// record), by measure, at the word or subword level (leave-one-out has words only), as |value|
// normalised to sum 1 per target token, so that they draw on the attention's scale. `where`
// ("FILE:LINE") starts error messages.
std::vector<std::pair<std::string, Matrix>> importance_matrices(std::string_view json_line, bool word_level,
                                                                const std::string& where);

// One point of a model's metrics.jsonl.
struct MetricPoint {
  bool valid = false;  // dev evaluation (else a training progress line)
  long step = 0;
  std::optional<double> loss, ppl, bleu, chrf;
};
// Reads metrics.jsonl; a malformed line is a DataError naming the file and line.
std::vector<MetricPoint> read_metrics(const std::string& path);
std::string training_curve_svg(const std::vector<MetricPoint>& points, const std::string& title);

// "&", "<", ">", '"' and "'" as XML entities.
std::string xml_escape(const std::string& text);

}  // namespace rnnsearch
