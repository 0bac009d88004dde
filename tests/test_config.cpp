#include "rnnsearch/common/config.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "helpers.h"
#include "rnnsearch/common/error.h"

namespace rnnsearch {
namespace {

using testing::source_path;

// A minimal valid config: only the required key.
const char* kMinimal = "data:\n  train: corpus/train\n";

std::string error_of(const std::string& yaml, const std::vector<Override>& overrides = {}) {
  try {
    parse_config(yaml, "x.yaml", overrides);
  } catch (const UserError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(Config, MinimalConfigGetsDefaults) {
  const Config c = parse_config(kMinimal, "x.yaml");
  EXPECT_EQ(c.data.train, "corpus/train");
  EXPECT_EQ(c.model.attention.score, ScoreType::additive);
  EXPECT_EQ(c.train.batch_tokens, 4096);
  EXPECT_EQ(c.eval.metrics, (std::vector<ScoreMetric>{ScoreMetric::bleu, ScoreMetric::chrf}));
}

TEST(Config, ReadsEveryType) {
  const Config c = parse_config(R"(
data:
  train: t
  vocab: {type: bpe, joint: false, character_coverage: 0.9995}
model:
  attention: {score: general, window: local_p}
train: {seed: 18446744073709551615, learning_rate: 1.0e-3, device: cpu}
eval: {metrics: [chrf], tokenize: none}
)", "x.yaml");
  EXPECT_EQ(c.data.vocab.type, VocabType::bpe);
  EXPECT_FALSE(c.data.vocab.joint);
  EXPECT_DOUBLE_EQ(c.data.vocab.character_coverage, 0.9995);
  EXPECT_EQ(c.model.attention.score, ScoreType::general);
  EXPECT_EQ(c.model.attention.window, WindowType::local_p);
  EXPECT_EQ(c.train.seed, 18446744073709551615ULL);
  EXPECT_DOUBLE_EQ(c.train.learning_rate, 1e-3);
  EXPECT_EQ(c.train.device, DeviceType::cpu);
  EXPECT_EQ(c.eval.metrics, std::vector<ScoreMetric>{ScoreMetric::chrf});
  EXPECT_EQ(c.eval.tokenize, TokenizeType::none);
}

TEST(Config, ResolvedYamlRoundTripsExactly) {
  Config c = parse_config(kMinimal, "x.yaml");
  c.data.dev = "path with \"quotes\" and \\ backslash";
  c.train.learning_rate = 0.1 + 0.2;  // not exactly representable in short decimal
  c.train.seed = 12345678901234ULL;
  c.model.decoder.type = DecoderType::luong;
  c.eval.metrics = {ScoreMetric::chrf, ScoreMetric::bleu};
  const std::string yaml = to_yaml(c);
  const Config back = parse_config(yaml, "resolved.yaml");
  EXPECT_EQ(back.data.dev, c.data.dev);
  EXPECT_EQ(back.train.learning_rate, c.train.learning_rate);
  EXPECT_EQ(back.train.seed, c.train.seed);
  EXPECT_EQ(back.model.decoder.type, DecoderType::luong);
  EXPECT_TRUE(back == c);
  EXPECT_EQ(to_yaml(back), yaml);
}

TEST(Config, ResolvedYamlDocumentsEveryKey) {
  const std::string yaml = to_yaml(parse_config(kMinimal, "x.yaml"));
  std::istringstream in(yaml);
  std::string previous, line;
  int keys = 0;
  while (std::getline(in, line)) {
    if (line.find(':') != std::string::npos && line.find('#') == std::string::npos) {
      ++keys;
      EXPECT_NE(previous.find('#'), std::string::npos) << "undocumented: " << line;
    }
    previous = line;
  }
  EXPECT_GT(keys, 60);
}

TEST(Config, UnknownKeyNamesFileLineAndDottedKey) {
  const std::string message = error_of("data:\n  train: t\nmodel:\n  attention:\n    scroe: dot\n");
  EXPECT_NE(message.find("x.yaml:5: model.attention.scroe: unknown key"), std::string::npos) << message;
  EXPECT_NE(message.find("did you mean \"score\""), std::string::npos) << message;
  EXPECT_NE(message.find("expected one of score, distribution"), std::string::npos) << message;
}

TEST(Config, UnknownSectionIsAnError) {
  const std::string message = error_of("data: {train: t}\ntraining: {seed: 1}\n");
  EXPECT_NE(message.find("x.yaml:2: training: unknown key"), std::string::npos) << message;
}

TEST(Config, WrongTypesNameTheKey) {
  EXPECT_NE(error_of("data: {train: t}\ntrain: {batch_tokens: many}\n")
                .find("train.batch_tokens: expected an integer, got \"many\""),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: t}\ntrain: {batch_tokens: 2.5}\n")
                .find("train.batch_tokens: expected an integer"),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: t, vocab: {joint: maybe}}\n")
                .find("data.vocab.joint: expected true or false"),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: t}\ntrain: {learning_rate: fast}\n")
                .find("train.learning_rate: expected a number"),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: [a, b]}\n").find("data.train: expected a string"), std::string::npos);
  EXPECT_NE(error_of("data: {train: t}\nmodel: 3\n").find("model: expected a mapping"), std::string::npos);
  EXPECT_NE(error_of("data: {train: t}\ntrain: {seed: -1}\n").find("train.seed: expected an integer"),
            std::string::npos);
}

TEST(Config, OutOfRangeValuesNameTheKey) {
  const std::string message = error_of("data: {train: t}\nmodel:\n  encoder:\n    dropout: 1.5\n");
  EXPECT_NE(message.find("x.yaml:4: model.encoder.dropout: 1.5 is out of range [0, 0.99]"),
            std::string::npos)
      << message;
  EXPECT_NE(error_of("data: {train: t}\ndecode: {beam_size: 0}\n").find("decode.beam_size: 0 is out of range"),
            std::string::npos);
}

TEST(Config, UnknownEnumValueListsChoices) {
  const std::string message = error_of("data: {train: t}\nmodel: {attention: {score: bahdanau}}\n");
  EXPECT_NE(message.find("model.attention.score: unknown value \"bahdanau\"; expected one of additive, "
                         "dot, scaled_dot, general, location, cosine"),
            std::string::npos)
      << message;
}

TEST(Config, InvalidYamlNamesFileAndLine) {
  const std::string message = error_of("data:\n  train: t\n  dev: [unclosed\n");
  EXPECT_NE(message.find("x.yaml:"), std::string::npos) << message;
  EXPECT_NE(message.find("invalid YAML"), std::string::npos) << message;
  EXPECT_NE(error_of("- a\n- b\n").find("expected a mapping of sections"), std::string::npos);
}

TEST(Config, CrossFieldRules) {
  EXPECT_NE(error_of("data: {dev: d}\n").find("data.train: required"), std::string::npos);
  EXPECT_NE(error_of("data: {train: t, max_len: 200}\ntrain: {batch_tokens: 100}\n")
                .find("x.yaml:2: train.batch_tokens: must be at least data.max_len + 2 = 202"),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: t}\ndecode: {beam_size: 2, n_best: 3}\n").find("decode.n_best"),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: t}\ntrain: {schedule: inverse_sqrt}\n").find("train.warmup_steps"),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: t}\ntrain: {precision: int8}\n").find("x.yaml:2: train.precision: int8 is for translation"),
            std::string::npos);
  EXPECT_EQ(error_of("data: {train: t}\ndecode: {precision: int8}\n"), "(no error)");
  EXPECT_NE(error_of("data: {train: t}\ntrain: {max_steps: 0, max_epochs: 0}\n").find("never stop"),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: t}\nmodel: {attention: {score: cosine, heads: 2}}\n")
                .find("model.attention.heads"),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: t}\nmodel: {attention: {score: general, coverage: neural}}\n")
                .find("model.attention.coverage: needs score additive"),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: t}\nmodel: {decoder: {type: luong}, attention: {hard: exact}}\n")
                .find("model.attention.hard: needs a bahdanau or conditional decoder"),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: t}\nmodel: {attention: {hard: exact}}\ntrain: {reinforce_entropy: 0.01}\n")
                .find("train.reinforce_entropy: needs model.attention.hard reinforce"),
            std::string::npos);
  EXPECT_EQ(error_of("data: {train: t}\nmodel: {attention: {hard: reinforce}}\ntrain: {reinforce_entropy: 0.01}\n"), "(no error)");
  EXPECT_NE(error_of("data: {train: t}\ntrain: {attention_penalty: 0.1}\n")
                .find("train.attention_penalty: needs several attention heads"),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: t}\nmodel: {attention: {score: dot, dimensions: multi}}\n")
                .find("model.attention.dimensions: multi needs score additive and one head"),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: t}\nmodel: {attention: {heads: 2, dimensions: multi}}\n")
                .find("model.attention.dimensions"),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: t, src_lang: de, trg_lang: de}\n").find("data.trg_lang: must differ"),
            std::string::npos);
  EXPECT_NE(error_of("data: {train: t}\neval: {metrics: []}\n").find("eval.metrics"), std::string::npos);
}

TEST(Config, OverridesApplyAndCreateSections) {
  const Config c = parse_config(kMinimal, "x.yaml",
                                {{"model.attention.score", "dot"},
                                 {"train.seed", "7"},
                                 {"eval.metrics", "chrf,bleu"},
                                 {"data.vocab.joint", "false"}});
  EXPECT_EQ(c.model.attention.score, ScoreType::dot);
  EXPECT_EQ(c.train.seed, 7u);
  EXPECT_EQ(c.eval.metrics, (std::vector<ScoreMetric>{ScoreMetric::chrf, ScoreMetric::bleu}));
  EXPECT_FALSE(c.data.vocab.joint);
  // An override replaces a value from the file.
  const Config d = parse_config("data: {train: a}\n", "x.yaml", {{"data.train", "b"}});
  EXPECT_EQ(d.data.train, "b");
}

TEST(Config, OverrideErrorsNameTheOverride) {
  EXPECT_NE(error_of(kMinimal, {{"model.attention.score", "bahdanau"}})
                .find("--set model.attention.score: model.attention.score: unknown value \"bahdanau\""),
            std::string::npos);
  EXPECT_NE(error_of(kMinimal, {{"model.attenton.score", "dot"}})
                .find("--set model.attenton.score: model.attenton: unknown key (did you mean \"attention\"?)"),
            std::string::npos);
  EXPECT_NE(error_of(kMinimal, {{"train.batch_tokens", "10"}}).find("--set train.batch_tokens"),
            std::string::npos);
}

TEST(Config, ParseOverride) {
  const Override o = parse_override("model.attention.score=dot");
  EXPECT_EQ(o.key, "model.attention.score");
  EXPECT_EQ(o.value, "dot");
  EXPECT_EQ(parse_override("data.dev=").value, "");
  EXPECT_EQ(parse_override("a.b=x=y").value, "x=y");
  EXPECT_THROW(parse_override("model.attention.score"), UserError);
  EXPECT_THROW(parse_override("=dot"), UserError);
  EXPECT_THROW(parse_override("model..score=dot"), UserError);
  EXPECT_THROW(parse_override("model.=dot"), UserError);
}

TEST(Config, MissingFileIsAUserError) {
  try {
    load_config("/nonexistent/c.yaml");
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/c.yaml: cannot read"), std::string::npos);
  }
}

template <class E>
void expect_names_round_trip() {
  for (const auto& [value, name] : EnumNames<E>::table) {
    EXPECT_EQ(to_string(value), name);
    EXPECT_EQ(enum_from_string<E>(name), value);
  }
  EXPECT_FALSE(enum_from_string<E>("no-such-name").has_value());
}

TEST(Config, EnumNameTablesRoundTrip) {
  expect_names_round_trip<VocabType>();
  expect_names_round_trip<CellType>();
  expect_names_round_trip<DecoderType>();
  expect_names_round_trip<DecoderInit>();
  expect_names_round_trip<ScoreType>();
  expect_names_round_trip<DistributionType>();
  expect_names_round_trip<WindowType>();
  expect_names_round_trip<AttentionDimensions>();
  expect_names_round_trip<CoverageType>();
  expect_names_round_trip<HardAttention>();
  expect_names_round_trip<DeviceType>();
  expect_names_round_trip<OptimizerType>();
  expect_names_round_trip<ScheduleType>();
  expect_names_round_trip<StopMetric>();
  expect_names_round_trip<ScoreMetric>();
  expect_names_round_trip<ScorerType>();
  expect_names_round_trip<TokenizeType>();
}

TEST(Config, AttentionWeightsNote) {
  ModelConfig m;
  EXPECT_EQ(attention_weights_note(m), "");
  m.encoder.hidden_size = 256;
  m.attention.dimensions = AttentionDimensions::multi;
  EXPECT_EQ(attention_weights_note(m), "mean over 512 features");
  m.attention.dimensions = AttentionDimensions::single;
  m.attention.heads = 4;
  EXPECT_EQ(attention_weights_note(m), "mean over 4 heads");
}

// Every shipped config loads, and comments every key it sets.
TEST(Config, ShippedConfigsLoadAndCommentEveryKey) {
  int configs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(source_path("configs"))) {
    if (entry.path().extension() != ".yaml") continue;
    ++configs;
    const std::string path = entry.path();
    EXPECT_NO_THROW(load_config(path)) << path;
    std::istringstream in(testing::read_text(path));
    std::string line, previous;
    int number = 0;
    const std::regex key_line(R"(^\s*[A-Za-z_]+:)");
    while (std::getline(in, line)) {
      ++number;
      if (std::regex_search(line, key_line)) {
        const bool commented = line.find('#') != std::string::npos ||
                               previous.find_first_not_of(' ') != std::string::npos &&
                                   previous[previous.find_first_not_of(' ')] == '#';
        const bool section = line.find_last_not_of(' ') == line.find(':');
        EXPECT_TRUE(commented || section) << path << ":" << number << ": key without a comment";
      }
      previous = line;
    }
  }
  EXPECT_GE(configs, 1);
}

// Found by fuzz_config: a list or mapping as a key was an uncaught yaml-cpp exception.
TEST(Config, ComplexKeysAreErrorsNamingTheLine) {
  for (const std::string text : {"data:\n  train: x\n? [a, b]\n: 1\n", "data:\n  ? {a: 1}\n  : 2\n  train: x\n"}) {
    try {
      parse_config(text, "c.yaml", {});
      ADD_FAILURE() << text;
    } catch (const ConfigError& e) {
      EXPECT_NE(std::string(e.what()).find("a key must be a plain name"), std::string::npos) << e.what();
      EXPECT_EQ(std::string(e.what()).rfind("c.yaml:", 0), 0u) << e.what();
    }
  }
}

}  // namespace
}  // namespace rnnsearch
