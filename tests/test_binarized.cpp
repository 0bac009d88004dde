// The binarized corpus: its file round trip, damage detection, and how training finds and checks it.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "helpers.h"
#include "rnnsearch/common/error.h"
#include "rnnsearch/data/binarized.h"
#include "rnnsearch/data/dataset.h"

namespace rnnsearch {
namespace {

std::vector<int> ids(const Tokens& t) { return std::vector<int>(t.begin(), t.end()); }

// Three pairs, one with an empty target side, in a file with a joint vocabulary "v".
std::string write_small(const TempDir& dir) {
  BinarizedWriter writer(dir.file("c.bin"));
  writer.add({5, 6, 7}, {8, 9}, 1);
  writer.add({10}, {}, 3);
  writer.add({}, {11, 12, 13, 14}, 4);
  writer.finish("vocab.joint.spm", "vocabulary bytes", "", "", {{"/x/c.src", 10, 1}, {"/x/c.trg", 20, 2}}, 50);
  return dir.file("c.bin");
}

TEST(Binarized, WhatIsWrittenReadsBack) {
  TempDir dir;
  const BinarizedCorpus corpus(write_small(dir));
  ASSERT_EQ(corpus.size(), 3u);
  EXPECT_EQ(corpus.tokens(), 10u);
  EXPECT_EQ(ids(corpus.src(0)), (std::vector<int>{5, 6, 7}));
  EXPECT_EQ(ids(corpus.trg(0)), (std::vector<int>{8, 9}));
  EXPECT_EQ(ids(corpus.src(1)), (std::vector<int>{10}));
  EXPECT_TRUE(ids(corpus.trg(1)).empty());
  EXPECT_EQ(ids(corpus.trg(2)), (std::vector<int>{11, 12, 13, 14}));
  EXPECT_EQ(corpus.src_length(2), 0);
  EXPECT_EQ(corpus.trg_length(2), 4);
  EXPECT_EQ(corpus.line(1), 3u);
  EXPECT_EQ(corpus.max_id(), 14);
  EXPECT_EQ(corpus.max_len(), 50);
  EXPECT_TRUE(corpus.joint());
  EXPECT_EQ(corpus.src_vocab().name, "vocab.joint.spm");
  EXPECT_EQ(corpus.vocab_bytes(corpus.src_vocab()), "vocabulary bytes");
  EXPECT_EQ(corpus.src_vocab().hash, content_hash("vocabulary bytes"));
  EXPECT_EQ(corpus.trg_vocab().hash, corpus.src_vocab().hash);
  ASSERT_EQ(corpus.sources().size(), 2u);
  EXPECT_EQ(corpus.sources()[1], (SourceFile{"/x/c.trg", 20, 2}));
  EXPECT_TRUE(is_binarized(dir.file("c.bin")));
  testing::write_text(dir.file("c.src"), "5 6 7\n");
  EXPECT_FALSE(is_binarized(dir.file("c.src")));
  EXPECT_FALSE(is_binarized(dir.file("missing")));
}

TEST(Binarized, TruncatedOrForeignFilesAreDataErrorsNamingThem) {
  TempDir dir;
  const std::string bytes = testing::read_text(write_small(dir));
  testing::write_text(dir.file("cut.bin"), bytes.substr(0, bytes.size() - 7));
  try {
    BinarizedCorpus corpus(dir.file("cut.bin"));
    FAIL() << "a truncated file was accepted";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find(dir.file("cut.bin")), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("truncated"), std::string::npos) << e.what();
  }
  testing::write_text(dir.file("short.bin"), bytes.substr(0, 10));
  EXPECT_THROW(BinarizedCorpus(dir.file("short.bin")), DataError);
  testing::write_text(dir.file("text.bin"), "the dog sees a cat and it goes on and on\n");
  try {
    BinarizedCorpus corpus(dir.file("text.bin"));
    FAIL() << "a text file was accepted";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("not a binarized corpus"), std::string::npos) << e.what();
  }
  // A header whose counts would wrap around when multiplied by their item sizes.
  {
    uint64_t header_offset = 0;
    std::memcpy(&header_offset, bytes.data() + 8, 8);
    std::string header = bytes.substr(header_offset);
    const std::size_t at = header.find("\"tokens\":10");
    ASSERT_NE(at, std::string::npos) << header;
    header.replace(at, 11, "\"tokens\":4611686018427387905");
    std::string wrapped = bytes.substr(0, header_offset) + header;
    const uint64_t header_size = header.size();
    std::memcpy(wrapped.data() + 16, &header_size, 8);
    testing::write_text(dir.file("wrapped.bin"), wrapped);
    try {
      BinarizedCorpus corpus(dir.file("wrapped.bin"));
      FAIL() << "counts that wrap around were accepted";
    } catch (const DataError& e) {
      EXPECT_NE(std::string(e.what()).find("section tokens_offset"), std::string::npos) << e.what();
    }
  }
  // An index entry pointing past the tokens (the starts section follows the tokens at byte 64 + 64).
  std::string damaged = bytes;
  damaged[128 + 8] = '\x7f';
  testing::write_text(dir.file("damaged.bin"), damaged);
  const BinarizedCorpus corpus(dir.file("damaged.bin"));
  EXPECT_THROW(corpus.src(1), DataError);
}

TEST(Binarized, AWriterThatDoesNotFinishLeavesNoFile) {
  TempDir dir;
  {
    BinarizedWriter writer(dir.file("c.bin"));
    writer.add({5}, {6}, 1);
  }
  EXPECT_FALSE(file_exists(dir.file("c.bin")));
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

// A config on the first 400 pairs of the toy task, in DIR.
Config toy_config(const TempDir& dir, const std::string& model = "model") {
  for (const char* ext : {"src", "trg"}) {
    auto lines = read_lines(testing::source_path(std::string("data/toy/train.") + ext));
    lines.resize(400);
    std::string text;
    for (const auto& l : lines) text += l + "\n";
    if (std::string(ext) == "src") text += "\n";  // an empty pair, skipped on both paths
    else text += "x\n";
    testing::write_text(dir.file(std::string("train.") + ext), text);
  }
  Config c;
  c.data.train = dir.file("train");
  c.data.vocab.size = 150;
  c.data.vocab.max_sentences = 0;
  c.data.max_len = 12;  // skips some pairs on both paths
  c.train.model_dir = dir.file(model);
  return c;
}

TEST(Prepare, TrainingReadsThePreparedPairsOfTheTextAndItsVocabulary) {
  TempDir dir;
  const Config config = toy_config(dir);
  const Dataset text = load_dataset(config, false, 1);
  ASSERT_FALSE(text.binarized);
  const PrepareResult prepared = prepare_corpus(config, "", false, 2);
  EXPECT_EQ(prepared.path, dir.file("model/train.bin"));
  EXPECT_EQ(prepared.stats.lines, 401u);
  EXPECT_EQ(prepared.stats.skipped_empty, 1u);
  EXPECT_GT(prepared.stats.skipped_long, 0u);
  const Dataset binarized = load_dataset(config, false, 1);
  ASSERT_TRUE(binarized.binarized);
  const PairView& a = text.training_pairs();
  const PairView& b = binarized.training_pairs();
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(ids(a.src(i)), ids(b.src(i))) << i;
    ASSERT_EQ(ids(a.trg(i)), ids(b.trg(i))) << i;
    ASSERT_EQ(text.train.lines[i], binarized.binarized->line(i)) << i;
  }
  EXPECT_EQ(sequence_lengths(b, false), sequence_lengths(text.train.trg_ids));

  // A changed text file makes the prepared corpus stale: the run reads the text again.
  testing::write_text(dir.file("train.trg"), testing::read_text(dir.file("train.trg")) + "lo hunda\n");
  testing::write_text(dir.file("train.src"), testing::read_text(dir.file("train.src")) + "the dog\n");
  const Dataset changed = load_dataset(config, false, 1);
  EXPECT_FALSE(changed.binarized);
  EXPECT_EQ(changed.train.size(), a.size() + 1);
}

TEST(Prepare, ANamedCorpusBringsItsVocabularyAndRefusesAnother) {
  TempDir dir;
  Config config = toy_config(dir);
  prepare_corpus(config, dir.file("prepared.bin"), false, 1);
  // A fresh model directory receives the vocabulary the corpus was made with.
  Config fresh = config;
  fresh.data.train = dir.file("prepared.bin");
  fresh.train.model_dir = dir.file("fresh");
  const Dataset data = load_dataset(fresh, false, 1);
  ASSERT_TRUE(data.binarized);
  EXPECT_EQ(testing::read_text(dir.file("fresh/vocab.joint.spm")), testing::read_text(dir.file("model/vocab.joint.spm")));
  // A model directory with another vocabulary: an error naming both.
  Config other = toy_config(dir, "other");
  other.data.vocab.size = 120;
  load_dataset(other, false, 1);  // trains its own vocabulary
  other.data.train = dir.file("prepared.bin");
  try {
    load_dataset(other, false, 1);
    FAIL() << "a corpus of another vocabulary was accepted";
  } catch (const UserError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find(dir.file("prepared.bin")), std::string::npos) << what;
    EXPECT_NE(what.find(dir.file("other/vocab.joint.spm")), std::string::npos) << what;
    EXPECT_NE(what.find(content_hash(testing::read_text(dir.file("model/vocab.joint.spm")))), std::string::npos) << what;
  }
  // Guided alignment needs the text; separate vocabularies do not match a joint corpus.
  fresh.data.alignment = dir.file("train.align");
  EXPECT_THROW(load_dataset(fresh, false, 1), ConfigError);
  fresh.data.alignment.clear();
  fresh.data.vocab.joint = false;
  EXPECT_THROW(load_dataset(fresh, false, 1), ConfigError);
  fresh.data.vocab.joint = true;
  EXPECT_THROW(load_dataset(fresh, true, 1), UserError);
}

}  // namespace
}  // namespace rnnsearch
