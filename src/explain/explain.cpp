#include "rnnsearch/explain/explain.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/inspect/agreement.h"

namespace rnnsearch {
namespace {

using nlohmann::json;

json rounded(const Matrix& m) {
  json out = json::array();
  for (const auto& row : m) {
    json r = json::array();
    for (const float x : row) r.push_back(std::round(static_cast<double>(x) * 1e6) / 1e6);
    out.push_back(std::move(r));
  }
  return out;
}

// Per row, agreement between attention and |measure|.
void agreement(const Matrix& attention, const Matrix& measure, std::vector<double>& tau, std::vector<double>& jsd) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (std::size_t t = 0; t < attention.size(); ++t) {
    const std::vector<double> a(attention[t].begin(), attention[t].end());
    std::vector<double> m;
    for (const float x : measure[t]) m.push_back(std::abs(static_cast<double>(x)));
    tau.push_back(kendall_tau(a, m));
    try {
      jsd.push_back(jensen_shannon(a, m));
    } catch (const std::invalid_argument&) {  // a row of zeros
      jsd.push_back(nan);
    }
  }
}

json with_nulls(const std::vector<double>& v) {
  json out = json::array();
  for (const double x : v) out.push_back(std::isnan(x) ? json(nullptr) : json(std::round(x * 1e6) / 1e6));
  return out;
}

}  // namespace

Matrix shift_rows(const Matrix& m, int by) {
  Matrix out = m;
  for (std::size_t t = 0; t < m.size(); ++t) {
    const auto from = static_cast<std::ptrdiff_t>(t) + by;
    if (from >= 0 && from < static_cast<std::ptrdiff_t>(m.size())) out[t] = m[static_cast<std::size_t>(from)];
  }
  return out;
}

const std::vector<std::string>& explain_methods() {
  static const std::vector<std::string> names = {"gradient", "grad_input", "integrated_gradients", "smoothgrad",
                                                 "leave_one_out", "counterfactual"};
  return names;
}

std::vector<Explanation> explain(Translator& translator, const std::vector<std::string>& src_lines,
                                 const std::vector<std::string>& trg_lines, const ExplainOptions& options) {
  if (src_lines.size() != trg_lines.size())
    throw UserError(fmt::format("explain: {} source lines but {} translations", src_lines.size(), trg_lines.size()));
  for (const auto& m : options.methods)
    if (std::find(explain_methods().begin(), explain_methods().end(), m) == explain_methods().end())
      throw UserError(fmt::format("explain: unknown method \"{}\"", m));
  auto wants = [&](const char* m) { return std::find(options.methods.begin(), options.methods.end(), m) != options.methods.end(); };
  std::vector<std::vector<int32_t>> trg_ids;
  for (const auto& line : trg_lines) trg_ids.push_back(translator.encode_target(line));
  auto aligned = translator.force_attention(src_lines, trg_ids);  // pieces, cut as the ids below
  NmtModelImpl& model = translator.first_model();
  std::vector<Explanation> out;
  log::Progress bar("explain", static_cast<std::int64_t>(src_lines.size()), "sentences");
  for (std::size_t k = 0; k < src_lines.size(); ++k) {
    const std::vector<int32_t> src = translator.encode_source(src_lines[k]);
    std::vector<int32_t> trg = trg_ids[k];
    trg.resize(aligned[k].trg_pieces.size() - 1);  // as force_attention cut it
    AttentionRecord record = make_attention_record(aligned[k].src_pieces, aligned[k].trg_pieces, aligned[k].attention);
    record.line = k + 1;
    record.source = src_lines[k];
    record.translation = trg_lines[k];
    record.weights_note = attention_weights_note(translator.config().model);
    const std::vector<int> src_word = word_index(aligned[k].src_pieces), trg_word = word_index(aligned[k].trg_pieces);
    json j = json::parse(to_json_line(record));
    json importance = json::object();
    Explanation e;
    e.word["attention"] = record.word;
    // Shift-Att: row t takes the weights of step t + 1, whose decoder input is y_t; and the other
    // way, the weights of step t - 1, for attention that looks one word ahead.
    e.word["shift_attention"] = aggregate_words(shift_rows(aligned[k].attention, 1), trg_word, src_word);
    e.word["previous_step_attention"] = aggregate_words(shift_rows(aligned[k].attention, -1), trg_word, src_word);
    auto magnitude = [](Matrix m) {
      for (auto& row : m)
        for (float& x : row) x = std::abs(x);
      return m;
    };
    auto add = [&](const std::string& name, const Matrix& subword) {
      const Matrix word = aggregate_words(subword, trg_word, src_word);
      e.word[name] = magnitude(word);
      importance[name] = {{"subword", rounded(subword)}, {"word", rounded(word)}};
      agreement(record.word, word, e.kendall_tau[name], e.jensen_shannon[name]);
    };
    const bool gradients = wants("gradient") || wants("grad_input") || wants("integrated_gradients") || wants("smoothgrad");
    if (gradients) {
      const GradientImportance g = gradient_importance(model, src, trg, options.importance);
      j["log_probs"] = g.log_probs;
      if (wants("gradient")) add("gradient", g.gradient);
      if (wants("grad_input")) add("grad_input", g.grad_input);
      if (wants("integrated_gradients")) {
        add("integrated_gradients", g.integrated_gradients);
        j["integrated_gradients_baseline_log_probs"] = g.baseline_log_probs;
      }
      if (wants("smoothgrad")) add("smoothgrad", g.smoothgrad);
    }
    if (wants("leave_one_out")) {
      // Word-level already: columns are source words; rows are aggregated over target pieces.
      std::vector<int> piece_words(src_word.begin(), src_word.end() - 1);  // the ids have no EOS
      const LeaveOneOut loo = leave_one_out(model, src, trg, piece_words);
      std::vector<int> columns(loo.tvd.empty() ? 0 : loo.tvd.front().size());
      for (std::size_t c = 0; c < columns.size(); ++c) columns[c] = static_cast<int>(c);
      for (const auto& [name, m] : {std::pair<std::string, const Matrix*>{"loo_log_prob", &loo.log_prob_drop},
                                    std::pair<std::string, const Matrix*>{"loo_tvd", &loo.tvd}}) {
        const Matrix word = aggregate_words(*m, trg_word, columns);
        importance[name] = {{"word", rounded(word)}};
        e.word[name] = magnitude(word);
        agreement(record.word, word, e.kendall_tau[name], e.jensen_shannon[name]);
      }
    }
    if (wants("counterfactual")) {
      e.counterfactual = counterfactual_attention(model, src, trg, options.counterfactual);
      auto effect = [](const CounterfactualEffect& c) {
        return json{{"tvd", with_nulls(c.tvd)}, {"log_prob", with_nulls(c.log_prob)}, {"top_changed", with_nulls(c.top_changed)}};
      };
      const Counterfactual& c = e.counterfactual;
      j["counterfactual"] = {{"log_probs", with_nulls(c.log_probs)},
                             {"permutations", options.counterfactual.permutations},
                             {"permutation", effect(c.permutation)},
                             {"uniform", effect(c.uniform)},
                             {"max_removed", effect(c.max_removed)},
                             {"random_removed", effect(c.random_removed)}};
    }
    j["importance"] = std::move(importance);
    json agree = json::object();
    for (const auto& [name, tau] : e.kendall_tau)
      agree[name] = {{"kendall_tau", with_nulls(tau)}, {"jensen_shannon", with_nulls(e.jensen_shannon[name])}};
    j["agreement_with_attention"] = std::move(agree);
    e.json = j.dump(-1, ' ', false, json::error_handler_t::replace);
    out.push_back(std::move(e));
    bar.update(static_cast<std::int64_t>(k + 1));
  }
  bar.finish();
  return out;
}

}  // namespace rnnsearch
