// `rnnsearch explain`: source importance beside the attention for forced decodings, and how
// well the two agree (issue #19). One JSON line per sentence pair: the record `translate
// --attention` writes, plus the target pieces' log-probabilities, each importance measure at the
// subword and word level, and per target word Kendall's tau and the Jensen-Shannon divergence
// between the attention and each measure.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "rnnsearch/decode/translator.h"
#include "rnnsearch/explain/counterfactual.h"
#include "rnnsearch/explain/importance.h"

namespace rnnsearch {

// Measures by name: gradient, grad_input, integrated_gradients, smoothgrad, leave_one_out (which
// gives loo_log_prob and loo_tvd), and counterfactual (attention replaced, see counterfactual.h).
const std::vector<std::string>& explain_methods();

struct ExplainOptions {
  std::vector<std::string> methods = explain_methods();
  ImportanceOptions importance;
  CounterfactualOptions counterfactual;
};

struct Explanation {
  std::string json;  // one line, no newline
  // Per measure, one value per target word: agreement with the attention (|importance| for
  // signed measures; NaN where undefined, e.g. a one-word source).
  std::map<std::string, std::vector<double>> kendall_tau, jensen_shannon;
  // Word-level matrices [target words][source words] to align with: "attention", "shift_attention"
  // (the weights of the step that reads y_i rather than the one that predicts it: Chen et al.
  // 2020, Shift-Att), "previous_step_attention" (the step before: for attention that looks one
  // word ahead) and |importance| of each measure.
  std::map<std::string, Matrix> word;
  // Per target piece, with the method "counterfactual" (else empty).
  Counterfactual counterfactual;
};

// Row t of the result is row t + by of m (by = 1: Shift-Att; -1: the step before); rows without
// such a neighbour keep their own.
Matrix shift_rows(const Matrix& m, int by);

// Forced decoding of trg_lines[k] (target text) given src_lines[k], with the translator's first
// model in float32 or float64.
std::vector<Explanation> explain(Translator& translator, const std::vector<std::string>& src_lines,
                                 const std::vector<std::string>& trg_lines, const ExplainOptions& options);

}  // namespace rnnsearch
