#include "rnnsearch/decode/shortlist.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"

namespace rnnsearch {
namespace {

constexpr std::string_view kMagic = "rnnsearch shortlist 1";

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == separator) {
      out.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// Each piece's id, for reading pieces back.
std::unordered_map<std::string, int32_t> ids_of(const Vocab& vocab) {
  std::unordered_map<std::string, int32_t> ids;
  for (int id = 0; id < vocab.size(); ++id) ids.emplace(vocab.piece(id), id);
  return ids;
}

// A piece as the file holds it: none has a tab, a space or a line break (SentencePiece writes
// spaces as U+2581).
const std::string& checked_piece(const std::string& piece) {
  if (piece.empty() || piece.find_first_of(" \t\r\n") != std::string::npos)
    throw UserError(fmt::format("shortlist: the vocabulary piece '{}' cannot be written to the table", piece));
  return piece;
}

}  // namespace

std::vector<std::vector<std::pair<int32_t, float>>> ibm_model1(const PairView& corpus, int src_size, int trg_size,
                                                               int iterations) {
  const auto null = static_cast<int64_t>(src_size);
  const auto key = [&](int64_t s, int64_t t) { return s * trg_size + t; };
  std::size_t links = 0;  // sum over pairs of (|src| + 1) |trg|: 4 bytes each below
  for (std::size_t p = 0; p < corpus.size(); ++p) links += (corpus.src(p).size + 1) * corpus.trg(p).size;
  if (links > (std::size_t{1} << 30))
    throw UserError(fmt::format("shortlist: {} sentence pairs link {} word pairs, more than IBM Model 1 here keeps in "
                                "memory (2^30, 4 GiB): take fewer pairs (--max-sentences)",
                                corpus.size(), links));
  // Every (source or NULL, target) pair that shares a sentence pair, sorted by source then target.
  std::vector<int64_t> keys;
  std::size_t compact_at = std::size_t{1} << 26;  // keys kept before duplicates are dropped
  for (std::size_t p = 0; p < corpus.size(); ++p) {
    const Tokens src = corpus.src(p), trg = corpus.trg(p);
    for (const int32_t t : trg) {
      keys.push_back(key(null, t));
      for (const int32_t s : src) keys.push_back(key(s, t));
    }
    if (keys.size() > compact_at) {  // keep the working set near the distinct pairs on large corpora
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      compact_at = std::max(compact_at, 2 * keys.size());
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  // slots: for each pair, for each target token, the key index of each source token and NULL.
  std::vector<uint32_t> slots;
  slots.reserve(links);
  const auto slot = [&](int64_t k) {
    return static_cast<uint32_t>(std::lower_bound(keys.begin(), keys.end(), k) - keys.begin());
  };
  for (std::size_t p = 0; p < corpus.size(); ++p) {
    const Tokens src = corpus.src(p), trg = corpus.trg(p);
    for (const int32_t t : trg) {
      slots.push_back(slot(key(null, t)));
      for (const int32_t s : src) slots.push_back(slot(key(s, t)));
    }
  }
  // Where each source id's keys start (keys are sorted by source).
  std::vector<std::size_t> first(static_cast<std::size_t>(src_size) + 2, keys.size());
  for (std::size_t i = keys.size(); i-- > 0;) first[static_cast<std::size_t>(keys[i] / trg_size)] = i;
  for (std::size_t s = first.size() - 1; s-- > 0;) first[s] = std::min(first[s], first[s + 1]);

  std::vector<double> prob(keys.size(), 1.0), count(keys.size());
  const auto start = std::chrono::steady_clock::now();
  for (int it = 0; it < iterations; ++it) {
    std::fill(count.begin(), count.end(), 0.0);
    std::size_t at = 0;
    for (std::size_t p = 0; p < corpus.size(); ++p) {
      const Tokens src = corpus.src(p), trg = corpus.trg(p);
      const std::size_t row = src.size + 1;
      for (std::size_t j = 0; j < trg.size; ++j, at += row) {
        double z = 0;
        for (std::size_t i = 0; i < row; ++i) z += prob[slots[at + i]];
        for (std::size_t i = 0; i < row; ++i) count[slots[at + i]] += prob[slots[at + i]] / z;
      }
    }
    for (std::size_t s = 0; s + 1 < first.size(); ++s) {
      double total = 0;
      for (std::size_t i = first[s]; i < first[s + 1]; ++i) total += count[i];
      for (std::size_t i = first[s]; i < first[s + 1]; ++i) prob[i] = total > 0 ? count[i] / total : 0.0;
    }
    log::info("shortlist", "IBM Model 1 iteration {}/{} over {} co-occurring piece pairs: {:.1f} s", it + 1,
              iterations, keys.size(), log::seconds_since(start));
  }
  std::vector<std::vector<std::pair<int32_t, float>>> table(static_cast<std::size_t>(src_size) + 1);
  for (std::size_t s = 0; s < table.size(); ++s) {
    auto& row = table[s];
    for (std::size_t i = first[s]; i < first[s + 1]; ++i)
      row.emplace_back(static_cast<int32_t>(keys[i] % trg_size), static_cast<float>(prob[i]));
    std::stable_sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  }
  return table;
}

void build_shortlist(const PairView& corpus, const Vocab& src, const Vocab& trg, const ShortlistOptions& options,
                     const std::string& corpus_name, const std::string& path) {
  if (corpus.size() == 0) throw UserError(fmt::format("shortlist: {} has no sentence pairs", corpus_name));
  std::vector<int64_t> counts(static_cast<std::size_t>(trg.size()));
  for (std::size_t p = 0; p < corpus.size(); ++p)
    for (const int32_t t : corpus.trg(p)) ++counts[static_cast<std::size_t>(t)];
  std::vector<int32_t> by_count;
  for (int32_t t = 0; t < trg.size(); ++t)
    if (counts[static_cast<std::size_t>(t)] > 0) by_count.push_back(t);
  std::stable_sort(by_count.begin(), by_count.end(), [&](int32_t a, int32_t b) {
    return counts[static_cast<std::size_t>(a)] > counts[static_cast<std::size_t>(b)];
  });
  const auto table = ibm_model1(corpus, src.size(), trg.size(), options.iterations);

  std::string text = fmt::format("{}\tfrequent {}\tper_word {}\titerations {}\tpairs {}\tcorpus {}\n", kMagic,
                                 options.frequent, options.per_word, options.iterations, corpus.size(), corpus_name);
  for (std::size_t i = 0; i < by_count.size(); ++i) {
    if (i > 0) text += ' ';
    text += checked_piece(trg.piece(by_count[i]));
  }
  text += '\n';
  for (int32_t s = 0; s < src.size(); ++s) {
    const auto& row = table[static_cast<std::size_t>(s)];
    const std::size_t n = std::min(row.size(), static_cast<std::size_t>(options.per_word));
    for (std::size_t k = 0; k < n; ++k)
      text += fmt::format("{}\t{}\t{:.6g}\n", checked_piece(src.piece(s)), checked_piece(trg.piece(row[k].first)),
                          row[k].second);
  }
  write_file_atomic(path, text);
}

Shortlist Shortlist::load(const std::string& path, const Vocab& src, const Vocab& trg) {
  const std::vector<std::string> lines = read_lines(path);
  if (lines.empty() || std::string_view(lines[0]).substr(0, kMagic.size()) != kMagic)
    throw DataError(path, 1, fmt::format("not a shortlist table (its first line starts '{}'; `rnnsearch shortlist` "
                                         "writes them)",
                                         kMagic));
  Shortlist out;
  out.path_ = path;
  for (const auto field : split(lines[0], '\t')) {
    if (field.substr(0, 9) != "frequent ") continue;
    const auto value = field.substr(9);
    const auto parsed = std::from_chars(value.data(), value.data() + value.size(), out.frequent_);
    if (parsed.ec != std::errc() || out.frequent_ < 0)
      throw DataError(path, 1, fmt::format("'{}': expected a count of frequent pieces", field));
  }
  if (lines.size() < 2) throw DataError(path, 1, "no line of target pieces by count follows the header");
  const auto src_ids = ids_of(src), trg_ids = ids_of(trg);
  auto find = [&](const auto& ids, std::string_view piece, std::size_t line, const char* side) {
    const auto it = ids.find(std::string(piece));
    if (it == ids.end())
      throw DataError(path, line, fmt::format("the piece '{}' is not in the model's {} vocabulary: the table was "
                                              "built for another model (rebuild it with `rnnsearch shortlist`)",
                                              piece, side));
    return it->second;
  };
  std::vector<char> seen(static_cast<std::size_t>(trg.size()));
  if (!lines[1].empty()) {
    for (const auto piece : split(lines[1], ' ')) {
      const int32_t id = find(trg_ids, piece, 2, "target");
      if (!seen[static_cast<std::size_t>(id)]) out.by_count_.push_back(id);
      seen[static_cast<std::size_t>(id)] = 1;
    }
  }
  for (int32_t id = 0; id < trg.size(); ++id)
    if (!seen[static_cast<std::size_t>(id)]) out.by_count_.push_back(id);
  out.candidates_.resize(static_cast<std::size_t>(src.size()));
  for (std::size_t n = 2; n < lines.size(); ++n) {
    if (lines[n].empty()) continue;
    const auto fields = split(lines[n], '\t');
    if (fields.size() != 3)
      throw DataError(path, n + 1, fmt::format("{} tab-separated fields; expected 3: source piece, target piece, "
                                               "probability",
                                               fields.size()));
    const int32_t s = find(src_ids, fields[0], n + 1, "source");
    out.candidates_[static_cast<std::size_t>(s)].push_back(find(trg_ids, fields[1], n + 1, "target"));
  }
  return out;
}

torch::Tensor Shortlist::columns(const std::vector<std::vector<int32_t>>& source_ids, const Batch& batch,
                                 const std::vector<int32_t>& extra) const {
  const std::size_t size = by_count_.size();
  std::vector<char> in(size);
  std::size_t count = 0;
  const auto add = [&](int32_t id) {
    if (id >= 0 && static_cast<std::size_t>(id) < size && !in[static_cast<std::size_t>(id)]) {
      in[static_cast<std::size_t>(id)] = 1;
      ++count;
    }
  };
  for (int32_t id = 0; id <= kEosId; ++id) add(id);
  const std::size_t frequent = std::min(size, static_cast<std::size_t>(frequent_));
  for (std::size_t k = 0; k < frequent; ++k) add(by_count_[k]);
  for (const std::size_t sentence : batch)
    for (const int32_t s : source_ids.at(sentence))
      if (s >= 0 && static_cast<std::size_t>(s) < candidates_.size())
        for (const int32_t t : candidates_[static_cast<std::size_t>(s)]) add(t);
  for (const int32_t t : extra) add(t);
  for (std::size_t k = frequent; k < size && count % static_cast<std::size_t>(kColumnStep) != 0; ++k) add(by_count_[k]);
  std::vector<int64_t> ids;
  ids.reserve(count);
  for (std::size_t id = 0; id < size; ++id)
    if (in[id]) ids.push_back(static_cast<int64_t>(id));
  return torch::tensor(ids, torch::kInt64);
}

}  // namespace rnnsearch
