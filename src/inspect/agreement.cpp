#include "rnnsearch/inspect/agreement.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace rnnsearch {
namespace {

double quantile(const std::vector<double>& sorted, double p) {
  const double k = p * static_cast<double>(sorted.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(k));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (k - static_cast<double>(lo));
}

void same_size(std::size_t a, std::size_t b, const char* what) {
  if (a != b) throw std::invalid_argument(std::string(what) + ": vectors of sizes " + std::to_string(a) + " and " + std::to_string(b));
}

}  // namespace

double kendall_tau(const std::vector<double>& a, const std::vector<double>& b) {
  same_size(a.size(), b.size(), "kendall_tau");
  const std::size_t n = a.size();
  double concordant = 0, discordant = 0, ties_a = 0, ties_b = 0;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      const double x = a[i] - a[j], y = b[i] - b[j];
      if (x == 0) ties_a += 1;
      if (y == 0) ties_b += 1;
      if (x == 0 || y == 0) continue;
      ((x > 0) == (y > 0) ? concordant : discordant) += 1;
    }
  const double pairs = static_cast<double>(n) * static_cast<double>(n - (n > 0 ? 1 : 0)) / 2;
  const double denominator = std::sqrt((pairs - ties_a) * (pairs - ties_b));
  if (denominator == 0) return std::numeric_limits<double>::quiet_NaN();
  return (concordant - discordant) / denominator;
}

double jensen_shannon(const std::vector<double>& p, const std::vector<double>& q) {
  same_size(p.size(), q.size(), "jensen_shannon");
  auto normalised = [](const std::vector<double>& v) {
    std::vector<double> out(v.size());
    std::transform(v.begin(), v.end(), out.begin(), [](double x) { return std::abs(x); });
    const double sum = std::accumulate(out.begin(), out.end(), 0.0);
    if (!(sum > 0)) throw std::invalid_argument("jensen_shannon: a vector of zeros has no distribution");
    for (double& x : out) x /= sum;
    return out;
  };
  const auto a = normalised(p), b = normalised(q);
  double divergence = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const double m = (a[i] + b[i]) / 2;
    if (a[i] > 0) divergence += 0.5 * a[i] * std::log2(a[i] / m);
    if (b[i] > 0) divergence += 0.5 * b[i] * std::log2(b[i] / m);
  }
  return std::clamp(divergence, 0.0, 1.0);  // rounding can step just outside
}

Summary summarize(std::vector<double> values) {
  Summary s;
  const auto end = std::remove_if(values.begin(), values.end(), [](double x) { return std::isnan(x); });
  s.nans = static_cast<std::size_t>(values.end() - end);
  values.erase(end, values.end());
  s.n = values.size();
  if (values.empty()) return s;
  std::sort(values.begin(), values.end());
  s.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
  s.q1 = quantile(values, 0.25);
  s.median = quantile(values, 0.5);
  s.q3 = quantile(values, 0.75);
  return s;
}

}  // namespace rnnsearch
