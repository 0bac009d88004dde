// BLEU and chrF exactly as sacreBLEU 2.6.0 computes and prints them (torch-free).
//
// Statistics are kept apart from scoring, as in sacreBLEU: corpus scores come from summed
// sentence statistics. Text follows Python's rules where sacreBLEU relies on them: whitespace is
// str.isspace() (so NBSP and the other Unicode spaces count), characters are code points, and
// lowercasing is str.lower() for the Latin, Greek and Cyrillic scripts.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rnnsearch/common/config.h"

namespace rnnsearch::scoring {

// The version field of signatures from the built-in scorer: sacreBLEU's version, marked.
inline constexpr const char* kBuiltinVersion = "2.6.0+rnnsearch";

// Python's str.rstrip() and str.split() over UTF-8 text.
std::string rstrip(std::string_view text);
std::vector<std::string> split(std::string_view text);
std::string lowercase(std::string_view text);

// sacreBLEU's 13a tokenizer (mteval-v13a.pl): unescapes &quot; &amp; &lt; &gt;, splits
// punctuation, and periods and commas except inside numbers, dashes after digits.
std::string tokenize_13a(std::string_view line);

struct BleuOptions {
  TokenizeType tokenize = TokenizeType::tok13a;
  bool lowercase = false;
  Smoothing smoothing = Smoothing::exp;
  std::optional<double> smooth_value;  // floor: 0.1, add-k: 1 when unset
  bool effective_order = false;        // true for sentence-level scores
};

struct BleuStats {
  std::int64_t hyp_len = 0;
  std::int64_t ref_len = 0;
  std::array<std::int64_t, 4> correct{};
  std::array<std::int64_t, 4> total{};
  BleuStats& operator+=(const BleuStats& other);
};

struct BleuScore {
  double score = 0;
  std::array<double, 4> precisions{};
  double bp = 0;
  std::int64_t sys_len = 0;
  std::int64_t ref_len = 0;
  std::string verbose() const;  // "58.6/.../0.2 (BP = 0.642 ratio = 0.693 hyp_len = 8981 ref_len = 12955)"
};

// One hypothesis against its references (one line from each reference stream).
BleuStats bleu_statistics(std::string_view hypothesis, const std::vector<std::string>& references,
                          const BleuOptions& options);
BleuScore bleu_from_statistics(const BleuStats& stats, const BleuOptions& options);
// refs[k][i] is line i of reference stream k. Empty reference lines are an error, as in sacreBLEU.
BleuScore corpus_bleu(const std::vector<std::string>& hyps, const std::vector<std::vector<std::string>>& refs,
                      const BleuOptions& options);
std::string bleu_signature(const BleuOptions& options, std::size_t nrefs, std::string_view version);

struct ChrfOptions {
  int char_order = 6;
  int word_order = 0;  // 2 = chrF++
  int beta = 2;
  bool lowercase = false;
  bool whitespace = false;
  bool eps_smoothing = false;
};

// [hyp, ref, match] counts per order: chars 1..char_order, then words 1..word_order.
using ChrfStats = std::vector<std::int64_t>;
ChrfStats chrf_statistics(std::string_view hypothesis, const std::vector<std::string>& references,
                          const ChrfOptions& options);  // the reference with the best F wins
double chrf_from_statistics(const ChrfStats& stats, const ChrfOptions& options);
double corpus_chrf(const std::vector<std::string>& hyps, const std::vector<std::vector<std::string>>& refs,
                   const ChrfOptions& options);
std::string chrf_name(const ChrfOptions& options);  // chrF2, chrF2++
std::string chrf_signature(const ChrfOptions& options, std::size_t nrefs, std::string_view version);

// A score as sacreBLEU prints it.
struct MetricScore {
  std::string name;       // BLEU, chrF2, ...
  double score = 0;
  std::string signature;  // "nrefs:1|case:mixed|..."
  std::string verbose;    // BLEU's precisions and lengths; empty for chrF
};
// "NAME|SIGNATURE = SCORE VERBOSE", the name and signature right-aligned to `pad` characters.
std::string format_text(const MetricScore& score, int width, std::size_t pad = 0);
// sacreBLEU's JSON (indent 1): name, score (rounded to `width`), signature, verbose_score, then
// each signature field.
std::string format_json(const MetricScore& score, int width);

// What `rnnsearch score` computes and prints.
struct ScoreRequest {
  std::vector<ScoreMetric> metrics = {ScoreMetric::bleu};
  BleuOptions bleu;
  ChrfOptions chrf;
  int width = 1;                   // decimals of the score
  bool json = false;               // sacreBLEU's JSON (a list when several metrics)
  bool sentence_level = false;     // one text line per sentence and metric (as sacreBLEU)
  std::string version = kBuiltinVersion;
};

// The report, newline-terminated, as the sacrebleu command prints it. Lines are used as given:
// read them with read_segments() for the command's behaviour.
std::string score_report(const std::vector<std::string>& hyps, const std::vector<std::vector<std::string>>& refs,
                         const ScoreRequest& request);

// Corpus scores printed as the sacrebleu command prints them: aligned text lines, or JSON (one
// object, or a list of them for several metrics).
std::string render_report(const std::vector<MetricScore>& scores, int width, bool json);

// Lines of a file ("-" = stdin), right-stripped of whitespace as the sacrebleu command reads them.
std::vector<std::string> read_segments(const std::string& path);

}  // namespace rnnsearch::scoring
