// Using trained models: loading checkpoints, translating text (one model or an ensemble), and
// averaging checkpoints.
#pragma once

#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

#include "rnnsearch/common/config.h"
#include "rnnsearch/data/vocab.h"
#include "rnnsearch/decode/search.h"
#include "rnnsearch/decode/shortlist.h"
#include "rnnsearch/inspect/alignment.h"
#include "rnnsearch/model/model.h"

namespace rnnsearch {

struct LoadedModel {
  Config config;
  Vocabs vocabs;  // from the checkpoint itself
  NmtModel model{nullptr};
  std::string path;
};

// "best" or "last" name a checkpoint in model_dir (best falls back to last for a model trained
// without a dev set); anything else is a checkpoint file. A model_dir that is a file (from
// `rnnsearch export`) is the checkpoint itself.
std::string resolve_checkpoint(const std::string& model_dir, const std::string& checkpoint);

// Builds the model described by the checkpoint's config and loads its parameters (eval mode).
LoadedModel load_model(const std::string& checkpoint_path, const torch::Device& device);

struct TranslateOptions {
  SearchOptions search;
  int batch_size = 50;  // sentences per batch
  double max_len_ratio = 1.5;
  int max_len_offset = 10;
  int max_input_len = 250;  // longer sources are cut (memory and time stay bounded)
  bool hard_argmax = false;  // hard attention models: the most-attended position alone, not the marginal
  bool fused = true;  // FusedStep's steps for the decoders it computes (false: the general step)
  bool int8 = false;  // FusedStep's products in int8 (decode.precision int8); models without FusedStep are refused
  // Batches translated at once on the CPU (decode.workers): each worker thread takes the next
  // batch and runs it on at::get_num_threads() / workers threads of its own. 0 = one worker per
  // thread; never more workers than batches; one on CUDA.
  int workers = 0;
  // Vocabulary selection (decode.shortlist): each batch's output layer scores the shortlist's
  // columns for its sentences only. Needs FusedStep (the RNNsearch decoder); null = off.
  std::shared_ptr<const Shortlist> shortlist;
};
TranslateOptions translate_options(const DecodeConfig& decode);

class Translator {
 public:
  // Several models form an ensemble; they must share the target vocabulary.
  Translator(std::vector<LoadedModel> models, TranslateOptions options);

  // Up to n_best hypotheses per line, best first. An empty (or all-space) line gets one empty
  // hypothesis with score 0. Lines are translated in length-sorted batches (by several workers at
  // once, TranslateOptions::workers); results come back in input order. With `progress`, logs
  // sentences/s on stderr.
  std::vector<std::vector<Hypothesis>> translate(const std::vector<std::string>& lines, bool progress = false);
  // The same with other search settings, and optionally a prefix per line (target text, "" =
  // none) that each translation must start with; the length limit grows to fit it.
  std::vector<std::vector<Hypothesis>> translate(const std::vector<std::string>& lines, const SearchOptions& search,
                                                 const std::vector<std::string>& prefixes, bool progress = false);
  std::string detokenize(const Hypothesis& hypothesis) const;

  // Forced decoding: the first model reads src_lines[k] and is made to produce trg[k] (target
  // ids without EOS); returns the pieces of both sides, "</s>" last, and the attention between
  // them [target pieces][source pieces], and the log-probability of each target piece. Batched
  // like translate(); an ensemble's other members are not consulted (their source vocabularies
  // may differ).
  struct Aligned {
    std::vector<std::string> src_pieces, trg_pieces;
    Matrix attention;
    std::vector<float> log_probs;  // [target pieces]
  };
  // Both sides are cut to decode.max_input_len, with a warning.
  std::vector<Aligned> force_attention(const std::vector<std::string>& src_lines, std::vector<std::vector<int32_t>> trg,
                                       bool progress = false);
  std::vector<int32_t> encode_target(const std::string& line) const;
  // The first model's source ids of a line, cut to decode.max_input_len (as forced decoding cuts).
  std::vector<int32_t> encode_source(const std::string& line) const;
  NmtModelImpl& first_model() { return *models_.front().model; }
  const TranslateOptions& options() const { return options_; }
  const Config& config() const { return models_.front().config; }  // the first model's
  // With a shortlist: the target pieces scored per batch in the last translate(), on average.
  double shortlist_columns() const { return shortlist_columns_; }

 private:
  // The workers for `batches` batches (TranslateOptions::workers resolved) and each one's threads.
  std::pair<int, int> workers_for(std::size_t batches) const;
  // Cuts ids (of `side`, "source" or "target") to options_.max_input_len.
  void cut_input(std::vector<int32_t>& ids, std::size_t line, const char* side, bool warn) const;

  std::vector<LoadedModel> models_;
  // Each model's FusedStep, made once (null: the general step): options_.fused, the model in
  // evaluation mode and a decoder FusedStep computes.
  std::vector<std::shared_ptr<const FusedStep>> fused_;
  std::vector<torch::Tensor> source_tables_;  // each encoder's input_table() with options_.fused, else undefined
  TranslateOptions options_;
  torch::Device device_;
  double shortlist_columns_ = 0;
};

// One output of translate(): the input line (0-based) and one of its hypotheses.
struct LineHypothesis {
  std::size_t line = 0;
  const Hypothesis* hypothesis = nullptr;
};
// The attention records of the given outputs (forced decoding of each with the first model),
// with <unk> replaced by the most-attended source word when asked.
std::vector<AttentionRecord> attention_records(Translator& translator, const std::vector<std::string>& lines,
                                               const std::vector<LineHypothesis>& outputs, bool replace_unk);

// Averages the parameters of several checkpoints of one model into `output` (atomically); the
// rest (config, vocabularies, trainer state) comes from the last one.
void average_checkpoints(const std::vector<std::string>& paths, const std::string& output);

}  // namespace rnnsearch
