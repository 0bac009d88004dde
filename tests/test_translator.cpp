#include "rnnsearch/decode/translator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <numeric>
#include <random>
#include <sstream>

#include "fixtures.h"
#include "helpers.h"
#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/data/corpus.h"
#include "rnnsearch/data/vocab.h"
#include "rnnsearch/decode/shortlist.h"
#include "rnnsearch/model/packed_linear.h"
#include "rnnsearch/train/checkpoint.h"
#include "rnnsearch/train/trainer.h"

namespace rnnsearch {
namespace {

using testing::TempDir;

std::vector<std::string> toy_lines(const std::string& name, std::size_t limit = SIZE_MAX) {
  auto lines = read_lines(testing::source_path("data/toy/" + name));
  if (lines.size() > limit) lines.resize(limit);
  return lines;
}

// Each line's source ids.
std::vector<std::vector<int32_t>> encode_lines(const Vocab& vocab, const std::vector<std::string>& lines) {
  std::vector<std::vector<int32_t>> ids;
  for (const auto& l : lines) {
    const auto e = vocab.encode(l);
    ids.emplace_back(e.begin(), e.end());
  }
  return ids;
}

// All sentences of `ids` as one batch.
TensorBatch one_batch(const std::vector<std::vector<int32_t>>& ids) {
  Batch all(ids.size());
  std::iota(all.begin(), all.end(), std::size_t{0});
  return make_tensor_batch(ids, {}, all, torch::kCPU);
}

// A small model trained for a few steps on a slice of the toy task, shared by the tests.
class TranslatorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    Config c = testing::small_toy_config(*dir_);
    c.train.max_steps = 30;
    c.train.valid_every = 10;
    c.train.keep_last = 3;
    log::set_quiet(true);
    train_model(c, {});
    log::set_quiet(false);
    log::set_file("");
  }
  static void TearDownTestSuite() { delete dir_; }

  static LoadedModel model(const std::string& name = "last") {
    return load_model(resolve_checkpoint(dir_->file("model"), name), torch::kCPU);
  }
  static TranslateOptions options(int beam, int batch) {
    TranslateOptions o;
    o.search.beam_size = beam;
    o.search.n_best = beam;
    o.batch_size = batch;
    return o;
  }

  static TempDir* dir_;
};
TempDir* TranslatorTest::dir_ = nullptr;

TEST_F(TranslatorTest, OneResultPerLineEmptyInEmptyOut) {
  Translator translator({model()}, options(3, 2));
  const std::vector<std::string> lines = {"the dog sees a cat", "", "   ", "this city likes the tree in the car", ""};
  const auto results = translator.translate(lines);
  ASSERT_EQ(results.size(), lines.size());
  for (const std::size_t empty : {1, 2, 4}) {
    ASSERT_EQ(results[empty].size(), 1u);
    EXPECT_TRUE(results[empty][0].tokens.empty());
    EXPECT_EQ(translator.detokenize(results[empty][0]), "");
  }
  EXPECT_EQ(results[0].size(), 3u);
  EXPECT_FALSE(results[3][0].tokens.empty());
}

TEST_F(TranslatorTest, BatchesTranslateAsSentencesAlone) {
  const auto lines = toy_lines("test.src", 12);
  for (const int beam : {1, 4}) {
    Translator batched({model()}, options(beam, 5));
    Translator single({model()}, options(beam, 1));
    const auto a = batched.translate(lines);
    const auto b = single.translate(lines);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      EXPECT_EQ(a[i][0].tokens, b[i][0].tokens) << "beam " << beam << " line " << i;
      EXPECT_NEAR(a[i][0].score, b[i][0].score, 1e-4);
    }
  }
}

TEST_F(TranslatorTest, EnsembleOfAModelWithItselfIsTheModel) {
  const auto lines = toy_lines("test.src", 8);
  const auto one = Translator({model()}, options(3, 4)).translate(lines);
  const auto two = Translator({model(), model()}, options(3, 4)).translate(lines);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    EXPECT_EQ(one[i][0].tokens, two[i][0].tokens);
    EXPECT_NEAR(one[i][0].score, two[i][0].score, 1e-5);
  }
}

// The toy model's decoder is one FusedStep computes: its float32 translations with FusedStep and
// with the general step are the same, greedy and in beam search. (bfloat16: FusedStep's tests.)
TEST_F(TranslatorTest, FusedStepsTranslateAsTheGeneralStep) {
  const auto lines = toy_lines("test.src", 30);
  for (const int beam : {1, 4}) {
    auto translate = [&](bool fused) {
      TranslateOptions o = options(beam, 7);
      o.fused = fused;
      return Translator({model()}, o).translate(lines);
    };
    const auto a = translate(true), b = translate(false);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      EXPECT_EQ(a[i][0].tokens, b[i][0].tokens) << "beam " << beam << " line " << i;
      EXPECT_NEAR(a[i][0].score, b[i][0].score, 1e-4) << "beam " << beam << " line " << i;
    }
  }
}

// Workers translate several batches at once, each on threads of its own (decode.workers): line
// for line and score for score what one batch at a time gives on as many threads as each worker
// has, greedy and in beam search, in float32 and int8.
TEST_F(TranslatorTest, WorkersTranslateAsOneBatchAtATime) {
  const auto lines = toy_lines("test.src", 30);
  const int threads = at::get_num_threads();
  for (const bool int8 : {false, true}) {
    for (const int beam : {1, 3}) {
      auto translate = [&](int workers, int pool) {
        torch::set_num_threads(pool);
        TranslateOptions o = options(beam, 4);
        o.workers = workers;
        o.int8 = int8;
        auto results = Translator({model()}, o).translate(lines);
        torch::set_num_threads(threads);
        return results;
      };
      // Three workers on a pool of two threads: one thread each.
      const auto one = translate(1, 1), three = translate(3, 2);
      for (std::size_t i = 0; i < lines.size(); ++i) {
        ASSERT_EQ(one[i].size(), three[i].size());
        for (std::size_t h = 0; h < one[i].size(); ++h) {
          EXPECT_EQ(one[i][h].tokens, three[i][h].tokens) << "int8 " << int8 << " beam " << beam << " line " << i;
          EXPECT_EQ(one[i][h].score, three[i][h].score) << "int8 " << int8 << " beam " << beam << " line " << i;
        }
      }
    }
  }
}

// IBM Model 1 on a word-for-word corpus (source 10 + k always beside target 20 + k, in random
// sentences): each source id's most likely target is its own, and p(. | s) sums to 1.
TEST(Shortlist, IbmModel1LearnsAWordForWordLexicon) {
  EncodedCorpus corpus;
  std::mt19937 rng(3);
  for (int n = 0; n < 200; ++n) {
    std::vector<int32_t> src, trg;
    const int length = 2 + static_cast<int>(rng() % 4);
    for (int i = 0; i < length; ++i) {
      const auto k = static_cast<int32_t>(rng() % 6);
      src.push_back(10 + k);
      trg.push_back(20 + k);
    }
    std::shuffle(trg.begin(), trg.end(), rng);
    corpus.src_ids.push_back(src);
    corpus.trg_ids.push_back(trg);
  }
  const auto table = ibm_model1(corpus, 16, 26, 5);
  ASSERT_EQ(table.size(), 17u) << "one row per source id and NULL";
  for (int32_t k = 0; k < 6; ++k) {
    const auto& row = table[static_cast<std::size_t>(10 + k)];
    ASSERT_FALSE(row.empty());
    EXPECT_EQ(row.front().first, 20 + k);
    EXPECT_GT(row.front().second, 0.8);
    double total = 0;
    for (const auto& [t, p] : row) total += p;
    EXPECT_NEAR(total, 1.0, 1e-5);
  }
  EXPECT_TRUE(table[0].empty()) << "an unseen source id has no candidates";
}

// The table round-trips through its file, and a batch's columns are sorted target ids with the
// specials, the frequent pieces, its source pieces' candidates and the extra ids, in a multiple of
// Shortlist::kColumnStep (or the whole vocabulary).
TEST_F(TranslatorTest, ShortlistTableAndColumns) {
  const LoadedModel m = model();
  const Vocab& src = *m.vocabs.src;
  const Vocab& trg = *m.vocabs.trg;
  CorpusStats stats;
  const auto pairs = read_parallel(dir_->file("train.src"), dir_->file("train.trg"), stats);
  const EncodedCorpus corpus = encode_corpus(pairs, src, trg, 0, stats);
  const std::string path = dir_->file("shortlist.tsv");
  build_shortlist(corpus, src, trg, {5, 3, 5}, "toy", path);
  const Shortlist table = Shortlist::load(path, src, trg);
  EXPECT_EQ(table.frequent(), 5);
  EXPECT_EQ(table.target_size(), trg.size());
  const auto dog = src.encode("dog");
  ASSERT_FALSE(dog.empty());
  const auto& candidates = table.candidates(dog.back());
  EXPECT_FALSE(candidates.empty());
  EXPECT_LE(candidates.size(), 3u);

  const auto ids = encode_lines(src, {"the dog", "a cat sees the trees"});
  const int32_t extra = trg.size() - 1;
  const auto columns = table.columns(ids, {0, 1}, {extra});
  const auto* c = columns.data_ptr<int64_t>();
  const std::vector<int64_t> got(c, c + columns.numel());
  EXPECT_TRUE(std::is_sorted(got.begin(), got.end()));
  EXPECT_TRUE(got.size() % Shortlist::kColumnStep == 0 || static_cast<int>(got.size()) == trg.size()) << got.size();
  EXPECT_LT(static_cast<int>(got.size()), trg.size()) << "the toy vocabulary has more than 128 pieces";
  const auto has = [&](int64_t id) { return std::binary_search(got.begin(), got.end(), id); };
  for (int64_t id = 0; id <= kEosId; ++id) EXPECT_EQ(got[static_cast<std::size_t>(id)], id);
  EXPECT_TRUE(has(extra));
  for (const auto& sentence : ids)
    for (const int32_t s : sentence)
      for (const int32_t t : table.candidates(s)) EXPECT_TRUE(has(t)) << trg.piece(t);
  const auto lines = read_lines(path);
  ASSERT_GE(lines.size(), 2u);
  std::istringstream frequent(lines[1]);
  for (int k = 0; k < 5; ++k) {
    std::string piece;
    frequent >> piece;
    bool found = false;
    for (const int64_t id : got) found = found || trg.piece(static_cast<int>(id)) == piece;
    EXPECT_TRUE(found) << piece;
  }

  // Damaged tables: the file and line are named.
  write_file_atomic(dir_->file("bad1.tsv"), "not a table\n");
  write_file_atomic(dir_->file("bad2.tsv"), lines[0] + "\n" + lines[1] + "\nnosuchpiece\t" + trg.piece(5) + "\t0.5\n");
  write_file_atomic(dir_->file("bad3.tsv"), lines[0] + "\n" + lines[1] + "\n" + src.piece(5) + "\t0.5\n");
  for (const auto& [file, where] : std::vector<std::pair<std::string, std::string>>{
           {"bad1.tsv", "bad1.tsv:1: not a shortlist table"},
           {"bad2.tsv", "bad2.tsv:3: the piece 'nosuchpiece' is not in the model's source vocabulary"},
           {"bad3.tsv", "bad3.tsv:3: 2 tab-separated fields"}}) {
    try {
      Shortlist::load(dir_->file(file), src, trg);
      ADD_FAILURE() << file << " loaded";
    } catch (const DataError& e) {
      EXPECT_NE(std::string(e.what()).find(where), std::string::npos) << e.what();
    }
  }
}

// With a shortlist, a step's log-probabilities are the full step's at those columns,
// renormalised over them (float32 and int8), and a shortlist of the whole vocabulary translates
// as none; with part of it, each output token is among its line's columns.
TEST_F(TranslatorTest, ShortlistedStepsAreTheFullStepsRenormalised) {
  const LoadedModel m = model();
  const auto lines = toy_lines("test.src", 12);
  const auto ids = encode_lines(*m.vocabs.src, lines);
  const TensorBatch batch = one_batch(ids);
  // The specials and every third piece after them.
  const auto sorted = torch::cat({torch::arange(0, 4), torch::arange(5, m.vocabs.trg->size(), 3)}).to(torch::kInt64);
  for (const bool int8 : {false, true}) {
    const auto fused = m.model->decoder->fused(FusedStep::kMaxTableBytes, int8);
    ASSERT_TRUE(fused);
    NmtStepModel full(m.model, batch, -1, fused), part(m.model, batch, -1, fused, sorted);
    EXPECT_FALSE(full.columns().defined());
    EXPECT_TRUE(part.columns().equal(sorted));
    auto prev = torch::full({static_cast<int64_t>(lines.size())}, kBosId, torch::kInt64);
    for (int t = 0; t < 4; ++t) {
      const auto a = full.step(prev), b = part.step(prev);
      ASSERT_EQ(b.size(1), sorted.size(0));
      const auto expected = torch::log_softmax(a.index_select(1, sorted), 1);
      EXPECT_TRUE(torch::allclose(b, expected, 1e-4, 1e-4)) << "int8 " << int8 << " step " << t << ": "
                                                            << (b - expected).abs().max().item<double>();
      prev = sorted.index_select(0, b.argmax(1));
    }
  }

  std::vector<std::string> tsv = {"rnnsearch shortlist 1\tfrequent 100000\n"};
  for (int id = 0; id < m.vocabs.trg->size(); ++id) tsv.push_back((id ? " " : "") + m.vocabs.trg->piece(id));
  write_file_atomic(dir_->file("everything.tsv"), std::accumulate(tsv.begin(), tsv.end(), std::string()) + "\n");
  for (const int beam : {1, 3}) {
    TranslateOptions o = options(beam, 5);
    const auto plain = Translator({model()}, o).translate(lines);
    o.shortlist = std::make_shared<const Shortlist>(
        Shortlist::load(dir_->file("everything.tsv"), *m.vocabs.src, *m.vocabs.trg));
    const auto listed = Translator({model()}, o).translate(lines);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      EXPECT_EQ(plain[i][0].tokens, listed[i][0].tokens) << "beam " << beam << " line " << i;
      EXPECT_NEAR(plain[i][0].score, listed[i][0].score, 1e-4) << "beam " << beam << " line " << i;
    }
  }
  CorpusStats stats;
  const auto pairs = read_parallel(dir_->file("train.src"), dir_->file("train.trg"), stats);
  build_shortlist(encode_corpus(pairs, *m.vocabs.src, *m.vocabs.trg, 0, stats), *m.vocabs.src, *m.vocabs.trg, {2, 2, 5},
                  "toy", dir_->file("small.tsv"));
  const auto small = std::make_shared<const Shortlist>(Shortlist::load(dir_->file("small.tsv"), *m.vocabs.src, *m.vocabs.trg));
  TranslateOptions o = options(3, 1);  // one line per batch: each line's own columns
  o.shortlist = small;
  const auto listed = Translator({model()}, o).translate(lines);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto own = small->columns(ids, {i});
    for (const int32_t t : listed[i][0].tokens)
      EXPECT_TRUE(own.eq(t).any().item<bool>()) << "line " << i << " token " << m.vocabs.trg->piece(t);
  }
}

// `rnnsearch shortlist` writes the table from the model's training corpus; translate --shortlist
// reads it; a model whose decoder has no fused step is refused.
TEST_F(TranslatorTest, ShortlistFromTheCommandLine) {
  const std::string model_dir = dir_->file("model");
  const auto built = testing::run_cli("shortlist -m '" + model_dir + "' --per-word 5");
  ASSERT_EQ(built.code, 0) << built.err;
  ASSERT_TRUE(file_exists(model_dir + "/shortlist.tsv")) << built.err;
  const std::string input = "the dog sees a cat\n\nthe cats\n";
  for (const char* k : {"1", "3"}) {
    const auto r = testing::run_cli("translate -m '" + model_dir + "' -k " + k + " --shortlist '" + model_dir +
                                        "/shortlist.tsv'",
                                    ".", input);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 3) << r.out;
    EXPECT_NE(r.err.find("shortlist: "), std::string::npos) << r.err;
  }
  const auto missing = testing::run_cli("translate -m '" + model_dir + "' --shortlist '" + dir_->file("none.tsv") + "'",
                                        ".", input);
  EXPECT_EQ(missing.code, 2);
  EXPECT_NE(missing.err.find("none.tsv"), std::string::npos) << missing.err;

  LoadedModel m = model();
  Config c = m.config;
  c.model.decoder.type = DecoderType::luong;
  LoadedModel luong{c, m.vocabs, NmtModel(c.model, m.vocabs.src->size(), m.vocabs.trg->size()), "luong-model"};
  luong.model->eval();
  TranslateOptions o = options(1, 8);
  o.shortlist = std::make_shared<const Shortlist>(Shortlist::load(model_dir + "/shortlist.tsv", *m.vocabs.src, *m.vocabs.trg));
  try {
    Translator translator({luong}, o);
    ADD_FAILURE() << "a luong decoder was accepted with a shortlist";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("luong-model: a shortlist (decode.shortlist) needs the RNNsearch decoder"),
              std::string::npos)
        << e.what();
  }
}

// A bfloat16 copy of the model gives log-probabilities and attention in float32, normalised and
// close to the float32 model's. (Translation quality in bfloat16: the ToyModel tests.)
TEST_F(TranslatorTest, BFloat16StepsStayCloseToFloat32) {
  torch::NoGradGuard no_grad;
  LoadedModel full = model();
  LoadedModel half = model();
  half.model->to(torch::kBFloat16);
  const auto lines = toy_lines("test.src", 40);
  const TensorBatch batch = one_batch(encode_lines(*full.vocabs.src, lines));
  Encoded e32 = full.model->encode(batch.src, batch.src_lengths);
  Encoded e16 = half.model->encode(batch.src, batch.src_lengths);
  auto prev = torch::full({static_cast<int64_t>(lines.size())}, kBosId, torch::kInt64);
  double log_prob_diff = 0, attention_diff = 0;
  for (int t = 0; t < 6; ++t) {
    const StepOutput a = full.model->step(prev, e32.state, e32.memory);
    const StepOutput b = half.model->step(prev, e16.state, e16.memory);
    ASSERT_EQ(b.log_probs.scalar_type(), torch::kFloat);
    ASSERT_EQ(b.attention.scalar_type(), torch::kFloat);
    EXPECT_TRUE(torch::allclose(b.attention.sum(1), torch::ones({b.attention.size(0)}), 1e-5, 1e-5));
    EXPECT_TRUE(torch::allclose(b.log_probs.exp().sum(1), torch::ones({b.log_probs.size(0)}), 1e-4, 1e-4));
    log_prob_diff = std::max(log_prob_diff, (a.log_probs - b.log_probs).abs().max().item<double>());
    attention_diff = std::max(attention_diff, (a.attention - b.attention).abs().max().item<double>());
    prev = a.log_probs.argmax(1);  // both follow the float32 model's choice
    e32.state = a.state;
    e16.state = b.state;
  }
  std::cout << "bfloat16 vs float32, largest difference: log-probability " << log_prob_diff << ", attention weight "
            << attention_diff << '\n';
  EXPECT_GT(log_prob_diff, 0) << "the copy did not compute in bfloat16";
  EXPECT_LT(log_prob_diff, 0.05);
  EXPECT_LT(attention_diff, 0.01);
}

// decode.precision int8 is FusedStep's: a model whose decoder has no fused step is refused with
// its path named, not translated in float32 behind the user's back.
TEST_F(TranslatorTest, Int8NeedsTheFusedStep) {
  TranslateOptions o = options(1, 8);
  o.int8 = true;
  EXPECT_NO_THROW(Translator({model()}, o));
  LoadedModel m = model();
  Config c = m.config;
  c.model.decoder.type = DecoderType::luong;
  LoadedModel luong{c, m.vocabs, NmtModel(c.model, m.vocabs.src->size(), m.vocabs.trg->size()), "luong-model"};
  luong.model->eval();
  try {
    Translator translator({luong}, o);
    ADD_FAILURE() << "a luong decoder was accepted for int8";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("luong-model: precision int8 needs the RNNsearch decoder"), std::string::npos)
        << e.what();
  }
  o.int8 = false;
  EXPECT_NO_THROW(Translator({luong}, o));
}

TEST_F(TranslatorTest, AveragingOneCheckpointReturnsItUnchanged) {
  std::vector<std::string> steps;
  for (const auto& [step, path] : step_checkpoints(dir_->file("model"))) steps.push_back(path);
  ASSERT_EQ(steps.size(), 3u);  // steps 10, 20, 30
  average_checkpoints({steps.back()}, dir_->file("one.ckpt"));
  const auto original = load_model(steps.back(), torch::kCPU).model->named_parameters();
  const auto averaged = load_model(dir_->file("one.ckpt"), torch::kCPU).model->named_parameters();
  for (const auto& p : original) EXPECT_TRUE(torch::equal(p.value(), averaged[p.key()])) << p.key();
  // Two checkpoints: the mean.
  average_checkpoints({steps[0], steps[1]}, dir_->file("two.ckpt"));
  const auto a = load_model(steps[0], torch::kCPU).model->named_parameters();
  const auto b = load_model(steps[1], torch::kCPU).model->named_parameters();
  const auto mean = load_model(dir_->file("two.ckpt"), torch::kCPU).model->named_parameters();
  for (const auto& p : mean) EXPECT_TRUE(torch::allclose(p.value(), (a[p.key()] + b[p.key()]) / 2)) << p.key();
}

TEST_F(TranslatorTest, MissingOrDamagedCheckpointsAreUserErrors) {
  EXPECT_THROW(resolve_checkpoint(dir_->file("nowhere"), "best"), UserError);
  const std::string bytes = testing::read_text(dir_->file("model/last.ckpt"));
  testing::write_text(dir_->file("cut.ckpt"), bytes.substr(0, bytes.size() / 2));
  EXPECT_THROW(load_model(dir_->file("cut.ckpt"), torch::kCPU), UserError);
  SearchOptions bad;
  bad.beam_size = 2;
  bad.n_best = 3;
  TranslateOptions o;
  o.search = bad;
  EXPECT_THROW(Translator({model()}, o), UserError);
}

TEST_F(TranslatorTest, CommandLinePreservesLinesAndPrintsNBest) {
  const std::string model_dir = dir_->file("model");
  const auto r = testing::run_cli("translate -m '" + model_dir + "' -k 2", ".", "the dog sees a cat\n\nthe cats\n");
  ASSERT_EQ(r.code, 0) << r.err;
  std::istringstream out(r.out);
  std::vector<std::string> got;
  for (std::string line; std::getline(out, line);) got.push_back(line);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[1], "");
  for (const char* precision : {"float32", "bfloat16", "int8"}) {
    const auto p = testing::run_cli("translate -m '" + model_dir + "' -k 2 --precision " + precision, ".", "the dog sees a cat\n\n");
    ASSERT_EQ(p.code, 0) << p.err;
    EXPECT_NE(p.err.find(std::string("cpu in ") + precision), std::string::npos) << p.err;
    EXPECT_EQ(std::count(p.out.begin(), p.out.end(), '\n'), 2) << p.out;
  }
  EXPECT_EQ(testing::run_cli("translate -m '" + model_dir + "' --precision half", ".", "x\n").code, 2);
  const auto n = testing::run_cli("translate -m '" + model_dir + "' -k 3 --n-best 2", ".", "the dog\n\n");
  ASSERT_EQ(n.code, 0) << n.err;
  EXPECT_NE(n.out.find("0 ||| "), std::string::npos) << n.out;
  EXPECT_NE(n.out.find("1 |||  ||| 0.000000"), std::string::npos) << n.out;
  EXPECT_EQ(testing::run_cli("translate -m '" + dir_->file("nowhere") + "'", ".", "x\n").code, 2);
  EXPECT_EQ(testing::run_cli("translate -m '" + model_dir + "' -k 2 --n-best 3", ".", "x\n").code, 2);
  const auto bad = testing::run_cli("translate -m '" + model_dir + "'", ".", "ok\n\xff\n");
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find(":2: invalid UTF-8"), std::string::npos) << bad.err;
  const auto avg = testing::run_cli("average -m '" + model_dir + "' --last 2 -o '" + dir_->file("avg.ckpt") + "'");
  ASSERT_EQ(avg.code, 0) << avg.err;
  EXPECT_TRUE(file_exists(dir_->file("avg.ckpt")));
}

// bfloat16 and int8 on a CPU without their instructions (an AVX2-only CPU, or any CPU with
// oneDNN capped at AVX2 as here). bfloat16: oneDNN 2.6 has no bfloat16 matmul below AVX-512, so
// the products run on float32 kernels from the same values, with a warning, and the translations
// are those of the CPU's own kernels. int8: without VNNI oneDNN's int8 kernels sum pairs of
// products in saturating 16 bits, so the shifted form runs (packed_linear.h), said in the log; its
// translations are the uncapped ones where the CPU itself has no VNNI.
TEST_F(TranslatorTest, PrecisionsWithoutTheirInstructions) {
  const std::string model_dir = dir_->file("model");
  const std::string input = "the dog sees a cat\nthe cats\na cat sees the dogs and the dog\n";
  for (const std::string precision : {"bfloat16", "int8"}) {
    SCOPED_TRACE(precision);
    const std::string args = "translate -m '" + model_dir + "' -k 2 --precision " + precision;
    const auto own = testing::run_cli(args, ".", input);
    ASSERT_EQ(own.code, 0) << own.err;
    const auto capped = testing::run_cli(args, ".", input, "ONEDNN_MAX_CPU_ISA=AVX2 DNNL_MAX_CPU_ISA=AVX2");
    ASSERT_EQ(capped.code, 0) << capped.err;
    EXPECT_EQ(std::count(capped.out.begin(), capped.out.end(), '\n'), 3) << capped.out;
    if (precision == "bfloat16") {
      EXPECT_NE(capped.err.find("(AVX2) has no bfloat16 matrix kernels"), std::string::npos) << capped.err;
      EXPECT_EQ(capped.out, own.out);
    } else {
      EXPECT_EQ(capped.err.find("matrix kernels"), std::string::npos) << capped.err;
      // The shifted form is oneDNN's (a build without libdnnl-dev multiplies symmetric values in float32).
      if (PackedLinear(torch::ones({8, 8}), torch::Tensor(), torch::kFloat).packed())
        EXPECT_NE(capped.err.find("shifted: uint8 inputs by 7-bit weights"), std::string::npos) << capped.err;
      if (PackedLinear::int8_shifted_by_default()) EXPECT_EQ(capped.out, own.out);
    }
  }
}

TEST_F(TranslatorTest, AttentionAndAlignmentsFromTheCommandLine) {
  const std::string model = "translate -m '" + dir_->file("model") + "' -k 2 ";
  const std::string input = "the dog sees a cat\n\nthe cats\n";
  const std::string json = dir_->file("att.jsonl");
  const auto r = testing::run_cli(model + "--alignment hard --attention '" + json + "'", ".", input);
  ASSERT_EQ(r.code, 0) << r.err;
  const auto plain = testing::run_cli(model, ".", input);
  std::istringstream out(r.out), plain_out(plain.out);
  const auto records = read_attention_records(json);
  ASSERT_EQ(records.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    std::string line, text;
    std::getline(out, line);
    std::getline(plain_out, text);
    const auto bar = line.find(" ||| ");
    ASSERT_NE(bar, std::string::npos) << line;
    EXPECT_EQ(line.substr(0, bar), text);  // the translation is unchanged
    EXPECT_EQ(records[i].line, i + 1);
    EXPECT_EQ(records[i].translation, text);
    // Hard links: one per target word, in range.
    const GoldAlignment links = parse_pharaoh(line.substr(bar + 5), false, "stdout");
    EXPECT_EQ(links.sure.size(), records[i].trg_words.size());
    for (const auto& [s, t] : links.sure) {
      EXPECT_LT(static_cast<std::size_t>(s), records[i].src_words.size());
      EXPECT_LT(static_cast<std::size_t>(t), records[i].trg_words.size());
    }
    for (const auto& row : records[i].subword) {
      double sum = 0;
      for (const float w : row) sum += w;
      EXPECT_NEAR(sum, 1.0, 1e-3);  // each target piece's weights over the source pieces and EOS
    }
  }
  EXPECT_EQ(records[0].src_words, (std::vector<std::string>{"the", "dog", "sees", "a", "cat"}));
  EXPECT_TRUE(records[1].src_words.empty());
  EXPECT_EQ(records[1].src_subwords, std::vector<std::string>{"</s>"});
  const auto soft = testing::run_cli(model + "--alignment soft", ".", "the dog\n");
  ASSERT_EQ(soft.code, 0) << soft.err;
  // Soft: per target word, comma-separated weights over the 2 source words.
  const std::string groups = soft.out.substr(soft.out.find(" ||| ") + 5);
  EXPECT_EQ(std::count(groups.begin(), groups.end(), ','), std::count(groups.begin(), groups.end(), ' ') + 1) << soft.out;
  const auto threshold = testing::run_cli(model + "--alignment 0.2 --replace-unk", ".", input);
  ASSERT_EQ(threshold.code, 0) << threshold.err;
  EXPECT_EQ(std::count(threshold.out.begin(), threshold.out.end(), '\n'), 3);
  const auto bad = testing::run_cli(model + "--alignment sharp", ".", input);
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find("hard, soft or a threshold"), std::string::npos) << bad.err;

  // align: forced decoding of given translations, scored against gold links.
  std::string src, trg, gold;
  for (const auto& l : toy_lines("test.src", 20)) src += l + "\n";
  for (const auto& l : toy_lines("test.trg", 20)) trg += l + "\n";
  for (const auto& l : toy_lines("test.align", 20)) gold += l + "\n";
  testing::write_text(dir_->file("a.src"), src);
  testing::write_text(dir_->file("a.trg"), trg);
  testing::write_text(dir_->file("a.gold"), gold);
  testing::write_text(dir_->file("bad.gold"), "0-0\n1_1\n");
  const std::string align = "align -m '" + dir_->file("model") + "' -s '" + dir_->file("a.src") + "' -t '" + dir_->file("a.trg") + "' ";
  const auto a = testing::run_cli(align + "-g '" + dir_->file("a.gold") + "' --threshold 0.2 --attention '" + dir_->file("f.jsonl") + "'");
  ASSERT_EQ(a.code, 0) << a.err;
  EXPECT_EQ(std::count(a.out.begin(), a.out.end(), '\n'), 20);
  EXPECT_NE(a.err.find("[align] argmax: AER 0."), std::string::npos) << a.err;
  EXPECT_NE(a.err.find("[align] threshold 0.2: AER "), std::string::npos) << a.err;
  EXPECT_EQ(read_attention_records(dir_->file("f.jsonl")).size(), 20u);
  const auto one = testing::run_cli(align + "--one-based");
  ASSERT_EQ(one.code, 0) << one.err;
  EXPECT_EQ(one.out.rfind("0-", 0), std::string::npos) << one.out;
  const auto zero = testing::run_cli(align);
  EXPECT_EQ(parse_pharaoh(zero.out.substr(0, zero.out.find('\n')), false, "x").sure.size(),
            parse_pharaoh(one.out.substr(0, one.out.find('\n')), true, "x").sure.size());
  const auto bad_gold = testing::run_cli(align + "-g '" + dir_->file("bad.gold") + "'");
  EXPECT_EQ(bad_gold.code, 2);
  EXPECT_NE(bad_gold.err.find("bad.gold:2: '1_1' is not an alignment link"), std::string::npos) << bad_gold.err;
  const auto uneven = testing::run_cli("align -m '" + dir_->file("model") + "' -s '" + dir_->file("a.src") + "' -t '" + dir_->file("bad.gold") + "'");
  EXPECT_EQ(uneven.code, 2);

  // plot: a heatmap per record (BLEU in the title with references) and the training curve.
  const std::string plots = dir_->file("plots");
  const auto p = testing::run_cli("plot -a '" + dir_->file("f.jsonl") + "' -r '" + dir_->file("a.trg") + "' --level word --limit 3 -m '" +
                                  dir_->file("model") + "' -o '" + plots + "'");
  ASSERT_EQ(p.code, 0) << p.err;
  EXPECT_NE(testing::read_text(plots + "/attention-2.svg").find("sentence BLEU"), std::string::npos);
  EXPECT_FALSE(file_exists(plots + "/attention-4.svg"));
  EXPECT_NE(testing::read_text(plots + "/training.svg").find("training curve: "), std::string::npos);
  EXPECT_EQ(testing::run_cli("plot -o '" + plots + "'").code, 2);
  EXPECT_EQ(testing::run_cli("plot -a '" + dir_->file("a.src") + "' -o '" + plots + "'").code, 2);  // not JSON
}

// Whatever text comes in, one line goes out per line in (or a clear error): NUL bytes, a 1 MB
// line (cut to decode.max_input_len with a warning), 100k empty lines, CRLF ends, a BOM.
TEST_F(TranslatorTest, HostileInputKeepsOneLineInOneLineOut) {
  const std::string model = "translate -m '" + dir_->file("model") + "' -k 2 --batch-size 64 ";
  std::string huge;
  while (huge.size() < 1000000) huge += "the dog sees a cat near the house ";
  std::string input = "\xEF\xBB\xBFthe dog\r\n";
  input += std::string("the\0dog\0\0", 9) + "\n";
  input += huge + "\n";
  input += "\x01\x02\x7f\ttabs\there\n";
  input += "\xF0\x9F\x98\x80 emoji \xE2\x96\x81 marks\r\n";
  const auto r = testing::run_cli(model, ".", input);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 5) << r.out.substr(0, 2000);
  EXPECT_NE(r.err.find("line 3: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("cut to decode.max_input_len = 250"), std::string::npos) << r.err;
  // The same sentence with and without BOM and CRLF translates the same.
  const auto plain = testing::run_cli(model, ".", "the dog\n");
  EXPECT_EQ(r.out.substr(0, r.out.find('\n') + 1), plain.out);
  // 100k empty lines: 100k empty lines back.
  const auto empty = testing::run_cli(model, ".", std::string(100000, '\n'));
  ASSERT_EQ(empty.code, 0) << empty.err;
  EXPECT_EQ(empty.out, std::string(100000, '\n'));
  // Invalid UTF-8: exit 2 naming the line; arbitrary bytes too.
  std::string bytes;
  std::mt19937 random(3);
  for (int i = 0; i < 5000; ++i) bytes += static_cast<char>(random() % 256);
  for (const std::string& bad : {std::string("ok\nok\n\xC3\x28\n"), bytes}) {
    const auto b = testing::run_cli(model, ".", bad);
    EXPECT_EQ(b.code, 2) << b.err;
    EXPECT_NE(b.err.find("invalid UTF-8"), std::string::npos) << b.err;
  }
  const auto third = testing::run_cli(model, ".", "ok\nok\n\xC3\x28\n");
  EXPECT_NE(third.err.find(":3: invalid UTF-8"), std::string::npos) << third.err;
  // align with a 1 MB pair: cut, aligned, one line out.
  testing::write_text(dir_->file("huge.src"), huge + "\nthe dog\n");
  testing::write_text(dir_->file("huge.trg"), huge + "\nlo hunda\n");
  const auto a = testing::run_cli("align -m '" + dir_->file("model") + "' -s '" + dir_->file("huge.src") + "' -t '" +
                                  dir_->file("huge.trg") + "'");
  ASSERT_EQ(a.code, 0) << a.err;
  EXPECT_EQ(std::count(a.out.begin(), a.out.end(), '\n'), 2);
}

TEST_F(TranslatorTest, EvaluatePrintsBleuAndChrfWithSignatures) {
  const std::string model_dir = dir_->file("model");
  std::string src, ref;
  for (const auto& l : toy_lines("test.src", 20)) src += l + "\n";
  for (const auto& l : toy_lines("test.trg", 20)) ref += l + "\n";
  testing::write_text(dir_->file("eval.src"), src);
  testing::write_text(dir_->file("eval.ref"), ref);
  testing::write_text(dir_->file("short.ref"), "x\n");
  const std::string common = "evaluate -m '" + model_dir + "' -s '" + dir_->file("eval.src") + "' --scorer builtin ";
  const auto text = testing::run_cli(common + "-r '" + dir_->file("eval.ref") + "' -o '" + dir_->file("eval.hyp") + "'");
  ASSERT_EQ(text.code, 0) << text.err;
  EXPECT_NE(text.out.find("BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0+rnnsearch = "), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("chrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0+rnnsearch = "),
            std::string::npos)
      << text.out;
  EXPECT_EQ(read_lines(dir_->file("eval.hyp")).size(), 20u);
  // The scores are those of `score` on the written translations.
  const auto rescored = testing::run_cli("score --scorer builtin -f text -m bleu,chrf -r '" + dir_->file("eval.ref") + "' -i '" +
                                         dir_->file("eval.hyp") + "'");
  EXPECT_EQ(rescored.out, text.out);
  const auto json = testing::run_cli(common + "-r '" + dir_->file("eval.ref") + "' -f json");
  ASSERT_EQ(json.code, 0) << json.err;
  EXPECT_NE(json.out.find("\"name\": \"chrF2\""), std::string::npos) << json.out;
  EXPECT_EQ(testing::run_cli(common + "-r '" + dir_->file("short.ref") + "'").code, 2);
}

// evaluate through the real sacreBLEU 2.6.0 (the subprocess scorer) prints what the built-in
// scorer prints, but for the version in the signatures.
TEST_F(TranslatorTest, EvaluateWithTheRealSacrebleuEqualsTheBuiltIn) {
  const std::string command = testing::real_sacrebleu();
  ASSERT_TRUE(file_exists(command)) << command << " is not there: set RNNSEARCH_SACREBLEU";
  std::string src, ref;
  for (const auto& l : toy_lines("test.src", 100)) src += l + "\n";
  for (const auto& l : toy_lines("test.trg", 100)) ref += l + "\n";
  testing::write_text(dir_->file("real.src"), src);
  testing::write_text(dir_->file("real.ref"), ref);
  const std::string common = "evaluate -m '" + dir_->file("model") + "' -s '" + dir_->file("real.src") + "' -r '" +
                             dir_->file("real.ref") + "' -w 4 ";
  const auto builtin = testing::run_cli(common + "--scorer builtin");
  const auto real = testing::run_cli(common + "--scorer sacrebleu --sacrebleu-command '" + command + "'");
  ASSERT_EQ(builtin.code, 0) << builtin.err;
  ASSERT_EQ(real.code, 0) << real.err;
  std::string expected = builtin.out;
  for (auto at = expected.find("2.6.0+rnnsearch"); at != std::string::npos; at = expected.find("2.6.0+rnnsearch"))
    expected.replace(at, std::string("2.6.0+rnnsearch").size(), "2.6.0");
  EXPECT_EQ(real.out, expected);
  EXPECT_NE(real.out.find("|version:2.6.0 = "), std::string::npos) << real.out;
}

// configs/toy.yaml with some keys changed: the quickstart's model, and the Luong decoder (input
// feeding on) with global general and local-p attention.
struct ToyVariant {
  std::string name;
  std::vector<Override> overrides;
  double max_aer = 1.0;  // alignment error rate of the attention (argmax per target word) on the toy test
};

// gtest and ctest show the variant by name rather than as bytes.
void PrintTo(const ToyVariant& v, std::ostream* os) { *os << v.name; }

class ToyModel : public ::testing::TestWithParam<ToyVariant> {};

// AER of the argmax links of `translator`'s attention, forced to produce the references.
double toy_test_aer(Translator& translator) {
  const auto sources = toy_lines("test.src");
  const auto references = toy_lines("test.trg");
  std::vector<std::vector<int32_t>> targets;
  for (const auto& r : references) targets.push_back(translator.encode_target(r));
  auto aligned = translator.force_attention(sources, targets);
  std::vector<Alignment> links;
  for (auto& a : aligned)
    links.push_back(hard_alignment(make_attention_record(std::move(a.src_pieces), std::move(a.trg_pieces), std::move(a.attention)).word));
  return score_alignments(links, read_pharaoh(testing::source_path("data/toy/test.align"), false)).aer();
}

// The model learns the toy task: at least 90% of the test sentences exactly right; its attention
// aligns as well as the variant promises.
TEST_P(ToyModel, TranslatesTheToyTestSetAlmostPerfectly) {
  TempDir dir;
  std::vector<Override> overrides = GetParam().overrides;
  for (auto& o : overrides)
    if (o.key == "data.alignment") o.value = testing::source_path(o.value);
  Config c = load_config(testing::source_path("configs/toy.yaml"), overrides);
  for (std::string* prefix : {&c.data.train, &c.data.dev, &c.data.test}) *prefix = testing::source_path(*prefix);
  c.train.model_dir = dir.file("toy");
  c.train.threads = 1;
  log::set_quiet(true);
  train_model(c, {});
  log::set_quiet(false);
  log::set_file("");
  const auto sources = toy_lines("test.src");
  const auto references = toy_lines("test.trg");
  // The same model in bfloat16 and, where it has the fused step, int8 (decode.precision; kChar
  // here) keeps the quality.
  for (const auto dtype : {torch::kFloat, torch::kBFloat16, torch::kChar})
  for (const int beam : {1, 5}) {
    TranslateOptions o = translate_options(c.decode);
    o.search.beam_size = beam;
    o.search.n_best = 1;
    LoadedModel loaded = load_model(resolve_checkpoint(c.train.model_dir, "best"), torch::kCPU);
    if (dtype == torch::kChar) {
      if (!loaded.model->decoder->fused()) continue;
      o.int8 = true;
    } else {
      loaded.model->to(dtype);
    }
    Translator translator({loaded}, o);
    const auto results = translator.translate(sources);
    int exact = 0;
    for (std::size_t i = 0; i < sources.size(); ++i) exact += translator.detokenize(results[i][0]) == references[i];
    const std::string precision = dtype == torch::kChar ? "int8" : dtype == torch::kBFloat16 ? "bfloat16" : "float32";
    std::cout << "[ toy exact ] " << GetParam().name << " " << precision << " beam " << beam << ": " << exact << " of 500\n";
    EXPECT_GE(exact, 450) << precision << " beam " << beam << ": " << exact << " of 500 exact";
    if (beam == 1 && dtype == torch::kFloat) {
      const double aer = toy_test_aer(translator);
      RecordProperty("aer", std::to_string(aer));
      std::cout << "[ toy AER  ] " << GetParam().name << ": " << aer << "\n";
      EXPECT_LE(aer, GetParam().max_aer);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Variants, ToyModel,
    ::testing::Values(ToyVariant{"rnnsearch", {}},
                      ToyVariant{"rnnsearch_guided_alignment",
                                 {{"data.alignment", "data/toy/train.align"}, {"train.guided_alignment", "1.0"}},
                                 0.10},
                      ToyVariant{"luong_global_general",
                                 {{"model.decoder.type", "luong"}, {"model.attention.score", "general"}}},
                      ToyVariant{"luong_local_p",
                                 {{"model.decoder.type", "luong"},
                                  {"model.attention.score", "general"},
                                  {"model.attention.window", "local_p"}}},
                      ToyVariant{"rnnsearch_hard_exact", {{"model.attention.hard", "exact"}}},
                      ToyVariant{"rnnsearch_multidim", {{"model.attention.dimensions", "multi"}}},
                      ToyVariant{"rnnsearch_hard_reinforce", {{"model.attention.hard", "reinforce"}}}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace rnnsearch
