// libFuzzer target: the server's request parsing and validation (src/serve/api.cpp). The first
// byte picks the endpoint (translate, score, LibreTranslate JSON, LibreTranslate form); the rest is
// the body. Refusals must be ApiErrors with an HTTP status of 400 or 413, and an accepted request
// must respect the limits.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "rnnsearch/serve/api.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rnnsearch::serve;
  if (size == 0) return 0;
  const std::string body(reinterpret_cast<const char*>(data) + 1, size - 1);
  const RequestLimits limits{4, 64, 8};
  try {
    switch (data[0] % 4) {
      case 0: {
        const TranslateRequest r = parse_translate_request(body, limits);
        if (r.segments.empty() || r.segments.size() > 4) __builtin_trap();
        if (!r.prefixes.empty() && r.prefixes.size() != r.segments.size()) __builtin_trap();
        if (r.n_best && (*r.n_best < 1 || *r.n_best > 8)) __builtin_trap();
        break;
      }
      case 1:
        parse_score_request(body, limits);
        break;
      case 2: {
        const LibreRequest r = parse_libre_json(body, limits);
        if (r.q.empty() || r.alternatives < 0 || r.alternatives > 7) __builtin_trap();
        break;
      }
      default: {
        // key=value lines as form fields
        std::multimap<std::string, std::string> fields;
        std::size_t start = 0;
        while (start <= body.size()) {
          const std::size_t end = std::min(body.find('\n', start), body.size());
          const std::string line = body.substr(start, end - start);
          const std::size_t eq = line.find('=');
          fields.emplace(line.substr(0, eq), eq == std::string::npos ? "" : line.substr(eq + 1));
          start = end + 1;
        }
        const LibreRequest r = parse_libre_form(fields, limits);
        if (r.q.empty() || r.q.size() > 4) __builtin_trap();
      }
    }
  } catch (const ApiError& e) {
    if (e.status() != 400 && e.status() != 413) __builtin_trap();
    if (error_json(e.what(), e.field()).empty()) __builtin_trap();
  }
  return 0;
}
