#include "rnnsearch/eval/scoring.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"

namespace rnnsearch::scoring {
namespace {

// ---- UTF-8 and Python's notion of characters ----------------------------------------------

std::u32string decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string encode(std::u32string_view s) {
  std::string out;
  for (const char32_t c : s) append_utf8(out, c);
  return out;
}

// str.isspace(): Unicode White_Space plus the ASCII separators 0x1C-0x1F.
bool is_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

std::u32string lower_code_point(char32_t c) {
  if (c < 0x80) return {c >= 'A' && c <= 'Z' ? c + 32 : c};
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3AB && c != 0x3A2) || (c >= 0x410 && c <= 0x42F))
    return {c + 32};
  if (c >= 0x400 && c <= 0x40F) return {c + 80};
  if (c == 0x130) return {U'i', 0x307};
  if (c == 0x178) return {0xFF};
  const bool even = c % 2 == 0;
  if ((c >= 0x100 && c <= 0x137 && even) || (c >= 0x139 && c <= 0x148 && !even) || (c >= 0x14A && c <= 0x177 && even) ||
      (c >= 0x179 && c <= 0x17E && !even) || (c >= 0x460 && c <= 0x481 && even) || (c >= 0x48A && c <= 0x4BF && even))
    return {c + 1};
  if (c == 0x386) return {0x3AC};
  if (c >= 0x388 && c <= 0x38A) return {c + 37};
  if (c == 0x38C) return {0x3CC};
  if (c == 0x38E || c == 0x38F) return {c + 63};
  return {c};
}

std::vector<std::u32string> split32(const std::u32string& s) {
  std::vector<std::u32string> out;
  std::u32string word;
  for (const char32_t c : s) {
    if (is_space(c)) {
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  std::string out;
  std::size_t start = 0;
  for (std::size_t at; (at = s.find(from, start)) != std::string::npos; start = at + from.size()) {
    out.append(s, start, at - start);
    out.append(to);
  }
  out.append(s, start);
  s = std::move(out);
}

// re.sub with a two-character pattern (first, second) -> replacement, left to right, without
// overlaps. Working on bytes is exact here: the patterns' fixed characters are ASCII, and a
// multi-byte character matched by [^0-9] is copied through unchanged either way.
template <class First, class Second, class Emit>
std::string substitute_pairs(const std::string& s, First first, Second second, Emit emit) {
  std::string out;
  out.reserve(s.size() + s.size() / 4);
  for (std::size_t i = 0; i < s.size();) {
    if (i + 1 < s.size() && first(s[i]) && second(s[i + 1])) {
      emit(out, s[i], s[i + 1]);
      i += 2;
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_period_comma(char c) { return c == '.' || c == ','; }

// [\{-\~\[-\` -\&\(-\+\:-\@\/]
bool is_13a_punct(char c) {
  return (c >= '{' && c <= '~') || (c >= '[' && c <= '`') || (c >= ' ' && c <= '&') || (c >= '(' && c <= '+') ||
         (c >= ':' && c <= '@') || c == '/';
}

std::string join(const std::vector<std::string>& words, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += sep;
    out += words[i];
  }
  return out;
}

// Python's repr() of a float, as json.dumps writes it.
std::string python_float(double x) {
  std::string s = fmt::format("{}", x);
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') out += std::string("\\") + c;
    else if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<int>(c));
    else out += c;
  }
  return out + "\"";
}

// ---- BLEU -------------------------------------------------------------------------------------

using Counts = std::unordered_map<std::string, std::int64_t>;

std::string preprocess_bleu(std::string_view line, const BleuOptions& options) {
  const std::string text = options.lowercase ? lowercase(line) : std::string(line);
  const std::string stripped = rstrip(text);
  return options.tokenize == TokenizeType::tok13a ? tokenize_13a(stripped) : stripped;
}

// n-grams of orders 1..4 keyed by their tokens joined with spaces (tokens hold no whitespace).
Counts word_ngrams(const std::vector<std::string>& tokens, int max_order) {
  Counts counts;
  for (int n = 1; n <= max_order; ++n)
    for (std::size_t i = 0; i + static_cast<std::size_t>(n) <= tokens.size(); ++i) {
      std::string key = tokens[i];
      for (int k = 1; k < n; ++k) key += " " + tokens[i + static_cast<std::size_t>(k)];
      ++counts[key];
    }
  return counts;
}

std::size_t order_of(const std::string& key) { return static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')); }

// References of one segment without the empty ones; none left is an error, as in sacreBLEU.
std::vector<std::string> usable_references(const std::vector<std::string>& references) {
  std::vector<std::string> out;
  for (const auto& r : references)
    if (!r.empty()) out.push_back(r);
  if (out.empty()) throw UserError("empty reference line: every reference of a segment is empty");
  return out;
}

std::vector<std::string> segment_references(const std::vector<std::vector<std::string>>& refs, std::size_t i) {
  std::vector<std::string> out;
  for (const auto& stream : refs) out.push_back(stream[i]);
  return out;
}

void check_lengths(const std::vector<std::string>& hyps, const std::vector<std::vector<std::string>>& refs) {
  if (refs.empty()) throw UserError("no reference stream given");
  for (std::size_t k = 0; k < refs.size(); ++k)
    if (refs[k].size() != hyps.size())
      throw UserError(fmt::format("reference stream {} has {} lines but the hypotheses have {}", k + 1,
                                  refs[k].size(), hyps.size()));
}

// ---- chrF -------------------------------------------------------------------------------------

using Counts32 = std::unordered_map<std::u32string, std::int64_t>;

std::vector<Counts32> char_ngrams(const std::u32string& line, int max_order, bool whitespace) {
  std::u32string text;
  if (whitespace) {
    text = line;
  } else {
    for (const char32_t c : line)
      if (!is_space(c)) text.push_back(c);
  }
  std::vector<Counts32> out(static_cast<std::size_t>(max_order));
  for (int n = 1; n <= max_order; ++n)
    for (std::size_t i = 0; i + static_cast<std::size_t>(n) <= text.size(); ++i)
      ++out[static_cast<std::size_t>(n - 1)][text.substr(i, static_cast<std::size_t>(n))];
  return out;
}

// chrF++'s primitive tokenisation: a punctuation mark at the end (else the start) of a word is
// split off.
std::vector<std::u32string> chrf_words(const std::u32string& line) {
  static const std::u32string puncts = U"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  std::vector<std::u32string> out;
  for (auto& w : split32(line)) {
    if (w.size() == 1) {
      out.push_back(w);
    } else if (puncts.find(w.back()) != std::u32string::npos) {
      out.push_back(w.substr(0, w.size() - 1));
      out.push_back(w.substr(w.size() - 1));
    } else if (puncts.find(w.front()) != std::u32string::npos) {
      out.push_back(w.substr(0, 1));
      out.push_back(w.substr(1));
    } else {
      out.push_back(w);
    }
  }
  return out;
}

std::vector<Counts32> all_chrf_ngrams(std::string_view line, const ChrfOptions& options) {
  const std::u32string text = decode(options.lowercase ? lowercase(line) : std::string(line));
  std::vector<Counts32> out = char_ngrams(text, options.char_order, options.whitespace);
  if (options.word_order > 0) {
    const auto words = chrf_words(text);
    for (int n = 1; n <= options.word_order; ++n) {
      Counts32 counts;
      for (std::size_t i = 0; i + static_cast<std::size_t>(n) <= words.size(); ++i) {
        std::u32string key = words[i];
        for (int k = 1; k < n; ++k) key += U" " + words[i + static_cast<std::size_t>(k)];
        ++counts[key];
      }
      out.push_back(std::move(counts));
    }
  }
  return out;
}

}  // namespace

// ---- text -------------------------------------------------------------------------------------

std::string rstrip(std::string_view text) {
  std::u32string s = decode(text);
  while (!s.empty() && is_space(s.back())) s.pop_back();
  return encode(s);
}

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& w : split32(decode(text))) out.push_back(encode(w));
  return out;
}

std::string lowercase(std::string_view text) {
  std::u32string out;
  for (const char32_t c : decode(text)) out += lower_code_point(c);
  return encode(out);
}

std::string tokenize_13a(std::string_view input) {
  std::string line(input);
  replace_all(line, "<skipped>", "");
  replace_all(line, "-\n", "");
  replace_all(line, "\n", " ");
  if (line.find('&') != std::string::npos) {
    replace_all(line, "&quot;", "\"");
    replace_all(line, "&amp;", "&");
    replace_all(line, "&lt;", "<");
    replace_all(line, "&gt;", ">");
  }
  line = " " + line + " ";
  std::string spaced;
  for (const char c : line) {
    if (is_13a_punct(c)) spaced += std::string(" ") + c + " ";
    else spaced += c;
  }
  auto not_digit = [](char c) { return !is_digit(c); };
  spaced = substitute_pairs(spaced, not_digit, is_period_comma, [](std::string& o, char a, char b) {
    o += a;
    o += ' ';
    o += b;
    o += ' ';
  });
  spaced = substitute_pairs(spaced, is_period_comma, not_digit, [](std::string& o, char a, char b) {
    o += ' ';
    o += a;
    o += ' ';
    o += b;
  });
  spaced = substitute_pairs(spaced, is_digit, [](char c) { return c == '-'; }, [](std::string& o, char a, char b) {
    o += a;
    o += ' ';
    o += b;
    o += ' ';
  });
  return join(split(spaced), " ");
}

// ---- BLEU -------------------------------------------------------------------------------------

BleuStats& BleuStats::operator+=(const BleuStats& o) {
  hyp_len += o.hyp_len;
  ref_len += o.ref_len;
  for (std::size_t n = 0; n < 4; ++n) {
    correct[n] += o.correct[n];
    total[n] += o.total[n];
  }
  return *this;
}

BleuStats bleu_statistics(std::string_view hypothesis, const std::vector<std::string>& references,
                          const BleuOptions& options) {
  Counts ref_counts;
  std::vector<std::int64_t> ref_lens;
  for (const auto& reference : usable_references(references)) {
    const auto tokens = split(preprocess_bleu(reference, options));
    ref_lens.push_back(static_cast<std::int64_t>(tokens.size()));
    for (const auto& [ngram, count] : word_ngrams(tokens, 4)) {
      auto& best = ref_counts[ngram];
      best = std::max(best, count);
    }
  }
  const auto tokens = split(preprocess_bleu(hypothesis, options));
  BleuStats stats;
  stats.hyp_len = static_cast<std::int64_t>(tokens.size());
  // The closest reference length; ties go to the shorter one.
  std::int64_t closest_diff = -1;
  for (const auto len : ref_lens) {
    const std::int64_t diff = std::abs(stats.hyp_len - len);
    if (closest_diff == -1 || diff < closest_diff) {
      closest_diff = diff;
      stats.ref_len = len;
    } else if (diff == closest_diff && len < stats.ref_len) {
      stats.ref_len = len;
    }
  }
  for (const auto& [ngram, count] : word_ngrams(tokens, 4)) {
    const std::size_t n = order_of(ngram);
    stats.total[n] += count;
    const auto it = ref_counts.find(ngram);
    if (it != ref_counts.end()) stats.correct[n] += std::min(count, it->second);
  }
  return stats;
}

BleuScore bleu_from_statistics(const BleuStats& stats, const BleuOptions& options) {
  const double smooth_value =
      options.smooth_value.value_or(options.smoothing == Smoothing::floor ? 0.1 : options.smoothing == Smoothing::add_k ? 1.0 : 0.0);
  BleuScore s;
  s.sys_len = stats.hyp_len;
  s.ref_len = stats.ref_len;
  if (s.sys_len < s.ref_len)
    s.bp = s.sys_len > 0 ? std::exp(1.0 - static_cast<double>(s.ref_len) / static_cast<double>(s.sys_len)) : 0.0;
  else
    s.bp = 1.0;
  if (std::all_of(stats.correct.begin(), stats.correct.end(), [](std::int64_t c) { return c == 0; })) return s;

  std::array<double, 4> correct{}, total{};
  for (std::size_t n = 0; n < 4; ++n) {
    correct[n] = static_cast<double>(stats.correct[n]);
    total[n] = static_cast<double>(stats.total[n]);
  }
  double smooth_mteval = 1.0;
  std::size_t effective = 4;
  for (std::size_t n = 1; n <= 4; ++n) {
    if (options.smoothing == Smoothing::add_k && n > 1) {
      correct[n - 1] += smooth_value;
      total[n - 1] += smooth_value;
    }
    if (total[n - 1] == 0) break;
    if (options.effective_order) effective = n;
    if (correct[n - 1] == 0) {
      if (options.smoothing == Smoothing::exp) {
        smooth_mteval *= 2;
        s.precisions[n - 1] = 100.0 / (smooth_mteval * total[n - 1]);
      } else if (options.smoothing == Smoothing::floor) {
        s.precisions[n - 1] = 100.0 * smooth_value / total[n - 1];
      }
    } else {
      s.precisions[n - 1] = 100.0 * correct[n - 1] / total[n - 1];
    }
  }
  double log_sum = 0;
  for (std::size_t n = 0; n < effective; ++n) log_sum += s.precisions[n] == 0 ? -9999999999.0 : std::log(s.precisions[n]);
  s.score = s.bp * std::exp(log_sum / static_cast<double>(effective));
  return s;
}

std::string BleuScore::verbose() const {
  const double ratio = ref_len != 0 ? static_cast<double>(sys_len) / static_cast<double>(ref_len) : 0.0;
  return fmt::format("{:.1f}/{:.1f}/{:.1f}/{:.1f} (BP = {:.3f} ratio = {:.3f} hyp_len = {} ref_len = {})", precisions[0],
                     precisions[1], precisions[2], precisions[3], bp, ratio, sys_len, ref_len);
}

BleuScore corpus_bleu(const std::vector<std::string>& hyps, const std::vector<std::vector<std::string>>& refs,
                      const BleuOptions& options) {
  check_lengths(hyps, refs);
  BleuStats total;
  for (std::size_t i = 0; i < hyps.size(); ++i) total += bleu_statistics(hyps[i], segment_references(refs, i), options);
  return bleu_from_statistics(total, options);
}

std::string bleu_signature(const BleuOptions& options, std::size_t nrefs, std::string_view version) {
  std::string smooth;
  switch (options.smoothing) {
    case Smoothing::exp: smooth = "exp"; break;
    case Smoothing::none: smooth = "none"; break;
    case Smoothing::floor: smooth = fmt::format("floor[{:.2f}]", options.smooth_value.value_or(0.1)); break;
    case Smoothing::add_k: smooth = fmt::format("add-k[{:.2f}]", options.smooth_value.value_or(1.0)); break;
  }
  return fmt::format("nrefs:{}|case:{}|eff:{}|tok:{}|smooth:{}|version:{}", nrefs, options.lowercase ? "lc" : "mixed",
                     options.effective_order ? "yes" : "no", to_string(options.tokenize), smooth, version);
}

// ---- chrF -------------------------------------------------------------------------------------

double chrf_from_statistics(const ChrfStats& stats, const ChrfOptions& options) {
  const double eps = 1e-16;
  const double factor = static_cast<double>(options.beta) * options.beta;
  double score = 0, avg_prec = 0, avg_rec = 0;
  int effective = 0;
  const auto order = static_cast<std::size_t>(options.char_order + options.word_order);
  for (std::size_t i = 0; i < order; ++i) {
    const auto n_hyp = static_cast<double>(stats[3 * i]), n_ref = static_cast<double>(stats[3 * i + 1]),
               n_match = static_cast<double>(stats[3 * i + 2]);
    const double prec = n_hyp > 0 ? n_match / n_hyp : eps;
    const double rec = n_ref > 0 ? n_match / n_ref : eps;
    const double denom = factor * prec + rec;
    score += denom > 0 ? (1 + factor) * prec * rec / denom : eps;
    if (n_hyp > 0 && n_ref > 0) {
      avg_prec += prec;
      avg_rec += rec;
      ++effective;
    }
  }
  if (options.eps_smoothing) return 100 * score / static_cast<double>(order);
  if (effective == 0) {
    avg_prec = avg_rec = 0;
  } else {
    avg_prec /= effective;
    avg_rec /= effective;
  }
  if (avg_prec + avg_rec == 0) return 0.0;
  return 100 * ((1 + factor) * avg_prec * avg_rec / ((factor * avg_prec) + avg_rec));
}

ChrfStats chrf_statistics(std::string_view hypothesis, const std::vector<std::string>& references,
                          const ChrfOptions& options) {
  const auto hyp = all_chrf_ngrams(hypothesis, options);
  ChrfStats best;
  double best_f = -1.0;
  for (const auto& reference : usable_references(references)) {
    const auto ref = all_chrf_ngrams(reference, options);
    ChrfStats stats;
    for (std::size_t k = 0; k < hyp.size(); ++k) {
      std::int64_t hyp_count = 0, match = 0, ref_count = 0;
      for (const auto& [ngram, count] : hyp[k]) {
        hyp_count += count;
        const auto it = ref[k].find(ngram);
        if (it != ref[k].end()) match += std::min(count, it->second);
      }
      for (const auto& [ngram, count] : ref[k]) ref_count += count;
      // No reference n-grams of this order: the hypothesis's do not count either.
      stats.insert(stats.end(), {ref[k].empty() ? 0 : hyp_count, ref_count, match});
    }
    const double f = chrf_from_statistics(stats, options);
    if (f > best_f) {
      best_f = f;
      best = std::move(stats);
    }
  }
  return best;
}

double corpus_chrf(const std::vector<std::string>& hyps, const std::vector<std::vector<std::string>>& refs,
                   const ChrfOptions& options) {
  check_lengths(hyps, refs);
  ChrfStats total(static_cast<std::size_t>(3 * (options.char_order + options.word_order)), 0);
  for (std::size_t i = 0; i < hyps.size(); ++i) {
    const auto stats = chrf_statistics(hyps[i], segment_references(refs, i), options);
    for (std::size_t k = 0; k < total.size(); ++k) total[k] += stats[k];
  }
  return chrf_from_statistics(total, options);
}

std::string chrf_name(const ChrfOptions& options) {
  return fmt::format("chrF{}{}", options.beta, std::string(static_cast<std::size_t>(options.word_order), '+'));
}

std::string chrf_signature(const ChrfOptions& options, std::size_t nrefs, std::string_view version) {
  return fmt::format("nrefs:{}|case:{}|eff:{}|nc:{}|nw:{}|space:{}|version:{}", nrefs, options.lowercase ? "lc" : "mixed",
                     options.eps_smoothing ? "no" : "yes", options.char_order, options.word_order,
                     options.whitespace ? "yes" : "no", version);
}

// ---- output -----------------------------------------------------------------------------------

std::string format_text(const MetricScore& s, int width, std::size_t pad) {
  std::string head = s.name + "|" + s.signature;
  if (head.size() < pad) head.insert(0, pad - head.size(), ' ');
  std::string line = fmt::format("{} = {:.{}f}", head, s.score, width);
  if (!s.verbose.empty()) line += " " + s.verbose;
  return line;
}

std::string format_json(const MetricScore& s, int width) {
  const double rounded = std::stod(fmt::format("{:.{}f}", s.score, width));
  std::vector<std::pair<std::string, std::string>> fields = {
      {"name", json_string(s.name)}, {"score", python_float(rounded)}, {"signature", json_string(s.signature)}};
  if (!s.verbose.empty()) fields.emplace_back("verbose_score", json_string(s.verbose));
  std::size_t start = 0;
  for (;;) {
    const std::size_t bar = s.signature.find('|', start);
    const std::string part = s.signature.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
    const auto colon = part.find(':');
    fields.emplace_back(part.substr(0, colon), json_string(part.substr(colon + 1)));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  std::string out = "{\n";
  for (std::size_t i = 0; i < fields.size(); ++i)
    out += fmt::format(" {}: {}{}\n", json_string(fields[i].first), fields[i].second, i + 1 < fields.size() ? "," : "");
  return out + "}";
}

std::string score_report(const std::vector<std::string>& hyps, const std::vector<std::vector<std::string>>& refs,
                         const ScoreRequest& request) {
  check_lengths(hyps, refs);
  BleuOptions bleu = request.bleu;
  if (request.sentence_level) bleu.effective_order = true;  // as the sacrebleu command does
  const std::string bleu_sig = bleu_signature(bleu, refs.size(), request.version);
  const std::string chrf_sig = chrf_signature(request.chrf, refs.size(), request.version);
  auto score_of = [&](ScoreMetric metric, const std::vector<std::string>& h, const std::vector<std::vector<std::string>>& r) {
    if (metric == ScoreMetric::bleu) {
      const BleuScore b = corpus_bleu(h, r, bleu);
      return MetricScore{"BLEU", b.score, bleu_sig, b.verbose()};
    }
    return MetricScore{chrf_name(request.chrf), corpus_chrf(h, r, request.chrf), chrf_sig, ""};
  };
  std::string out;
  if (request.sentence_level) {
    for (std::size_t i = 0; i < hyps.size(); ++i) {
      std::vector<std::vector<std::string>> one;
      for (const auto& stream : refs) one.push_back({stream[i]});
      for (const auto metric : request.metrics) out += format_text(score_of(metric, {hyps[i]}, one), request.width) + "\n";
    }
    return out;
  }
  std::vector<MetricScore> scores;
  for (const auto metric : request.metrics) scores.push_back(score_of(metric, hyps, refs));
  return render_report(scores, request.width, request.json);
}

std::string render_report(const std::vector<MetricScore>& scores, int width, bool json) {
  std::string out;
  if (json) {
    if (scores.size() == 1) return format_json(scores.front(), width) + "\n";
    out = "[\n";
    for (std::size_t i = 0; i < scores.size(); ++i)
      out += format_json(scores[i], width) + (i + 1 < scores.size() ? ",\n" : "\n");
    return out + "]\n";
  }
  std::size_t pad = 0;
  for (const auto& score : scores) pad = std::max(pad, score.name.size() + 1 + score.signature.size());
  for (const auto& score : scores) out += format_text(score, width, pad) + "\n";
  return out;
}

std::vector<std::string> read_segments(const std::string& path) {
  std::vector<std::string> lines = read_lines(path);
  for (auto& line : lines) line = rstrip(line);
  return lines;
}

}  // namespace rnnsearch::scoring
