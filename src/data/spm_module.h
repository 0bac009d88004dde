// The interface between rnnsearch and its SentencePiece module (librnnsearch_spm.so).
//
// libsentencepiece carries its own protobuf and crashes a process that also loads LibTorch's, so
// only the module links it; rnnsearch dlopens the module with RTLD_LOCAL | RTLD_DEEPBIND. Nothing
// throws across this boundary: failures come back as error strings.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rnnsearch::spm {

struct TrainRequest {
  std::string model_type;  // "unigram" or "bpe"
  int vocab_size = 8000;
  double character_coverage = 1.0;
  long long max_sentences = 0;  // 0 = all
  unsigned seed = 1;
  int threads = 1;
  int pad_id = 0, unk_id = 1, bos_id = 2, eos_id = 3;
};

class Model {
 public:
  virtual ~Model() = default;
  virtual std::vector<int> encode(std::string_view text) const = 0;
  virtual std::vector<std::string> encode_pieces(std::string_view text) const = 0;
  virtual std::string decode(const std::vector<int>& ids) const = 0;
  virtual int size() const = 0;
  virtual std::string piece(int id) const = 0;
};

class Api {
 public:
  virtual ~Api() = default;
  // Trains a model on `sentences`; on success returns "" and sets `serialized` to the model.
  // `log` receives SentencePiece's own messages.
  virtual std::string train(const std::vector<std::string>& sentences, const TrainRequest& request,
                            std::string& serialized, std::string& log) = 0;
  // Loads a serialized model; on failure returns null and sets `error`.
  virtual std::unique_ptr<Model> load(const std::string& serialized, std::string& error) = 0;
};

}  // namespace rnnsearch::spm

// The module's one exported symbol: a process-wide Api instance.
extern "C" rnnsearch::spm::Api* rnnsearch_spm_api();
