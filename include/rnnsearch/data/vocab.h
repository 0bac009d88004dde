// Subword vocabularies: SentencePiece models trained, loaded and applied through the dlopened
// module (see src/data/spm_module.h for why), with fixed special ids.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rnnsearch/common/config.h"

namespace rnnsearch {

namespace spm {
class Model;
}

struct SentencePair;

// Special ids, the same in every model the toolkit trains.
constexpr int kPadId = 0;
constexpr int kUnkId = 1;
constexpr int kBosId = 2;
constexpr int kEosId = 3;

class Vocab {
 public:
  // Loads a SentencePiece model file; a missing or corrupt file is a UserError naming it.
  static Vocab load(const std::string& path);
  // A model from its bytes (as stored in a checkpoint); `name` is used in errors and path().
  static Vocab from_bytes(const std::string& bytes, const std::string& name);
  // Trains on `sentences`, writes the model to `path` atomically and returns it.
  static Vocab train(const std::vector<std::string>& sentences, const VocabConfig& config,
                     std::uint64_t seed, int threads, const std::string& path);

  std::vector<int> encode(std::string_view text) const;
  std::vector<std::string> encode_pieces(std::string_view text) const;
  std::string decode(const std::vector<int>& ids) const;  // specials are dropped
  int size() const;
  std::string piece(int id) const;
  const std::string& path() const { return path_; }

 private:
  Vocab(std::shared_ptr<const spm::Model> model, std::string path);
  std::shared_ptr<const spm::Model> model_;
  std::string path_;
};

// The source and target vocabularies of a model; both point to one Vocab when joint.
struct Vocabs {
  std::shared_ptr<const Vocab> src;
  std::shared_ptr<const Vocab> trg;
};

// Model files in a model directory: vocab.joint.spm, or vocab.LANG.spm per side.
std::string vocab_file(const std::string& model_dir, const DataConfig& data, bool source);

// Loads the model directory's vocabularies, training them from `train` first when they are
// missing or `retrain` is set.
Vocabs prepare_vocabs(const Config& config, const std::vector<SentencePair>& train, bool retrain,
                      int threads);
Vocabs load_vocabs(const std::string& model_dir, const DataConfig& data);

}  // namespace rnnsearch
