// The training data of a run: vocabularies plus the encoded training and validation corpora.
#pragma once

#include <memory>

#include "rnnsearch/common/config.h"
#include "rnnsearch/data/batching.h"
#include "rnnsearch/data/binarized.h"
#include "rnnsearch/data/corpus.h"
#include "rnnsearch/data/vocab.h"
#include "rnnsearch/inspect/alignment.h"

namespace rnnsearch {

struct Dataset {
  Vocabs vocabs;
  EncodedCorpus train;  // from text files; empty when the run reads a binarized corpus
  std::shared_ptr<const BinarizedCorpus> binarized;  // the prepared corpus, when the run reads one
  EncodedCorpus dev;  // empty when data.dev is not set
  std::vector<std::string> dev_source;     // raw text of the dev pairs, for BLEU and chrF
  std::vector<std::string> dev_reference;
  // Guided alignment: per training pair, links (source piece, target piece) from data.alignment's
  // word links; empty when data.alignment is not set.
  std::vector<Alignment> train_links;

  // The training pairs, wherever they are.
  const PairView& training_pairs() const { return binarized ? static_cast<const PairView&>(*binarized) : train; }
};

// Where `rnnsearch prepare` writes a config's binarized training corpus by default, and where
// training looks for one: MODEL_DIR/train.bin.
std::string default_binarized_path(const Config& config);

// Reads data.train (and data.dev), trains or reuses the vocabularies in train.model_dir, and
// encodes both corpora, logging what was read and skipped. The training pairs come from a
// binarized corpus instead when data.train names one, or when MODEL_DIR/train.bin was prepared
// from data.train's files as they are now (same paths, sizes and times) with the same max_len.
Dataset load_dataset(const Config& config, bool retrain_vocab, int threads);

// Token lengths as the model sees them: ids plus BOS/EOS.
std::vector<int> sequence_lengths(const std::vector<std::vector<std::int32_t>>& sequences);
std::vector<int> sequence_lengths(const PairView& pairs, bool source);

struct PrepareResult {
  std::string path;
  CorpusStats stats;
  uint64_t tokens = 0;
  double seconds = 0;
};
// `rnnsearch prepare`: trains or reuses the vocabularies (as training does; when they must be
// trained, on a seeded sample of at most data.vocab.max_sentences pairs), then encodes data.train
// on `threads` threads, streaming, into a binarized corpus at `output` (default_binarized_path
// when empty).
PrepareResult prepare_corpus(const Config& config, const std::string& output, bool retrain_vocab, int threads);

// Batching options of the training set from the config.
BatchingOptions training_batching(const Config& config);

}  // namespace rnnsearch
