#include "rnnsearch/data/vocab.h"

#include <gtest/gtest.h>

#include "helpers.h"
#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/data/corpus.h"

namespace rnnsearch {
namespace {

using testing::TempDir;

std::vector<std::string> toy_sentences(const char* split, std::size_t limit) {
  std::vector<std::string> sentences;
  for (const char* ext : {"src", "trg"}) {
    auto lines = read_lines(testing::source_path(std::string("data/toy/") + split + "." + ext));
    lines.resize(std::min(lines.size(), limit));
    sentences.insert(sentences.end(), lines.begin(), lines.end());
  }
  return sentences;
}

VocabConfig small_vocab(VocabType type) {
  VocabConfig c;
  c.type = type;
  c.size = 200;
  c.max_sentences = 0;
  return c;
}

class VocabTest : public ::testing::TestWithParam<VocabType> {};

TEST_P(VocabTest, RoundTripsTextWithFixedSpecials) {
  TempDir dir;
  const Vocab vocab = Vocab::train(toy_sentences("train", 3000), small_vocab(GetParam()), 1, 1, dir.file("v.spm"));
  EXPECT_LE(vocab.size(), 200);
  EXPECT_GT(vocab.size(), 50);
  EXPECT_EQ(vocab.piece(kPadId), "<pad>");
  EXPECT_EQ(vocab.piece(kUnkId), "<unk>");
  EXPECT_EQ(vocab.piece(kBosId), "<s>");
  EXPECT_EQ(vocab.piece(kEosId), "</s>");
  for (const auto& sentence : toy_sentences("test", 100)) {
    const auto ids = vocab.encode(sentence);
    ASSERT_FALSE(ids.empty());
    for (const int id : ids) {
      EXPECT_GT(id, kEosId) << "special id inside " << sentence;
      EXPECT_LT(id, vocab.size());
    }
    EXPECT_EQ(vocab.decode(ids), sentence);
  }
  // Specials in an id sequence are dropped when decoding.
  auto ids = vocab.encode("the dog");
  ids.insert(ids.begin(), kBosId);
  ids.push_back(kEosId);
  ids.push_back(kPadId);
  EXPECT_EQ(vocab.decode(ids), "the dog");
  // Unseen characters map to <unk>.
  const auto unknown = vocab.encode("\xE6\xBC\xA2");
  EXPECT_NE(std::find(unknown.begin(), unknown.end(), kUnkId), unknown.end());
  // The file on disk loads to the same model.
  const Vocab loaded = Vocab::load(dir.file("v.spm"));
  EXPECT_EQ(loaded.encode("the big dogs see a cat"), vocab.encode("the big dogs see a cat"));
}

INSTANTIATE_TEST_SUITE_P(Types, VocabTest, ::testing::Values(VocabType::unigram, VocabType::bpe),
                         [](const auto& info) { return std::string(to_string(info.param)); });

TEST(Vocab, TrainingIsDeterministic) {
  TempDir dir;
  const auto sentences = toy_sentences("train", 2000);
  VocabConfig config = small_vocab(VocabType::unigram);
  config.max_sentences = 1500;  // sampling must follow the seed too
  Vocab::train(sentences, config, 5, 2, dir.file("a.spm"));
  Vocab::train(sentences, config, 5, 2, dir.file("b.spm"));
  EXPECT_EQ(testing::read_text(dir.file("a.spm")), testing::read_text(dir.file("b.spm")));
}

TEST(Vocab, CorruptModelFileIsAUserErrorNamingIt) {
  TempDir dir;
  Vocab::train(toy_sentences("train", 500), small_vocab(VocabType::unigram), 1, 1, dir.file("v.spm"));
  const std::string bytes = testing::read_text(dir.file("v.spm"));
  testing::write_text(dir.file("truncated.spm"), bytes.substr(0, bytes.size() / 2));
  testing::write_text(dir.file("garbage.spm"), "this is not a model");
  for (const char* name : {"truncated.spm", "garbage.spm", "missing.spm"}) {
    try {
      Vocab::load(dir.file(name));
      ADD_FAILURE() << name << " loaded";
    } catch (const UserError& e) {
      EXPECT_NE(std::string(e.what()).find(dir.file(name)), std::string::npos) << e.what();
    }
  }
}

TEST(Vocab, PerSideModelsAndReuse) {
  TempDir dir;
  testing::write_text(dir.file("c.src"), "the dog sees a cat\nthe cats see a dog\n");
  testing::write_text(dir.file("c.trg"), "lo hunda miawo videt\nli miawas hundo vident\n");
  Config config;
  config.data.train = dir.file("c");
  config.data.vocab = small_vocab(VocabType::unigram);
  config.data.vocab.joint = false;
  config.train.model_dir = dir.file("model");
  CorpusStats stats;
  const auto pairs = read_parallel(dir.file("c.src"), dir.file("c.trg"), stats);
  const Vocabs vocabs = prepare_vocabs(config, pairs, false, 1);
  EXPECT_NE(vocabs.src.get(), vocabs.trg.get());
  EXPECT_TRUE(file_exists(dir.file("model/vocab.src.spm")));
  EXPECT_TRUE(file_exists(dir.file("model/vocab.trg.spm")));
  EXPECT_EQ(vocabs.trg->decode(vocabs.trg->encode("li miawas")), "li miawas");
  // A second call reuses the files instead of training again.
  const auto before = testing::read_text(dir.file("model/vocab.trg.spm"));
  const Vocabs again = prepare_vocabs(config, {}, false, 1);
  EXPECT_EQ(again.src->encode("the dog"), vocabs.src->encode("the dog"));
  EXPECT_EQ(testing::read_text(dir.file("model/vocab.trg.spm")), before);
  // Joint: one model shared by both sides.
  config.data.vocab.joint = true;
  config.train.model_dir = dir.file("joint");
  const Vocabs joint = prepare_vocabs(config, pairs, false, 1);
  EXPECT_EQ(joint.src.get(), joint.trg.get());
  EXPECT_TRUE(file_exists(dir.file("joint/vocab.joint.spm")));
}

TEST(EncodeCorpus, SkipsAndCountsOverlongPairs) {
  TempDir dir;
  const Vocab vocab = Vocab::train(toy_sentences("train", 2000), small_vocab(VocabType::unigram), 1, 1, dir.file("v.spm"));
  const std::vector<SentencePair> pairs = {
      {"the dog", "lo hunda", 1},
      {"the big dog sees a small cat near the house quickly", "x", 2},
      {"a cat", "miawa", 3},
  };
  CorpusStats stats;
  const EncodedCorpus encoded = encode_corpus(pairs, vocab, vocab, 6, stats);
  ASSERT_EQ(encoded.size(), 2u);
  EXPECT_EQ(stats.skipped_long, 1u);
  EXPECT_EQ(encoded.lines, (std::vector<std::size_t>{1, 3}));
  EXPECT_EQ(vocab.decode(std::vector<int>(encoded.src_ids[1].begin(), encoded.src_ids[1].end())), "a cat");
  CorpusStats unlimited;
  EXPECT_EQ(encode_corpus(pairs, vocab, vocab, 0, unlimited).size(), 3u);
}

}  // namespace
}  // namespace rnnsearch
