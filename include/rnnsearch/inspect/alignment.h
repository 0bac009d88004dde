// Word alignments from attention: subword-to-word aggregation, hard and thresholded links,
// Pharaoh reading and writing, alignment error rate, and unknown-word replacement.
//
// Conventions: a link (i, j) joins source word i and target word j, 0-based inside the program;
// Pharaoh text "i-j" is a sure link and "ipj" a possible one (Och and Ney 2003). Attention
// matrices are [target][source]: row t holds the weights of target token t over the source.
// Subword pieces follow SentencePiece: a piece starting with U+2581 ("▁") starts a word.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rnnsearch {

using Alignment = std::vector<std::pair<int, int>>;  // (source word, target word)
using Matrix = std::vector<std::vector<float>>;      // [rows][columns]

// Word index of each piece: a piece starting with "▁" (or the first piece) opens a word; the
// pieces in `specials` (e.g. "</s>") belong to no word and get -1.
std::vector<int> word_index(const std::vector<std::string>& pieces, const std::vector<std::string>& specials = {"</s>"});
// The words the pieces spell, without the "▁" marks.
std::vector<std::string> words_of(const std::vector<std::string>& pieces, const std::vector<int>& index);

// Word-level weights: cell (J, I) is the sum of the subword cells (t, s) with trg_word[t] == J
// and src_word[s] == I; rows and columns of index -1 are left out.
Matrix aggregate_words(const Matrix& subword, const std::vector<int>& trg_word, const std::vector<int>& src_word);

// For each target word (row), the source word (column) of largest weight; a row of zeros has no
// link. Links come sorted by target, then source word.
Alignment hard_alignment(const Matrix& weights);
// Every cell whose weight is at least `threshold`.
Alignment threshold_alignment(const Matrix& weights, double threshold);

// Pharaoh form: "0-0 1-2 2-1" (one_based adds 1 to both indices); possible links use "p".
std::string format_pharaoh(const Alignment& alignment, bool one_based = false);
// Soft alignment as Marian prints it: one group per target word, the weights over the source
// words separated by commas, groups separated by spaces.
std::string format_soft(const Matrix& weights);

struct GoldAlignment {
  Alignment sure;      // "i-j"
  Alignment possible;  // "ipj" (the sure links count as possible too when scoring)
};

// One line of Pharaoh links. `where` ("FILE:LINE") starts every error message.
GoldAlignment parse_pharaoh(std::string_view line, bool one_based, const std::string& where);
// A Pharaoh file, one line per sentence pair; errors name the file and line (DataError).
std::vector<GoldAlignment> read_pharaoh(const std::string& path, bool one_based);

// Removes gold links that point past the end of either sentence; returns how many went.
std::size_t drop_links_outside(GoldAlignment& gold, std::size_t src_words, std::size_t trg_words);

struct AlignmentScores {
  std::size_t predicted = 0;  // |A|
  std::size_t sure = 0;       // |S|
  std::size_t hit_sure = 0;   // |A ∩ S|
  std::size_t hit_possible = 0;  // |A ∩ P|, P = sure and possible links
  double precision() const;   // |A ∩ P| / |A| (0 for no prediction)
  double recall() const;      // |A ∩ S| / |S| (1 for no sure links)
  double aer() const;         // 1 - (|A ∩ S| + |A ∩ P|) / (|A| + |S|) (0 when both are empty)
};

// Counts over the whole corpus; `predicted` and `gold` must have one entry per sentence pair.
AlignmentScores score_alignments(const std::vector<Alignment>& predicted, const std::vector<GoldAlignment>& gold);

// What `translate --attention` writes for one sentence: tokens at both levels and both matrices.
// Subword lists end with "</s>" (the model attends to the source EOS and emits the target one);
// word-level lists and the word matrix leave EOS out.
struct AttentionRecord {
  std::size_t line = 0;  // 1-based input line
  std::string source, translation;
  std::vector<std::string> src_subwords, trg_subwords, src_words, trg_words;
  Matrix subword;  // [trg_subwords][src_subwords]
  Matrix word;     // [trg_words][src_words], by aggregate_words
  // What the weights are when the model has several per step (attention_weights_note): e.g. "mean
  // over 512 features"; empty for one distribution per step (then not written).
  std::string weights_note;
};
AttentionRecord make_attention_record(std::vector<std::string> src_pieces, std::vector<std::string> trg_pieces,
                                      Matrix subword);
std::string to_json_line(const AttentionRecord& record);  // one line, no newline; weights to 4 decimals
AttentionRecord attention_record_from_json(std::string_view line, const std::string& where);
std::vector<AttentionRecord> read_attention_records(const std::string& path);

// Unknown-word replacement (Luong et al. 2015): each target piece equal to `unk` becomes the
// source word that piece attends to most. Returns the target words, with replacements.
// attention: [target pieces][source pieces], as many rows and columns as the pieces given (or
// more: extra rows and columns, such as EOS, are ignored).
std::vector<std::string> replace_unknown_words(const std::vector<std::string>& trg_pieces,
                                               const std::vector<std::string>& src_pieces, const Matrix& attention,
                                               const std::string& unk = "<unk>");

}  // namespace rnnsearch
