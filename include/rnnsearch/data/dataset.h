// The training data of a run: vocabularies plus the encoded training and validation corpora.
#pragma once

#include "rnnsearch/common/config.h"
#include "rnnsearch/data/batching.h"
#include "rnnsearch/data/corpus.h"
#include "rnnsearch/data/vocab.h"
#include "rnnsearch/inspect/alignment.h"

namespace rnnsearch {

struct Dataset {
  Vocabs vocabs;
  EncodedCorpus train;
  EncodedCorpus dev;  // empty when data.dev is not set
  std::vector<std::string> dev_source;     // raw text of the dev pairs, for BLEU and chrF
  std::vector<std::string> dev_reference;
  // Guided alignment: per training pair, links (source piece, target piece) from data.alignment's
  // word links; empty when data.alignment is not set.
  std::vector<Alignment> train_links;
};

// Reads data.train (and data.dev), trains or reuses the vocabularies in train.model_dir, and
// encodes both corpora, logging what was read and skipped.
Dataset load_dataset(const Config& config, bool retrain_vocab, int threads);

// Token lengths as the model sees them: ids plus BOS/EOS.
std::vector<int> sequence_lengths(const std::vector<std::vector<std::int32_t>>& sequences);

// Batching options of the training set from the config.
BatchingOptions training_batching(const Config& config);

}  // namespace rnnsearch
