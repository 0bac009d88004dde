#include "rnnsearch/data/toy.h"

#include <algorithm>
#include <filesystem>
#include <unordered_set>

#include <fmt/format.h>

#include "rnnsearch/common/io.h"
#include "rnnsearch/common/rng.h"

namespace rnnsearch {
namespace {

struct Noun {
  const char* singular;
  const char* plural;
  const char* stem;
};
struct Verb {
  const char* singular;  // agrees with a singular subject: "sees"
  const char* plural;    // "see"
  const char* stem;
};
struct Word {
  const char* source;
  const char* target;  // stem (adjectives) or whole word (prepositions, adverbs)
};

const std::vector<Noun> kNouns = {
    {"dog", "dogs", "hund"},       {"cat", "cats", "miaw"},           {"bird", "birds", "pip"},
    {"horse", "horses", "kaval"},  {"child", "children", "nin"},      {"woman", "women", "dam"},
    {"man", "men", "om"},          {"teacher", "teachers", "lerar"},  {"farmer", "farmers", "agrik"},
    {"king", "kings", "reg"},      {"house", "houses", "dom"},        {"tree", "trees", "arb"},
    {"river", "rivers", "flu"},    {"city", "cities", "urb"},         {"book", "books", "libr"},
    {"ball", "balls", "bal"},      {"car", "cars", "aut"},            {"apple", "apples", "pom"},
    {"boat", "boats", "nav"},      {"garden", "gardens", "hort"},
};
const std::vector<Verb> kVerbs = {
    {"sees", "see", "vid"},          {"likes", "like", "am"},      {"finds", "find", "trov"},
    {"follows", "follow", "sekv"},   {"carries", "carry", "port"}, {"watches", "watch", "obs"},
    {"helps", "help", "jut"},        {"calls", "call", "vok"},
};
const std::vector<Word> kAdjectives = {
    {"big", "grand"}, {"small", "pik"}, {"red", "rub"},  {"green", "verd"}, {"old", "vet"},
    {"young", "jun"}, {"happy", "fel"}, {"tired", "las"}, {"tall", "alt"},  {"quiet", "kiet"},
};
const std::vector<Word> kPrepositions = {
    {"near", "apud"}, {"behind", "post"}, {"under", "sub"}, {"with", "kun"}, {"in", "int"},
};
const std::vector<Word> kAdverbs = {
    {"quickly", "rapide"}, {"often", "ofte"}, {"today", "hodie"}, {"again", "denove"}, {"slowly", "lante"},
};

enum class Case { subject, object, oblique };

// A sentence under construction: words on both sides and the links between them.
struct Builder {
  std::vector<std::string> src, trg;
  Alignment links;
  int add_src(const std::string& w) {
    src.push_back(w);
    return static_cast<int>(src.size()) - 1;
  }
  void add_trg(const std::string& w, int src_index) {
    trg.push_back(w);
    links.emplace_back(src_index, static_cast<int>(trg.size()) - 1);
  }
};

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

class Generator {
 public:
  explicit Generator(std::uint64_t seed) : rng_(seed) {}

  ToyExample sentence() {
    Builder b;
    // Source order S V O [PP] [Adv]; target order S O [PP] [Adv] V.
    const bool plural_subject = rng_.chance(0.4);
    const auto subject = noun_phrase(b, plural_subject);
    const Verb& verb = rng_.pick(kVerbs);
    const int verb_index = b.add_src(plural_subject ? verb.plural : verb.singular);
    const auto object = noun_phrase(b, rng_.chance(0.4));
    const Word* preposition = rng_.chance(0.35) ? &rng_.pick(kPrepositions) : nullptr;
    const int preposition_index = preposition != nullptr ? b.add_src(preposition->source) : -1;
    const NounPhrase oblique = preposition != nullptr ? noun_phrase(b, rng_.chance(0.4)) : NounPhrase{};
    const Word* adverb = rng_.chance(0.3) ? &rng_.pick(kAdverbs) : nullptr;
    const int adverb_index = adverb != nullptr ? b.add_src(adverb->source) : -1;

    emit(b, subject, Case::subject);
    emit(b, object, Case::object);
    if (preposition != nullptr) {
      emit(b, oblique, Case::oblique);
      b.add_trg(preposition->target, preposition_index);
    }
    if (adverb != nullptr) b.add_trg(adverb->target, adverb_index);
    b.add_trg(std::string(verb.stem) + (plural_subject ? "ent" : "et"), verb_index);
    std::sort(b.links.begin(), b.links.end());
    return {join(b.src), join(b.trg), b.links};
  }

 private:
  // A source noun phrase "Det [Adj] N", remembered for its target form.
  struct NounPhrase {
    bool plural = false;
    int determiner = -1;  // source index, or -1 for "a" (no target word)
    std::string determiner_target;
    int adjective = -1;
    std::string adjective_stem;
    int noun = -1;
    std::string noun_stem;
  };

  NounPhrase noun_phrase(Builder& b, bool plural) {
    NounPhrase np;
    np.plural = plural;
    // Determiners: the -> lo/li, this/these -> ca/cai, a -> (none), some -> kel.
    const int kind = static_cast<int>(rng_.below(3));
    if (kind == 0) {
      np.determiner = b.add_src("the");
      np.determiner_target = plural ? "li" : "lo";
    } else if (kind == 1) {
      np.determiner = b.add_src(plural ? "these" : "this");
      np.determiner_target = plural ? "cai" : "ca";
    } else if (plural) {
      np.determiner = b.add_src("some");
      np.determiner_target = "kel";
    } else {
      b.add_src("a");
    }
    if (rng_.chance(0.4)) {
      const Word& adjective = rng_.pick(kAdjectives);
      np.adjective = b.add_src(adjective.source);
      np.adjective_stem = adjective.target;
    }
    const Noun& noun = rng_.pick(kNouns);
    np.noun = b.add_src(plural ? noun.plural : noun.singular);
    np.noun_stem = noun.stem;
    return np;
  }

  // Target noun phrase "[Det] N+case [Adj+agreement]".
  static void emit(Builder& b, const NounPhrase& np, Case c) {
    static const char* const kSuffix[] = {"a", "o", "e"};
    if (np.determiner >= 0) b.add_trg(np.determiner_target, np.determiner);
    b.add_trg(np.noun_stem + kSuffix[static_cast<int>(c)] + (np.plural ? "s" : ""), np.noun);
    if (np.adjective >= 0) b.add_trg(np.adjective_stem + (np.plural ? "un" : "u"), np.adjective);
  }

  Rng rng_;
};

void write_split(const std::vector<ToyExample>& examples, const std::string& prefix) {
  std::string src, trg, align;
  for (const auto& e : examples) {
    src += e.src + "\n";
    trg += e.trg + "\n";
    align += format_pharaoh(e.alignment) + "\n";
  }
  write_file_atomic(prefix + ".src", src);
  write_file_atomic(prefix + ".trg", trg);
  write_file_atomic(prefix + ".align", align);
}

}  // namespace

ToyCorpus generate_toy(const ToyOptions& options) {
  Generator generator(options.seed);
  std::unordered_set<std::string> seen;
  auto fill = [&](std::vector<ToyExample>& split, int count) {
    // The sentence space is far larger than any split, so duplicates are rare retries.
    while (static_cast<int>(split.size()) < count) {
      ToyExample e = generator.sentence();
      if (seen.insert(e.src).second) split.push_back(std::move(e));
    }
  };
  ToyCorpus corpus;
  fill(corpus.test, options.test);
  fill(corpus.dev, options.dev);
  fill(corpus.train, options.train);
  return corpus;
}

void write_toy(const ToyCorpus& corpus, const std::string& dir) {
  std::filesystem::create_directories(dir);
  write_split(corpus.train, dir + "/train");
  write_split(corpus.dev, dir + "/dev");
  write_split(corpus.test, dir + "/test");
}

std::vector<std::pair<std::string, std::string>> toy_lexicon() {
  std::vector<std::pair<std::string, std::string>> lexicon = {
      {"the", "l"}, {"this", "ca"}, {"these", "cai"}, {"some", "kel"}};
  for (const auto& n : kNouns) {
    lexicon.emplace_back(n.singular, n.stem);
    lexicon.emplace_back(n.plural, n.stem);
  }
  for (const auto& v : kVerbs) {
    lexicon.emplace_back(v.singular, v.stem);
    lexicon.emplace_back(v.plural, v.stem);
  }
  for (const auto* words : {&kAdjectives, &kPrepositions, &kAdverbs})
    for (const auto& w : *words) lexicon.emplace_back(w.source, w.target);
  return lexicon;
}

}  // namespace rnnsearch
