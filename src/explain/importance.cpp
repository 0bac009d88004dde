#include "rnnsearch/explain/importance.h"

#include <algorithm>
#include <stdexcept>

namespace rnnsearch {
namespace {

Matrix to_matrix(const torch::Tensor& t) {  // [R, C] -> Matrix
  const auto c = t.detach().to(torch::kCPU, torch::kDouble).contiguous();
  const auto a = c.accessor<double, 2>();
  Matrix m(static_cast<std::size_t>(c.size(0)), std::vector<float>(static_cast<std::size_t>(c.size(1))));
  for (int64_t i = 0; i < c.size(0); ++i)
    for (int64_t j = 0; j < c.size(1); ++j) m[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)] = static_cast<float>(a[i][j]);
  return m;
}

std::vector<double> to_vector(const torch::Tensor& t) {
  const auto c = t.detach().to(torch::kCPU, torch::kDouble).contiguous();
  return {c.data_ptr<double>(), c.data_ptr<double>() + c.numel()};
}

// The pair as a batch of one, and f over copies of it with given source embeddings.
class ForcedPair {
 public:
  ForcedPair(NmtModelImpl& model, const std::vector<int32_t>& src, const std::vector<int32_t>& trg)
      : model_(model),
        batch_(make_tensor_batch({src}, {trg}, {0}, model.parameters().front().device())) {}

  int64_t target_len() const { return batch_.trg_out.size(1); }
  torch::Tensor embeddings() { return model_.encoder->embed(batch_.src).detach(); }  // [1, S, E]

  // Log-probabilities of the target tokens [R, T] for R copies of the pair, with the source
  // embeddings [R, S, E]; with `attention`, the attention [R, T, S] too.
  torch::Tensor target_log_probs(const torch::Tensor& embedded, torch::Tensor* attention = nullptr) {
    const int64_t r = embedded.size(0);
    const auto src = batch_.src.expand({r, -1});
    const auto lengths = batch_.src_lengths.expand({r});
    const Encoded e = model_.encode(src, lengths, embedded);
    const auto log_probs = model_.decoder->forward(batch_.trg_in.expand({r, -1}), e.memory, e.state, attention,
                                                   DecoderOutput::log_probs);
    return log_probs.gather(2, batch_.trg_out.expand({r, -1}).unsqueeze(2)).squeeze(2);  // [R, T]
  }

  // Gradients of f_t at the points x[k] [K, S, E], for every t: [T, K, S, E], in chunks of rows.
  torch::Tensor gradients(const torch::Tensor& points, int max_rows) {
    const int64_t t_len = target_len(), k = points.size(0);
    std::vector<torch::Tensor> out;
    // Row (t, k) evaluates point k and differentiates f_t: one backward for many rows.
    const int64_t per_chunk = std::max<int64_t>(1, max_rows / std::max<int64_t>(k, 1));
    for (int64_t t0 = 0; t0 < t_len; t0 += per_chunk) {
      const int64_t n = std::min(per_chunk, t_len - t0);
      auto x = points.unsqueeze(0).expand({n, -1, -1, -1}).reshape({n * k, points.size(1), points.size(2)}).clone();
      x.requires_grad_(true);
      // Row (i, k) needs f_{t0+i} alone: the decoder runs to that step and its output layer once.
      const auto steps = torch::arange(t0, t0 + n, torch::kInt64).repeat_interleave(k).to(x.device());  // [n*k]
      const auto src = batch_.src.expand({n * k, -1});
      const Encoded e = model_.encode(src, batch_.src_lengths.expand({n * k}), x);
      const auto log_probs = model_.decoder->log_probs_at(batch_.trg_in.expand({n * k, -1}), e.memory, e.state, steps);
      const auto targets = batch_.trg_out[0].index_select(0, steps);  // [n*k]
      const auto objective = log_probs.gather(1, targets.unsqueeze(1)).sum();
      out.push_back(torch::autograd::grad({objective}, {x})[0].view({n, k, points.size(1), points.size(2)}));
    }
    return torch::cat(out, 0);
  }

 private:
  NmtModelImpl& model_;
  TensorBatch batch_;
};

}  // namespace

GradientImportance gradient_importance(NmtModelImpl& model, const std::vector<int32_t>& src,
                                       const std::vector<int32_t>& trg, const ImportanceOptions& options) {
  if (options.ig_steps < 1 || options.smooth_samples < 1 || options.smooth_noise < 0 || options.max_rows < 1)
    throw std::invalid_argument("gradient_importance: steps, samples and rows must be positive, noise not negative");
  model.eval();
  torch::AutoGradMode grad_mode(true);
  ForcedPair pair(model, src, trg);
  const auto e = pair.embeddings();  // [1, S, E]
  GradientImportance out;
  {
    torch::NoGradGuard no_grad;
    torch::Tensor attention;
    out.log_probs = to_vector(pair.target_log_probs(e, &attention)[0]);
    out.attention = to_matrix(attention[0]);
    out.baseline_log_probs = to_vector(pair.target_log_probs(torch::zeros_like(e))[0]);
  }
  // Plain gradients and gradient x input, at the input itself.
  const auto g = pair.gradients(e, options.max_rows).select(1, 0);  // [T, S, E]
  out.gradient = to_matrix(g.norm(2, -1));
  out.grad_input = to_matrix((g * e).sum(-1));
  // Integrated gradients from the zero baseline, midpoint rule.
  const auto steps = (torch::arange(options.ig_steps, e.options()) + 0.5) / options.ig_steps;  // [K]
  const auto path = steps.view({-1, 1, 1}) * e;                                                 // [K, S, E]
  const auto ig = pair.gradients(path, options.max_rows).mean(1);                                // [T, S, E]
  out.integrated_gradients = to_matrix((ig * e).sum(-1));
  // SmoothGrad: the mean gradient over noisy copies of the input.
  torch::manual_seed(options.seed);
  const double sigma = options.smooth_noise * e.std().item<double>();
  const auto noisy = e + sigma * torch::randn({options.smooth_samples, e.size(1), e.size(2)}, e.options());
  out.smoothgrad = to_matrix(pair.gradients(noisy, options.max_rows).mean(1).norm(2, -1));
  return out;
}

LeaveOneOut leave_one_out(NmtModelImpl& model, const std::vector<int32_t>& src, const std::vector<int32_t>& trg,
                          const std::vector<int>& src_word) {
  if (src_word.size() != src.size()) throw std::invalid_argument("leave_one_out: one word index per source piece");
  model.eval();
  torch::NoGradGuard no_grad;
  const int words = src_word.empty() ? 0 : *std::max_element(src_word.begin(), src_word.end()) + 1;
  // Row 0 is the pair itself; row 1 + w leaves word w out.
  std::vector<std::vector<int32_t>> sources{src}, targets{trg};
  for (int w = 0; w < words; ++w) {
    std::vector<int32_t> kept;
    for (std::size_t i = 0; i < src.size(); ++i)
      if (src_word[i] != w) kept.push_back(src[i]);
    sources.push_back(std::move(kept));
    targets.push_back(trg);
  }
  Batch rows(sources.size());
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = i;
  const TensorBatch batch = make_tensor_batch(sources, targets, rows, model.parameters().front().device());
  const auto log_probs = model.forward(batch).to(torch::kDouble);  // [1 + W, T, V]
  const auto target = log_probs.gather(2, batch.trg_out.unsqueeze(2)).squeeze(2);  // [1 + W, T]
  const auto probs = log_probs.exp();
  const auto drop = target[0].unsqueeze(0) - target.slice(0, 1);                       // [W, T]
  const auto tvd = 0.5 * (probs[0].unsqueeze(0) - probs.slice(0, 1)).abs().sum(-1);    // [W, T]
  return {to_matrix(drop.t()), to_matrix(tvd.t())};
}

}  // namespace rnnsearch
