#include "rnnsearch/inspect/alignment.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"

namespace rnnsearch {
namespace {

constexpr std::string_view kWordMark = "\xE2\x96\x81";  // U+2581, SentencePiece's word boundary

bool starts_word(const std::string& piece) { return piece.compare(0, kWordMark.size(), kWordMark) == 0; }

std::string strip_marks(const std::string& piece) {
  std::string out;
  for (std::size_t pos = 0; pos < piece.size();) {
    if (piece.compare(pos, kWordMark.size(), kWordMark) == 0) {
      pos += kWordMark.size();
    } else {
      out += piece[pos++];
    }
  }
  return out;
}

// "12" -> 12; anything else (sign, empty, junk, overflow) -> -1.
int parse_index(std::string_view text) {
  int value = -1;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < 0) return -1;
  return value;
}

std::size_t count_in(const Alignment& links, const std::set<std::pair<int, int>>& set) {
  return static_cast<std::size_t>(std::count_if(links.begin(), links.end(), [&](const auto& l) { return set.count(l) > 0; }));
}

}  // namespace

std::vector<int> word_index(const std::vector<std::string>& pieces, const std::vector<std::string>& specials) {
  std::vector<int> index(pieces.size(), -1);
  int word = -1;
  bool open = false;  // a word is open that the next unmarked piece continues
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    if (std::find(specials.begin(), specials.end(), pieces[k]) != specials.end()) {
      open = false;
      continue;
    }
    if (starts_word(pieces[k]) || !open) ++word;
    open = true;
    index[k] = word;
  }
  return index;
}

std::vector<std::string> words_of(const std::vector<std::string>& pieces, const std::vector<int>& index) {
  std::vector<std::string> words;
  for (std::size_t k = 0; k < pieces.size() && k < index.size(); ++k) {
    if (index[k] < 0) continue;
    if (static_cast<std::size_t>(index[k]) >= words.size()) words.resize(static_cast<std::size_t>(index[k]) + 1);
    words[static_cast<std::size_t>(index[k])] += strip_marks(pieces[k]);
  }
  return words;
}

Matrix aggregate_words(const Matrix& subword, const std::vector<int>& trg_word, const std::vector<int>& src_word) {
  const int rows = trg_word.empty() ? 0 : *std::max_element(trg_word.begin(), trg_word.end()) + 1;
  const int cols = src_word.empty() ? 0 : *std::max_element(src_word.begin(), src_word.end()) + 1;
  Matrix words(static_cast<std::size_t>(std::max(rows, 0)), std::vector<float>(static_cast<std::size_t>(std::max(cols, 0)), 0.0F));
  for (std::size_t t = 0; t < subword.size() && t < trg_word.size(); ++t) {
    if (trg_word[t] < 0) continue;
    for (std::size_t s = 0; s < subword[t].size() && s < src_word.size(); ++s)
      if (src_word[s] >= 0) words[static_cast<std::size_t>(trg_word[t])][static_cast<std::size_t>(src_word[s])] += subword[t][s];
  }
  return words;
}

Alignment hard_alignment(const Matrix& weights) {
  Alignment links;
  for (std::size_t j = 0; j < weights.size(); ++j) {
    const auto& row = weights[j];
    const auto best = std::max_element(row.begin(), row.end());
    if (best == row.end() || *best <= 0.0F) continue;
    links.emplace_back(static_cast<int>(best - row.begin()), static_cast<int>(j));
  }
  return links;
}

Alignment threshold_alignment(const Matrix& weights, double threshold) {
  Alignment links;
  for (std::size_t j = 0; j < weights.size(); ++j)
    for (std::size_t i = 0; i < weights[j].size(); ++i)
      if (weights[j][i] > 0.0F && weights[j][i] >= threshold) links.emplace_back(static_cast<int>(i), static_cast<int>(j));
  return links;
}

std::string format_pharaoh(const Alignment& alignment, bool one_based) {
  const int shift = one_based ? 1 : 0;
  std::string out;
  for (const auto& [i, j] : alignment) out += fmt::format("{}{}-{}", out.empty() ? "" : " ", i + shift, j + shift);
  return out;
}

std::string format_soft(const Matrix& weights) {
  std::string out;
  for (std::size_t j = 0; j < weights.size(); ++j) {
    if (j > 0) out += ' ';
    for (std::size_t i = 0; i < weights[j].size(); ++i) out += fmt::format("{}{:.4f}", i > 0 ? "," : "", weights[j][i]);
  }
  return out;
}

GoldAlignment parse_pharaoh(std::string_view line, bool one_based, const std::string& where) {
  GoldAlignment gold;
  const int shift = one_based ? 1 : 0;
  std::size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t' || line[pos] == '\r')) ++pos;
    if (pos == line.size()) break;
    std::size_t end = pos;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t' && line[end] != '\r') ++end;
    const std::string_view token = line.substr(pos, end - pos);
    pos = end;
    const std::size_t sep = token.find_first_of("-p");
    const int i = sep == std::string_view::npos ? -1 : parse_index(token.substr(0, sep));
    const int j = sep == std::string_view::npos ? -1 : parse_index(token.substr(sep + 1));
    if (i < 0 || j < 0)
      throw UserError(fmt::format("{}: '{}' is not an alignment link: expected i-j (sure) or ipj (possible), "
                                  "non-negative integers", where, token));
    if (i < shift || j < shift)
      throw UserError(fmt::format("{}: link '{}' has index 0, but --one-based numbers words from 1", where, token));
    (token[sep] == '-' ? gold.sure : gold.possible).emplace_back(i - shift, j - shift);
  }
  return gold;
}

std::vector<GoldAlignment> read_pharaoh(const std::string& path, bool one_based) {
  const std::vector<std::string> lines = read_lines(path);
  std::vector<GoldAlignment> gold;
  gold.reserve(lines.size());
  for (std::size_t k = 0; k < lines.size(); ++k) gold.push_back(parse_pharaoh(lines[k], one_based, fmt::format("{}:{}", path, k + 1)));
  return gold;
}

std::size_t drop_links_outside(GoldAlignment& gold, std::size_t src_words, std::size_t trg_words) {
  auto outside = [&](const std::pair<int, int>& l) {
    return static_cast<std::size_t>(l.first) >= src_words || static_cast<std::size_t>(l.second) >= trg_words;
  };
  std::size_t dropped = 0;
  for (Alignment* links : {&gold.sure, &gold.possible}) {
    const auto end = std::remove_if(links->begin(), links->end(), outside);
    dropped += static_cast<std::size_t>(links->end() - end);
    links->erase(end, links->end());
  }
  return dropped;
}

double AlignmentScores::precision() const {
  return predicted == 0 ? 0.0 : static_cast<double>(hit_possible) / static_cast<double>(predicted);
}

double AlignmentScores::recall() const { return sure == 0 ? 1.0 : static_cast<double>(hit_sure) / static_cast<double>(sure); }

double AlignmentScores::aer() const {
  if (predicted + sure == 0) return 0.0;
  return 1.0 - static_cast<double>(hit_sure + hit_possible) / static_cast<double>(predicted + sure);
}

AlignmentScores score_alignments(const std::vector<Alignment>& predicted, const std::vector<GoldAlignment>& gold) {
  if (predicted.size() != gold.size())
    throw UserError(fmt::format("alignment scoring: {} predicted sentence pairs but {} gold ones", predicted.size(), gold.size()));
  AlignmentScores scores;
  for (std::size_t k = 0; k < gold.size(); ++k) {
    const std::set<std::pair<int, int>> a(predicted[k].begin(), predicted[k].end());
    const std::set<std::pair<int, int>> sure(gold[k].sure.begin(), gold[k].sure.end());
    std::set<std::pair<int, int>> possible(gold[k].possible.begin(), gold[k].possible.end());
    possible.insert(sure.begin(), sure.end());
    const Alignment links(a.begin(), a.end());  // a link predicted twice counts once
    scores.predicted += links.size();
    scores.sure += sure.size();
    scores.hit_sure += count_in(links, sure);
    scores.hit_possible += count_in(links, possible);
  }
  return scores;
}

AttentionRecord make_attention_record(std::vector<std::string> src_pieces, std::vector<std::string> trg_pieces,
                                      Matrix subword) {
  AttentionRecord r;
  const std::vector<int> src_index = word_index(src_pieces);
  const std::vector<int> trg_index = word_index(trg_pieces);
  r.src_words = words_of(src_pieces, src_index);
  r.trg_words = words_of(trg_pieces, trg_index);
  r.word = aggregate_words(subword, trg_index, src_index);
  r.src_subwords = std::move(src_pieces);
  r.trg_subwords = std::move(trg_pieces);
  r.subword = std::move(subword);
  return r;
}

namespace {

nlohmann::json rounded(const Matrix& m) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : m) {
    nlohmann::json out = nlohmann::json::array();
    for (const float w : row) out.push_back(std::round(static_cast<double>(w) * 1e4) / 1e4);
    rows.push_back(std::move(out));
  }
  return rows;
}

}  // namespace

std::string to_json_line(const AttentionRecord& r) {
  nlohmann::json j = {{"line", r.line},
                            {"source", r.source},
                            {"translation", r.translation},
                            {"src_subwords", r.src_subwords},
                            {"trg_subwords", r.trg_subwords},
                            {"src_words", r.src_words},
                            {"trg_words", r.trg_words},
                            {"subword_attention", rounded(r.subword)},
                            {"word_attention", rounded(r.word)}};
  if (!r.weights_note.empty()) j["attention_weights"] = r.weights_note;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

AttentionRecord attention_record_from_json(std::string_view line, const std::string& where) {
  AttentionRecord r;
  try {
    const nlohmann::json j = nlohmann::json::parse(line);
    r.line = j.at("line").get<std::size_t>();
    r.source = j.at("source").get<std::string>();
    r.translation = j.at("translation").get<std::string>();
    r.src_subwords = j.at("src_subwords").get<std::vector<std::string>>();
    r.trg_subwords = j.at("trg_subwords").get<std::vector<std::string>>();
    r.src_words = j.at("src_words").get<std::vector<std::string>>();
    r.trg_words = j.at("trg_words").get<std::vector<std::string>>();
    r.subword = j.at("subword_attention").get<Matrix>();
    r.word = j.at("word_attention").get<Matrix>();
    r.weights_note = j.value("attention_weights", "");
  } catch (const nlohmann::json::exception& e) {
    throw UserError(fmt::format("{}: not an attention record of `rnnsearch translate --attention`: {}", where, e.what()));
  }
  auto check = [&](const Matrix& m, std::size_t rows, std::size_t cols, const char* name) {
    bool ok = m.size() == rows;
    for (const auto& row : m) ok = ok && row.size() == cols;
    if (!ok) throw UserError(fmt::format("{}: {} is not {} x {} (target x source tokens)", where, name, rows, cols));
  };
  check(r.subword, r.trg_subwords.size(), r.src_subwords.size(), "subword_attention");
  check(r.word, r.trg_words.size(), r.src_words.size(), "word_attention");
  return r;
}

std::vector<AttentionRecord> read_attention_records(const std::string& path) {
  LineReader reader(path);
  std::vector<AttentionRecord> records;
  std::string line;
  while (reader.next(line))
    if (!line.empty()) records.push_back(attention_record_from_json(line, fmt::format("{}:{}", path, reader.line_number())));
  return records;
}

std::vector<std::string> replace_unknown_words(const std::vector<std::string>& trg_pieces,
                                               const std::vector<std::string>& src_pieces, const Matrix& attention,
                                               const std::string& unk) {
  const std::vector<int> src_index = word_index(src_pieces);
  const std::vector<std::string> src_words = words_of(src_pieces, src_index);
  std::vector<std::string> pieces = trg_pieces;
  for (std::size_t t = 0; t < pieces.size(); ++t) {
    if (pieces[t] != unk || t >= attention.size()) continue;
    const auto& row = attention[t];
    std::size_t best = src_pieces.size();
    for (std::size_t s = 0; s < src_pieces.size() && s < row.size(); ++s)
      if (src_index[s] >= 0 && (best == src_pieces.size() || row[s] > row[best])) best = s;
    if (best == src_pieces.size()) continue;
    pieces[t] = std::string(kWordMark) + src_words[static_cast<std::size_t>(src_index[best])];
  }
  return words_of(pieces, word_index(pieces, {}));
}

}  // namespace rnnsearch
