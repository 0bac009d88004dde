#include "rnnsearch/serve/api.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rnnsearch/common/utf8.h"

namespace rnnsearch::serve {
namespace {

using nlohmann::json;

ApiError bad(const std::string& field, const std::string& message) {
  return ApiError(400, field, field.empty() ? message : fmt::format("{}: {}", field, message));
}

json parse_object(std::string_view body) {
  json j;
  try {
    j = json::parse(body);
  } catch (const json::exception& e) {
    throw bad("", fmt::format("the body is not valid JSON: {}", e.what()));
  }
  if (!j.is_object()) throw bad("", "the body must be a JSON object");
  return j;
}

void reject_unknown(const json& j, const std::set<std::string>& known) {
  for (const auto& item : j.items())
    if (known.count(item.key()) == 0) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      throw bad(item.key(), fmt::format("unknown field; expected one of {}", list));
    }
}

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// A text the model will read: valid UTF-8 and not too long.
std::string checked_text(std::string text, const std::string& field, const RequestLimits& limits) {
  if (const auto at = find_invalid_utf8(text)) throw bad(field, fmt::format("invalid UTF-8 at byte {}", *at));
  const std::size_t n = code_points(text);
  if (n > static_cast<std::size_t>(limits.max_chars))
    throw ApiError(413, field, fmt::format("{}: {} characters; the limit is {}", field, n, limits.max_chars));
  return text;
}

std::string get_string(const json& j, const std::string& key, const std::string& field, const RequestLimits& limits) {
  const json& v = j.at(key);
  if (!v.is_string()) throw bad(field, fmt::format("expected a string, got {}", v.type_name()));
  return checked_text(v.get<std::string>(), field, limits);
}

bool get_bool(const json& j, const std::string& key) {
  const json& v = j.at(key);
  if (!v.is_boolean()) throw bad(key, fmt::format("expected true or false, got {}", v.type_name()));
  return v.get<bool>();
}

int get_int(const json& j, const std::string& key, int low, int high) {
  const json& v = j.at(key);
  if (!v.is_number_integer()) throw bad(key, fmt::format("expected an integer, got {}", v.dump()));
  const auto x = v.get<int64_t>();
  if (x < low || x > high) throw bad(key, fmt::format("{} is out of range [{}, {}]", x, low, high));
  return static_cast<int>(x);
}

// A string or a list of strings, as a list.
std::vector<std::string> get_strings(const json& j, const std::string& key, const RequestLimits& limits,
                                     bool* was_list = nullptr) {
  const json& v = j.at(key);
  std::vector<std::string> out;
  if (v.is_string()) {
    out.push_back(checked_text(v.get<std::string>(), key, limits));
  } else if (v.is_array()) {
    if (v.size() > static_cast<std::size_t>(limits.max_segments))
      throw ApiError(413, key, fmt::format("{}: {} segments; the limit is {} per request", key, v.size(), limits.max_segments));
    for (std::size_t i = 0; i < v.size(); ++i) {
      const std::string field = fmt::format("{}[{}]", key, i);
      if (!v[i].is_string()) throw bad(field, fmt::format("expected a string, got {}", v[i].type_name()));
      out.push_back(checked_text(v[i].get<std::string>(), field, limits));
    }
  } else {
    throw bad(key, fmt::format("expected a string or a list of strings, got {}", v.type_name()));
  }
  if (was_list != nullptr) *was_list = v.is_array();
  return out;
}

void check_language(const std::string& code, const std::string& field) {
  if (code.empty() || code.size() > 16) throw bad(field, "expected a language code such as \"de\"");
  for (const char c : code)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'))
      throw bad(field, fmt::format("\"{}\" is not a language code", code));
}

void check_libre(LibreRequest& r, int max_beam) {
  if (r.q.empty()) throw bad("q", "no text to translate");
  check_language(r.source, "source");
  check_language(r.target, "target");
  if (r.alternatives < 0 || r.alternatives >= max_beam)
    throw bad("alternatives", fmt::format("{} is out of range [0, {}]", r.alternatives, max_beam - 1));
}

}  // namespace

std::string error_json(const std::string& message, const std::string& field) {
  json j = {{"error", message}};
  if (!field.empty()) j["field"] = field;
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

TranslateRequest parse_translate_request(std::string_view body, const RequestLimits& limits) {
  const json j = parse_object(body);
  reject_unknown(j, {"segments", "beam_size", "n_best", "alignment", "attention", "prefix", "model"});
  TranslateRequest r;
  if (!j.contains("segments")) throw bad("segments", "missing: the texts to translate, a list of strings");
  bool list = false;
  r.segments = get_strings(j, "segments", limits, &list);
  if (!list) throw bad("segments", "expected a list of strings");
  if (r.segments.empty()) throw bad("segments", "the list is empty");
  if (j.contains("beam_size")) r.beam_size = get_int(j, "beam_size", 1, limits.max_beam);
  if (j.contains("n_best")) r.n_best = get_int(j, "n_best", 1, limits.max_beam);
  if (r.beam_size && r.n_best && *r.n_best > *r.beam_size)
    throw bad("n_best", fmt::format("{} exceeds beam_size {}", *r.n_best, *r.beam_size));
  if (j.contains("alignment")) r.alignment = get_bool(j, "alignment");
  if (j.contains("attention")) r.attention = get_bool(j, "attention");
  if (j.contains("prefix")) {
    bool prefix_list = false;
    r.prefixes = get_strings(j, "prefix", limits, &prefix_list);
    if (!prefix_list) r.prefixes.assign(r.segments.size(), r.prefixes.front());
    if (r.prefixes.size() != r.segments.size())
      throw bad("prefix", fmt::format("{} prefixes for {} segments: give one string, or one per segment",
                                      r.prefixes.size(), r.segments.size()));
  }
  if (j.contains("model")) r.model = get_string(j, "model", "model", limits);
  return r;
}

ScoreRequest parse_score_request(std::string_view body, const RequestLimits& limits) {
  const json j = parse_object(body);
  reject_unknown(j, {"source", "translation", "model"});
  ScoreRequest r;
  for (const char* key : {"source", "translation"})
    if (!j.contains(key)) throw bad(key, "missing");
  r.source = get_string(j, "source", "source", limits);
  r.translation = get_string(j, "translation", "translation", limits);
  if (j.contains("model")) r.model = get_string(j, "model", "model", limits);
  return r;
}

LibreRequest parse_libre_json(std::string_view body, const RequestLimits& limits) {
  const json j = parse_object(body);
  reject_unknown(j, {"q", "source", "target", "format", "alternatives", "api_key"});
  LibreRequest r;
  if (!j.contains("q")) throw bad("q", "missing: the text to translate (a string or a list of strings)");
  if (!j.contains("target")) throw bad("target", "missing: the language to translate into");
  r.q = get_strings(j, "q", limits, &r.q_is_list);
  if (j.contains("source")) r.source = get_string(j, "source", "source", limits);
  r.target = get_string(j, "target", "target", limits);
  if (j.contains("format")) {
    const std::string format = get_string(j, "format", "format", limits);
    if (format != "text") throw bad("format", fmt::format("\"{}\" is not supported; only \"text\" is", format));
  }
  if (j.contains("alternatives")) r.alternatives = get_int(j, "alternatives", 0, limits.max_beam - 1);
  if (j.contains("api_key")) r.api_key = get_string(j, "api_key", "api_key", limits);
  check_libre(r, limits.max_beam);
  return r;
}

LibreRequest parse_libre_form(const std::multimap<std::string, std::string>& fields, const RequestLimits& limits) {
  const std::set<std::string> known = {"q", "source", "target", "format", "alternatives", "api_key"};
  LibreRequest r;
  for (const auto& [key, value] : fields) {
    if (known.count(key) == 0) throw bad(key, "unknown field; expected one of alternatives, api_key, format, q, source, target");
    if (key != "q" && fields.count(key) > 1) throw bad(key, "given more than once");
    const std::string text = checked_text(value, key, limits);
    if (key == "q") r.q.push_back(text);
    else if (key == "source") r.source = text;
    else if (key == "target") r.target = text;
    else if (key == "api_key") r.api_key = text;
    else if (key == "format" && text != "text") throw bad("format", fmt::format("\"{}\" is not supported; only \"text\" is", text));
    else if (key == "alternatives") {
      std::size_t used = 0;
      try {
        r.alternatives = std::stoi(text, &used);
      } catch (const std::exception&) {
        used = 0;
      }
      if (used == 0 || used != text.size()) throw bad("alternatives", fmt::format("\"{}\" is not an integer", text));
    }
  }
  if (r.q.size() > static_cast<std::size_t>(limits.max_segments))
    throw ApiError(413, "q", fmt::format("q: {} segments; the limit is {} per request", r.q.size(), limits.max_segments));
  r.q_is_list = r.q.size() > 1;
  if (fields.count("target") == 0) throw bad("target", "missing: the language to translate into");
  check_libre(r, limits.max_beam);
  return r;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  // Every byte of the longer string is read whatever the contents; only the lengths may leak.
  const std::size_t n = std::max(a.size(), b.size());
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (std::size_t i = 0; i < n; ++i) {
    const auto x = static_cast<unsigned char>(i < a.size() ? a[i] : 0);
    const auto y = static_cast<unsigned char>(i < b.size() ? b[i] : 0);
    diff = static_cast<unsigned char>(diff | (x ^ y));
  }
  return diff == 0;
}

}  // namespace rnnsearch::serve
