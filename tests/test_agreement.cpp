#include "rnnsearch/inspect/agreement.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace rnnsearch {
namespace {

TEST(Agreement, KendallTauByHand) {
  EXPECT_DOUBLE_EQ(kendall_tau({1, 2, 3, 4}, {10, 20, 30, 40}), 1.0);
  EXPECT_DOUBLE_EQ(kendall_tau({1, 2, 3, 4}, {4, 3, 2, 1}), -1.0);
  // Pairs of {1,2,3,4} against {1,3,2,4}: 5 concordant, 1 discordant (2-3): (5 - 1) / 6.
  EXPECT_DOUBLE_EQ(kendall_tau({1, 2, 3, 4}, {1, 3, 2, 4}), 4.0 / 6.0);
  // Ties (tau-b): a = {1,1,2}, b = {1,2,3}: pairs (0,1) tied in a, (0,2) and (1,2) concordant;
  // n0 = 3, ties in a 1, in b 0: 2 / sqrt(2 * 3).
  EXPECT_NEAR(kendall_tau({1, 1, 2}, {1, 2, 3}), 2.0 / std::sqrt(6.0), 1e-12);
  EXPECT_TRUE(std::isnan(kendall_tau({1, 1, 1}, {1, 2, 3})));
  EXPECT_TRUE(std::isnan(kendall_tau({1}, {2})));
  EXPECT_THROW(kendall_tau({1, 2}, {1}), std::invalid_argument);
}

TEST(Agreement, JensenShannonByHand) {
  EXPECT_DOUBLE_EQ(jensen_shannon({0.2, 0.8}, {2, 8}), 0.0);  // normalised first
  EXPECT_DOUBLE_EQ(jensen_shannon({1, 0}, {0, 1}), 1.0);      // disjoint: 1 bit
  // p = (1/2, 1/2), q = (1, 0): m = (3/4, 1/4);
  // KL(p||m) = 1/2 log2(2/3) + 1/2 log2(2), KL(q||m) = log2(4/3).
  const double expected = 0.5 * (0.5 * std::log2(2.0 / 3.0) + 0.5) + 0.5 * std::log2(4.0 / 3.0);
  EXPECT_NEAR(jensen_shannon({0.5, 0.5}, {1, 0}), expected, 1e-12);
  EXPECT_DOUBLE_EQ(jensen_shannon({-1, 3}, {1, 3}), 0.0);  // signed scores compare by magnitude
  EXPECT_THROW(jensen_shannon({0, 0}, {1, 0}), std::invalid_argument);
  EXPECT_THROW(jensen_shannon({1}, {1, 0}), std::invalid_argument);
}

TEST(Agreement, SummaryLeavesNansOut) {
  const Summary s = summarize({4, NAN, 1, 3, 2, 5});
  EXPECT_EQ(s.n, 5u);
  EXPECT_EQ(s.nans, 1u);
  EXPECT_DOUBLE_EQ(s.mean, 3.0);
  EXPECT_DOUBLE_EQ(s.q1, 2.0);
  EXPECT_DOUBLE_EQ(s.median, 3.0);
  EXPECT_DOUBLE_EQ(s.q3, 4.0);
  EXPECT_EQ(summarize({}).n, 0u);
}

}  // namespace
}  // namespace rnnsearch
