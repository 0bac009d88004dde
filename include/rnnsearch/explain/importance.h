// Source importance for forced decoding: how much each source piece matters to each target
// token's log-probability f_t(x) = log p(y_t | y_<t, x), measured by gradients with respect to
// the source embeddings and by leaving source words out. The measures that `rnnsearch explain`
// sets beside the attention (issue #19), to ask whether attention explains a translation.
//
// Source pieces include the EOS the model reads; target tokens include the final EOS.
#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <vector>

#include "rnnsearch/inspect/alignment.h"
#include "rnnsearch/model/model.h"

namespace rnnsearch {

struct ImportanceOptions {
  int ig_steps = 32;          // integrated gradients: midpoints between the baseline and the input
  int smooth_samples = 16;    // SmoothGrad: noisy copies of the input
  double smooth_noise = 0.1;  // SmoothGrad: noise standard deviation over the embeddings' own
  std::uint64_t seed = 1;     // SmoothGrad's noise
  int max_rows = 256;         // copies of the pair evaluated at once (memory)
};

// Every matrix is [T target tokens][S source pieces].
struct GradientImportance {
  std::vector<double> log_probs;  // f_t(x)
  Matrix attention;               // the model's attention at the same forced decoding
  Matrix gradient;                // ||df_t/de_s||_2
  Matrix grad_input;              // df_t/de_s . e_s (Shrikumar et al. 2016; Ding et al. 2019)
  // (e_s - b_s) . mean over k of df_t/de_s at b + a_k (e - b), a_k = (k - 1/2)/steps, baseline
  // b = 0 (Sundararajan et al. 2017); the row sums approach f_t(x) - f_t(b) (completeness).
  Matrix integrated_gradients;
  std::vector<double> baseline_log_probs;  // f_t(b)
  // ||mean over k of df_t/de_s at e + noise_k||_2 (Smilkov et al. 2017).
  Matrix smoothgrad;
};

// The model is put in eval mode. src and trg are ids without EOS.
GradientImportance gradient_importance(NmtModelImpl& model, const std::vector<int32_t>& src,
                                       const std::vector<int32_t>& trg, const ImportanceOptions& options = {});

// Leave-one-out over source words: word w's pieces (src_word[i] == w; -1 for none) removed in
// turn, the rest decoded with the same forced target. [T][words] matrices.
struct LeaveOneOut {
  Matrix log_prob_drop;  // f_t(x) - f_t(x without w)
  Matrix tvd;            // total variation distance between the two output distributions at t
};
LeaveOneOut leave_one_out(NmtModelImpl& model, const std::vector<int32_t>& src, const std::vector<int32_t>& trg,
                          const std::vector<int>& src_word);

}  // namespace rnnsearch
