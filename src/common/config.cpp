#include "rnnsearch/common/config.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>
#include <type_traits>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/utf8.h"

namespace rnnsearch {
namespace {

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// Reads one section node into a struct, recording where each key came from.
class Reader {
 public:
  Reader(const YAML::Node& node, std::string prefix, const std::string& origin,
         const std::set<std::string>& overridden, KeySources& sources)
      : node_(node), prefix_(std::move(prefix)), origin_(origin), overridden_(overridden),
        sources_(sources) {}

  template <class T>
  void field(const char* key, T& value, const char* /*doc*/, Range range = {}) {
    known_.push_back(key);
    const YAML::Node child = node_[key];
    if (!child.IsDefined()) return;
    const std::string dotted = prefix_ + key;
    record(dotted, child);
    read_value(child, dotted, value, range);
  }

  template <class S>
  void section(const char* key, S& value, const char* /*doc*/) {
    known_.push_back(key);
    const YAML::Node child = node_[key];
    if (!child.IsDefined() || child.IsNull()) return;
    const std::string dotted = prefix_ + key;
    record(dotted, child);
    if (!child.IsMap()) fail(dotted, "expected a mapping of keys");
    read_struct(child, dotted + ".", value, origin_, overridden_, sources_);
  }

  // Every key present in the node must be one the struct declared.
  void reject_unknown_keys() const {
    for (const auto& item : node_) {
      if (!item.first.IsScalar()) {  // YAML allows "? [a, b]: 1"; as<std::string>() would throw (found by fuzzing)
        const std::string dotted = prefix_ + "?";
        sources_[dotted] = source_of(dotted, item.first);
        fail(dotted, "a key must be a plain name, not a list or a mapping");
      }
      const std::string key = item.first.as<std::string>();
      if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
      const std::string dotted = prefix_ + key;
      std::string hint;
      for (const auto& candidate : known_)
        if (edit_distance(key, candidate) <= 2) hint = fmt::format(" (did you mean \"{}\"?)", candidate);
      std::vector<std::string> expected(known_.begin(), known_.end());
      sources_[dotted] = source_of(dotted, item.first);
      fail(dotted, fmt::format("unknown key{}; expected one of {}", hint, join(expected)));
    }
  }

  template <class S>
  static void read_struct(const YAML::Node& node, const std::string& prefix, S& value,
                          const std::string& origin, const std::set<std::string>& overridden,
                          KeySources& sources) {
    Reader reader(node, prefix, origin, overridden, sources);
    S::fields(value, reader);
    reader.reject_unknown_keys();
  }

 private:
  KeySource source_of(const std::string& dotted, const YAML::Node& node) const {
    // A key an override set, or a section an override created on its way to a key.
    for (const auto& key : overridden_)
      if (key == dotted || key.compare(0, dotted.size() + 1, dotted + ".") == 0)
        return {"--set " + key, 0};
    const YAML::Mark mark = node.Mark();
    return {origin_, mark.is_null() ? 0 : mark.line + 1};
  }

  void record(const std::string& dotted, const YAML::Node& node) {
    sources_[dotted] = source_of(dotted, node);
  }

  [[noreturn]] void fail(const std::string& dotted, const std::string& message) const {
    const KeySource& src = sources_.at(dotted);
    throw ConfigError(src.origin, dotted, message, src.line);
  }

  std::string scalar(const YAML::Node& node, const std::string& dotted, const char* expected) const {
    if (!node.IsScalar()) fail(dotted, fmt::format("expected {}", expected));
    return node.Scalar();
  }

  template <class T>
  void read_value(const YAML::Node& node, const std::string& dotted, T& value, Range range) const {
    if constexpr (std::is_same_v<T, bool>) {
      std::string text = scalar(node, dotted, "true or false");
      std::transform(text.begin(), text.end(), text.begin(), ::tolower);
      if (text == "true") value = true;
      else if (text == "false") value = false;
      else fail(dotted, fmt::format("expected true or false, got \"{}\"", node.Scalar()));
    } else if constexpr (std::is_integral_v<T>) {
      const std::string text = scalar(node, dotted, "an integer");
      T parsed{};
      const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
      if (ec != std::errc() || end != text.data() + text.size())
        fail(dotted, fmt::format("expected an integer, got \"{}\"", text));
      check_range(dotted, static_cast<double>(parsed), range);
      value = parsed;
    } else if constexpr (std::is_floating_point_v<T>) {
      const std::string text = scalar(node, dotted, "a number");
      double parsed = 0;
      const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
      if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(parsed))
        fail(dotted, fmt::format("expected a number, got \"{}\"", text));
      check_range(dotted, parsed, range);
      value = parsed;
    } else if constexpr (std::is_same_v<T, std::string>) {
      value = node.IsNull() ? std::string() : scalar(node, dotted, "a string");
    } else if constexpr (std::is_enum_v<T>) {
      value = parse_enum<T>(dotted, scalar(node, dotted, enum_choices<T>().c_str()));
    } else if constexpr (is_vector<T>::value) {
      read_list(node, dotted, value);
    } else {
      static_assert(std::is_same_v<T, void>, "config field of an unsupported type");
    }
  }

  // A list of choices: a YAML sequence, or one comma-separated scalar (handy with --set).
  template <class E>
  void read_list(const YAML::Node& node, const std::string& dotted, std::vector<E>& out) const {
    std::vector<std::string> items;
    if (node.IsSequence()) {
      for (const auto& item : node) items.push_back(scalar(item, dotted, "a list of names"));
    } else {
      std::stringstream in(scalar(node, dotted, "a list of names"));
      for (std::string item; std::getline(in, item, ',');) {
        item.erase(0, item.find_first_not_of(" \t"));
        item.erase(item.find_last_not_of(" \t") + 1);
        if (!item.empty()) items.push_back(item);
      }
    }
    out.clear();
    for (const auto& item : items) out.push_back(parse_enum<E>(dotted, item));
  }

  template <class E>
  E parse_enum(const std::string& dotted, const std::string& text) const {
    if (auto value = enum_from_string<E>(text)) return *value;
    fail(dotted, fmt::format("unknown value \"{}\"; expected one of {}", text, enum_choices<E>()));
  }

  void check_range(const std::string& dotted, double value, Range range) const {
    if (value < range.min || value > range.max)
      fail(dotted, fmt::format("{} is out of range [{}, {}]", value, range.min, range.max));
  }

  const YAML::Node& node_;
  std::string prefix_;
  const std::string& origin_;
  const std::set<std::string>& overridden_;
  KeySources& sources_;
  std::vector<std::string> known_;
};

// Writes a struct as commented YAML, one key per line under its doc comment.
class Writer {
 public:
  explicit Writer(std::string& out, int indent = 0) : out_(out), indent_(indent) {}

  template <class T>
  void field(const char* key, const T& value, const char* doc, Range = {}) {
    line(fmt::format("# {}", doc));
    line(fmt::format("{}: {}", key, format(value)));
  }

  template <class S>
  void section(const char* key, const S& value, const char* doc) {
    line(fmt::format("# {}", doc));
    line(fmt::format("{}:", key));
    Writer nested(out_, indent_ + 2);
    S::fields(value, nested);
  }

 private:
  void line(const std::string& text) { out_ += std::string(indent_, ' ') + text + "\n"; }

  static std::string quote(const std::string& text) {
    std::string out = "\"";
    for (const unsigned char c : text) {
      if (c == '"' || c == '\\') out += fmt::format("\\{}", static_cast<char>(c));
      else if (c < 0x20) out += fmt::format("\\x{:02x}", c);
      else out += static_cast<char>(c);
    }
    return out + "\"";
  }

  template <class T>
  static std::string format(const T& value) {
    if constexpr (std::is_same_v<T, bool>) return value ? "true" : "false";
    else if constexpr (std::is_arithmetic_v<T>) return fmt::format("{}", value);
    else if constexpr (std::is_same_v<T, std::string>) return quote(value);
    else if constexpr (std::is_enum_v<T>) return std::string(to_string(value));
    else {
      std::string out = "[";
      for (const auto& item : value) out += (out.size() > 1 ? ", " : "") + std::string(to_string(item));
      return out + "]";
    }
  }

  std::string& out_;
  int indent_;
};

// Sets root[a][b][c] = value for the dotted key "a.b.c", creating maps on the way.
void apply_override(YAML::Node root, const Override& o) {
  std::vector<std::string> parts;
  std::stringstream in(o.key);
  for (std::string part; std::getline(in, part, '.');) parts.push_back(part);
  YAML::Node node = root;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    YAML::Node child = node[parts[i]];
    if (!child.IsMap()) {
      node[parts[i]] = YAML::Node(YAML::NodeType::Map);
      child.reset(node[parts[i]]);
    }
    node.reset(child);
  }
  YAML::Node value;
  try {
    value = YAML::Load(o.value);
  } catch (const YAML::Exception& e) {
    throw ConfigError("--set " + o.key, o.key, fmt::format("cannot parse value: {}", e.msg));
  }
  node[parts.back()] = value;
}

}  // namespace

Override parse_override(const std::string& text) {
  const auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0)
    throw UserError(fmt::format("--set \"{}\": expected KEY=VALUE, e.g. model.attention.score=dot", text));
  Override o{text.substr(0, eq), text.substr(eq + 1)};
  if (o.key.front() == '.' || o.key.back() == '.' || o.key.find("..") != std::string::npos)
    throw UserError(fmt::format("--set \"{}\": malformed key \"{}\"", text, o.key));
  return o;
}

Config parse_config(const std::string& yaml_text, const std::string& origin,
                    const std::vector<Override>& overrides) {
  // yaml-cpp would drop a NUL byte silently and take invalid UTF-8 as it comes: refuse both.
  auto line_of = [&](std::size_t offset) {
    return 1 + std::count(yaml_text.begin(), yaml_text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
  };
  if (const auto nul = yaml_text.find('\0'); nul != std::string::npos)
    throw UserError(fmt::format("{}:{}: a NUL byte: not a YAML text file", origin, line_of(nul)));
  if (const auto bad = find_invalid_utf8(yaml_text))
    throw UserError(fmt::format("{}:{}: invalid UTF-8", origin, line_of(*bad)));
  YAML::Node root;
  try {
    root = YAML::Load(yaml_text);
  } catch (const YAML::Exception& e) {
    throw UserError(fmt::format("{}:{}: invalid YAML: {}", origin, e.mark.is_null() ? 0 : e.mark.line + 1,
                                e.msg));
  }
  if (root.IsNull()) root = YAML::Node(YAML::NodeType::Map);
  if (!root.IsMap()) throw UserError(fmt::format("{}: expected a mapping of sections at the top level", origin));

  std::set<std::string> overridden;
  for (const auto& o : overrides) {
    apply_override(root, o);
    overridden.insert(o.key);
  }
  Config config;
  KeySources sources;
  try {
    Reader::read_struct(root, "", config, origin, overridden, sources);
  } catch (const YAML::Exception& e) {  // a conversion the checks above did not foresee: still the user's file
    throw UserError(fmt::format("{}:{}: unexpected YAML: {}", origin, e.mark.is_null() ? 0 : e.mark.line + 1, e.msg));
  }
  validate(config, sources);
  return config;
}

Config load_config(const std::string& path, const std::vector<Override>& overrides) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError(fmt::format("{}: cannot read config file", path));
  std::stringstream text;
  text << in.rdbuf();
  return parse_config(text.str(), path, overrides);
}

std::string to_yaml(const Config& config) {
  std::string out = "# rnnsearch config: every key, with its meaning\n";
  Writer writer(out);
  Config::fields(config, writer);
  return out;
}

void save_config(const Config& config, const std::string& path) { write_file_atomic(path, to_yaml(config)); }

bool operator==(const Config& a, const Config& b) { return to_yaml(a) == to_yaml(b); }

void validate(const Config& c, const KeySources& sources) {
  auto require = [&](bool ok, const std::string& key, const std::string& message) {
    if (ok) return;
    const auto it = sources.find(key);
    const KeySource src = it != sources.end() ? it->second : KeySource{"config", 0};
    throw ConfigError(src.origin, key, message, src.line);
  };
  require(!c.data.train.empty(), "data.train", "required: the training corpus prefix");
  require(!c.data.src_lang.empty(), "data.src_lang", "must not be empty");
  require(!c.data.trg_lang.empty(), "data.trg_lang", "must not be empty");
  require(c.data.src_lang != c.data.trg_lang, "data.trg_lang", "must differ from data.src_lang");
  require(!c.train.model_dir.empty(), "train.model_dir", "must not be empty");
  require(c.train.precision != Precision::int8, "train.precision",
          "int8 is for translation (decode.precision); training runs in float32, bfloat16 or auto");
  // +2 leaves room for BOS and EOS, so every pair that passes max_len fits in a batch.
  require(c.train.batch_tokens >= c.data.max_len + 2, "train.batch_tokens",
          fmt::format("must be at least data.max_len + 2 = {}", c.data.max_len + 2));
  require(c.train.max_steps > 0 || c.train.max_epochs > 0 || c.train.max_minutes > 0, "train.max_steps",
          "train.max_steps, train.max_epochs and train.max_minutes are all 0: training would never stop");
  require(c.train.schedule != ScheduleType::inverse_sqrt || c.train.warmup_steps > 0,
          "train.warmup_steps", "must be > 0 with schedule inverse_sqrt");
  require(c.train.min_learning_rate <= c.train.learning_rate, "train.min_learning_rate",
          "must not exceed train.learning_rate");
  require(c.train.guided_alignment == 0 || !c.data.alignment.empty(), "train.guided_alignment",
          "needs data.alignment: the word alignments to guide attention with");
  require(c.decode.n_best <= c.decode.beam_size, "decode.n_best",
          fmt::format("must not exceed decode.beam_size ({})", c.decode.beam_size));
  require(!c.eval.metrics.empty(), "eval.metrics", "must name at least one of bleu, chrf");
  require(!c.eval.sacrebleu_command.empty(), "eval.sacrebleu_command", "must not be empty");
  const bool multihead_ok = c.model.attention.score == ScoreType::dot ||
                            c.model.attention.score == ScoreType::general ||
                            c.model.attention.score == ScoreType::additive;
  require(c.model.attention.heads == 1 || multihead_ok, "model.attention.heads",
          "several heads need score dot, general or additive");
  require(c.train.attention_penalty == 0 || c.model.attention.heads > 1, "train.attention_penalty",
          "needs several attention heads (model.attention.heads)");
  require(c.model.attention.coverage == CoverageType::none ||
              (c.model.attention.score == ScoreType::additive && c.model.attention.heads == 1 &&
               c.model.attention.dimensions == AttentionDimensions::single),
          "model.attention.coverage", "needs score additive, one head and dimensions single");
  require(c.model.attention.hard == HardAttention::none ||
              (c.model.decoder.type != DecoderType::luong && c.model.attention.heads == 1 &&
               c.model.attention.dimensions == AttentionDimensions::single),
          "model.attention.hard", "needs a bahdanau or conditional decoder, one head and dimensions single");
  const TrainConfig defaults;
  for (const auto& [key, value, fallback] :
       {std::tuple{"train.reinforce_weight", c.train.reinforce_weight, defaults.reinforce_weight},
        std::tuple{"train.reinforce_entropy", c.train.reinforce_entropy, defaults.reinforce_entropy},
        std::tuple{"train.reinforce_expectation", c.train.reinforce_expectation, defaults.reinforce_expectation},
        std::tuple{"train.reinforce_baseline_decay", c.train.reinforce_baseline_decay, defaults.reinforce_baseline_decay}})
    require(value == fallback || c.model.attention.hard == HardAttention::reinforce, key,
            "needs model.attention.hard reinforce (hard attention trained by sampling)");
  require(c.model.attention.dimensions == AttentionDimensions::single ||
              (c.model.attention.score == ScoreType::additive && c.model.attention.heads == 1),
          "model.attention.dimensions", "multi needs score additive and one head");
}

std::string attention_weights_note(const ModelConfig& model) {
  if (model.attention.dimensions == AttentionDimensions::multi)
    return fmt::format("mean over {} features", 2 * model.encoder.hidden_size);  // the annotation size
  if (model.attention.heads > 1) return fmt::format("mean over {} heads", model.attention.heads);
  return "";
}

}  // namespace rnnsearch
