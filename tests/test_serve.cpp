// The translation server: request parsing, and every endpoint, limit and error over real HTTP on
// an ephemeral loopback port, against a small model trained on the toy task.
#include "rnnsearch/serve/server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <cmath>
#include <csignal>
#include <future>
#include <regex>
#include <thread>

#include <nlohmann/json.hpp>

#include "fixtures.h"
#include "helpers.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/inspect/alignment.h"
#include "rnnsearch/serve/api.h"
#include "rnnsearch/train/trainer.h"

namespace rnnsearch {
namespace {

using nlohmann::json;
using serve::ApiError;
using testing::TempDir;

// --- Request parsing (no server) ---

serve::RequestLimits small_limits() { return {3, 20, 8}; }

// The field an ApiError names, and its status; "" and 0 when the body is accepted.
std::pair<std::string, int> refusal(const std::function<void()>& parse) {
  try {
    parse();
  } catch (const ApiError& e) {
    return {e.field(), e.status()};
  }
  return {"", 0};
}

TEST(ServeApi, TranslateRequestsAreReadAndCheckedFieldByField) {
  const auto r = serve::parse_translate_request(
      R"({"segments": ["a b", "c"], "beam_size": 4, "n_best": 2, "alignment": true, "prefix": "x"})", small_limits());
  EXPECT_EQ(r.segments, (std::vector<std::string>{"a b", "c"}));
  EXPECT_EQ(r.beam_size, 4);
  EXPECT_EQ(r.n_best, 2);
  EXPECT_TRUE(r.alignment);
  EXPECT_FALSE(r.attention);
  EXPECT_EQ(r.prefixes, (std::vector<std::string>{"x", "x"}));  // one prefix for every segment
  const auto parse = [](const std::string& body) { return [body] { serve::parse_translate_request(body, small_limits()); }; };
  EXPECT_EQ(refusal(parse("{")), std::make_pair(std::string(""), 400));
  EXPECT_EQ(refusal(parse("[1]")), std::make_pair(std::string(""), 400));
  EXPECT_EQ(refusal(parse(R"({"segments": "a"})")).first, "segments");
  EXPECT_EQ(refusal(parse(R"({"segments": []})")).first, "segments");
  EXPECT_EQ(refusal(parse(R"({"segments": ["a", 3]})")).first, "segments[1]");
  EXPECT_EQ(refusal(parse(R"({"segments": ["a"], "beam": 3})")).first, "beam");
  EXPECT_EQ(refusal(parse(R"({"segments": ["a"], "beam_size": "3"})")).first, "beam_size");
  EXPECT_EQ(refusal(parse(R"({"segments": ["a"], "beam_size": 9})")).first, "beam_size");
  EXPECT_EQ(refusal(parse(R"({"segments": ["a"], "beam_size": 2, "n_best": 3})")).first, "n_best");
  EXPECT_EQ(refusal(parse(R"({"segments": ["a"], "attention": 1})")).first, "attention");
  EXPECT_EQ(refusal(parse(R"({"segments": ["a", "b"], "prefix": ["x"]})")).first, "prefix");
  EXPECT_EQ(refusal(parse(R"({"segments": ["a", "b", "c", "d"]})")), std::make_pair(std::string("segments"), 413));
  EXPECT_EQ(refusal(parse(R"({"segments": ["123456789012345678901"]})")), std::make_pair(std::string("segments[0]"), 413));
  // Twenty characters are allowed, however many bytes they take.
  EXPECT_EQ(refusal(parse(R"({"segments": ["ääääääääääääääääääää"]})")).second, 0);
  EXPECT_EQ(refusal(parse("{\"segments\": [\"\xff\"]}")).second, 400);
}

TEST(ServeApi, ScoreAndLibreTranslateRequests) {
  const auto s = serve::parse_score_request(R"({"source": "a", "translation": "b", "model": "m"})", small_limits());
  EXPECT_EQ(s.source, "a");
  EXPECT_EQ(s.translation, "b");
  EXPECT_EQ(s.model, "m");
  EXPECT_EQ(refusal([] { serve::parse_score_request(R"({"source": "a"})", small_limits()); }).first, "translation");
  const auto l = serve::parse_libre_json(R"({"q": ["a", "b"], "source": "en", "target": "de", "alternatives": 2})", small_limits());
  EXPECT_EQ(l.q.size(), 2u);
  EXPECT_TRUE(l.q_is_list);
  EXPECT_EQ(l.alternatives, 2);
  EXPECT_EQ(refusal([] { serve::parse_libre_json(R"({"q": "a", "target": "de", "format": "html"})", small_limits()); }).first,
            "format");
  EXPECT_EQ(refusal([] { serve::parse_libre_json(R"({"q": "a"})", small_limits()); }).first, "target");
  EXPECT_EQ(refusal([] { serve::parse_libre_json(R"({"q": "a", "target": "d e"})", small_limits()); }).first, "target");
  const auto f = serve::parse_libre_form({{"q", "a"}, {"target", "de"}, {"alternatives", "1"}}, small_limits());
  EXPECT_FALSE(f.q_is_list);
  EXPECT_EQ(f.source, "auto");
  EXPECT_EQ(f.alternatives, 1);
  EXPECT_EQ(refusal([] { serve::parse_libre_form({{"q", "a"}, {"target", "de"}, {"alternatives", "x"}}, small_limits()); }).first,
            "alternatives");
  EXPECT_EQ(refusal([] { serve::parse_libre_form({{"q", "a"}, {"target", "de"}, {"path", "/etc"}}, small_limits()); }).first,
            "path");
}

TEST(ServeApi, KeysCompareEqualOnlyWhenIdentical) {
  EXPECT_TRUE(serve::constant_time_equal("secret", "secret"));
  EXPECT_FALSE(serve::constant_time_equal("secret", "secreT"));
  EXPECT_FALSE(serve::constant_time_equal("secret", "secret2"));
  EXPECT_FALSE(serve::constant_time_equal("", "secret"));
  EXPECT_TRUE(serve::constant_time_equal("", ""));
}

// --- The server over HTTP ---

class ServeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    Config c = testing::small_toy_config(*dir_);
    c.data.src_lang = "src";
    c.data.trg_lang = "trg";
    c.train.max_steps = 20;
    c.decode.beam_size = 3;
    c.decode.precision = Precision::float32;
    log::set_quiet(true);
    train_model(c, {});
    log::set_file("");
  }
  static void TearDownTestSuite() { delete dir_; }

  static std::unique_ptr<Translator> translator() {
    LoadedModel m = load_model(resolve_checkpoint(dir_->file("model"), "last"), torch::kCPU);
    const TranslateOptions options = translate_options(m.config.decode);
    std::vector<LoadedModel> models;
    models.push_back(std::move(m));
    return std::make_unique<Translator>(std::move(models), options);
  }

  // Starts a server for the toy model on an ephemeral loopback port.
  void start(serve::ServerOptions options = {}) {
    std::vector<serve::ServedModel> models;
    models.push_back({"toy", translator()});
    server_ = std::make_unique<serve::Server>(std::move(models), options);
    port_ = server_->bind("127.0.0.1", 0);
    thread_ = std::thread([this] { server_->run(); });
  }
  void TearDown() override {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
  }

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60, 0);
    return c;
  }
  httplib::Result post(const std::string& path, const json& body, const httplib::Headers& headers = {}) const {
    return client().Post(path.c_str(), headers, body.dump(), "application/json");
  }
  // Waits until /health answers `status` with at least `queued` segments waiting (10 s at most).
  bool wait_health(int status, std::size_t queued = 0) const {
    for (int i = 0; i < 1000; ++i) {
      auto r = client().Get("/health");
      if (r && r->status == status) {
        if (status != 200) return true;
        const json h = json::parse(r->body, nullptr, false);
        if (h.is_object() && h.value("queued_segments", std::size_t{0}) >= queued) return true;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }
  // The JSON error of a refused request, with its status.
  static std::pair<int, json> answer(const httplib::Result& r) {
    if (!r) return {-1, json()};
    return {r->status, json::parse(r->body, nullptr, false)};
  }

  static TempDir* dir_;
  std::unique_ptr<serve::Server> server_;
  std::thread thread_;
  int port_ = 0;
};
TempDir* ServeTest::dir_ = nullptr;

const std::vector<std::string> kSentences = {"the child sees the bird", "these apples follow the car slowly",
                                             "the house follows a car"};

TEST_F(ServeTest, TranslationsEqualOfflineTranslation) {
  start();
  auto offline = translator();
  SearchOptions search = offline->options().search;
  search.n_best = 2;
  const auto expected = offline->translate(kSentences, search, {});
  const auto [status, body] = answer(post("/v1/translate", {{"segments", kSentences}, {"n_best", 2}}));
  ASSERT_EQ(status, 200) << body;
  EXPECT_EQ(body["model"], "toy");
  ASSERT_EQ(body["translations"].size(), kSentences.size());
  for (std::size_t i = 0; i < kSentences.size(); ++i) {
    const json& t = body["translations"][i];
    EXPECT_EQ(t["source"], kSentences[i]);
    EXPECT_EQ(t["translation"], offline->detokenize(expected[i].front()));
    EXPECT_NEAR(t["score"].get<double>(), expected[i].front().score, 1e-6);
    ASSERT_EQ(t["n_best"].size(), 2u);
    EXPECT_GE(t["n_best"][0]["score"].get<double>(), t["n_best"][1]["score"].get<double>());
    EXPECT_FALSE(t.contains("attention"));
  }
}

TEST_F(ServeTest, AttentionAlignmentAndScoreAgreeWithTheTranslation) {
  start();
  const auto [status, body] = answer(post("/v1/translate", {{"segments", {kSentences[0]}}, {"alignment", true}, {"attention", true}}));
  ASSERT_EQ(status, 200) << body;
  const json& t = body["translations"][0];
  // The attention record is what `translate --attention` writes, and it parses as one.
  const AttentionRecord record = attention_record_from_json(t["attention"].dump(), "response");
  EXPECT_EQ(record.translation, t["translation"]);
  EXPECT_EQ(record.src_words, (std::vector<std::string>{"the", "child", "sees", "the", "bird"}));
  EXPECT_EQ(format_pharaoh(hard_alignment(record.word)), t["alignment"]);
  // Re-scoring the translation gives the log-probability the search reported (teacher forcing).
  const auto [s_status, scored] = answer(post("/v1/score", {{"source", kSentences[0]}, {"translation", t["translation"]}}));
  ASSERT_EQ(s_status, 200) << scored;
  ASSERT_EQ(scored["tokens"].size(), scored["token_log_probs"].size());
  EXPECT_EQ(scored["tokens"].back(), "</s>");
  double sum = 0;
  for (const auto& lp : scored["token_log_probs"]) sum += lp.get<double>();
  EXPECT_NEAR(scored["log_prob"].get<double>(), sum, 1e-4);
  EXPECT_NEAR(scored["log_prob"].get<double>(), t["log_prob"].get<double>(), 1e-3);
  EXPECT_EQ(scored["attention"]["trg_subwords"], scored["tokens"]);
  // An edited translation scores differently, with its own attention.
  const auto [e_status, edited] = answer(post("/v1/score", {{"source", kSentences[0]}, {"translation", "lo pipe"}}));
  ASSERT_EQ(e_status, 200) << edited;
  EXPECT_NE(edited["log_prob"].get<double>(), scored["log_prob"].get<double>());
  EXPECT_EQ(edited["attention"]["trg_words"], (json{"lo", "pipe"}));
}

TEST_F(ServeTest, APrefixStartsTheTranslation) {
  start();
  for (const std::string prefix : {"lo", "cai pomas lo"}) {
    const auto [status, body] = answer(post("/v1/translate", {{"segments", kSentences}, {"prefix", prefix}}));
    ASSERT_EQ(status, 200) << body;
    for (const auto& t : body["translations"]) {
      const std::string text = t["translation"];
      EXPECT_EQ(text.substr(0, prefix.size()), prefix) << text;
      EXPECT_TRUE(std::isfinite(t["log_prob"].get<double>()));
    }
  }
}

TEST_F(ServeTest, HealthModelsAndUnknownEndpoints) {
  start();
  auto c = client();
  auto health = c.Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(json::parse(health->body)["status"], "ok");
  const auto models = json::parse(c.Get("/v1/models")->body)["models"];
  ASSERT_EQ(models.size(), 1u);
  EXPECT_EQ(models[0]["name"], "toy");
  EXPECT_EQ(models[0]["source_language"], "src");
  EXPECT_EQ(models[0]["target_language"], "trg");
  const auto page = c.Get("/");
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("id=\"heatmap\""), std::string::npos);
  EXPECT_EQ(page->body.find("src=\"http"), std::string::npos);  // nothing loaded from elsewhere
  const auto [status, error] = answer(c.Get("/v2/translate"));
  EXPECT_EQ(status, 404);
  EXPECT_NE(error["error"].get<std::string>().find("/v2/translate"), std::string::npos);
}

TEST_F(ServeTest, BadRequestsGetJsonErrorsNamingTheField) {
  serve::ServerOptions options;
  options.limits.max_segments = 2;
  options.limits.max_chars = 50;
  options.limits.max_body_kib = 1;
  start(options);
  auto c = client();
  auto expect = [&](const httplib::Result& r, int status, const std::string& field) {
    const auto [got, body] = answer(r);
    EXPECT_EQ(got, status) << body;
    EXPECT_TRUE(body.is_object() && body.contains("error")) << body;
    if (!field.empty()) EXPECT_EQ(body.value("field", ""), field) << body;
  };
  expect(c.Post("/v1/translate", "{\"segments\": [", "application/json"), 400, "");
  expect(post("/v1/translate", {{"segments", "one"}}), 400, "segments");
  expect(post("/v1/translate", {{"segments", {"a"}}, {"bogus", 1}}), 400, "bogus");
  expect(post("/v1/translate", {{"segments", {"a"}}, {"beam_size", 2}, {"n_best", 3}}), 400, "n_best");
  expect(post("/v1/translate", {{"segments", {"a"}}, {"n_best", 4}}), 400, "n_best");  // above the model's beam of 3
  expect(post("/v1/translate", {{"segments", {"a"}}, {"model", "other"}}), 400, "model");
  expect(post("/v1/translate", {{"segments", {"a", "b", "c"}}}), 413, "segments");
  expect(post("/v1/translate", {{"segments", {std::string(51, 'a')}}}), 413, "segments[0]");
  expect(post("/v1/score", {{"source", "a"}}), 400, "translation");
  expect(c.Post("/v1/translate", "{\"segments\": [\"" + std::string(2000, 'a') + "\"]}", "application/json"), 413, "");
}

TEST_F(ServeTest, AnApiKeyIsRequiredWhenConfigured) {
  serve::ServerOptions options;
  options.api_key = "s3cret-key";
  start(options);
  const json request = {{"segments", {kSentences[0]}}};
  EXPECT_EQ(answer(post("/v1/translate", request)).first, 401);
  EXPECT_EQ(answer(post("/v1/translate", request, {{"Authorization", "Bearer s3cret-kex"}})).first, 401);
  EXPECT_EQ(answer(post("/v1/translate", request, {{"Authorization", "Bearer s3cret-key"}})).first, 200);
  EXPECT_EQ(answer(post("/v1/translate", request, {{"X-API-Key", "s3cret-key"}})).first, 200);
  EXPECT_EQ(answer(client().Get("/v1/models")).first, 401);
  EXPECT_EQ(answer(client().Get("/health")).first, 200);
  const json libre = {{"q", kSentences[0]}, {"source", "src"}, {"target", "trg"}};
  EXPECT_EQ(answer(post("/translate", libre)).first, 401);
  json keyed = libre;
  keyed["api_key"] = "s3cret-key";
  EXPECT_EQ(answer(post("/translate", keyed)).first, 200);
}

TEST_F(ServeTest, LibreTranslateClientsWorkUnchanged) {
  start();
  auto offline = translator();
  const auto best = offline->detokenize(offline->translate({kSentences[0]}).front().front());
  const auto [status, one] = answer(post("/translate", {{"q", kSentences[0]}, {"source", "src"}, {"target", "trg"}, {"format", "text"}}));
  ASSERT_EQ(status, 200) << one;
  EXPECT_EQ(one["translatedText"], best);
  const auto [l_status, list] = answer(post("/translate", {{"q", kSentences}, {"source", "auto"}, {"target", "trg"}, {"alternatives", 2}}));
  ASSERT_EQ(l_status, 200) << list;
  ASSERT_EQ(list["translatedText"].size(), kSentences.size());
  ASSERT_EQ(list["alternatives"].size(), kSentences.size());
  EXPECT_LE(list["alternatives"][0].size(), 2u);
  EXPECT_EQ(list["detectedLanguage"]["language"], "src");
  // An HTML form, as curl -d and browsers send it.
  auto form = client().Post("/translate", httplib::Params{{"q", kSentences[0]}, {"source", "src"}, {"target", "trg"}});
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 200) << form->body;
  EXPECT_EQ(json::parse(form->body)["translatedText"], best);
  // JSON that `curl -d` labels as a form is still JSON.
  const json libre = {{"q", kSentences[0]}, {"source", "src"}, {"target", "trg"}};
  auto curl_like = client().Post("/translate", libre.dump(), "application/x-www-form-urlencoded");
  ASSERT_TRUE(curl_like);
  EXPECT_EQ(curl_like->status, 200) << curl_like->body;
  auto curl_v1 = client().Post("/v1/translate", json{{"segments", {kSentences[0]}}}.dump(), "application/x-www-form-urlencoded");
  ASSERT_TRUE(curl_v1);
  EXPECT_EQ(curl_v1->status, 200) << curl_v1->body;
  EXPECT_EQ(answer(post("/translate", {{"q", "a"}, {"source", "src"}, {"target", "fr"}})).second.value("field", ""), "target");
  EXPECT_EQ(answer(post("/translate", {{"q", "a"}, {"target", "trg"}, {"format", "html"}})).second.value("field", ""), "format");
  const auto languages = json::parse(client().Get("/languages")->body);
  ASSERT_EQ(languages.size(), 1u);
  EXPECT_EQ(languages[0]["code"], "src");
  EXPECT_EQ(languages[0]["targets"], (json{"trg"}));
}

TEST_F(ServeTest, ConcurrentRequestsShareBatchesAndGetTheirOwnAnswers) {
  serve::ServerOptions options;
  options.limits.max_wait_ms = 1000;
  options.limits.max_batch = 64;
  start(options);
  auto offline = translator();
  std::vector<std::string> lines;
  for (int i = 0; i < 12; ++i) lines.push_back(kSentences[static_cast<std::size_t>(i) % kSentences.size()] + (i % 2 ? " slowly" : ""));
  const auto expected = offline->translate(lines);
  std::vector<std::future<std::pair<int, json>>> answers;
  for (const auto& line : lines)
    answers.push_back(std::async(std::launch::async, [&, line] { return answer(post("/v1/translate", {{"segments", {line}}})); }));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto [status, body] = answers[i].get();
    ASSERT_EQ(status, 200) << body;
    EXPECT_EQ(body["translations"][0]["translation"], offline->detokenize(expected[i].front())) << lines[i];
  }
  const auto health = json::parse(client().Get("/health")->body);
  EXPECT_EQ(health["segments"], lines.size());
  EXPECT_LT(health["batches"].get<int>(), static_cast<int>(lines.size())) << health;  // requests were merged
}

TEST_F(ServeTest, AFullQueueAnswers503AndASlowAnswer504) {
  serve::ServerOptions options;
  options.limits.queue_segments = 2;
  options.limits.max_wait_ms = 1500;  // the first request waits for company that never comes
  options.limits.max_batch = 100;
  options.limits.timeout_s = 0.5;
  start(options);
  auto first = std::async(std::launch::async, [&] { return answer(post("/v1/translate", {{"segments", {"a", "b"}}})); });
  ASSERT_TRUE(wait_health(200, 2));
  auto full = post("/v1/translate", {{"segments", {"c"}}});
  ASSERT_TRUE(full);
  EXPECT_EQ(full->status, 503);
  EXPECT_EQ(full->get_header_value("Retry-After"), "1");
  EXPECT_EQ(first.get().first, 504);  // 0.5 s timeout, 1.5 s wait
}

TEST_F(ServeTest, CorsHeadersOnlyWhenAnOriginIsGiven) {
  start();
  auto plain = client().Get("/health");
  EXPECT_FALSE(plain->has_header("Access-Control-Allow-Origin"));
  TearDown();
  serve::ServerOptions options;
  options.cors_origin = "http://localhost:3000";
  start(options);
  auto cors = client().Get("/health");
  EXPECT_EQ(cors->get_header_value("Access-Control-Allow-Origin"), "http://localhost:3000");
  auto preflight = client().Options("/v1/translate");
  ASSERT_TRUE(preflight);
  EXPECT_EQ(preflight->status, 204);
}

TEST_F(ServeTest, StopDrainsRequestsInFlightAndRefusesNewOnes) {
  serve::ServerOptions options;
  options.limits.max_wait_ms = 1000;
  options.limits.max_batch = 100;
  start(options);
  auto in_flight = std::async(std::launch::async, [&] { return answer(post("/v1/translate", {{"segments", {kSentences[0]}}})); });
  ASSERT_TRUE(wait_health(200, 1));
  auto stopping = std::async(std::launch::async, [&] { server_->stop(); });
  ASSERT_TRUE(wait_health(503));
  const auto refused = answer(post("/v1/translate", {{"segments", {kSentences[1]}}}));
  EXPECT_EQ(refused.first, 503) << refused.second;
  EXPECT_EQ(in_flight.get().first, 200);
  stopping.get();
  thread_.join();  // run() returned
}

// `rnnsearch serve` end to end: the port it prints, an exported model, and SIGTERM's drain.
TEST_F(ServeTest, CliServesAnExportedModelAndDrainsOnSigterm) {
  TempDir dir;
  const auto exported = testing::run_cli("export -m '" + dir_->file("model") + "' -o '" + dir.file("toy.rnn") + "'");
  ASSERT_EQ(exported.code, 0) << exported.err;
  EXPECT_LT(std::filesystem::file_size(dir.file("toy.rnn")), std::filesystem::file_size(dir_->file("model/last.ckpt")));
  // translate and align take the file where they take a model directory, with the same results.
  const std::string text = kSentences[0] + "\n" + kSentences[1] + "\n";
  const auto from_file = testing::run_cli("translate -m toy.rnn --attention a.jsonl", dir.path(), text);
  const auto from_dir = testing::run_cli("translate -m '" + dir_->file("model") + "' --checkpoint last", dir.path(), text);
  ASSERT_EQ(from_file.code, 0) << from_file.err;
  EXPECT_EQ(from_file.out, from_dir.out);
  const auto covered = testing::run_cli("translate -m toy.rnn --coverage-penalty 0.2 -k 3", dir.path(), text);
  EXPECT_EQ(covered.code, 0) << covered.err;
  EXPECT_EQ(std::count(covered.out.begin(), covered.out.end(), '\n'), 2);
  testing::write_text(dir.file("src.txt"), text);
  testing::write_text(dir.file("trg.txt"), "lo nina\nlo pipe\n");
  const auto aligned = testing::run_cli("align -m toy.rnn -s src.txt -t trg.txt", dir.path());
  EXPECT_EQ(aligned.code, 0) << aligned.err;
  const auto evaluated = testing::run_cli("evaluate -m toy.rnn -s src.txt -r trg.txt --scorer builtin", dir.path());
  EXPECT_EQ(evaluated.code, 0) << evaluated.err;
  EXPECT_NE(evaluated.out.find("BLEU"), std::string::npos) << evaluated.out;
  const std::string log = dir.file("serve.log");
  pid_t pid = testing::spawn_cli("serve -m toy.rnn --port 0 --set serve.max_wait_ms=1000 serve.max_batch=100", dir.path(), log);
  struct Reap {  // a failed assertion must not leave the server running
    pid_t& pid;
    ~Reap() {
      if (pid > 0) testing::wait_exit((::kill(pid, SIGKILL), pid), 10);
    }
  } reap{pid};
  int port = 0;
  const std::regex listening(R"(listening on http://127\.0\.0\.1:(\d+) \(toy\))");
  for (int i = 0; i < 600 && port == 0; ++i) {
    std::smatch m;
    const std::string text = testing::read_text(log);
    if (std::regex_search(text, m, listening)) port = std::stoi(m[1]);
    else std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_GT(port, 0) << testing::read_text(log);
  port_ = port;
  auto in_flight = std::async(std::launch::async, [&] { return answer(post("/v1/translate", {{"segments", {kSentences[0]}}})); });
  ASSERT_TRUE(wait_health(200, 1));
  ::kill(pid, SIGTERM);
  ASSERT_TRUE(wait_health(503));
  EXPECT_EQ(answer(post("/v1/translate", {{"segments", {kSentences[1]}}})).first, 503);
  const auto [status, body] = in_flight.get();
  EXPECT_EQ(status, 200) << body;
  EXPECT_EQ(testing::wait_exit(pid, 60), 0) << testing::read_text(log);
  pid = 0;
  EXPECT_NE(testing::read_text(log).find("draining"), std::string::npos);
}

}  // namespace
}  // namespace rnnsearch
