// Flag parsing for each subcommand; the work itself lives in rnnsearch_core.
#include "commands.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "rnnsearch/common/config.h"
#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/common/runtime.h"
#include "rnnsearch/data/corpus.h"
#include "rnnsearch/data/toy.h"
#include "rnnsearch/data/vocab.h"
#include "rnnsearch/decode/translator.h"
#include "rnnsearch/eval/evaluation.h"
#include "rnnsearch/eval/scoring.h"
#include "rnnsearch/inspect/alignment.h"
#include "rnnsearch/inspect/plot.h"
#include "rnnsearch/train/bench.h"
#include "rnnsearch/train/checkpoint.h"
#include "rnnsearch/train/trainer.h"

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
  app.add_option("--profile", args->options.profile,
                 "profile the timed steps with LibTorch's profiler: write the trace here (chrome://tracing) and "
                 "print the operators with the most self time (timings then include the profiler's overhead)");
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
    if (!r.profile.empty()) std::cout << '\n' << format_profile(r.profile, "operator (profiled steps)");
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
  std::optional<std::string> precision;
  int threads = 0;

  void add_to(CLI::App& app, bool with_n_best, bool with_search = true) {
    app.add_option("--model,-m", models, with_search ? "model directory; repeat for an ensemble (same target vocabulary)"
                                                     : "model directory")
        ->required();
    app.add_option("--checkpoint", checkpoint, "best, last, or a checkpoint file (one model only)")->capture_default_str();
    if (with_search) {
      app.add_option("--beam-size,-k", beam_size, "beam width, 1 = greedy (default: the model's decode.beam_size)")
          ->check(CLI::Range(1, 1000));
      if (with_n_best)
        app.add_option("--n-best", n_best, "print the N best as 'i ||| translation ||| score'")->check(CLI::Range(1, 1000));
      app.add_option("--length-penalty", length_penalty, "alpha in ((5+|y|)/6)^alpha, 0 = off")->check(CLI::Range(0.0, 10.0));
      app.add_option("--min-len", min_len, "shortest output in tokens")->check(CLI::Range(0, 10000));
    }
    app.add_option("--batch-size", batch_size, "sentences per batch")->check(CLI::Range(1, 100000));
    app.add_option("--device", device, "auto, cpu or cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}))->capture_default_str();
    app.add_option("--threads", threads, "CPU threads (0 = RNNSEARCH_THREADS, else all cores)")->check(CLI::Range(0, 1024));
    app.add_option("--precision", precision,
                   "auto (bfloat16 on a CPU with native bfloat16, else float32), float32 or bfloat16 (default: the "
                   "model's decode.precision)")
        ->check(CLI::IsMember({"auto", "float32", "bfloat16"}));
  }

  // Loads the models; the first model's decode section gives the defaults the flags override.
  Translator translator() const {
    if (models.size() > 1 && checkpoint != "best" && checkpoint != "last")
      throw UserError("--checkpoint FILE names one model; an ensemble takes best or last of each --model");
    configure_threads(threads);
    const torch::Device dev = resolve_device(*enum_from_string<DeviceType>(device));
    std::vector<LoadedModel> loaded;
    for (const auto& dir : models) loaded.push_back(load_model(resolve_checkpoint(dir, checkpoint), dev));
    const Precision wanted = precision ? *enum_from_string<Precision>(*precision) : loaded.front().config.decode.precision;
    const torch::Dtype dtype = resolve_precision(wanted, dev);
    for (auto& m : loaded) m.model->to(dtype);
    log::info("translate", "{} in {}{}", dev.str(), dtype == torch::kBFloat16 ? "bfloat16" : "float32",
              wanted == Precision::automatic ? " (precision auto)" : "");
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

// How --alignment asks for links: hard (argmax per target word), soft (every weight) or a threshold.
struct AlignmentMode {
  std::string text;  // empty = no alignment
  bool enabled() const { return !text.empty(); }
  std::string render(const AttentionRecord& record) const {
    if (text == "soft") return format_soft(record.word);
    if (text == "hard") return format_pharaoh(hard_alignment(record.word));
    return format_pharaoh(threshold_alignment(record.word, std::stod(text)));
  }
};

CLI::Validator alignment_mode_check() {
  return CLI::Validator(
      [](const std::string& value) -> std::string {
        if (value == "hard" || value == "soft") return {};
        try {
          std::size_t used = 0;
          const double t = std::stod(value, &used);
          if (used == value.size() && t > 0 && t <= 1) return {};
        } catch (const std::exception&) {
        }
        return "expected hard, soft or a threshold in (0, 1]";
      },
      "hard|soft|THRESHOLD");
}

// Attention records of the given hypotheses (forced decoding of each), with <unk> replaced by the
// most-attended source word when asked.
std::vector<AttentionRecord> attention_records(Translator& translator, const std::vector<std::string>& lines,
                                               const std::vector<std::pair<std::size_t, const Hypothesis*>>& hyps,
                                               bool replace_unk) {
  std::vector<std::string> src;
  std::vector<std::vector<int32_t>> trg;
  for (const auto& [line, h] : hyps) {
    src.push_back(lines[line]);
    trg.push_back(h->tokens);
  }
  auto aligned = translator.force_attention(src, std::move(trg));
  std::vector<AttentionRecord> records;
  for (std::size_t k = 0; k < hyps.size(); ++k) {
    const auto& [line, h] = hyps[k];
    Translator::Aligned& a = aligned[k];
    std::string text = translator.detokenize(*h);
    if (replace_unk && std::find(h->tokens.begin(), h->tokens.end(), kUnkId) != h->tokens.end()) {
      const std::vector<std::string> src_pieces(a.src_pieces.begin(), a.src_pieces.end() - 1);  // without </s>
      const std::vector<std::string> trg_pieces(a.trg_pieces.begin(), a.trg_pieces.end() - 1);
      text = fmt::format("{}", fmt::join(replace_unknown_words(trg_pieces, src_pieces, a.attention), " "));
    }
    AttentionRecord record = make_attention_record(std::move(a.src_pieces), std::move(a.trg_pieces), std::move(a.attention));
    record.line = line + 1;
    record.source = lines[line];
    record.translation = std::move(text);
    records.push_back(std::move(record));
  }
  return records;
}

std::function<int()> setup_translate(CLI::App& app) {
  struct Args {
    ModelArgs model;
    std::string input = "-";
    std::string output;
    std::string attention;
    AlignmentMode alignment;
    bool replace_unk = false;
    std::string profile;
  };
  auto args = std::make_shared<Args>();
  args->model.add_to(app, true);
  app.add_option("--input,-i", args->input, "text to translate, one sentence per line (- = stdin)")->capture_default_str();
  app.add_option("--output,-o", args->output, "where translations go (default stdout); written atomically");
  app.add_option("--attention", args->attention,
                 "write the attention of each translation here as JSON lines: tokens and weights, subword and word level "
                 "(`rnnsearch plot` draws them)");
  app.add_option("--alignment", args->alignment.text,
                 "append ' ||| ' and the word alignment to each translation: hard (Pharaoh i-j, the most-attended "
                 "source word of each target word), soft (weights, Marian's form) or a threshold such as 0.3 (links of "
                 "at least that weight)")
      ->check(alignment_mode_check());
  app.add_flag("--replace-unk", args->replace_unk,
               "replace each generated <unk> with the source word it attends to most (Luong et al. 2015)");
  app.add_option("--profile", args->profile,
                 "profile the translation with LibTorch's profiler: write the trace here (chrome://tracing) and print "
                 "the operators with the most self time (the speed then includes the profiler's overhead)");
  app.footer("Attention, alignments and <unk> replacement come from forced decoding of each output with the first "
             "model (ensembles: that model's attention).");
  return [args] {
    Translator translator = args->model.translator();
    const std::vector<std::string> lines = read_lines(args->input);
    Profiler profiler(args->profile);
    const auto results = translate_logged(translator, lines, args->input != "-");
    const auto profile = profiler.finish();
    if (!profile.empty()) std::cerr << format_profile(profile, "operator (profiled translation)");
    std::vector<std::pair<std::size_t, const Hypothesis*>> hyps;  // (line, hypothesis) in output order
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (args->model.n_best) {
        for (const auto& h : results[i]) hyps.emplace_back(i, &h);
      } else {
        hyps.emplace_back(i, &results[i].front());
      }
    }
    std::vector<AttentionRecord> records;
    if (!args->attention.empty() || args->alignment.enabled() || args->replace_unk)
      records = attention_records(translator, lines, hyps, args->replace_unk);
    std::string out, json;
    for (std::size_t k = 0; k < hyps.size(); ++k) {
      const auto& [line, h] = hyps[k];
      std::string text = records.empty() ? translator.detokenize(*h) : records[k].translation;
      if (args->alignment.enabled()) text += " ||| " + args->alignment.render(records[k]);
      out += args->model.n_best ? fmt::format("{} ||| {} ||| {:.6f}\n", line, text, h->score) : text + "\n";
      if (!args->attention.empty()) json += to_json_line(records[k]) + "\n";
    }
    if (!args->attention.empty()) write_file_atomic(args->attention, json);
    write_output(args->output, out);
    return 0;
  };
}

// Word counts of a plain line: the units Pharaoh indices count.
std::size_t whitespace_words(const std::string& line) { return scoring::split(line).size(); }

std::function<int()> setup_align(CLI::App& app) {
  struct Args {
    ModelArgs model;
    std::string src, trg, gold, output, attention;
    bool one_based = false;
    double threshold = 0;
  };
  auto args = std::make_shared<Args>();
  args->model.add_to(app, false, false);
  app.add_option("--src,-s", args->src, "source sentences, one per line")->required()->check(CLI::ExistingFile);
  app.add_option("--trg,-t", args->trg, "their translations, line for line (forced decoding)")->required()->check(CLI::ExistingFile);
  app.add_option("--gold,-g", args->gold, "gold word alignments (Pharaoh: i-j sure, ipj possible): report AER, precision, recall")
      ->check(CLI::ExistingFile);
  app.add_flag("--one-based", args->one_based, "alignment indices (gold and output) count words from 1");
  app.add_option("--threshold", args->threshold,
                 "link every word pair whose attention is at least this (0 = one link per target word: the "
                 "most-attended source word)")
      ->check(CLI::Range(0.0, 1.0))->capture_default_str();
  app.add_option("--output,-o", args->output, "where alignments go (default stdout), one Pharaoh line per pair");
  app.add_option("--attention", args->attention, "also write the attention as JSON lines, as translate --attention does");
  app.footer("Words are the space-separated tokens of each line; attention over subwords is summed per word.\n"
             "With --gold, the scores go to stderr for the argmax links and, with --threshold, the thresholded ones.");
  return [args] {
    Translator translator = args->model.translator();
    const std::vector<std::string> src = read_lines(args->src);
    const std::vector<std::string> trg = read_lines(args->trg);
    check_line_counts(args->src, src.size(), {args->trg}, {trg});
    std::vector<GoldAlignment> gold;
    if (!args->gold.empty()) {
      gold = read_pharaoh(args->gold, args->one_based);
      check_line_counts(args->src, src.size(), {args->gold}, {std::vector<std::string>(gold.size())});
    }
    std::vector<std::vector<int32_t>> trg_ids;
    for (const auto& line : trg) trg_ids.push_back(translator.encode_target(line));
    auto aligned = translator.force_attention(src, std::move(trg_ids), true);
    std::vector<Alignment> argmax, thresholded;
    std::string out, json;
    for (std::size_t k = 0; k < src.size(); ++k) {
      AttentionRecord record = make_attention_record(std::move(aligned[k].src_pieces), std::move(aligned[k].trg_pieces),
                                                     std::move(aligned[k].attention));
      record.line = k + 1;
      record.source = src[k];
      record.translation = trg[k];
      // Subword pieces regroup into the line's space-separated words unless normalisation merged some.
      if (record.src_words.size() != whitespace_words(src[k]) || record.trg_words.size() != whitespace_words(trg[k]))
        log::warn("align", "line {}: the vocabulary's words ({} source, {} target) differ from the space-separated ones "
                  "({}, {}); indices may be off", k + 1, record.src_words.size(), record.trg_words.size(),
                  whitespace_words(src[k]), whitespace_words(trg[k]));
      argmax.push_back(hard_alignment(record.word));
      if (args->threshold > 0) thresholded.push_back(threshold_alignment(record.word, args->threshold));
      out += format_pharaoh(args->threshold > 0 ? thresholded.back() : argmax.back(), args->one_based) + "\n";
      if (!args->attention.empty()) json += to_json_line(record) + "\n";
      if (!gold.empty()) {
        const std::size_t n = drop_links_outside(gold[k], record.src_words.size(), record.trg_words.size());
        if (n > 0) log::warn("align", "{}:{}: {} gold link(s) past the end of the sentence, left out", args->gold, k + 1, n);
      }
    }
    if (!args->attention.empty()) write_file_atomic(args->attention, json);
    write_output(args->output, out);
    if (gold.empty()) return 0;
    auto report = [&](const std::string& name, const std::vector<Alignment>& links) {
      const AlignmentScores s = score_alignments(links, gold);
      log::info("align", "{}: AER {:.4f} precision {:.4f} recall {:.4f} (|A| {}, |S| {}, |A&S| {}, |A&P| {})", name, s.aer(),
                s.precision(), s.recall(), s.predicted, s.sure, s.hit_sure, s.hit_possible);
    };
    report("argmax", argmax);
    if (args->threshold > 0) report(fmt::format("threshold {}", args->threshold), thresholded);
    return 0;
  };
}

std::function<int()> setup_plot(CLI::App& app) {
  struct Args {
    std::string attention, ref, model, out = "plots";
    std::string level = "subword";
    std::size_t limit = 100;
  };
  auto args = std::make_shared<Args>();
  app.add_option("--attention,-a", args->attention, "JSON lines of translate --attention or align --attention: one heatmap per line")
      ->check(CLI::ExistingFile);
  app.add_option("--ref,-r", args->ref, "references, line for line with the translated input: sentence BLEU in each title")
      ->check(CLI::ExistingFile);
  app.add_option("--level", args->level, "subword or word")->check(CLI::IsMember({"subword", "word"}))->capture_default_str();
  app.add_option("--limit", args->limit, "draw at most this many heatmaps (0 = all)")->capture_default_str();
  app.add_option("--model,-m", args->model, "model directory: draw its training curve from metrics.jsonl")->check(CLI::ExistingDirectory);
  app.add_option("--out,-o", args->out, "directory for the SVG files")->capture_default_str();
  app.footer("Writes OUT/attention-LINE.svg per record (OUT/attention-LINE-K.svg for n-best) and OUT/training.svg.");
  return [args] {
    if (args->attention.empty() && args->model.empty()) throw UserError("plot: give --attention FILE, --model DIR or both");
    std::filesystem::create_directories(args->out);
    if (!args->attention.empty()) {
      const std::vector<AttentionRecord> records = read_attention_records(args->attention);
      std::vector<std::string> refs;
      if (!args->ref.empty()) refs = read_lines(args->ref);
      scoring::BleuOptions bleu;
      bleu.effective_order = true;
      std::map<std::size_t, int> seen;  // n-best lists repeat a line
      std::size_t drawn = 0;
      for (const auto& record : records) {
        if (args->limit > 0 && drawn == args->limit) break;
        HeatmapOptions options;
        options.word_level = args->level == "word";
        if (!refs.empty()) {
          if (record.line == 0 || record.line > refs.size())
            throw UserError(fmt::format("{}: line {} of the attention file has no reference ({} lines)", args->ref,
                                        record.line, refs.size()));
          options.sentence_bleu =
              scoring::bleu_from_statistics(scoring::bleu_statistics(record.translation, {refs[record.line - 1]}, bleu), bleu).score;
        }
        const int k = seen[record.line]++;
        const std::string name = k == 0 ? fmt::format("attention-{}.svg", record.line) : fmt::format("attention-{}-{}.svg", record.line, k + 1);
        write_file_atomic((std::filesystem::path(args->out) / name).string(), attention_heatmap_svg(record, options));
        ++drawn;
      }
      log::info("plot", "{} heatmap(s) in {}", drawn, args->out);
    }
    if (!args->model.empty()) {
      const std::string metrics = (std::filesystem::path(args->model) / "metrics.jsonl").string();
      if (!file_exists(metrics)) throw UserError(fmt::format("{}: no such file (is {} a model directory?)", metrics, args->model));
      const std::string path = (std::filesystem::path(args->out) / "training.svg").string();
      write_file_atomic(path, training_curve_svg(read_metrics(metrics), "training curve: " + args->model));
      log::info("plot", "training curve in {}", path);
    }
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
      {"align", "word alignments from attention by forced decoding; AER against gold links", setup_align},
      {"plot", "SVG heatmaps of attention and a model's training curve", setup_plot},
      {"average", "average the parameters of the last N checkpoints", setup_average},
      {"config", "print the resolved config with every key documented", setup_config},
      {"bench", "measure training throughput and model FLOP utilisation", setup_bench},
      {"toy-data", "generate the bundled toy task (SVO -> SOV with agreement)", setup_toy_data},
  };
  return table;
}

}  // namespace rnnsearch::cli
