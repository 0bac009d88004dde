#include "rnnsearch/train/checkpoint.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string_view>

#include <fmt/format.h>
#include <zlib.h>
#include <fmt/ranges.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"

namespace rnnsearch {
namespace {

constexpr const char* kFormat = "rnnsearch-checkpoint-1";  // inside the archive, since version 1

// Since version 2 the archive follows a header line "rnnsearch-checkpoint VERSION BYTES CRC32\n":
// a truncated or altered file is caught before LibTorch parses it. Version 1 files (a bare
// archive, a zip starting "PK") still load.
constexpr std::string_view kMagic = "rnnsearch-checkpoint ";
constexpr int kVersion = 2;

// CRC-32 of bytes; pass the CRC of what came before to continue it over a file read in chunks.
uint32_t crc32_of(std::string_view bytes, uint32_t before = 0) {
  uLong crc = before;
  for (std::size_t pos = 0; pos < bytes.size();) {  // zlib takes 32-bit lengths
    const auto n = static_cast<uInt>(std::min<std::size_t>(bytes.size() - pos, 1U << 30));
    crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data() + pos), n);
    pos += n;
  }
  return static_cast<uint32_t>(crc);
}

// Where the archive lies in a checkpoint file, after checking the header, the length and the
// CRC-32 (read in chunks, never the whole file at once); throws UserError naming the file.
struct ArchiveRange {
  uint64_t offset = 0;
  uint64_t size = 0;
};

ArchiveRange archive_range(const RandomAccessFile& file) {
  const std::string& path = file.path();
  std::string head(static_cast<std::size_t>(std::min<uint64_t>(file.size(), 200)), '\0');
  head.resize(file.read_at(0, head.data(), head.size()));
  if (head.compare(0, 2, "PK") == 0) return {0, file.size()};  // version 1: a bare archive
  if (head.compare(0, kMagic.size(), kMagic) != 0)
    throw UserError(fmt::format("{}: not an rnnsearch checkpoint (it does not start with '{}')", path, kMagic));
  const std::size_t eol = head.find('\n');
  int version = 0;
  unsigned long long size = 0;
  unsigned int crc = 0;
  const std::string header = head.substr(0, eol);
  if (eol == std::string::npos || std::sscanf(header.c_str() + kMagic.size(), "%d %llu %x", &version, &size, &crc) != 3)
    throw UserError(fmt::format("{}: damaged checkpoint header '{}'", path, header));
  if (version > kVersion)
    throw UserError(fmt::format("{}: checkpoint format {} comes from a newer rnnsearch; this one reads formats 1 to {}", path,
                                version, kVersion));
  const ArchiveRange range{eol + 1, file.size() - (eol + 1)};
  if (range.size != size)
    throw UserError(fmt::format("{}: truncated or padded checkpoint: the header promises {} bytes after it, the file has {}",
                                path, size, range.size));
  uint32_t actual = 0;
  std::vector<char> chunk(std::size_t{4} << 20);
  for (uint64_t pos = 0; pos < range.size;) {
    const std::size_t n = file.read_at(range.offset + pos, chunk.data(),
                                       static_cast<std::size_t>(std::min<uint64_t>(chunk.size(), range.size - pos)));
    if (n == 0) throw UserError(fmt::format("{}: the file shrank while it was read", path));
    actual = crc32_of({chunk.data(), n}, actual);
    pos += n;
  }
  if (actual != crc)
    throw UserError(fmt::format("{}: checkpoint checksum mismatch (CRC-32 {:08x}, header says {:08x}): the file is damaged",
                                path, actual, crc));
  return range;
}

torch::Tensor bytes_tensor(const std::string& bytes) {
  auto t = torch::empty({static_cast<int64_t>(bytes.size())}, torch::kUInt8);
  std::memcpy(t.data_ptr(), bytes.data(), bytes.size());
  return t;
}

std::string tensor_bytes(const torch::Tensor& t) {
  const auto c = t.contiguous();
  return std::string(static_cast<const char*>(c.data_ptr()), static_cast<std::size_t>(c.numel()));
}

// Named tensors as two parallel lists: archive keys may not contain the dots of parameter names.
void write_named(torch::serialize::OutputArchive& archive, const std::string& key,
                 const std::map<std::string, torch::Tensor>& tensors) {
  c10::List<std::string> names;
  c10::List<torch::Tensor> values;
  for (const auto& [name, tensor] : tensors) {
    names.push_back(name);
    values.push_back(tensor.cpu());
  }
  archive.write(key + "_names", c10::IValue(names));
  archive.write(key + "_tensors", c10::IValue(values));
}

std::map<std::string, torch::Tensor> read_named(torch::serialize::InputArchive& archive, const std::string& key) {
  c10::IValue names, values;
  archive.read(key + "_names", names);
  archive.read(key + "_tensors", values);
  const auto name_list = names.toList();
  const auto tensor_list = values.toTensorList();
  TORCH_CHECK(name_list.size() == tensor_list.size(), "checkpoint: ", key, " lists differ in length");
  std::map<std::string, torch::Tensor> out;
  for (std::size_t i = 0; i < name_list.size(); ++i) out[name_list.get(i).toStringRef()] = tensor_list.get(i);
  return out;
}

}  // namespace

std::string checkpoint_path(const std::string& model_dir, const std::string& name) {
  return (std::filesystem::path(model_dir) / (name + ".ckpt")).string();
}

std::vector<std::pair<int64_t, std::string>> step_checkpoints(const std::string& model_dir) {
  std::vector<std::pair<int64_t, std::string>> found;
  for (const auto& entry : std::filesystem::directory_iterator(model_dir)) {
    long long step = 0;
    char tail = 0;
    if (std::sscanf(entry.path().filename().string().c_str(), "step-%lld.ckp%c", &step, &tail) == 2 && tail == 't')
      found.emplace_back(step, entry.path().string());
  }
  std::sort(found.begin(), found.end());
  return found;
}

void save_checkpoint(const std::string& path, torch::nn::Module& model, const Checkpoint& c) {
  for (const auto& p : model.named_parameters())
    if (!torch::isfinite(p.value()).all().item<bool>())
      throw std::runtime_error(fmt::format("{}: not written: parameter {} holds NaN or infinite values", path, p.key()));
  torch::serialize::OutputArchive archive;
  archive.write("format", c10::IValue(std::string(kFormat)));
  torch::serialize::OutputArchive model_archive;
  model.save(model_archive);
  archive.write("model", model_archive);
  write_named(archive, "optimizer", c.optimizer);
  std::map<std::string, torch::Tensor> vocab;
  for (const auto& [name, bytes] : c.vocab_files) vocab[name] = bytes_tensor(bytes);
  write_named(archive, "vocab", vocab);
  archive.write("config", c10::IValue(c.config_yaml));
  archive.write("rng_state", c.rng_state.defined() ? c.rng_state : torch::empty({0}, torch::kUInt8));
  const TrainerState& t = c.trainer;
  archive.write("step", c10::IValue(t.step));
  archive.write("epoch", c10::IValue(t.epoch));
  archive.write("batch", c10::IValue(t.batch));
  archive.write("best_metric", c10::IValue(t.best_metric));
  archive.write("best_step", c10::IValue(t.best_step));
  archive.write("bad_validations", c10::IValue(t.bad_validations));
  archive.write("plateau_rate", c10::IValue(t.plateau_rate));
  archive.write("plateau_bad", c10::IValue(t.plateau_bad));
  archive.write("target_tokens", c10::IValue(t.target_tokens));
  archive.write("train_seconds", c10::IValue(t.train_seconds));
  std::string bytes;  // the archive, serialised once: no stream buffer, no joined copy with the header
  archive.save_to([&](const void* data, std::size_t n) {
    bytes.append(static_cast<const char*>(data), n);
    return n;
  });
  const std::string header = fmt::format("{}{} {} {:08x}\n", kMagic, kVersion, bytes.size(), crc32_of(bytes));
  write_file_atomic(path, {header, bytes});
}

template <class F>
void CheckpointReader::guard(F&& f) const {
  try {
    f();
  } catch (const c10::Error& e) {
    throw UserError(path_ + ": not a valid rnnsearch checkpoint (truncated or damaged?): " + e.what_without_backtrace());
  }
}

CheckpointReader::CheckpointReader(const std::string& path) : path_(path) {
  guard([&] {
    const auto file = std::make_shared<RandomAccessFile>(path);
    const ArchiveRange range = archive_range(*file);
    // LibTorch reads the archive's records where it needs them: the file is never held in memory.
    archive_.load_from(
        [file, range](uint64_t pos, void* buf, std::size_t n) {
          if (pos >= range.size) return std::size_t{0};
          return file->read_at(range.offset + pos, buf, static_cast<std::size_t>(std::min<uint64_t>(n, range.size - pos)));
        },
        [range] { return static_cast<std::size_t>(range.size); });
    c10::IValue value;
    archive_.read("format", value);
    if (!value.isString() || value.toStringRef() != kFormat)
      throw UserError(path + ": not an rnnsearch checkpoint (format " + kFormat + " expected)");
  });
}

void CheckpointReader::load_parameters(torch::nn::Module& model) {
  guard([&] {
    torch::serialize::InputArchive model_archive;
    archive_.read("model", model_archive);
    // Module::load replaces tensors whatever their shape: compare them afterwards.
    std::map<std::string, std::vector<int64_t>> shapes;
    for (const auto& p : model.named_parameters()) shapes[p.key()] = p.value().sizes().vec();
    model.load(model_archive);
    for (const auto& p : model.named_parameters())
      if (p.value().sizes().vec() != shapes[p.key()])
        throw UserError(fmt::format("{}: parameter {} has shape {} in the checkpoint but {} in the model "
                                    "(a checkpoint of another architecture?)",
                                    path_, p.key(), fmt::join(p.value().sizes().vec(), "x"),
                                    fmt::join(shapes[p.key()], "x")));
  });
}

Checkpoint CheckpointReader::state(bool optimizer) {
  Checkpoint c;
  guard([&] {
    c10::IValue value;
    if (optimizer) c.optimizer = read_named(archive_, "optimizer");
    for (const auto& [name, tensor] : read_named(archive_, "vocab")) c.vocab_files[name] = tensor_bytes(tensor);
    archive_.read("config", value);
    c.config_yaml = value.toStringRef();
    archive_.read("rng_state", c.rng_state);
    auto read_int = [&](const char* key) {
      archive_.read(key, value);
      return value.toInt();
    };
    auto read_double = [&](const char* key) {
      archive_.read(key, value);
      return value.toDouble();
    };
    TrainerState& t = c.trainer;
    t.step = read_int("step");
    t.epoch = read_int("epoch");
    t.batch = read_int("batch");
    t.best_metric = read_double("best_metric");
    t.best_step = read_int("best_step");
    t.bad_validations = read_int("bad_validations");
    t.plateau_rate = read_double("plateau_rate");
    t.plateau_bad = read_int("plateau_bad");
    t.target_tokens = read_int("target_tokens");
    if (archive_.try_read("train_seconds", value)) t.train_seconds = value.toDouble();  // absent before train.max_minutes
  });
  return c;
}

Checkpoint load_checkpoint(const std::string& path, torch::nn::Module* model) {
  CheckpointReader reader(path);
  if (model != nullptr) reader.load_parameters(*model);
  return reader.state();
}

}  // namespace rnnsearch
