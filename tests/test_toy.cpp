#include "rnnsearch/data/toy.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include "helpers.h"

namespace rnnsearch {
namespace {

std::vector<std::string> words(const std::string& sentence) {
  std::istringstream in(sentence);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

ToyOptions small() {
  ToyOptions o;
  o.train = 2000;
  o.dev = 100;
  o.test = 100;
  return o;
}

TEST(Toy, DeterministicInTheSeed) {
  const ToyCorpus a = generate_toy(small());
  const ToyCorpus b = generate_toy(small());
  ASSERT_EQ(a.train.size(), 2000u);
  ASSERT_EQ(a.test.size(), 100u);
  for (std::size_t i = 0; i < a.train.size(); ++i) {
    EXPECT_EQ(a.train[i].src, b.train[i].src);
    EXPECT_EQ(a.train[i].trg, b.train[i].trg);
    EXPECT_EQ(a.train[i].alignment, b.train[i].alignment);
  }
  ToyOptions other = small();
  other.seed = 2;
  EXPECT_NE(generate_toy(other).train[0].src + generate_toy(other).train[1].src,
            a.train[0].src + a.train[1].src);
}

TEST(Toy, SplitsDoNotOverlap) {
  const ToyCorpus c = generate_toy(small());
  std::set<std::string> seen;
  for (const auto* split : {&c.train, &c.dev, &c.test})
    for (const auto& e : *split) EXPECT_TRUE(seen.insert(e.src).second) << e.src;
}

// Each link joins a source word to the target word that translates it; every target word has
// exactly one link; only the article "a" stays unaligned; and the verb moves to the end.
TEST(Toy, AlignmentsAreConsistentWithTheSentences) {
  std::multimap<std::string, std::string> lexicon;
  for (const auto& [source, stem] : toy_lexicon()) lexicon.emplace(source, stem);
  const ToyCorpus c = generate_toy(small());
  for (const auto& e : c.test) {
    const auto src = words(e.src), trg = words(e.trg);
    std::vector<int> target_links(trg.size(), 0), source_links(src.size(), 0);
    for (const auto& [i, j] : e.alignment) {
      ASSERT_GE(i, 0);
      ASSERT_LT(i, static_cast<int>(src.size())) << e.src;
      ASSERT_GE(j, 0);
      ASSERT_LT(j, static_cast<int>(trg.size())) << e.trg;
      ++target_links[j];
      ++source_links[i];
      bool translates = false;
      const auto [begin, end] = lexicon.equal_range(src[i]);
      for (auto it = begin; it != end; ++it) translates |= trg[j].rfind(it->second, 0) == 0;
      EXPECT_TRUE(translates) << src[i] << " -> " << trg[j] << " in " << e.src << " ||| " << e.trg;
    }
    for (std::size_t j = 0; j < trg.size(); ++j) EXPECT_EQ(target_links[j], 1) << e.trg;
    for (std::size_t i = 0; i < src.size(); ++i)
      EXPECT_EQ(source_links[i] == 0, src[i] == "a") << src[i] << " in " << e.src;
    // The last target word is the verb, which is never the last source word's translation
    // when an object follows it: the pair is not monotone.
    bool monotone = true;
    for (std::size_t k = 1; k < e.alignment.size(); ++k)
      monotone &= e.alignment[k].second > e.alignment[k - 1].second;
    EXPECT_FALSE(monotone) << e.src << " ||| " << e.trg;
  }
}

TEST(Toy, PharaohFormat) {
  EXPECT_EQ(format_pharaoh({{0, 0}, {1, 2}, {2, 1}}), "0-0 1-2 2-1");
  EXPECT_EQ(format_pharaoh({}), "");
}

// data/toy is the generator's output with default options: regenerating it changes nothing.
TEST(Toy, CommittedDataMatchesTheGenerator) {
  testing::TempDir dir;
  write_toy(generate_toy(ToyOptions{}), dir.path());
  for (const char* split : {"train", "dev", "test"})
    for (const char* ext : {"src", "trg", "align"}) {
      const std::string name = std::string(split) + "." + ext;
      EXPECT_EQ(testing::read_text(dir.file(name)), testing::read_text(testing::source_path("data/toy/" + name)))
          << name << " differs: run `rnnsearch toy-data --out data/toy`";
    }
}

}  // namespace
}  // namespace rnnsearch
