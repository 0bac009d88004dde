// `rnnsearch explain`: source importance beside attention, and how well they agree (src/explain/).
#include "commands.h"
#include "options.h"

#include <map>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/explain/explain.h"
#include "rnnsearch/inspect/agreement.h"
#include "rnnsearch/inspect/alignment.h"

namespace rnnsearch::cli {

std::function<int()> setup_explain(CLI::App& app) {
  struct Args {
    ModelArgs model;
    std::string src, trg, out, gold;
    bool one_based = false;
    ExplainOptions options;
  };
  auto args = std::make_shared<Args>();
  args->model.add_to(app, false);
  app.add_option("--src,-s", args->src, "source sentences, one per line")->required()->check(CLI::ExistingFile);
  app.add_option("--trg,-t", args->trg,
                 "their translations, line for line (default: the model's own translations, by its search settings)")
      ->check(CLI::ExistingFile);
  app.add_option("--out,-o", args->out, "JSON lines: the attention record of translate --attention, plus importance "
                                        "and agreement (written atomically)")
      ->required();
  app.add_option("--gold,-g", args->gold,
                 "gold word alignments (Pharaoh): report the AER of links from attention, Shift-Att and each measure")
      ->check(CLI::ExistingFile);
  app.add_flag("--one-based", args->one_based, "gold alignment indices count words from 1");
  app.add_option("--methods", args->options.methods, "importance measures (default: all)")
      ->check(CLI::IsMember(explain_methods()))
      ->delimiter(',');
  app.add_option("--ig-steps", args->options.importance.ig_steps, "integrated gradients: points between baseline and input")
      ->capture_default_str()
      ->check(CLI::Range(1, 10000));
  app.add_option("--smooth-samples", args->options.importance.smooth_samples, "SmoothGrad: noisy copies")
      ->capture_default_str()
      ->check(CLI::Range(1, 10000));
  app.add_option("--smooth-noise", args->options.importance.smooth_noise,
                 "SmoothGrad: noise standard deviation, over the source embeddings' own")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 10.0));
  app.add_option("--permutations", args->options.counterfactual.permutations,
                 "counterfactual: random permutations of each step's attention")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  app.footer("Importance of each source word for each target word's log-probability under forced decoding: gradient "
             "norm, gradient x input, integrated gradients (zero baseline), SmoothGrad, and leave-one-out (change of "
             "log p and total variation distance of the output distribution with the word removed). Subword scores "
             "are summed per word. stderr gets Kendall's tau and the Jensen-Shannon divergence (bits) between "
             "attention and each measure, over all target words: mean [quartiles]. Counterfactual attention: each "
             "step's weights replaced, that step alone, by permutations of themselves, uniform weights, the weights "
             "without their largest entry or without a random other one; stderr gets, per replacement and over all "
             "target tokens, the median total variation distance of the output, the median change of log p(y_t) "
             "and how often the top prediction changes. Runs in float32 unless --precision says otherwise.");
  return [args] {
    if (!args->model.precision) args->model.precision = "float32";  // gradients want full precision
    Translator translator = args->model.translator();
    const std::vector<std::string> src = read_lines(args->src);
    std::vector<std::string> trg;
    if (args->trg.empty()) {
      for (const auto& hyps : translate_logged(translator, src, true)) trg.push_back(translator.detokenize(hyps.front()));
    } else {
      trg = read_lines(args->trg);
      check_line_counts(args->src, src.size(), {args->trg}, {trg});
    }
    std::vector<GoldAlignment> gold;
    if (!args->gold.empty()) {
      gold = read_pharaoh(args->gold, args->one_based);
      check_line_counts(args->src, src.size(), {args->gold}, {std::vector<std::string>(gold.size())});
    }
    const auto explained = explain(translator, src, trg, args->options);
    std::string json;
    std::map<std::string, std::vector<double>> tau, jsd;
    std::map<std::string, CounterfactualEffect> effects;
    for (const auto& e : explained) {
      json += e.json + "\n";
      const Counterfactual& c = e.counterfactual;
      for (const auto& [name, effect] : {std::pair<const char*, const CounterfactualEffect*>{"permutation", &c.permutation},
                                         {"uniform", &c.uniform}, {"max_removed", &c.max_removed},
                                         {"random_removed", &c.random_removed}}) {
        auto& all = effects[name];
        all.tvd.insert(all.tvd.end(), effect->tvd.begin(), effect->tvd.end());
        all.log_prob.insert(all.log_prob.end(), effect->log_prob.begin(), effect->log_prob.end());
        all.top_changed.insert(all.top_changed.end(), effect->top_changed.begin(), effect->top_changed.end());
      }
      for (const auto& [name, v] : e.kendall_tau) tau[name].insert(tau[name].end(), v.begin(), v.end());
      for (const auto& [name, v] : e.jensen_shannon) jsd[name].insert(jsd[name].end(), v.begin(), v.end());
    }
    write_file_atomic(args->out, json);
    for (const auto& [name, values] : tau) {
      const Summary t = summarize(values), j = summarize(jsd[name]);
      log::info("explain", "attention vs {}: Kendall tau {:.3f} [{:.3f} {:.3f} {:.3f}], JSD {:.3f} [{:.3f} {:.3f} {:.3f}] "
                "over {} target words ({} undefined)", name, t.mean, t.q1, t.median, t.q3, j.mean, j.q1, j.median, j.q3,
                t.n, t.nans);
    }
    for (const auto& [name, all] : effects) {
      if (all.tvd.empty()) continue;
      const Summary tvd = summarize(all.tvd), delta = summarize(all.log_prob), changed = summarize(all.top_changed);
      log::info("explain", "attention {}: output TVD median {:.4f} [{:.4f} {:.4f}], log p(y_t) change median {:+.4f} "
                "[{:+.4f} {:+.4f}], top prediction changed {:.1f}% of {} target tokens", name == std::string("permutation")
                ? "permuted" : name == std::string("uniform") ? "made uniform" : name == std::string("max_removed")
                ? "without its largest weight" : "without a random other weight",
                tvd.median, tvd.q1, tvd.q3, delta.median, delta.q1, delta.q3, 100 * changed.mean, tvd.n);
    }
    if (gold.empty()) return 0;
    // Links from each matrix: the largest entry of each target word's row.
    std::map<std::string, std::vector<Alignment>> links;
    for (std::size_t k = 0; k < explained.size(); ++k) {
      const auto& attention = explained[k].word.at("attention");
      const std::size_t n = drop_links_outside(gold[k], attention.empty() ? 0 : attention.front().size(), attention.size());
      if (n > 0) log::warn("explain", "{}:{}: {} gold link(s) past the end of the sentence, left out", args->gold, k + 1, n);
      for (const auto& [name, matrix] : explained[k].word) links[name].push_back(hard_alignment(matrix));
    }
    for (const auto& [name, predicted] : links) {
      const AlignmentScores s = score_alignments(predicted, gold);
      log::info("explain", "links from {}: AER {:.4f} precision {:.4f} recall {:.4f}", name, s.aer(), s.precision(),
                s.recall());
    }
    return 0;
  };
}

}  // namespace rnnsearch::cli
