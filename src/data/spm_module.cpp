// The SentencePiece module: the only code that links libsentencepiece (see spm_module.h).
#include "spm_module.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <unordered_map>

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

namespace rnnsearch::spm {
namespace {

class VectorIterator : public sentencepiece::SentenceIterator {
 public:
  explicit VectorIterator(const std::vector<std::string>& sentences) : sentences_(sentences) {}
  bool done() const override { return index_ >= sentences_.size(); }
  void Next() override { ++index_; }
  const std::string& value() const override { return sentences_[index_]; }
  sentencepiece::util::Status status() const override { return {}; }

 private:
  const std::vector<std::string>& sentences_;
  std::size_t index_ = 0;
};

// SentencePiece's trainer logs to stderr; capture it so the caller decides what to show.
class StderrCapture {
 public:
  StderrCapture() {
    std::fflush(stderr);
    file_ = std::tmpfile();
    saved_ = ::dup(STDERR_FILENO);
    if (file_ != nullptr && saved_ >= 0) ::dup2(::fileno(file_), STDERR_FILENO);
  }
  std::string finish() {
    std::fflush(stderr);
    if (saved_ >= 0) {
      ::dup2(saved_, STDERR_FILENO);
      ::close(saved_);
      saved_ = -1;
    }
    std::string text;
    if (file_ != nullptr) {
      std::rewind(file_);
      char chunk[4096];
      for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, file_)) > 0;) text.append(chunk, n);
      std::fclose(file_);
      file_ = nullptr;
    }
    return text;
  }
  ~StderrCapture() { finish(); }

 private:
  std::FILE* file_ = nullptr;
  int saved_ = -1;
};

class ModelImpl : public Model {
 public:
  std::vector<int> encode(std::string_view text) const override {
    std::vector<int> ids;
    processor_.Encode(text, &ids).IgnoreError();
    return ids;
  }
  std::vector<std::string> encode_pieces(std::string_view text) const override {
    std::vector<std::string> pieces;
    processor_.Encode(text, &pieces).IgnoreError();
    return pieces;
  }
  std::string decode(const std::vector<int>& ids) const override {
    std::string text;
    processor_.Decode(ids, &text).IgnoreError();
    return text;
  }
  int size() const override { return processor_.GetPieceSize(); }
  std::string piece(int id) const override { return processor_.IdToPiece(id); }

  sentencepiece::SentencePieceProcessor processor_;
};

class ApiImpl : public Api {
 public:
  std::string train(const std::vector<std::string>& sentences, const TrainRequest& r,
                    std::string& serialized, std::string& log) override {
    const std::unordered_map<std::string, std::string> args = {
        {"model_type", r.model_type},
        {"vocab_size", std::to_string(r.vocab_size)},
        {"character_coverage", std::to_string(r.character_coverage)},
        {"input_sentence_size", std::to_string(r.max_sentences)},
        {"shuffle_input_sentence", "true"},
        // A small corpus may not support the requested size: take what it gives.
        {"hard_vocab_limit", "false"},
        {"num_threads", std::to_string(r.threads)},
        {"pad_id", std::to_string(r.pad_id)},
        {"unk_id", std::to_string(r.unk_id)},
        {"bos_id", std::to_string(r.bos_id)},
        {"eos_id", std::to_string(r.eos_id)},
    };
    sentencepiece::SetRandomGeneratorSeed(r.seed);
    VectorIterator iterator(sentences);
    StderrCapture capture;
    const auto status = sentencepiece::SentencePieceTrainer::Train(args, &iterator, &serialized);
    log = capture.finish();
    return status.ok() ? std::string() : status.ToString();
  }

  std::unique_ptr<Model> load(const std::string& serialized, std::string& error) override {
    auto model = std::make_unique<ModelImpl>();
    const auto status = model->processor_.LoadFromSerializedProto(serialized);
    if (!status.ok()) {
      error = status.ToString();
      return nullptr;
    }
    return model;
  }
};

}  // namespace
}  // namespace rnnsearch::spm

extern "C" __attribute__((visibility("default"))) rnnsearch::spm::Api* rnnsearch_spm_api() {
  static rnnsearch::spm::ApiImpl api;
  return &api;
}
