#include "rnnsearch/inspect/alignment.h"

#include <gtest/gtest.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"

namespace rnnsearch {
namespace {

const std::string kMark = "\xE2\x96\x81";  // ▁

TEST(Alignment, WordIndexFollowsSentencePieceMarks) {
  // "▁Haus tür ▁zu </s>" -> words 0 0 1, EOS in none
  EXPECT_EQ(word_index({kMark + "Haus", "tür", kMark + "zu", "</s>"}), (std::vector<int>{0, 0, 1, -1}));
  // A lone mark starts a word that the next pieces continue; a first piece without a mark opens one.
  EXPECT_EQ(word_index({"ab", kMark, "c", "d", kMark + "e"}), (std::vector<int>{0, 1, 1, 1, 2}));
  const std::vector<std::string> pieces = {kMark + "Haus", "tür", kMark, "zu", "</s>"};
  EXPECT_EQ(words_of(pieces, word_index(pieces)), (std::vector<std::string>{"Haustür", "zu"}));
}

TEST(Alignment, WordLevelWeightsSumTheSubwordsOfEachWord) {
  // Source: ▁a b ▁c </s> (words a|b -> 0, c -> 1); target: ▁x ▁y z </s> (words x -> 0, yz -> 1).
  const Matrix subword = {
      {0.5F, 0.25F, 0.125F, 0.125F},
      {0.0F, 0.5F, 0.5F, 0.0F},
      {0.25F, 0.25F, 0.25F, 0.25F},
      {0.0F, 0.0F, 0.0F, 1.0F},
  };
  const std::vector<int> src = word_index({kMark + "a", "b", kMark + "c", "</s>"});
  const std::vector<int> trg = word_index({kMark + "x", kMark + "y", "z", "</s>"});
  const Matrix words = aggregate_words(subword, trg, src);
  ASSERT_EQ(words.size(), 2U);
  ASSERT_EQ(words[0].size(), 2U);
  EXPECT_FLOAT_EQ(words[0][0], 0.75F);  // x over a, b
  EXPECT_FLOAT_EQ(words[0][1], 0.125F);
  EXPECT_FLOAT_EQ(words[1][0], 0.5F + 0.5F);  // y and z over a, b: 0 + 0.5 + 0.25 + 0.25
  EXPECT_FLOAT_EQ(words[1][1], 0.5F + 0.25F);
}

TEST(Alignment, HardAndThresholdLinks) {
  const Matrix w = {{0.1F, 0.7F, 0.2F}, {0.6F, 0.4F, 0.0F}, {0.0F, 0.0F, 0.0F}};
  EXPECT_EQ(hard_alignment(w), (Alignment{{1, 0}, {0, 1}}));  // a row of zeros gets no link
  EXPECT_EQ(threshold_alignment(w, 0.4), (Alignment{{1, 0}, {0, 1}, {1, 1}}));
  EXPECT_EQ(format_pharaoh(hard_alignment(w)), "1-0 0-1");
  EXPECT_EQ(format_pharaoh(hard_alignment(w), true), "2-1 1-2");
  EXPECT_EQ(format_soft({{0.25F, 0.75F}, {1.0F, 0.0F}}), "0.2500,0.7500 1.0000,0.0000");
}

TEST(Alignment, ParsesSureAndPossibleLinks) {
  const GoldAlignment g = parse_pharaoh("0-0 1p2  3-1\r", false, "gold:1");
  EXPECT_EQ(g.sure, (Alignment{{0, 0}, {3, 1}}));
  EXPECT_EQ(g.possible, (Alignment{{1, 2}}));
  const GoldAlignment one = parse_pharaoh("1-1 2p3", true, "gold:1");
  EXPECT_EQ(one.sure, (Alignment{{0, 0}}));
  EXPECT_EQ(one.possible, (Alignment{{1, 2}}));
  EXPECT_TRUE(parse_pharaoh("", false, "gold:1").sure.empty());
}

TEST(Alignment, PharaohErrorsNameTheFileLineAndToken) {
  for (const std::string bad : {"0-0 1_2", "0-", "-1", "a-b", "1-2-3", "1x2", "0--1", "99999999999-1"}) {
    try {
      parse_pharaoh(bad, false, "gold.txt:7");
      ADD_FAILURE() << bad << " parsed";
    } catch (const UserError& e) {
      EXPECT_NE(std::string(e.what()).find("gold.txt:7: '"), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find("expected i-j (sure) or ipj (possible)"), std::string::npos) << e.what();
    }
  }
  try {
    parse_pharaoh("1-1 0-2", true, "g:3");
    ADD_FAILURE();
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("g:3: link '0-2' has index 0, but --one-based"), std::string::npos) << e.what();
  }
  TempDir dir;
  write_file_atomic(dir.file("gold"), "0-0\n1-1 x\n");
  try {
    read_pharaoh(dir.file("gold"), false);
    ADD_FAILURE();
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find(dir.file("gold") + ":2: 'x'"), std::string::npos) << e.what();
  }
}

// AER = 1 - (|A&S| + |A&P|) / (|A| + |S|), P including S.
TEST(Alignment, ErrorRateSureOnly) {
  // S = {0-0, 1-1, 2-2}; A = {0-0, 1-1, 2-1}: |A&S| = 2 = |A&P|, AER = 1 - 4/6.
  const AlignmentScores s = score_alignments({{{0, 0}, {1, 1}, {2, 1}}}, {parse_pharaoh("0-0 1-1 2-2", false, "g")});
  EXPECT_EQ(s.predicted, 3U);
  EXPECT_EQ(s.sure, 3U);
  EXPECT_DOUBLE_EQ(s.aer(), 1.0 - 4.0 / 6.0);
  EXPECT_DOUBLE_EQ(s.precision(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.recall(), 2.0 / 3.0);
}

TEST(Alignment, ErrorRateWithPossibleLinks) {
  // S = {0-0}, P = S + {1p0, 1p1}; A = {0-0, 1-1, 2-2}: |A&S| = 1, |A&P| = 2, AER = 1 - 3/4.
  // A second sentence: S = {0-0, 1-1}; A = {1-1}: |A&S| = 1, |A&P| = 1.
  const std::vector<GoldAlignment> gold = {parse_pharaoh("0-0 1p0 1p1", false, "g"), parse_pharaoh("0-0 1-1", false, "g")};
  const AlignmentScores s = score_alignments({{{0, 0}, {1, 1}, {2, 2}}, {{1, 1}}}, gold);
  EXPECT_EQ(s.predicted, 4U);
  EXPECT_EQ(s.sure, 3U);
  EXPECT_EQ(s.hit_sure, 2U);
  EXPECT_EQ(s.hit_possible, 3U);
  EXPECT_DOUBLE_EQ(s.aer(), 1.0 - 5.0 / 7.0);
  EXPECT_DOUBLE_EQ(s.precision(), 3.0 / 4.0);
  EXPECT_DOUBLE_EQ(s.recall(), 2.0 / 3.0);
  // The perfect answer: AER 0.
  EXPECT_DOUBLE_EQ(score_alignments({{{0, 0}}, {{0, 0}, {1, 1}}}, gold).aer(), 0.0);
}

TEST(Alignment, ErrorRateOfAnEmptyPrediction) {
  const AlignmentScores s = score_alignments({{}}, {parse_pharaoh("0-0 1-1", false, "g")});
  EXPECT_DOUBLE_EQ(s.aer(), 1.0);
  EXPECT_DOUBLE_EQ(s.precision(), 0.0);
  EXPECT_DOUBLE_EQ(s.recall(), 0.0);
  EXPECT_DOUBLE_EQ(score_alignments({{}}, {GoldAlignment{}}).aer(), 0.0);  // nothing to find, nothing found
  EXPECT_THROW(score_alignments({{}, {}}, {GoldAlignment{}}), UserError);
}

TEST(Alignment, GoldLinksPastTheSentenceAreDropped) {
  GoldAlignment g = parse_pharaoh("0-0 2-1 1-5 1p1 4p0", false, "g");
  EXPECT_EQ(drop_links_outside(g, 3, 2), 2U);
  EXPECT_EQ(g.sure, (Alignment{{0, 0}, {2, 1}}));
  EXPECT_EQ(g.possible, (Alignment{{1, 1}}));
}

TEST(Alignment, RecordsRoundTripThroughJson) {
  AttentionRecord r = make_attention_record({kMark + "Haus", "tür", kMark + "\"zu\"", "</s>"}, {kMark + "door", "</s>"},
                                            {{0.5F, 0.25F, 0.2F, 0.05F}, {0.0F, 0.0F, 0.0F, 1.0F}});
  r.line = 3;
  r.source = "Haustür \"zu\"";
  r.translation = "door";
  EXPECT_EQ(r.src_words, (std::vector<std::string>{"Haustür", "\"zu\""}));
  EXPECT_EQ(r.trg_words, (std::vector<std::string>{"door"}));
  ASSERT_EQ(r.word.size(), 1U);
  EXPECT_FLOAT_EQ(r.word[0][0], 0.75F);
  const std::string json = to_json_line(r);
  EXPECT_EQ(json.find('\n'), std::string::npos);
  const AttentionRecord back = attention_record_from_json(json, "a.jsonl:1");
  EXPECT_EQ(back.line, 3U);
  EXPECT_EQ(back.source, r.source);
  EXPECT_EQ(back.src_subwords, r.src_subwords);
  EXPECT_EQ(back.word, r.word);
  EXPECT_EQ(back.subword, r.subword);
  EXPECT_EQ(json.find("attention_weights"), std::string::npos) << "one distribution per step: no note";
  EXPECT_EQ(back.weights_note, "");
  r.weights_note = "mean over 512 features";
  EXPECT_EQ(attention_record_from_json(to_json_line(r), "a.jsonl:1").weights_note, "mean over 512 features");
  EXPECT_THROW(attention_record_from_json("{\"line\": 1}", "a.jsonl:1"), UserError);
  try {
    std::string bad = json;
    bad.replace(bad.find("[0.5,"), 5, "[");  // a short row
    attention_record_from_json(bad, "a.jsonl:9");
    ADD_FAILURE();
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("a.jsonl:9: subword_attention is not 2 x 4"), std::string::npos) << e.what();
  }
}

TEST(Alignment, UnknownWordsBecomeTheMostAttendedSourceWord) {
  const std::vector<std::string> src = {kMark + "Der", kMark + "Zwicker", "ling", kMark + "lacht"};
  const std::vector<std::string> trg = {kMark + "The", "<unk>", kMark + "laughs", "<unk>"};
  const Matrix attention = {
      {0.9F, 0.05F, 0.05F, 0.0F, 0.0F},
      {0.1F, 0.2F, 0.6F, 0.1F, 0.0F},  // -> "ling", a piece of "Zwickerling"
      {0.0F, 0.1F, 0.0F, 0.9F, 0.0F},
      {0.0F, 0.0F, 0.0F, 0.3F, 0.7F},  // EOS column (beyond the pieces) is ignored: -> "lacht"
  };
  EXPECT_EQ(replace_unknown_words(trg, src, attention), (std::vector<std::string>{"The", "Zwickerling", "laughs", "lacht"}));
  EXPECT_EQ(replace_unknown_words({kMark + "no", kMark + "unk"}, src, attention), (std::vector<std::string>{"no", "unk"}));
}

}  // namespace
}  // namespace rnnsearch
