#include "rnnsearch/data/vocab.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <stdexcept>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/data/corpus.h"
#include "spm_module.h"

namespace rnnsearch {
namespace {

constexpr const char* kModuleName = "librnnsearch_spm.so";

std::vector<std::string> module_candidates() {
  std::vector<std::string> paths;
  if (const char* env = std::getenv("RNNSEARCH_SPM_MODULE")) paths.emplace_back(env);
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    paths.push_back((exe.parent_path() / kModuleName).string());
    paths.push_back((exe.parent_path() / "../lib" / kModuleName).string());
  }
  paths.emplace_back(RNNSEARCH_SPM_MODULE_BUILD_PATH);
  return paths;
}

spm::Api& module_api() {
  static std::once_flag once;
  static spm::Api* api = nullptr;
  static std::string failure;
  std::call_once(once, [] {
    std::string tried;
    for (const auto& path : module_candidates()) {
      if (!file_exists(path)) {
        tried += "\n  " + path + ": not found";
        continue;
      }
      // RTLD_DEEPBIND: the module's protobuf symbols must bind to its own libsentencepiece.
      void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
      if (handle == nullptr) {
        tried += "\n  " + path + ": " + ::dlerror();
        continue;
      }
      auto* entry = reinterpret_cast<spm::Api* (*)()>(::dlsym(handle, "rnnsearch_spm_api"));
      if (entry == nullptr) {
        tried += "\n  " + path + ": no rnnsearch_spm_api symbol";
        continue;
      }
      api = entry();
      return;
    }
    failure = "cannot load the SentencePiece module (set RNNSEARCH_SPM_MODULE to its path); tried:" + tried;
  });
  if (api == nullptr) throw std::runtime_error(failure);
  return *api;
}

}  // namespace

Vocab::Vocab(std::shared_ptr<const spm::Model> model, std::string path)
    : model_(std::move(model)), path_(std::move(path)) {}

Vocab Vocab::load(const std::string& path) { return from_bytes(read_file(path), path); }

Vocab Vocab::from_bytes(const std::string& bytes, const std::string& path) {
  std::string error;
  std::unique_ptr<spm::Model> model = module_api().load(bytes, error);
  if (!model) throw UserError(fmt::format("{}: not a valid SentencePiece model: {}", path, error));
  if (model->size() <= kEosId || model->piece(kPadId) != "<pad>" || model->piece(kEosId) != "</s>")
    throw UserError(fmt::format("{}: SentencePiece model without rnnsearch's special ids "
                                "(pad 0, unk 1, bos 2, eos 3)", path));
  return Vocab(std::move(model), path);
}

Vocab Vocab::train(const std::vector<std::string>& sentences, const VocabConfig& config,
                   std::uint64_t seed, int threads, const std::string& path) {
  spm::TrainRequest request;
  request.model_type = std::string(to_string(config.type));
  request.vocab_size = config.size;
  request.character_coverage = config.character_coverage;
  request.max_sentences = config.max_sentences;
  request.seed = static_cast<unsigned>(seed);
  request.threads = threads;
  request.pad_id = kPadId;
  request.unk_id = kUnkId;
  request.bos_id = kBosId;
  request.eos_id = kEosId;
  std::string serialized, spm_log;
  const std::string error = module_api().train(sentences, request, serialized, spm_log);
  if (!error.empty())
    throw UserError(fmt::format("{}: SentencePiece training failed: {}\n{}", path, error, spm_log));
  write_file_atomic(path, serialized);
  return load(path);
}

std::vector<int> Vocab::encode(std::string_view text) const { return model_->encode(text); }
std::vector<std::string> Vocab::encode_pieces(std::string_view text) const {
  return model_->encode_pieces(text);
}
std::string Vocab::decode(const std::vector<int>& ids) const { return model_->decode(ids); }
int Vocab::size() const { return model_->size(); }
std::string Vocab::piece(int id) const { return model_->piece(id); }

std::string vocab_file(const std::string& model_dir, const DataConfig& data, bool source) {
  const std::string name = data.vocab.joint ? "joint" : (source ? data.src_lang : data.trg_lang);
  return (std::filesystem::path(model_dir) / fmt::format("vocab.{}.spm", name)).string();
}

Vocabs load_vocabs(const std::string& model_dir, const DataConfig& data) {
  auto src = std::make_shared<const Vocab>(Vocab::load(vocab_file(model_dir, data, true)));
  if (data.vocab.joint) return {src, src};
  return {src, std::make_shared<const Vocab>(Vocab::load(vocab_file(model_dir, data, false)))};
}

Vocabs prepare_vocabs(const Config& config, const std::vector<SentencePair>& train, bool retrain,
                      int threads) {
  const std::string& dir = config.train.model_dir;
  const DataConfig& data = config.data;
  const bool have = file_exists(vocab_file(dir, data, true)) &&
                    (data.vocab.joint || file_exists(vocab_file(dir, data, false)));
  if (have && !retrain) {
    Vocabs vocabs = load_vocabs(dir, data);
    log::info("vocab", "reusing {} ({} pieces)", vocabs.src->path(), vocabs.src->size());
    if (!data.vocab.joint) log::info("vocab", "reusing {} ({} pieces)", vocabs.trg->path(), vocabs.trg->size());
    return vocabs;
  }
  std::filesystem::create_directories(dir);
  auto train_side = [&](bool source, bool both) {
    std::vector<std::string> sentences;
    sentences.reserve(train.size() * (both ? 2 : 1));
    for (const auto& pair : train) {
      if (source || both) sentences.push_back(pair.src);
      if (!source || both) sentences.push_back(pair.trg);
    }
    const std::string path = vocab_file(dir, data, source);
    log::info("vocab", "training {} {} model of size {} on {} sentences", to_string(data.vocab.type),
              both ? "joint" : (source ? data.src_lang : data.trg_lang), data.vocab.size, sentences.size());
    auto vocab = std::make_shared<const Vocab>(
        Vocab::train(sentences, data.vocab, config.train.seed, threads, path));
    log::info("vocab", "wrote {} ({} pieces)", path, vocab->size());
    return vocab;
  };
  if (data.vocab.joint) {
    auto joint = train_side(true, true);
    return {joint, joint};
  }
  return {train_side(true, false), train_side(false, false)};
}

}  // namespace rnnsearch
