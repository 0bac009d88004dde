// How much two views of the source agree for one target token (attention against an importance
// measure, one importance measure against another), and summaries over a test set: the
// comparisons behind "is attention an explanation?" (Jain & Wallace 2019; Wiegreffe & Pinter 2019).
#pragma once

#include <cstddef>
#include <vector>

namespace rnnsearch {

// Kendall's tau-b between two score vectors over the same items: +1 same order, -1 reversed,
// ties counted as neither concordant nor discordant and corrected for (Kendall 1945). NaN when
// either vector is constant or the vectors hold fewer than two items; the vectors must have
// equal sizes (std::invalid_argument otherwise).
double kendall_tau(const std::vector<double>& a, const std::vector<double>& b);

// Jensen-Shannon divergence in bits, in [0, 1], between two non-negative vectors each normalised
// to sum to 1 (absolute values are taken first, so signed importance scores compare by
// magnitude). std::invalid_argument for unequal sizes or a vector of zeros.
double jensen_shannon(const std::vector<double>& p, const std::vector<double>& q);

// Mean and quartiles of a set of values, NaNs left out (and counted).
struct Summary {
  std::size_t n = 0;       // values summarised
  std::size_t nans = 0;    // values left out
  double mean = 0, q1 = 0, median = 0, q3 = 0;  // quartiles by linear interpolation; 0 when n = 0
};
Summary summarize(std::vector<double> values);

}  // namespace rnnsearch
