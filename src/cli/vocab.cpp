// `rnnsearch vocab`: trains the SentencePiece vocabularies of a config, or applies one to text.
#include "commands.h"
#include "options.h"

#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/runtime.h"
#include "rnnsearch/data/corpus.h"
#include "rnnsearch/data/dataset.h"
#include "rnnsearch/data/vocab.h"

namespace rnnsearch::cli {

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

}  // namespace rnnsearch::cli
