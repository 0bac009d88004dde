// The per-step products of attention, written as loops over the batch with their own backward
// passes. LibTorch's CPU bmm without MKL multiplies a batch of small matrices one matrix at a
// time (three selects, a conj check and a BLAS call each), and autograd would compute the
// additive score's gradient through outer-product GEMMs: at every decoder step, forward and
// backward, this cost more than the products' arithmetic.
//
// Shapes: B memory rows (sentences), S source positions, R = B x G query rows, G consecutive
// rows per memory row (beam search reads the memory without copying it). Float32 and float64 CPU
// tensors take the loops; anything else (bfloat16, CUDA) the equivalent LibTorch operators.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <vector>

#include <torch/torch.h>

#include "rnnsearch/model/adam_rows.h"

namespace rnnsearch {

// The type LibTorch's CPU autocast casts products to while it is on (bfloat16 training).
std::optional<torch::ScalarType> cpu_autocast_type();
// Float32 x in that type while autocast is on, else x.
torch::Tensor in_autocast_type(const torch::Tensor& x);

// While it lives (when `on`), LibTorch's CPU autocast to bfloat16; its cache cleared at the end.
class CpuBf16Autocast {
 public:
  explicit CpuBf16Autocast(bool on);
  ~CpuBf16Autocast();
  CpuBf16Autocast(const CpuBf16Autocast&) = delete;
  CpuBf16Autocast& operator=(const CpuBf16Autocast&) = delete;

 private:
  bool on_;
};

// The memory's gradient is a sum over the decoder steps. Autograd would give each step's
// backward a zero-filled [B, S, D] gradient to fill and then add it to the running sum; with
// accumulators the kernels below add their share into one buffer in place, and a node that
// autograd runs after all of them hands it on (and clears it for the next backward pass).
struct MemoryGradients {
  torch::Tensor values, keys;  // [B, S, D], [B, S, A]; keys undefined when the keys are the values
};
// values and keys as the steps must read them, and the accumulators; when gradients are off or
// the loops do not take the tensors, values and keys themselves and null.
std::tuple<torch::Tensor, torch::Tensor, std::shared_ptr<MemoryGradients>> accumulate_memory_gradients(
    const torch::Tensor& values, const torch::Tensor& keys);

// context[r] = sum_s weights[r, s] values[b(r), s]: [R, S], [B, S, D] -> [R, D]. With `sum`
// (an accumulator of values' gradient) the backward pass adds into it.
torch::Tensor weighted_sum(const torch::Tensor& weights, const torch::Tensor& values, const torch::Tensor& sum = {});

// scores[r, s] = queries[r] . keys[b(r), s]: [R, D], [B, S, D] -> [R, S].
torch::Tensor row_dots(const torch::Tensor& queries, const torch::Tensor& keys, const torch::Tensor& sum = {});

// Bahdanau et al.'s score v . tanh(keys[b(r), s] + queries[r]): [B, S, A], [R, A], [A] -> [R, S].
// The backward pass reuses the tanh kept by the forward pass and sums the gradient over the
// positions and the query rows without materialising outer products.
torch::Tensor additive_scores(const torch::Tensor& keys, const torch::Tensor& queries, const torch::Tensor& v,
                              const torch::Tensor& sum = {});

// For search (no gradients), with e^x and tanh computed inside the loops (a polynomial after
// range reduction, relative error about 2e-7): LibTorch 1.13's CPU tanh, log_softmax, topk and
// argmax take several passes, or a slow reduction, over tensors that one pass covers here.
// Tensors other than CPU float32 (logits: also bfloat16) take the equivalent LibTorch operators.
//
// additive_scores without gradients: v . tanh(keys[b(r), s] + queries[r]) in one pass, [R, S].
torch::Tensor additive_scores_inference(const torch::Tensor& keys, const torch::Tensor& queries, const torch::Tensor& v);
// The same scores from e^(2k) of each key element k, made once per batch by key_exponentials:
// tanh(k + q) = 1 - 2 / (e^(2k) e^(2q) + 1), so a step's score takes one product, one addition and
// one division per element, and an exponential per query element, where the tanh takes a
// polynomial and a division per element. key_exponentials returns an undefined tensor when a key
// lies outside [-kKeyExpLimit, kKeyExpLimit] (or is not a CPU float32 tensor): such memories keep
// additive_scores_inference. Queries are clamped to kKeyExpLimit + 10, which changes no tanh in
// float32; e^(2k) e^(2q) over- or underflows only where tanh is +-1.
inline constexpr float kKeyExpLimit = 30.0f;
torch::Tensor key_exponentials(const torch::Tensor& keys);
torch::Tensor additive_scores_by_exps(const torch::Tensor& key_exps, const torch::Tensor& queries,
                                      const torch::Tensor& v);
// float32 -> bfloat16 bits of n values, rounded as LibTorch rounds (to nearest even).
void bfloat16_bits(const float* x, uint16_t* out, int64_t n);

// weighted_sum without gradients, added into `into` ([R, D] float32 contiguous: returned) when
// given, else into a new tensor: no zero-filled sum to allocate and add, no autograd node. Each
// sum is weighted_sum's (positions in order), then added.
torch::Tensor weighted_sum_inference(const torch::Tensor& weights, const torch::Tensor& values,
                                     torch::Tensor into = {});
// softmax over the positions of scores [R, S] where mask [B, S] (bool, R = B x G, row r reading
// mask row r / G) is true, 0 elsewhere: in place for contiguous CPU float32 scores (returned),
// else by LibTorch's masked_fill and softmax into a new tensor.
torch::Tensor masked_softmax_rows_(const torch::Tensor& scores, const torch::Tensor& mask);
// log_softmax over the last dimension of logits [R, V]: in place for a contiguous float32 CPU
// tensor (returned), else by torch::log_softmax into a new float32 tensor.
torch::Tensor log_softmax_rows_(const torch::Tensor& logits);
// The k largest entries of each row of x [R, V] float32, largest first, equal values in index
// order: {values [R, k], indices [R, k] int64}. k <= V.
std::tuple<torch::Tensor, torch::Tensor> row_top_k(const torch::Tensor& x, int64_t k);

// The label-smoothed cross-entropy of logits [N, V] (CPU float32 or bfloat16) against targets [N]
// (int64) with weights [N] (float32; 0 skips the row), one row per pass pair: log Z by a max and a
// sum of e^(x - max), then the gradient w (softmax - (1 - eps) onehot - eps / V) written in the
// logits' type. Returns {loss, nll} (float32 scalars, summed over the rows in a fixed order:
// w ((1 - eps) nll - eps mean_j log p_j) and w nll) and the gradient [N, V].
std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> cross_entropy_rows(const torch::Tensor& logits,
                                                                           const torch::Tensor& targets,
                                                                           const torch::Tensor& weights, double eps);

// The output layer and the loss in one autograd function: logits = x W^T + b for x [N, K] (CPU
// float32, or bfloat16: the products then in bfloat16 through `product`), weight [V, K] (float32 or
// x's type), bias [V] (optional), then cross_entropy_rows' loss over them, the bias added in
// float32 inside the row loop. Returns {loss, nll} as cross_entropy_rows does. The gradient over
// the vocabulary is written over the logits, in the padded layout the backward products read, and
// the bias gradient summed in the same loop, so that no pass over [N, V] is left between the
// products and the loss: no bias addition, no padding copies, no scaling by the loss's gradient
// (applied to dx, dW and db), no column sum. Not twice differentiable.
std::pair<torch::Tensor, torch::Tensor> output_cross_entropy(const torch::Tensor& x, const torch::Tensor& weight,
                                                             const torch::Tensor& bias, const torch::Tensor& targets,
                                                             const torch::Tensor& weights, double eps);

// FusedStep's GRU transition and deep output, one pass per row: from by_state [R, 3H + A + P]
// (U s + b_U, W_a s, U_o s + b_o), by_input [R, 3H + P] (W E y + b_W + C c, V_o E y + C_o c) and
// s_{i-1} [R, H], all float32: {s_i [R, H], t [R, P/2] (maxout over pairs) or [R, P] (tanh)}.
std::tuple<torch::Tensor, torch::Tensor> gru_readout_inference(const torch::Tensor& by_state, const torch::Tensor& by_input,
                                                               const torch::Tensor& h, int64_t attention_size, bool maxout);

// The GRU transition of rnn_step, h' = (1 - z) n + z h with r = sigmoid(x_r + u_r),
// z = sigmoid(x_z + u_z), n = tanh(x_n + r u_n), from x_proj = W x + b_W and h_proj = U h + b_U
// ([B, 3H]: r, z, n) and h [B, H]; where `keep` ([B] or [B, 1] bool, optional) is false the row
// keeps h (padding). One pass over the rows forward and one backward (the nonlinearities by
// fast_exp, relative error about 2e-7, in float32) instead of about ten LibTorch operators each
// way per step. On the CPU with float32 or float64 tensors of one type, or bfloat16 projections
// (under autocast) with a float32 state: h' and dh in the state's type, dx and du in the
// projections' (a bfloat16 state under autocast is taken on in float32). Anything else: the same
// with LibTorch's operators.
torch::Tensor gru_step(const torch::Tensor& x_proj, const torch::Tensor& h_proj, const torch::Tensor& h,
                       const torch::Tensor& keep = {});

// The recurrence of one bidirectional GRU layer with gradients, on the CPU in float32 or under
// bfloat16 autocast: x_proj[d] [B, S, 3H] = W x + b_W of direction d (0 reads left to right, 1
// right to left), u_weight[d] [3H, H] and u_bias[d] [3H] (U h + b_U), keep [B, S] bool (false at
// padding, where the state passes through, so that the right-to-left direction starts at each
// sentence's last word from 0). Returns the annotations [B, S, 2H] in float32: at each word the two
// directions' states side by side (what gru_step over the steps returns), 0 at padding, as the
// encoder joins and masks them; no operator is left to copy them twice forward and back. One
// autograd node for the whole layer, its backward the recurrence run backwards: U packed once per
// pass (PackedLinear, in the autocast type where on), the gates and the state in float32, U's
// gradient one product over all steps at the end; the two directions run side by side (run_both).
// Instead of an autograd node per step and product, each step's few small operations split over all
// threads. Where it does not apply (takes_gru_layer false; RNNSEARCH_GRU_LAYER=0 makes it false
// everywhere, for comparison), the caller runs the steps through gru_step.
bool takes_gru_layer(const torch::Tensor& x_proj, const torch::Tensor& u_weight);
torch::Tensor gru_layer(const std::array<torch::Tensor, 2>& x_proj, const std::array<torch::Tensor, 2>& u_weight,
                        const std::array<torch::Tensor, 2>& u_bias, const torch::Tensor& keep);

// The recurrence of the bahdanau decoder in training (Bahdanau et al. 2015 App. A.2.2, attention
// as AttentionImpl::plain_additive, GRU), with gradients, on the CPU in float32 or under bfloat16
// autocast. From s_0 [B, H], for i = 1..T:
//   e_ij = v_a . tanh(W_a s_{i-1} + keys_j) at the positions j where mask [B, S] is true,
//   alpha_i = softmax(e_i), c_i = sum_j alpha_ij values_j,
//   s_i = gru_step(x_proj_i + C c_i, U s_{i-1} + b_U, s_{i-1}),
// with x_proj [B, T, 3H] = W E y + b_W (float32 or bfloat16), keys [B, S, A] = U_a h_j + b_a and
// values [B, S, D] = h_j in float32. Returns {s_0 .. s_{T-1} [B, T, H], c [B, T, D], alpha
// [B, T, S]} in float32: what the decoder's steps give its deep output. One autograd node for all
// the steps, instead of about a dozen per step each way: s_{i-1} multiplied once per step by
// [U; W_a] and c_i once by C, both packed once per pass (PackedLinear, in the autocast type where
// on), each step's attention one pass over its rows, the state and the gates in float32, the
// weight gradients one product each over all steps after the last. With `sums` (the memory's
// gradient accumulators, accumulate_memory_gradients) the keys' and values' gradients go there.
// The scores' tanh comes from the keys' exponentials (key_exponentials; RNNSEARCH_KEY_EXPS=0 or a
// key outside its range keeps tanh itself, [T, B, S, A] kept for the backward pass), recomputed
// in the backward pass from them and the queries' ([T, B, A] kept).
// Where it does not apply (takes_decoder_recurrence false; RNNSEARCH_DECODER_LAYER=0 makes it
// false everywhere, for comparison), the decoder runs its general steps.
struct DecoderRecurrenceWeights {
  torch::Tensor query;        // W_a [A, H]
  torch::Tensor score;        // v_a [A]
  torch::Tensor hidden;       // U [3H, H]
  torch::Tensor hidden_bias;  // b_U [3H]
  torch::Tensor context;      // C [3H, D]
};
bool takes_decoder_recurrence(const torch::Tensor& x_proj, const torch::Tensor& keys, const torch::Tensor& values,
                              const DecoderRecurrenceWeights& weights);
std::vector<torch::Tensor> decoder_recurrence(const torch::Tensor& x_proj, const torch::Tensor& initial,
                                              const torch::Tensor& keys, const torch::Tensor& values,
                                              const torch::Tensor& mask, const DecoderRecurrenceWeights& weights,
                                              const std::shared_ptr<MemoryGradients>& sums = nullptr);

// One Adam update (Kingma & Ba 2015) of a parameter in one pass over its elements, instead of
// LibTorch's eight operators: g = grad + weight_decay p, m = beta1 m + (1 - beta1) g,
// v = beta2 v + (1 - beta2) g^2, p -= rate m / (sqrt(v / correction2) + epsilon), with
// rate = lr / (1 - beta1^t) and correction2 = 1 - beta2^t. Takes contiguous CPU float32 or float64
// tensors of one type and shape and returns true; else changes nothing and returns false.
bool adam_update(const torch::Tensor& param, const torch::Tensor& grad, const torch::Tensor& first,
                 const torch::Tensor& second, const AdamStep& step);

// The sum of the squares of all elements of `tensors` (gradient clipping's norm), in one parallel
// pass instead of a norm, a square and a stack per tensor: blocks of 16,384 values, each summed in
// float32 lanes and then float64, the blocks' sums added in order, so that the result does not
// depend on the thread count. Contiguous CPU float32 tensors only: otherwise nullopt.
std::optional<double> sum_of_squares(const std::vector<torch::Tensor>& tensors);

// Which form a bfloat16 `product` runs: a b as given, or the transposed problem (b^T a^T)^T, whose
// result is a transposed view; automatic: the CPU's faster form (see `product`).
enum class ProductForm { automatic, given, transposed };

// a [M, K] b [K, N] for training. In bfloat16 on the CPU, LibTorch 1.13's oneDNN 2.6 matmul makes
// (JIT-compiles) a kernel for every new shape: measured on an AMX machine (2 threads), [M, 512] x
// [512, 512] ran at 1,043-1,311 GFLOP/s with M fixed and 206-321 with a new M at every call, as a
// training step's products have (M = sentences x target length changes with every batch). So the
// dimensions are padded with zeros to a few sizes (see padded_size in kernels.cpp) and the result
// cut back. On AMX some shapes run several times faster as the transposed problem
// ([1484, 8000] x [8000, 256]: 90-197 GFLOP/s against 391-623); there the rule used, the larger of
// M and N in the columns, picked the faster form at most of the model's shapes measured. Without
// AMX (an AMD EPYC with AVX512-BF16) the form as given took 4-37% less time at nine of the twelve
// training shapes that rule transposes (the other three mixed or tied), and its result needs no
// transposed reads downstream (autograd's additions of per-step gradients read them row by row);
// it is the automatic form wherever AMX is absent. There, on CPUs with AVX512-BF16, the automatic
// form runs on oneDNN's matmul instead (onednn_product: no padding, the rows and a weight
// gradient's depth given at run time, one primitive for all batches), faster than the padded
// torch::mm at training's shapes on an AMD EPYC (Zen 5; up to 35%, the weight gradients most),
// updates 3-9% faster (docs/performance.md, twenty-sixth run); RNNSEARCH_ONEDNN_BF16=0 keeps the
// padded form, for comparison. Without bfloat16 kernels (cpu_has_bf16_kernels),
// the bfloat16 values multiplied in float32. Float32 on a CPU with AVX-512 (cpu_has_bf16_kernels):
// oneDNN's matmul (onednn_product), which ran training's large float32 shapes faster than
// torch::mm's OpenBLAS at 25 of 28 shapes and layouts on an AMD EPYC (Zen 4; 2 threads; the output
// layer [1400, 256] x [256, 8000] at 172-208 against 103-140 GFLOP/s) and float32 updates 15%
// faster (docs/performance.md, twenty-first run); RNNSEARCH_ONEDNN_FLOAT=0 keeps torch::mm, for
// comparison. Elsewhere a.mm(b).
torch::Tensor product(const torch::Tensor& a, const torch::Tensor& b, ProductForm form = ProductForm::automatic);

// x [..., in] W^T + b as torch::nn::functional::linear computes it, with its products (forward and
// backward) through `product` when they run in bfloat16 on the CPU (bfloat16 tensors, or float32
// ones under bfloat16 autocast: then cast as autocast casts them, the result in bfloat16), or in
// float32 on oneDNN (above) for a gradient (training). Elsewhere torch::nn::functional::linear
// itself (search's float32 products unchanged).
torch::Tensor linear(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias = {});
torch::Tensor linear(const torch::nn::Linear& module, const torch::Tensor& x);

// x_1 W_1^T + x_2 W_2^T + ... + b (each x_i [..., in_i], W_i [out, in_i], the same leading sizes)
// as one product of the inputs side by side and the weights side by side (one product forward and
// two backward in all, instead of so many per input) when there are at least as many rows as
// outputs: in bfloat16 where linear's rule puts every product there (summed in float32, rounded to
// bfloat16 once), else where inputs and weights share one type and device. Otherwise (fewer rows,
// as in a search step, or mixed types) the sum of the linear of each, the bias added to the first.
torch::Tensor linear_sum(const std::vector<torch::Tensor>& xs, const std::vector<torch::Tensor>& weights,
                         const torch::Tensor& bias = {});

// The weight gradient of a product made at every step of a recurrence, W h_t + b, is a sum over
// the steps of dy_t^T h_t. Autograd computes it step by step, one thin matrix product and one
// addition of a whole weight-sized gradient per step. While a StepProducts scope is open (one
// training forward pass over `steps` steps), step_linear keeps each step's input, has each step's
// backward keep its output gradient, and computes the weight and bias gradients once, as one
// product over all steps, after the last step's backward (the first step's in forward order).
// Outside a scope, without gradients, beyond `steps` uses, or for tensors the scope does not
// take (not a CPU float32/float64 weight, not 2-D, a different number of rows), step_linear is
// an ordinary linear. Scopes nest per thread; one scope per pass over the steps.
class StepProducts {
 public:
  explicit StepProducts(int64_t steps);
  ~StepProducts();
  StepProducts(const StepProducts&) = delete;
  StepProducts& operator=(const StepProducts&) = delete;

  struct Weight;  // one per weight used in the scope (kernels.cpp)

 private:
  friend torch::Tensor step_linear(const torch::Tensor&, const torch::Tensor&, const torch::Tensor&);
  int64_t steps_;
  StepProducts* outer_;
  std::map<const void*, std::shared_ptr<Weight>> weights_;
};

// x [R, in] W^T + b at the current step of the open StepProducts scope (see above).
torch::Tensor step_linear(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias);
torch::Tensor step_linear(const torch::nn::Linear& module, const torch::Tensor& x);

// Inverted dropout, x * mask / (1 - p) with mask ~ Bernoulli(1 - p), when `training` and p > 0;
// else x. On the CPU the mask comes from a counter-based hash of the element's index and a seed
// drawn from LibTorch's default generator, in parallel (LibTorch 1.13's CPU bernoulli_ without
// MKL draws one element at a time on one thread): the same seed gives the same mask at any
// number of threads. On other devices torch::dropout.
torch::Tensor inverted_dropout(const torch::Tensor& x, double p, bool training);
// The same with a Dropout module's p and mode.
torch::Tensor inverted_dropout(const torch::nn::Dropout& module, const torch::Tensor& x);
// Maxout over adjacent pairs of the last dimension ([..., 2P] -> [..., P], the larger of each
// pair), then inverted_dropout with the same mask from the same draw of the generator. CPU
// float32 and bfloat16 in one pass each way (LibTorch's max and dropout's product elsewhere).
torch::Tensor maxout_dropout(const torch::Tensor& x, double p, bool training);

}  // namespace rnnsearch
