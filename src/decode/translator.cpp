#include "rnnsearch/decode/translator.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <numeric>
#include <mutex>
#include <optional>
#include <thread>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/common/runtime.h"
#include "rnnsearch/train/checkpoint.h"

namespace rnnsearch {

std::string resolve_checkpoint(const std::string& model_dir, const std::string& checkpoint) {
  const bool named = checkpoint == "best" || checkpoint == "last";
  if (named && std::filesystem::is_regular_file(model_dir)) return model_dir;  // an exported model file
  std::string path = named ? checkpoint_path(model_dir, checkpoint) : checkpoint;
  // A model trained without a dev set has no best checkpoint: its last one is all there is.
  const std::string last = checkpoint_path(model_dir, "last");
  if (checkpoint == "best" && !std::filesystem::exists(path) && std::filesystem::is_regular_file(last)) {
    log::info("translate", "{} has no best.ckpt (trained without validation): using last.ckpt", model_dir);
    path = last;
  }
  if (!std::filesystem::is_regular_file(path))
    throw UserError(fmt::format("{}: no such checkpoint (train a model into {} first?)", path, model_dir));
  return path;
}

LoadedModel load_model(const std::string& checkpoint_path, const torch::Device& device) {
  CheckpointReader reader(checkpoint_path);
  const Checkpoint header = reader.state(false);
  LoadedModel loaded;
  loaded.path = checkpoint_path;
  loaded.config = parse_config(header.config_yaml, checkpoint_path + " (its config)");
  const DataConfig& data = loaded.config.data;
  auto vocab = [&](bool source) {
    const std::string name = std::filesystem::path(vocab_file("", data, source)).filename().string();
    const auto it = header.vocab_files.find(name);
    if (it == header.vocab_files.end())
      throw UserError(fmt::format("{}: checkpoint without its vocabulary {}", checkpoint_path, name));
    return std::make_shared<const Vocab>(Vocab::from_bytes(it->second, checkpoint_path + ":" + name));
  };
  loaded.vocabs.src = vocab(true);
  loaded.vocabs.trg = data.vocab.joint ? loaded.vocabs.src : vocab(false);
  loaded.model = NmtModel(loaded.config.model, loaded.vocabs.src->size(), loaded.vocabs.trg->size());
  reader.load_parameters(*loaded.model);
  loaded.model->to(device);
  loaded.model->eval();
  return loaded;
}

TranslateOptions translate_options(const DecodeConfig& decode) {
  TranslateOptions o;
  o.search.beam_size = decode.beam_size;
  o.search.length_penalty = decode.length_penalty;
  o.search.min_len = decode.min_len;
  o.search.n_best = decode.n_best;
  o.search.coverage_penalty = decode.coverage_penalty;
  o.batch_size = decode.batch_size;
  o.max_len_ratio = decode.max_len_ratio;
  o.max_len_offset = decode.max_len_offset;
  o.max_input_len = decode.max_input_len;
  o.hard_argmax = decode.hard_argmax;
  o.int8 = decode.precision == Precision::int8;
  o.workers = decode.workers;
  return o;
}

Translator::Translator(std::vector<LoadedModel> models, TranslateOptions options)
    : models_(std::move(models)), options_(options), device_(torch::kCPU) {
  if (models_.empty()) throw UserError("translate: no model given");
  options_.search.validate();
  if (options_.batch_size < 1) throw UserError(fmt::format("batch size {}: must be at least 1", options_.batch_size));
  device_ = models_.front().model->parameters().front().device();
  const Vocab& trg = *models_.front().vocabs.trg;
  for (const auto& m : models_) {
    bool same = m.vocabs.trg->size() == trg.size();
    for (int id = 0; same && id < trg.size(); ++id) same = m.vocabs.trg->piece(id) == trg.piece(id);
    if (!same)
      throw UserError(fmt::format("{} and {}: an ensemble needs one target vocabulary", models_.front().path, m.path));
  }
  if (options_.int8 && !device_.is_cpu())
    throw UserError(fmt::format("precision int8 runs on the CPU only, not {}: use float32 or bfloat16", device_.str()));
  for (const auto& m : models_) {
    const bool search = options_.fused && !m.model->is_training();
    fused_.push_back(search ? m.model->decoder->fused(FusedStep::kMaxTableBytes, options_.int8) : nullptr);
    source_tables_.push_back(search ? m.model->encoder->input_table(FusedStep::kMaxTableBytes) : torch::Tensor());
    // What FusedStep computes, for the features that need it.
    constexpr const char* kFused =
        "the RNNsearch decoder (model.decoder.type bahdanau, cell gru, attention score additive with softmax over "
        "the whole source, one head, no coverage, soft)";
    if (options_.shortlist && !fused_.back())
      throw UserError(fmt::format("{}: a shortlist (decode.shortlist) needs {}; translate this model without one",
                                  m.path, kFused));
    if (options_.int8 && !fused_.back())
      throw UserError(fmt::format(
          "{}: precision int8 needs {}; this model has no int8 path: use float32 or bfloat16", m.path, kFused));
  }
}

std::string Translator::detokenize(const Hypothesis& h) const {
  return models_.front().vocabs.trg->decode({h.tokens.begin(), h.tokens.end()});
}

std::vector<std::vector<Hypothesis>> Translator::translate(const std::vector<std::string>& lines, bool progress) {
  return translate(lines, options_.search, {}, progress);
}

std::vector<std::vector<Hypothesis>> Translator::translate(const std::vector<std::string>& lines,
                                                           const SearchOptions& search,
                                                           const std::vector<std::string>& prefixes, bool progress) {
  search.validate();
  if (!prefixes.empty() && prefixes.size() != lines.size())
    throw UserError(fmt::format("translate: {} prefixes for {} lines", prefixes.size(), lines.size()));
  torch::NoGradGuard no_grad;
  const std::size_t n = lines.size();
  // Source ids per model (ensemble members may have their own source vocabularies).
  std::vector<std::vector<std::vector<int32_t>>> ids(models_.size(), std::vector<std::vector<int32_t>>(n));
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t m = 0; m < models_.size(); ++m) {
      const auto encoded = models_[m].vocabs.src->encode(lines[i]);
      ids[m][i].assign(encoded.begin(), encoded.end());
      cut_input(ids[m][i], i, "source", m == 0);
    }
    if (!ids[0][i].empty()) order.push_back(i);
  }
  std::vector<std::vector<int32_t>> prefix_ids(prefixes.size());
  for (std::size_t i = 0; i < prefixes.size(); ++i) {
    prefix_ids[i] = encode_target(prefixes[i]);
    cut_input(prefix_ids[i], i, "prefix", true);
  }
  // Longest first: similar lengths share a batch, and the slowest batches show up early in the ETA.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ids[0][a].size() > ids[0][b].size(); });

  std::vector<std::vector<Hypothesis>> results(n, std::vector<Hypothesis>{Hypothesis{}});
  std::vector<Batch> batches;
  const auto batch_size = static_cast<std::size_t>(options_.batch_size);
  for (std::size_t start = 0; start < order.size(); start += batch_size)
    batches.emplace_back(order.begin() + static_cast<std::ptrdiff_t>(start),
                         order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), start + batch_size)));
  std::atomic<int64_t> scored{0};  // shortlist columns, summed over the batches
  // One batch: encoded, searched, its hypotheses stored (each batch writes its own lines only).
  auto run = [&](const Batch& batch) {
    torch::Tensor columns;  // the shortlist's target ids for this batch, prefixes included
    if (options_.shortlist) {
      std::vector<int32_t> extra;
      for (const std::size_t line : batch)
        if (!prefix_ids.empty()) extra.insert(extra.end(), prefix_ids[line].begin(), prefix_ids[line].end());
      columns = options_.shortlist->columns(ids[0], batch, extra);
      scored += columns.size(0);
    }
    std::vector<std::unique_ptr<StepModel>> members;
    std::vector<int> limits;
    for (std::size_t m = 0; m < models_.size(); ++m) {
      const TensorBatch tensors = make_tensor_batch(ids[m], {}, batch, device_);
      if (m == 0) limits = max_output_lengths(source_lengths(tensors), options_.max_len_ratio, options_.max_len_offset);
      members.push_back(
          std::make_unique<NmtStepModel>(models_[m].model, tensors, options_.hard_argmax ? 1 : -1, fused_[m], columns,
                                         source_tables_[m]));
    }
    EnsembleStepModel ensemble(std::move(members));
    StepModel* model = &ensemble;
    std::optional<PrefixStepModel> prefixed;
    if (!prefixes.empty()) {
      std::vector<std::vector<int32_t>> batch_prefixes;
      for (std::size_t k = 0; k < batch.size(); ++k) {
        batch_prefixes.push_back(prefix_ids[batch[k]]);
        // Room for the prefix and a completion as long as the length limit's offset.
        const int wanted = static_cast<int>(batch_prefixes.back().size()) + options_.max_len_offset;
        limits[k] = std::max(limits[k], wanted);
      }
      model = &prefixed.emplace(ensemble, std::move(batch_prefixes));
    }
    if (search.beam_size == 1) {
      const auto hyps = greedy_search(*model, limits, search);
      for (std::size_t k = 0; k < batch.size(); ++k) results[batch[k]] = {hyps[k]};
    } else {
      auto hyps = beam_search(*model, limits, search);
      for (std::size_t k = 0; k < batch.size(); ++k) results[batch[k]] = std::move(hyps[k]);
    }
  };

  log::Progress bar("translate", static_cast<std::int64_t>(n), "sentences");
  std::int64_t done = static_cast<std::int64_t>(n - order.size());
  const std::pair<int, int> split = workers_for(batches.size());
  const int workers = split.first, threads = split.second;
  // Each worker takes the next batch (longest first); the first error stops them all and is
  // rethrown here. One worker is the calling thread itself, on its own threads.
  std::atomic<std::size_t> next{0};
  std::mutex mutex;  // guards done, bar and error
  std::exception_ptr error;
  auto work = [&] {
    for (std::size_t b; (b = next.fetch_add(1)) < batches.size();) {
      try {
        run(batches[b]);
      } catch (...) {
        const std::lock_guard<std::mutex> lock(mutex);
        if (!error) error = std::current_exception();
        next = batches.size();
        return;
      }
      const std::lock_guard<std::mutex> lock(mutex);
      done += static_cast<std::int64_t>(batches[b].size());
      if (progress) bar.update(done);
    }
  };
  if (workers <= 1) {
    work();
  } else {
    std::vector<std::thread> pool;
    for (int w = 0; w < workers; ++w)
      pool.emplace_back([&] {
        set_threads_of_this_thread(threads);
        torch::NoGradGuard no_grad;
        work();
      });
    for (auto& t : pool) t.join();
  }
  if (error) std::rethrow_exception(error);
  if (progress) bar.finish();
  shortlist_columns_ = batches.empty() ? 0.0 : static_cast<double>(scored) / static_cast<double>(batches.size());
  return results;
}

std::pair<int, int> Translator::workers_for(std::size_t batches) const {
  const int threads = at::get_num_threads();
  if (!device_.is_cpu() || batches <= 1) return {1, threads};
  int workers = options_.workers > 0 ? options_.workers : threads;
  workers = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(workers), batches));
  return {workers, std::max(1, threads / workers)};
}

void Translator::cut_input(std::vector<int32_t>& ids, std::size_t line, const char* side, bool warn) const {
  const auto limit = static_cast<std::size_t>(options_.max_input_len);
  if (ids.size() <= limit) return;
  if (warn)
    log::warn("translate", "line {}: {} {} tokens, cut to decode.max_input_len = {}", line + 1, ids.size(), side, limit);
  ids.resize(limit);
}

std::vector<int32_t> Translator::encode_source(const std::string& line) const {
  const auto ids = models_.front().vocabs.src->encode(line);
  std::vector<int32_t> out(ids.begin(), ids.end());
  cut_input(out, 0, "source", false);
  return out;
}

std::vector<int32_t> Translator::encode_target(const std::string& line) const {
  const auto ids = models_.front().vocabs.trg->encode(line);
  return {ids.begin(), ids.end()};
}

std::vector<Translator::Aligned> Translator::force_attention(const std::vector<std::string>& src_lines,
                                                             std::vector<std::vector<int32_t>> trg, bool progress) {
  if (src_lines.size() != trg.size())
    throw UserError(fmt::format("forced decoding: {} source lines but {} targets", src_lines.size(), trg.size()));
  torch::NoGradGuard no_grad;
  LoadedModel& first = models_.front();
  const std::size_t n = src_lines.size();
  std::vector<Aligned> out(n);
  std::vector<std::vector<int32_t>> src(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto ids = first.vocabs.src->encode(src_lines[i]);
    src[i].assign(ids.begin(), ids.end());
    // Surface pieces keep the text of unknown characters (piece(kUnkId) would only say <unk>).
    out[i].src_pieces = first.vocabs.src->encode_pieces(src_lines[i]);
    if (out[i].src_pieces.size() != src[i].size()) {
      out[i].src_pieces.clear();
      for (const int32_t id : src[i]) out[i].src_pieces.push_back(first.vocabs.src->piece(id));
    }
    cut_input(src[i], i, "source", true);
    cut_input(trg[i], i, "target", true);
    out[i].src_pieces.resize(src[i].size());
    out[i].src_pieces.emplace_back("</s>");
    for (const int32_t id : trg[i]) out[i].trg_pieces.push_back(first.vocabs.trg->piece(id));
    out[i].trg_pieces.emplace_back("</s>");
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return src[a].size() > src[b].size(); });
  log::Progress bar("align", static_cast<std::int64_t>(n), "sentences");
  const auto step = static_cast<std::size_t>(options_.batch_size);
  for (std::size_t start = 0; start < n; start += step) {
    const Batch batch(order.begin() + static_cast<std::ptrdiff_t>(start),
                      order.begin() + static_cast<std::ptrdiff_t>(std::min(n, start + step)));
    const TensorBatch tensors = make_tensor_batch(src, trg, batch, device_);
    torch::Tensor attention;
    const torch::Tensor log_probs = first.model->forward(tensors, &attention);  // [B, T, V]
    const torch::Tensor weights = attention.to(torch::kCPU, torch::kFloat).contiguous();  // [B, T, S]
    const torch::Tensor token_lp =
        log_probs.gather(2, tensors.trg_out.unsqueeze(2)).squeeze(2).to(torch::kCPU, torch::kFloat).contiguous();  // [B, T]
    for (std::size_t k = 0; k < batch.size(); ++k) {
      Aligned& a = out[batch[k]];
      const auto rows = static_cast<int64_t>(a.trg_pieces.size());
      const auto cols = static_cast<int64_t>(a.src_pieces.size());
      const torch::Tensor matrix = weights[static_cast<int64_t>(k)];
      const auto w = matrix.accessor<float, 2>();
      a.attention.assign(static_cast<std::size_t>(rows), std::vector<float>(static_cast<std::size_t>(cols)));
      for (int64_t t = 0; t < rows; ++t)
        for (int64_t c = 0; c < cols; ++c) a.attention[static_cast<std::size_t>(t)][static_cast<std::size_t>(c)] = w[t][c];
      const torch::Tensor row_lp = token_lp[static_cast<int64_t>(k)];
      const auto lp = row_lp.accessor<float, 1>();
      for (int64_t t = 0; t < rows; ++t) a.log_probs.push_back(lp[t]);
    }
    if (progress) bar.update(static_cast<std::int64_t>(std::min(n, start + step)));
  }
  if (progress) bar.finish();
  return out;
}

std::vector<AttentionRecord> attention_records(Translator& translator, const std::vector<std::string>& lines,
                                               const std::vector<LineHypothesis>& outputs, bool replace_unk) {
  std::vector<std::string> src;
  std::vector<std::vector<int32_t>> trg;
  for (const auto& [line, h] : outputs) {
    src.push_back(lines[line]);
    trg.push_back(h->tokens);
  }
  auto aligned = translator.force_attention(src, std::move(trg));
  std::vector<AttentionRecord> records;
  for (std::size_t k = 0; k < outputs.size(); ++k) {
    const auto& [line, h] = outputs[k];
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
    record.weights_note = attention_weights_note(translator.config().model);
    records.push_back(std::move(record));
  }
  return records;
}

void average_checkpoints(const std::vector<std::string>& paths, const std::string& output) {
  if (paths.empty()) throw UserError("average: no checkpoints to average");
  torch::NoGradGuard no_grad;
  LoadedModel sum = load_model(paths.front(), torch::kCPU);
  auto total = sum.model->named_parameters();
  for (std::size_t i = 1; i < paths.size(); ++i) {
    const LoadedModel other = load_model(paths[i], torch::kCPU);
    const auto params = other.model->named_parameters();
    for (auto& p : total) p.value().add_(params[p.key()]);
  }
  for (auto& p : total) p.value().div_(static_cast<double>(paths.size()));
  Checkpoint rest = load_checkpoint(paths.back());
  save_checkpoint(output, *sum.model, rest);
}

}  // namespace rnnsearch
