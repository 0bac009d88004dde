// Flag parsing for each subcommand; the work itself lives in rnnsearch_core.
#include "commands.h"

#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "rnnsearch/bench.h"
#include "rnnsearch/checkpoint.h"
#include "rnnsearch/config.h"
#include "rnnsearch/corpus.h"
#include "rnnsearch/error.h"
#include "rnnsearch/evaluation.h"
#include "rnnsearch/scoring.h"
#include "rnnsearch/io.h"
#include "rnnsearch/log.h"
#include "rnnsearch/runtime.h"
#include "rnnsearch/toy.h"
#include "rnnsearch/trainer.h"
#include "rnnsearch/translator.h"
#include "rnnsearch/vocab.h"

namespace rnnsearch::cli {
namespace {

// --config FILE and repeated --set KEY=VALUE, shared by the config-driven commands.
struct ConfigArgs {
  std::string path;
  std::vector<std::string> sets;

  void add_to(CLI::App& app, bool required) {
    auto* option = app.add_option("--config,-c", path, "YAML config file")->check(CLI::ExistingFile);
    if (required) option->required();
    app.add_option("--set", sets,
                   "override a key, e.g. --set model.attention.score=dot (repeatable)")
        ->take_all();
  }

  Config load() const {
    std::vector<Override> overrides;
    for (const auto& s : sets) overrides.push_back(parse_override(s));
    return load_config(path, overrides);
  }
};

std::function<int()> setup_config(CLI::App& app) {
  auto args = std::make_shared<ConfigArgs>();
  args->add_to(app, false);
  return [args] {
    if (args->path.empty()) {
      if (!args->sets.empty()) throw UserError("--set needs --config");
      std::cout << to_yaml(Config{});
    } else {
      std::cout << to_yaml(args->load());
    }
    return 0;
  };
}

std::function<int()> setup_train(CLI::App& app) {
  struct Args {
    ConfigArgs config;
    TrainOptions options;
  };
  auto args = std::make_shared<Args>();
  args->config.add_to(app, true);
  app.add_flag("--resume", args->options.resume, "continue from MODEL_DIR/last.ckpt where it stopped");
  app.add_flag("--dry-run", args->options.dry_run,
               "check the config, prepare vocabularies and data, report the batches, and stop");
  app.add_flag("--retrain-vocab", args->options.retrain_vocab,
               "train new vocabularies even if the model directory has them");
  app.footer("The model directory (train.model_dir) receives config.yaml, vocabularies, train.log,\n"
             "metrics.jsonl and checkpoints: last.ckpt, best.ckpt, step-N.ckpt.");
  return [args] {
    train_model(args->config.load(), args->options);
    return 0;
  };
}

std::function<int()> setup_vocab(CLI::App& app) {
  struct Args {
    ConfigArgs config;
    bool retrain = false;
    std::string model_file;
    bool encode = false;
    bool decode = false;
    bool pieces = false;
  };
  auto args = std::make_shared<Args>();
  args->config.add_to(app, false);
  app.add_flag("--retrain", args->retrain, "with --config: train even if the model directory has vocabularies");
  auto* model = app.add_option("--model-file,-m", args->model_file,
                               "a SentencePiece model to apply to stdin (with --encode or --decode)")
                    ->check(CLI::ExistingFile);
  auto* encode = app.add_flag("--encode", args->encode, "text lines in, token ids (or --pieces) out");
  auto* decode = app.add_flag("--decode", args->decode, "token id lines in, text out");
  app.add_flag("--pieces", args->pieces, "with --encode: print pieces instead of ids");
  encode->excludes(decode)->needs(model);
  decode->needs(model);
  app.footer("Train vocabularies: rnnsearch vocab --config X.yaml\n"
             "Apply one:          rnnsearch vocab -m MODEL.spm --encode < text");
  return [args] {
    if (!args->model_file.empty()) {
      if (!args->encode && !args->decode) throw UserError("--model-file needs --encode or --decode");
      const Vocab vocab = Vocab::load(args->model_file);
      LineReader in("-");
      for (std::string line; in.next(line);) {
        std::string out;
        if (args->encode && args->pieces) {
          for (const auto& p : vocab.encode_pieces(line)) out += (out.empty() ? "" : " ") + p;
        } else if (args->encode) {
          for (const int id : vocab.encode(line)) out += (out.empty() ? "" : " ") + std::to_string(id);
        } else {
          std::vector<int> ids;
          std::istringstream tokens(line);
          for (std::string t; tokens >> t;) {
            std::size_t used = 0;
            int id = -1;
            try {
              id = std::stoi(t, &used);
            } catch (const std::exception&) {
            }
            if (used != t.size() || id < 0 || id >= vocab.size())
              throw DataError("<stdin>", in.line_number(),
                              fmt::format("\"{}\" is not a token id in [0, {})", t, vocab.size()));
            ids.push_back(id);
          }
          out = vocab.decode(ids);
        }
        std::cout << out << '\n';
      }
      return 0;
    }
    if (args->config.path.empty()) throw UserError("give --config (train) or --model-file (apply)");
    const Config config = args->config.load();
    const int threads = resolve_threads(config.train.threads);
    CorpusStats stats;
    const auto pairs = read_parallel(corpus_file(config.data.train, config.data.src_lang),
                                     corpus_file(config.data.train, config.data.trg_lang), stats);
    prepare_vocabs(config, pairs, args->retrain, threads);
    return 0;
  };
}

std::function<int()> setup_toy_data(CLI::App& app) {
  struct Args {
    std::string out = "data/toy";
    ToyOptions options;
  };
  auto args = std::make_shared<Args>();
  app.add_option("--out,-o", args->out, "output directory")->capture_default_str();
  app.add_option("--seed", args->options.seed, "generator seed")->capture_default_str();
  app.add_option("--train", args->options.train, "training pairs")->capture_default_str()->check(CLI::Range(1, 10000000));
  app.add_option("--dev", args->options.dev, "validation pairs")->capture_default_str()->check(CLI::Range(1, 1000000));
  app.add_option("--test", args->options.test, "test pairs")->capture_default_str()->check(CLI::Range(1, 1000000));
  return [args] {
    write_toy(generate_toy(args->options), args->out);
    log::info("toy", "wrote {} train, {} dev, {} test pairs with alignments to {}", args->options.train,
              args->options.dev, args->options.test, args->out);
    return 0;
  };
}

std::function<int()> setup_bench(CLI::App& app) {
  struct Args {
    ConfigArgs config;
    TrainBenchOptions options;
    std::string json;
  };
  auto args = std::make_shared<Args>();
  args->config.add_to(app, true);
  app.add_option("--warmup", args->options.warmup_steps, "training steps before timing")
      ->capture_default_str()->check(CLI::Range(0, 100000));
  app.add_option("--steps", args->options.steps, "timed training steps")->capture_default_str()->check(CLI::Range(1, 1000000));
  app.add_option("--json", args->json, "also write the figures as JSON here (atomically)");
  app.footer("Training throughput of the config's model on its training data (vocabularies from\n"
             "train.model_dir, trained there if absent), model FLOPs, the torch::mm rate at the model's\n"
             "shapes measured in the same run, and their ratio (MFU). Translation speed: scripts/bench.sh.");
  return [args] {
    const Config config = args->config.load();
    const TrainBenchResult r = benchmark_training(config, args->options);
    std::cout << fmt::format("{:<46} {:>12} {:>8} {:>12}\n", "product", "GFLOP/step", "share", "mm GFLOP/s");
    double total = 0;
    for (const auto& t : r.terms) total += t.flops;
    for (std::size_t i = 0; i < r.terms.size(); ++i) {
      const auto& t = r.terms[i];
      std::cout << fmt::format("{:<46} {:>12.3f} {:>7.1f}% {:>12.1f}\n",
                               fmt::format("{} [{}x{}x{}]{}", t.name, t.m, t.k, t.n, t.batch > 1 ? fmt::format(" x{}", t.batch) : ""),
                               3 * t.flops / r.steps / 1e9, 100 * t.flops / total, r.rates[i] / 1e9);
    }
    std::cout << fmt::format("\nparameters {}  threads {}  timed steps {}  target tokens {}  seconds {:.2f}\n"
                             "training: {:.0f} target tok/s, {:.2f} model GFLOP/s; mm at the model's shapes "
                             "{:.2f} GFLOP/s; MFU {:.1f}%; peak memory {:.0f} MiB\n",
                             r.parameters, r.threads, r.steps, r.target_tokens, r.seconds, r.tokens_per_second,
                             r.model_flops_per_second / 1e9, r.mm_flops_per_second / 1e9, 100 * r.mfu, r.peak_mib);
    const std::string json = fmt::format(
        R"({{"parameters":{},"threads":{},"steps":{},"target_tokens":{},"seconds":{:.4f},"tok_s":{:.1f},)"
        R"("model_gflop_s":{:.4f},"mm_gflop_s":{:.4f},"mfu":{:.4f},"peak_mib":{:.1f}}})",
        r.parameters, r.threads, r.steps, r.target_tokens, r.seconds, r.tokens_per_second, r.model_flops_per_second / 1e9,
        r.mm_flops_per_second / 1e9, r.mfu, r.peak_mib);
    std::cout << json << '\n';
    if (!args->json.empty()) write_file_atomic(args->json, json + "\n");
    return 0;
  };
}

// --scorer and --sacrebleu-command, shared by score and evaluate.
struct ScorerArgs {
  std::optional<std::string> scorer;
  std::optional<std::string> command;

  void add_to(CLI::App& app) {
    app.add_option("--scorer", scorer, "auto (the sacrebleu command if on PATH, else built-in), builtin or sacrebleu")
        ->check(CLI::IsMember({"auto", "builtin", "sacrebleu"}));
    app.add_option("--sacrebleu-command", command, "the sacrebleu executable (default: sacrebleu)");
  }
  // Flags given on the command line override `options` (defaults, or a model's eval section).
  void apply(ScorerOptions& options) const {
    if (scorer) options.scorer = *enum_from_string<ScorerType>(*scorer);
    if (command) options.command = *command;
  }
};

// Reference files must match the hypotheses line for line.
void check_line_counts(const std::string& hyp_name, std::size_t hyps, const std::vector<std::string>& ref_paths,
                       const std::vector<std::vector<std::string>>& refs) {
  for (std::size_t k = 0; k < refs.size(); ++k)
    if (refs[k].size() != hyps)
      throw UserError(fmt::format("{} has {} lines but {} has {}: they must match line for line", ref_paths[k],
                                  refs[k].size(), hyp_name, hyps));
}

// The model and search flags of translate and evaluate.
struct ModelArgs {
  std::vector<std::string> models;
  std::string checkpoint = "best";
  std::optional<int> beam_size, n_best, batch_size, min_len;
  std::optional<double> length_penalty;
  std::string device = "auto";
  int threads = 0;

  void add_to(CLI::App& app, bool with_n_best) {
    app.add_option("--model,-m", models, "model directory; repeat for an ensemble (same target vocabulary)")->required();
    app.add_option("--checkpoint", checkpoint, "best, last, or a checkpoint file (one model only)")->capture_default_str();
    app.add_option("--beam-size,-k", beam_size, "beam width, 1 = greedy (default: the model's decode.beam_size)")
        ->check(CLI::Range(1, 1000));
    if (with_n_best)
      app.add_option("--n-best", n_best, "print the N best as 'i ||| translation ||| score'")->check(CLI::Range(1, 1000));
    app.add_option("--length-penalty", length_penalty, "alpha in ((5+|y|)/6)^alpha, 0 = off")->check(CLI::Range(0.0, 10.0));
    app.add_option("--min-len", min_len, "shortest output in tokens")->check(CLI::Range(0, 10000));
    app.add_option("--batch-size", batch_size, "sentences per batch")->check(CLI::Range(1, 100000));
    app.add_option("--device", device, "auto, cpu or cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}))->capture_default_str();
    app.add_option("--threads", threads, "CPU threads (0 = RNNSEARCH_THREADS, else all cores)")->check(CLI::Range(0, 1024));
  }

  // Loads the models; the first model's decode section gives the defaults the flags override.
  Translator translator() const {
    if (models.size() > 1 && checkpoint != "best" && checkpoint != "last")
      throw UserError("--checkpoint FILE names one model; an ensemble takes best or last of each --model");
    configure_threads(threads);
    const torch::Device dev = resolve_device(*enum_from_string<DeviceType>(device));
    std::vector<LoadedModel> loaded;
    for (const auto& dir : models) loaded.push_back(load_model(resolve_checkpoint(dir, checkpoint), dev));
    TranslateOptions options = translate_options(loaded.front().config.decode);
    if (beam_size) options.search.beam_size = *beam_size;
    if (n_best && *n_best > options.search.beam_size)
      throw UserError(fmt::format("--n-best {} exceeds the beam size {}", *n_best, options.search.beam_size));
    options.search.n_best = n_best ? *n_best : 1;
    if (length_penalty) options.search.length_penalty = *length_penalty;
    if (min_len) options.search.min_len = *min_len;
    if (batch_size) options.batch_size = *batch_size;
    return Translator(std::move(loaded), options);
  }
};

// Translates with progress, then logs the speed and memory summary.
std::vector<std::vector<Hypothesis>> translate_logged(Translator& translator, const std::vector<std::string>& lines,
                                                      bool progress) {
  const auto start = std::chrono::steady_clock::now();
  auto results = translator.translate(lines, progress);
  const double seconds = log::seconds_since(start);
  std::size_t tokens = 0;
  for (const auto& r : results) tokens += r.front().tokens.size() + 1;  // with EOS
  log::info("translate", "{} sentences in {:.2f} s: {:.1f} sentences/s, {:.0f} target tokens/s (beam {}), peak memory {:.0f} MiB",
            lines.size(), seconds, static_cast<double>(lines.size()) / seconds, static_cast<double>(tokens) / seconds,
            translator.options().search.beam_size, log::peak_memory_mib());
  return results;
}

void write_output(const std::string& path, const std::string& text) {
  if (path.empty()) std::cout << text << std::flush;
  else write_file_atomic(path, text);
}

std::function<int()> setup_translate(CLI::App& app) {
  struct Args {
    ModelArgs model;
    std::string input = "-";
    std::string output;
  };
  auto args = std::make_shared<Args>();
  args->model.add_to(app, true);
  app.add_option("--input,-i", args->input, "text to translate, one sentence per line (- = stdin)")->capture_default_str();
  app.add_option("--output,-o", args->output, "where translations go (default stdout); written atomically");
  return [args] {
    Translator translator = args->model.translator();
    const std::vector<std::string> lines = read_lines(args->input);
    const auto results = translate_logged(translator, lines, args->input != "-");
    std::string out;
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (!args->model.n_best) {
        out += translator.detokenize(results[i].front()) + "\n";
        continue;
      }
      for (const auto& h : results[i]) out += fmt::format("{} ||| {} ||| {:.6f}\n", i, translator.detokenize(h), h.score);
    }
    write_output(args->output, out);
    return 0;
  };
}

std::function<int()> setup_evaluate(CLI::App& app) {
  struct Args {
    ModelArgs model;
    std::string src;
    std::vector<std::string> refs;
    std::string output;
    std::string format = "text";
    int width = 1;
    ScorerArgs scorer;
  };
  auto args = std::make_shared<Args>();
  args->model.add_to(app, false);
  app.add_option("--src,-s", args->src, "source text, one sentence per line")->required()->check(CLI::ExistingFile);
  app.add_option("--ref,-r", args->refs, "reference translations (repeat for several)")->required()->check(CLI::ExistingFile);
  app.add_option("--output,-o", args->output, "also write the translations here (atomically)");
  app.add_option("--format,-f", args->format, "text or json, as the sacrebleu command prints them")
      ->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  app.add_option("--width,-w", args->width, "decimals of the scores")->check(CLI::Range(0, 16))->capture_default_str();
  args->scorer.add_to(app);
  app.footer("Metrics, tokenizer and case come from the model's eval section (see `rnnsearch config`).");
  return [args] {
    Translator translator = args->model.translator();
    const std::vector<std::string> lines = read_lines(args->src);
    std::vector<std::vector<std::string>> refs;
    for (const auto& path : args->refs) refs.push_back(scoring::read_segments(path));
    check_line_counts(args->src, lines.size(), args->refs, refs);
    const auto results = translate_logged(translator, lines, true);
    std::vector<std::string> hyps;
    std::string text;
    for (const auto& r : results) {
      hyps.push_back(scoring::rstrip(translator.detokenize(r.front())));
      text += translator.detokenize(r.front()) + "\n";
    }
    if (!args->output.empty()) write_file_atomic(args->output, text);
    ScorerOptions options = scorer_options(translator.config().eval);
    args->scorer.apply(options);
    std::cout << scoring::render_report(score_corpus(hyps, refs, options), args->width, args->format == "json") << std::flush;
    return 0;
  };
}

std::function<int()> setup_average(CLI::App& app) {
  struct Args {
    std::string model;
    int last = 5;
    std::string output;
  };
  auto args = std::make_shared<Args>();
  app.add_option("--model,-m", args->model, "model directory with step-N.ckpt checkpoints")->required()->check(CLI::ExistingDirectory);
  app.add_option("--last,-n", args->last, "average the newest N step checkpoints")->capture_default_str()->check(CLI::Range(1, 1000));
  app.add_option("--output,-o", args->output, "the averaged checkpoint (default MODEL/average.ckpt)");
  return [args] {
    std::vector<std::string> paths;
    for (const auto& [step, path] : step_checkpoints(args->model)) paths.push_back(path);
    if (paths.empty()) throw UserError(fmt::format("{}: no step-N.ckpt checkpoints to average", args->model));
    if (static_cast<int>(paths.size()) > args->last) paths.erase(paths.begin(), paths.end() - args->last);
    const std::string output = args->output.empty() ? args->model + "/average.ckpt" : args->output;
    average_checkpoints(paths, output);
    log::info("average", "averaged {} checkpoints ({} ... {}) into {}", paths.size(), paths.front(), paths.back(), output);
    return 0;
  };
}

std::function<int()> setup_score(CLI::App& app) {
  struct Args {
    std::vector<std::string> refs;
    std::string hyp = "-";
    std::vector<std::string> metrics = {"bleu"};
    bool lowercase = false;
    std::string tokenize = "13a";
    int chrf_word_order = 0;
    int width = 1;
    std::string format = "json";
    bool sentence_level = false;
    ScorerArgs scorer;
  };
  auto args = std::make_shared<Args>();
  app.add_option("--ref,-r", args->refs, "reference file (repeat for several references)")->required()->check(CLI::ExistingFile);
  app.add_option("--hyp,-i", args->hyp, "hypotheses, one per line (- = stdin)")->capture_default_str();
  app.add_option("--metrics,-m", args->metrics, "bleu, chrf or both")->delimiter(',')->check(CLI::IsMember({"bleu", "chrf"}))
      ->capture_default_str();
  app.add_flag("--lowercase,-l", args->lowercase, "case-insensitive scores");
  app.add_option("--tokenize", args->tokenize, "BLEU tokenizer")->check(CLI::IsMember({"13a", "none"}))->capture_default_str();
  app.add_option("--chrf-word-order", args->chrf_word_order, "chrF word n-gram order (2 = chrF++)")->check(CLI::Range(0, 10))
      ->capture_default_str();
  app.add_option("--width,-w", args->width, "decimals of the score")->check(CLI::Range(0, 16))->capture_default_str();
  app.add_option("--format,-f", args->format, "text or json, as the sacrebleu command prints them")
      ->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  app.add_flag("--sentence-level", args->sentence_level, "a score per sentence (built-in scorer)");
  args->scorer.add_to(app);
  app.footer("Scores equal sacreBLEU 2.6.0's; the signature's version field says which implementation scored\n"
             "(2.6.0+rnnsearch: built in).");
  return [args] {
    const std::vector<std::string> hyps = scoring::read_segments(args->hyp);
    std::vector<std::vector<std::string>> refs;
    for (const auto& path : args->refs) refs.push_back(scoring::read_segments(path));
    check_line_counts(args->hyp == "-" ? "<stdin>" : args->hyp, hyps.size(), args->refs, refs);
    ScorerOptions options;
    args->scorer.apply(options);
    options.metrics.clear();
    for (const auto& m : args->metrics) options.metrics.push_back(*enum_from_string<ScoreMetric>(m));
    options.tokenize = *enum_from_string<TokenizeType>(args->tokenize);
    options.lowercase = args->lowercase;
    options.chrf_word_order = args->chrf_word_order;
    if (args->sentence_level) {
      if (options.scorer == ScorerType::sacrebleu && args->scorer.scorer) throw UserError("--sentence-level uses the built-in scorer; drop --scorer sacrebleu");
      scoring::ScoreRequest request;
      request.metrics = options.metrics;
      request.bleu.tokenize = options.tokenize;
      request.bleu.lowercase = request.chrf.lowercase = options.lowercase;
      request.chrf.word_order = options.chrf_word_order;
      request.width = args->width;
      request.sentence_level = true;
      std::cout << scoring::score_report(hyps, refs, request) << std::flush;
      return 0;
    }
    std::cout << scoring::render_report(score_corpus(hyps, refs, options), args->width, args->format == "json") << std::flush;
    return 0;
  };
}

}  // namespace

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"train", "train a model from a YAML config", setup_train},
      {"translate", "translate text with a trained model or an ensemble", setup_translate},
      {"evaluate", "translate a test set and score it with BLEU and chrF", setup_evaluate},
      {"score", "BLEU and chrF of hypotheses against references, as sacreBLEU computes them", setup_score},
      {"vocab", "train SentencePiece vocabularies, or apply one to text", setup_vocab},
      {"average", "average the parameters of the last N checkpoints", setup_average},
      {"config", "print the resolved config with every key documented", setup_config},
      {"bench", "measure training throughput and model FLOP utilisation", setup_bench},
      {"toy-data", "generate the bundled toy task (SVO -> SOV with agreement)", setup_toy_data},
  };
  return table;
}

}  // namespace rnnsearch::cli
