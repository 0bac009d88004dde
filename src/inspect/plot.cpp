#include "rnnsearch/inspect/plot.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"

namespace rnnsearch {
namespace {

constexpr double kFont = 12;       // px
constexpr double kCharWidth = 7.2;  // rough advance of a 12 px sans-serif character

// Cuts a token to `max` characters (code points, not bytes), marking the cut with an ellipsis.
std::string cut(const std::string& text, std::size_t max) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++chars > max) return text.substr(0, i) + "\xE2\x80\xA6";
  }
  return text;
}

std::size_t length_of(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(),
                                                [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// White to dark blue through four stops (ColorBrewer "Blues"); x in [0, 1].
std::string colour(double x) {
  static constexpr std::array<std::array<double, 3>, 5> stops = {
      {{247, 251, 255}, {198, 219, 239}, {107, 174, 214}, {33, 113, 181}, {8, 48, 107}}};
  x = std::clamp(x, 0.0, 1.0) * (stops.size() - 1);
  const auto k = std::min(static_cast<std::size_t>(x), stops.size() - 2);
  const double f = x - static_cast<double>(k);
  std::array<int, 3> rgb{};
  for (std::size_t c = 0; c < 3; ++c) rgb[c] = static_cast<int>(std::lround(stops[k][c] + f * (stops[k + 1][c] - stops[k][c])));
  return fmt::format("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]);
}

// A step of 1, 2 or 5 times a power of ten giving about `count` ticks over `range`.
double nice_step(double range, int count) {
  const double raw = range / count;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double m : {1.0, 2.0, 5.0})
    if (raw <= m * power) return m * power;
  return 10 * power;
}

std::string number(double v) {
  if (v != 0 && (std::fabs(v) >= 1e5 || std::fabs(v) < 1e-2)) return fmt::format("{:.0e}", v);
  std::string s = fmt::format("{:.2f}", v);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

struct Series {
  std::string name;
  std::string colour;
  std::vector<std::pair<double, double>> points;  // (step, value)
};

// One chart: axes with ticks, a polyline (and dots) per series, a legend; log10 y axis when asked.
void draw_panel(std::string& svg, double x0, double y0, double w, double h, const std::string& label,
                const std::vector<Series>& series, double max_step, bool log_y) {
  svg += fmt::format(R"(<text x="{}" y="{}" font-weight="bold">{}</text>)" "\n", x0, y0 - 8, xml_escape(label));
  svg += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="#999"/>)" "\n", x0, y0, w, h);
  double lo = INFINITY, hi = -INFINITY;
  for (const auto& s : series)
    for (const auto& [x, y] : s.points)
      if (std::isfinite(y) && (!log_y || y > 0)) {
        const double v = log_y ? std::log10(y) : y;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      }
  if (!(lo <= hi)) {
    svg += fmt::format(R"(<text x="{}" y="{}" fill="#666" text-anchor="middle">no data</text>)" "\n", x0 + w / 2, y0 + h / 2);
    return;
  }
  if (hi - lo < 1e-9) {
    lo -= 0.5;
    hi += 0.5;
  }
  const double pad = (hi - lo) * 0.05;
  lo -= pad;
  hi += pad;
  const double xmax = std::max(max_step, 1.0);
  auto px = [&](double step) { return x0 + w * step / xmax; };
  auto py = [&](double value) { return y0 + h * (1 - ((log_y ? std::log10(value) : value) - lo) / (hi - lo)); };
  // y ticks: 1-2-5 steps, or 1, 2, 5 x 10^k on a log axis
  std::vector<double> ticks;
  if (log_y) {
    for (double p = std::floor(lo); p <= std::ceil(hi); ++p)
      for (const double m : {1.0, 2.0, 5.0}) {
        const double v = m * std::pow(10.0, p);
        if (std::log10(v) >= lo && std::log10(v) <= hi) ticks.push_back(v);
      }
  } else {
    const double step = nice_step(hi - lo, 5);
    for (double v = std::ceil(lo / step) * step; v <= hi; v += step) ticks.push_back(std::fabs(v) < step * 1e-9 ? 0 : v);
  }
  for (const double v : ticks) {
    const double y = py(v);
    svg += fmt::format(R"(<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke="#e5e5e5"/>)"
                       R"(<text x="{:.1f}" y="{:.1f}" text-anchor="end" font-size="11">{}</text>)" "\n",
                       x0, y, x0 + w, y, x0 - 5, y + 4, number(v));
  }
  const double xstep = nice_step(xmax, 6);
  for (double s = 0; s <= xmax + 1e-9; s += xstep)
    svg += fmt::format(R"(<line x1="{0:.1f}" y1="{1:.1f}" x2="{0:.1f}" y2="{2:.1f}" stroke="#999"/>)"
                       R"(<text x="{0:.1f}" y="{3:.1f}" text-anchor="middle" font-size="11">{4}</text>)" "\n",
                       px(s), y0 + h, y0 + h + 4, y0 + h + 16, number(s));
  double legend_x = x0 + 8;
  for (const auto& s : series) {
    std::string path;
    for (const auto& [x, y] : s.points)
      if (std::isfinite(y) && (!log_y || y > 0)) path += fmt::format("{:.1f},{:.1f} ", px(x), py(y));
    if (path.empty()) continue;
    svg += fmt::format(R"(<polyline points="{}" fill="none" stroke="{}" stroke-width="1.6"/>)" "\n", path, s.colour);
    if (s.points.size() <= 60)
      for (const auto& [x, y] : s.points)
        if (std::isfinite(y) && (!log_y || y > 0))
          svg += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="2.5" fill="{}"><title>step {}: {}</title></circle>)" "\n",
                             px(x), py(y), s.colour, static_cast<long>(x), number(y));
    svg += fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="12" height="3" fill="{}"/>)"
                       R"(<text x="{:.1f}" y="{:.1f}" font-size="11">{}</text>)" "\n",
                       legend_x, y0 + 10, s.colour, legend_x + 16, y0 + 14, xml_escape(s.name));
    legend_x += 30 + kCharWidth * static_cast<double>(s.name.size());
  }
}

}  // namespace

std::string xml_escape(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // Control characters are not allowed in XML 1.0 text.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') out += "\xEF\xBF\xBD";
        else out += c;
    }
  }
  return out;
}

std::string attention_heatmap_svg(const AttentionRecord& record, const HeatmapOptions& options) {
  const auto& m = options.word_level ? record.word : record.subword;
  const auto& src = options.word_level ? record.src_words : record.src_subwords;
  const auto& trg = options.word_level ? record.trg_words : record.trg_subwords;
  if (m.size() != trg.size())
    throw UserError(fmt::format("attention of line {}: {} rows for {} target tokens", record.line, m.size(), trg.size()));
  std::vector<std::string> src_labels, trg_labels;
  std::size_t src_chars = 1, trg_chars = 1;
  for (const auto& t : src) src_chars = std::max(src_chars, length_of(src_labels.emplace_back(cut(t, options.max_label))));
  for (const auto& t : trg) trg_chars = std::max(trg_chars, length_of(trg_labels.emplace_back(cut(t, options.max_label))));
  double top_weight = 1.0;  // word-level rows sum the target subwords' weights and may pass 1
  for (const auto& row : m)
    for (const float w : row) top_weight = std::max(top_weight, static_cast<double>(w));

  const double cell = options.cell;
  const double sin60 = 0.866, cos60 = 0.5;
  const double left = 16 + kCharWidth * static_cast<double>(trg_chars) + 8;
  const double top = 56 + kCharWidth * static_cast<double>(src_chars) * sin60 + 10;
  const double grid_w = cell * static_cast<double>(src.size()), grid_h = cell * static_cast<double>(trg.size());
  const double bar_x = left + grid_w + 24, bar_h = std::max(grid_h, 120.0);
  const double width = std::max(bar_x + 70, left + grid_w + kCharWidth * static_cast<double>(src_chars) * cos60 + 16);
  const double height = top + std::max(grid_h, bar_h) + 20;

  std::string title = options.measure.empty()
                          ? fmt::format("line {} · {} attention{}", record.line, options.word_level ? "word" : "subword",
                                        record.weights_note.empty() ? "" : " (" + record.weights_note + ")")
                          : fmt::format("line {} · {} importance: {} (|value|, each row normalised)", record.line,
                                        options.word_level ? "word" : "subword", options.measure);
  if (options.sentence_bleu) title += fmt::format(" · sentence BLEU {:.1f}", *options.sentence_bleu);
  std::string svg = fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" width="{:.0f}" height="{:.0f}" viewBox="0 0 {:.0f} {:.0f}" )"
      R"(font-family="DejaVu Sans, Arial, sans-serif" font-size="{}">)" "\n"
      R"(<title>{}</title>)" "\n"
      R"(<rect width="100%" height="100%" fill="white"/>)" "\n"
      R"(<text x="16" y="22" font-size="15" font-weight="bold">{}</text>)" "\n"
      R"(<text x="16" y="40" font-size="11" fill="#444">{}</text>)" "\n",
      width, height, width, height, kFont, xml_escape(title), xml_escape(title),
      xml_escape(cut(record.translation, 160)));
  for (std::size_t s = 0; s < src.size(); ++s) {
    const double x = left + cell * (static_cast<double>(s) + 0.5), y = top - 6;
    svg += fmt::format(R"svg(<text x="{0:.1f}" y="{1:.1f}" transform="rotate(-60 {0:.1f} {1:.1f})">{2}</text>)svg" "\n", x, y,
                       xml_escape(src_labels[s]));
  }
  for (std::size_t t = 0; t < trg.size(); ++t)
    svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="end">{}</text>)" "\n", left - 6,
                       top + cell * (static_cast<double>(t) + 0.5) + 4, xml_escape(trg_labels[t]));
  for (std::size_t t = 0; t < trg.size(); ++t) {
    if (m[t].size() != src.size())
      throw UserError(fmt::format("attention of line {}: row {} has {} weights for {} source tokens", record.line, t + 1,
                                  m[t].size(), src.size()));
    for (std::size_t s = 0; s < src.size(); ++s) {
      const double w = m[t][s];
      svg += fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="{}" height="{}" fill="{}" stroke="#ffffff" stroke-width="0.5">)"
                         R"(<title>{} → {}: {:.3f}</title></rect>)" "\n",
                         left + cell * static_cast<double>(s), top + cell * static_cast<double>(t), cell, cell,
                         colour(w / top_weight), xml_escape(trg[t]), xml_escape(src[s]), w);
    }
  }
  svg += fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="none" stroke="#666"/>)" "\n",
                     left, top, grid_w, grid_h);
  // Colour bar, top = the largest weight.
  svg += R"(<defs><linearGradient id="scale" x1="0" y1="1" x2="0" y2="0">)";
  for (int k = 0; k <= 4; ++k) svg += fmt::format(R"(<stop offset="{}" stop-color="{}"/>)", k / 4.0, colour(k / 4.0));
  svg += "</linearGradient></defs>\n";
  svg += fmt::format(R"svg(<rect x="{:.1f}" y="{:.1f}" width="14" height="{:.1f}" fill="url(#scale)" stroke="#666"/>)svg" "\n",
                     bar_x, top, bar_h);
  for (int k = 0; k <= 4; ++k) {
    const double y = top + bar_h * (1 - k / 4.0);
    svg += fmt::format(R"(<line x1="{0:.1f}" y1="{1:.1f}" x2="{2:.1f}" y2="{1:.1f}" stroke="#666"/>)"
                       R"(<text x="{3:.1f}" y="{4:.1f}" font-size="11">{5}</text>)" "\n",
                       bar_x + 14, y, bar_x + 18, bar_x + 21, y + 4, number(top_weight * k / 4.0));
  }
  svg += "</svg>\n";
  return svg;
}

std::vector<MetricPoint> read_metrics(const std::string& path) {
  LineReader reader(path);
  std::vector<MetricPoint> points;
  std::string line;
  while (reader.next(line)) {
    if (line.empty()) continue;
    MetricPoint p;
    try {
      const nlohmann::json j = nlohmann::json::parse(line);
      p.valid = j.at("kind").get<std::string>() == "valid";
      p.step = j.at("step").get<long>();
      auto field = [&](const char* key, std::optional<double>& out) {
        if (j.contains(key) && j[key].is_number()) out = j[key].get<double>();
      };
      field("loss", p.loss);
      field("ppl", p.ppl);
      field("bleu", p.bleu);
      field("chrf", p.chrf);
    } catch (const nlohmann::json::exception& e) {
      throw DataError(path, reader.line_number(), fmt::format("not a metrics record: {}", e.what()));
    }
    points.push_back(p);
  }
  return points;
}

std::string training_curve_svg(const std::vector<MetricPoint>& points, const std::string& title) {
  auto series = [&](const char* name, const char* colour, bool valid, std::optional<double> MetricPoint::*field) {
    Series s{name, colour, {}};
    for (const auto& p : points)
      if (p.valid == valid && p.*field) s.points.emplace_back(static_cast<double>(p.step), *(p.*field));
    return s;
  };
  double max_step = 0;
  for (const auto& p : points) max_step = std::max(max_step, static_cast<double>(p.step));
  const double w = 640, h = 200, x0 = 70, gap = 70;
  std::string svg = fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="0 0 {0} {1}" )"
      R"(font-family="DejaVu Sans, Arial, sans-serif" font-size="{2}">)" "\n"
      R"(<title>{3}</title>)" "\n"
      R"(<rect width="100%" height="100%" fill="white"/>)" "\n"
      R"(<text x="16" y="24" font-size="15" font-weight="bold">{3}</text>)" "\n",
      x0 + w + 30, 60 + 3 * (h + gap), kFont, xml_escape(title));
  double y = 70;
  draw_panel(svg, x0, y, w, h, "cross-entropy per target token (train; dev)",
             {series("train", "#1f77b4", false, &MetricPoint::loss), series("dev", "#d62728", true, &MetricPoint::loss)},
             max_step, false);
  y += h + gap;
  draw_panel(svg, x0, y, w, h, "perplexity (log scale)",
             {series("train", "#1f77b4", false, &MetricPoint::ppl), series("dev", "#d62728", true, &MetricPoint::ppl)},
             max_step, true);
  y += h + gap;
  draw_panel(svg, x0, y, w, h, "dev BLEU and chrF",
             {series("BLEU", "#2ca02c", true, &MetricPoint::bleu), series("chrF", "#9467bd", true, &MetricPoint::chrf)},
             max_step, false);
  svg += fmt::format(R"(<text x="{}" y="{}" text-anchor="middle" font-size="11">update step</text>)" "\n", x0 + w / 2,
                     y + h + 34);
  svg += "</svg>\n";
  return svg;
}

std::vector<std::pair<std::string, Matrix>> importance_matrices(std::string_view json_line, bool word_level,
                                                                const std::string& where) {
  std::vector<std::pair<std::string, Matrix>> out;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json_line);
  } catch (const nlohmann::json::exception& e) {
    throw UserError(fmt::format("{}: not JSON: {}", where, e.what()));
  }
  if (!j.is_object() || !j.contains("importance")) return out;
  const char* level = word_level ? "word" : "subword";
  try {
    for (const auto& [name, levels] : j.at("importance").items()) {
      if (!levels.contains(level)) continue;
      Matrix m = levels.at(level).get<Matrix>();
      for (auto& row : m) {
        double sum = 0;
        for (float& x : row) sum += (x = std::abs(x));
        if (sum > 0)
          for (float& x : row) x = static_cast<float>(x / sum);
      }
      out.emplace_back(name, std::move(m));
    }
  } catch (const nlohmann::json::exception& e) {
    throw UserError(fmt::format("{}: malformed importance in an explain record: {}", where, e.what()));
  }
  return out;
}

}  // namespace rnnsearch
