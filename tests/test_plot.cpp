#include "rnnsearch/inspect/plot.h"

#include <gtest/gtest.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"

namespace rnnsearch {
namespace {

const std::string kMark = "\xE2\x96\x81";

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
  return n;
}

AttentionRecord record() {
  AttentionRecord r = make_attention_record({kMark + "<b>", "&c", kMark + "d", "</s>"}, {kMark + "x", kMark + "y", "</s>"},
                                            {{0.5F, 0.5F, 0.0F, 0.0F}, {0.0F, 0.25F, 0.75F, 0.0F}, {0.0F, 0.0F, 0.0F, 1.0F}});
  r.line = 4;
  r.translation = "x y";
  return r;
}

TEST(Plot, HeatmapHasACellPerWeightAndEscapedLabels) {
  const std::string svg = attention_heatmap_svg(record(), {});
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0U);
  EXPECT_EQ(svg.substr(svg.size() - 7), "</svg>\n");
  EXPECT_EQ(count(svg, "<title>"), 1U + 3 * 4);  // the document's and one tooltip per cell
  EXPECT_NE(svg.find("&lt;b&gt;"), std::string::npos);
  EXPECT_NE(svg.find("&amp;c"), std::string::npos);
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
  EXPECT_NE(svg.find("line 4 · subword attention"), std::string::npos);
  EXPECT_NE(svg.find("#f7fbff"), std::string::npos);  // weight 0
  EXPECT_NE(svg.find("#08306b"), std::string::npos);  // weight 1
  EXPECT_NE(svg.find("linearGradient"), std::string::npos);
}

// Weights that average several distributions per step say so in the title.
TEST(Plot, TheTitleSaysWhatTheWeightsAre) {
  AttentionRecord r = record();
  r.weights_note = "mean over 512 features";
  EXPECT_NE(attention_heatmap_svg(r, {}).find("line 4 · subword attention (mean over 512 features)"), std::string::npos);
}

TEST(Plot, WordLevelHeatmapAndBleuInTheTitle) {
  HeatmapOptions options;
  options.word_level = true;
  options.sentence_bleu = 41.234;
  const std::string svg = attention_heatmap_svg(record(), options);
  EXPECT_EQ(count(svg, "<title>"), 1U + 2 * 2);
  EXPECT_NE(svg.find("word attention · sentence BLEU 41.2"), std::string::npos);
  EXPECT_NE(svg.find("<title>x → &lt;b&gt;&amp;c: 1.000</title>"), std::string::npos);
}

TEST(Plot, LongTokensAreCutAndTheFigureGrowsWithTheSentence) {
  AttentionRecord r;
  r.line = 1;
  for (int k = 0; k < 60; ++k) r.src_subwords.push_back(kMark + std::string(40, 'a' + k % 26));
  r.trg_subwords = {kMark + "ü"};
  r.subword = {std::vector<float>(60, 1.0F / 60)};
  const std::string svg = attention_heatmap_svg(r, {});
  EXPECT_EQ(svg.find(std::string(40, 'a') + "</text>"), std::string::npos);  // labels are cut, tooltips keep all
  EXPECT_NE(svg.find(std::string(kMark + std::string(23, 'a') + "\xE2\x80\xA6")), std::string::npos);
  const double width = std::stod(svg.substr(svg.find("width=\"") + 7));
  EXPECT_GT(width, 60 * 22);
}

TEST(Plot, HeatmapRefusesAMatrixOfTheWrongShape) {
  AttentionRecord r = record();
  r.subword[1].pop_back();
  EXPECT_THROW(attention_heatmap_svg(r, {}), UserError);
}

TEST(Plot, TrainingCurveFromMetrics) {
  TempDir dir;
  write_file_atomic(dir.file("metrics.jsonl"),
                    R"({"kind":"train","step":50,"epoch":1,"loss":5.9,"ppl":371.4,"tok_s":2044.6}
{"kind":"train","step":100,"epoch":1,"loss":4.7,"ppl":120.0,"tok_s":2109.4}
{"kind":"valid","step":100,"epoch":1,"loss":4.5,"ppl":90.0,"bleu":3.5,"chrf":20.1,"best":true}
{"kind":"train","step":150,"epoch":1,"loss":4.1,"ppl":65.4,"tok_s":2229.9}
{"kind":"valid","step":150,"epoch":1,"loss":4.0,"ppl":54.6,"bleu":7.25,"chrf":27.0,"best":true}
)");
  const auto points = read_metrics(dir.file("metrics.jsonl"));
  ASSERT_EQ(points.size(), 5U);
  EXPECT_TRUE(points[2].valid);
  EXPECT_EQ(points[2].step, 100);
  EXPECT_DOUBLE_EQ(*points[4].bleu, 7.25);
  EXPECT_FALSE(points[0].bleu.has_value());
  const std::string svg = training_curve_svg(points, "curve <x>");
  EXPECT_EQ(count(svg, "<polyline"), 6U);  // train and dev loss, train and dev ppl, BLEU, chrF
  EXPECT_NE(svg.find("curve &lt;x&gt;"), std::string::npos);
  EXPECT_NE(svg.find("step 150: 7.25"), std::string::npos);
  EXPECT_EQ(svg.find("no data"), std::string::npos);
  // Without validation the BLEU panel says so.
  const std::string train_only = training_curve_svg({points[0], points[1]}, "t");
  EXPECT_NE(train_only.find("no data"), std::string::npos);
}

TEST(Plot, MalformedMetricsNameTheLine) {
  TempDir dir;
  write_file_atomic(dir.file("metrics.jsonl"), "{\"kind\":\"train\",\"step\":1}\n{oops\n");
  try {
    read_metrics(dir.file("metrics.jsonl"));
    ADD_FAILURE();
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find(dir.file("metrics.jsonl") + ":2:"), std::string::npos) << e.what();
  }
}

// The importance matrices of an explain record, as |value| normalised per row; none in a plain record.
TEST(Plot, ImportanceMatricesOfAnExplainRecord) {
  const std::string line = R"({"importance": {"grad_input": {"subword": [[2, 2]], "word": [[-1, 3], [0, 0]]},
                                               "loo_tvd": {"word": [[1, 1], [0.5, 0]]}}})";
  const auto word = importance_matrices(line, true, "x:1");
  ASSERT_EQ(word.size(), 2u);
  EXPECT_EQ(word[0].first, "grad_input");
  EXPECT_EQ(word[0].second, (Matrix{{0.25f, 0.75f}, {0, 0}}));
  EXPECT_EQ(word[1].second, (Matrix{{0.5f, 0.5f}, {1, 0}}));
  const auto subword = importance_matrices(line, false, "x:1");
  ASSERT_EQ(subword.size(), 1u);  // leave-one-out has words only
  EXPECT_EQ(subword[0].second, (Matrix{{0.5f, 0.5f}}));
  EXPECT_TRUE(importance_matrices(R"({"line": 1})", true, "x:1").empty());
  EXPECT_THROW(importance_matrices(R"({"importance": {"m": {"word": "no"}}})", true, "x:1"), UserError);
  EXPECT_THROW(importance_matrices("{", true, "x:1"), UserError);
}

}  // namespace
}  // namespace rnnsearch
