// The translation server's requests: parsing and validation of every JSON (and form) body the
// server accepts, with errors that name the offending field. No torch and no HTTP here, so the
// rules are tested (and fuzzed) on their own.
//
// Endpoints (docs/serving.md has examples):
//   POST /v1/translate  {"segments": [...], "beam_size", "n_best", "alignment", "attention",
//                        "prefix", "model"}
//   POST /v1/score      {"source", "translation", "model"}
//   POST /translate     LibreTranslate's form: {"q", "source", "target", "format", "alternatives",
//                        "api_key"}, as JSON or as an HTML form
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace rnnsearch::serve {

// A request the server refuses: the HTTP status, the field at fault ("" = the body as a whole)
// and a message for the client.
class ApiError : public std::runtime_error {
 public:
  ApiError(int status, std::string field, const std::string& message)
      : std::runtime_error(message), status_(status), field_(std::move(field)) {}
  int status() const { return status_; }
  const std::string& field() const { return field_; }

 private:
  int status_;
  std::string field_;
};

// {"error": MESSAGE, "field": FIELD} (field only when there is one).
std::string error_json(const std::string& message, const std::string& field = "");

struct RequestLimits {
  int max_segments = 64;   // per request
  int max_chars = 2000;    // code points per segment (and per prefix, source or translation)
  int max_beam = 64;       // beam_size and n_best
};

struct TranslateRequest {
  std::vector<std::string> segments;
  std::optional<int> beam_size, n_best;  // unset: the model's decode section
  bool alignment = false;                // hard word alignment, Pharaoh "i-j"
  bool attention = false;                // the attention record (as `translate --attention` writes)
  std::vector<std::string> prefixes;     // empty, or one per segment ("" = none)
  std::string model;                     // "" = the first model
};
TranslateRequest parse_translate_request(std::string_view body, const RequestLimits& limits);

struct ScoreRequest {
  std::string source, translation;
  std::string model;
};
ScoreRequest parse_score_request(std::string_view body, const RequestLimits& limits);

// LibreTranslate's POST /translate.
struct LibreRequest {
  std::vector<std::string> q;
  bool q_is_list = false;  // the answer mirrors the question: a string or a list
  std::string source = "auto", target;
  int alternatives = 0;    // extra translations per segment
  std::string api_key;
};
LibreRequest parse_libre_json(std::string_view body, const RequestLimits& limits);
// The same fields from an HTML form (application/x-www-form-urlencoded or multipart).
LibreRequest parse_libre_form(const std::multimap<std::string, std::string>& fields, const RequestLimits& limits);

// Compares without an early exit, so the time taken does not reveal how much of a key matched.
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace rnnsearch::serve
