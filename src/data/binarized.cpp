#include "rnnsearch/data/binarized.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rnnsearch/common/error.h"

namespace rnnsearch {
namespace {

constexpr char kMagic[8] = {'R', 'N', 'N', 'S', 'B', 'I', 'N', '1'};
constexpr uint64_t kPrefixBytes = 24;
constexpr uint64_t kAlign = 64;
constexpr int kFormatVersion = 1;

std::string errno_text() { return std::strerror(errno); }

}  // namespace

SourceFile SourceFile::of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) throw UserError(fmt::format("{}: cannot read: {}", path, errno_text()));
  return {path, static_cast<uint64_t>(st.st_size),
          static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

std::string content_hash(const std::string& bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (const unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return fmt::format("{:016x}", h);
}

bool is_binarized(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char head[sizeof kMagic] = {};
  const ssize_t n = ::read(fd, head, sizeof head);
  ::close(fd);
  return n == static_cast<ssize_t>(sizeof head) && std::memcmp(head, kMagic, sizeof head) == 0;
}

// ---- writing ----

BinarizedWriter::BinarizedWriter(const std::string& path)
    : path_(path),
      temp_((std::filesystem::path(path).parent_path() /
             fmt::format(".{}.tmp.{}", std::filesystem::path(path).filename().string(), ::getpid()))
                .string()) {
  fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) throw UserError(fmt::format("{}: cannot write: {}", path_, errno_text()));
  const char zeros[kPrefixBytes] = {};
  write(zeros, sizeof zeros);  // the prefix, filled in by finish()
  align();
}

BinarizedWriter::~BinarizedWriter() {
  if (fd_ >= 0) {
    ::close(fd_);
    ::unlink(temp_.c_str());
  }
}

void BinarizedWriter::write(const void* data, std::size_t n) {
  const char* p = static_cast<const char*>(data);
  buffer_.insert(buffer_.end(), p, p + n);
  written_ += n;
  if (buffer_.size() >= (8u << 20)) flush();
}

void BinarizedWriter::flush() {
  const char* q = buffer_.data();
  std::size_t left = buffer_.size();
  while (left > 0) {
    const ssize_t w = ::write(fd_, q, left);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) throw std::runtime_error(fmt::format("{}: write failed: {}", temp_, errno_text()));
    q += w;
    left -= static_cast<std::size_t>(w);
  }
  buffer_.clear();
}

void BinarizedWriter::align() {
  static const char zeros[kAlign] = {};
  if (written_ % kAlign != 0) write(zeros, kAlign - written_ % kAlign);
}

void BinarizedWriter::add(const std::vector<int>& src, const std::vector<int>& trg, uint64_t line) {
  if (src.size() > 65535 || trg.size() > 65535)
    throw std::invalid_argument("BinarizedWriter::add: a side has more than 65535 tokens");
  starts_.push_back(tokens_);
  lengths_.push_back(static_cast<uint16_t>(src.size()));
  lengths_.push_back(static_cast<uint16_t>(trg.size()));
  lines_.push_back(line);
  for (const auto* side : {&src, &trg})
    for (const int id : *side) {
      const auto v = static_cast<int32_t>(id);
      max_id_ = std::max(max_id_, v);
      write(&v, sizeof v);
    }
  tokens_ += src.size() + trg.size();
}

void BinarizedWriter::finish(const std::string& src_vocab_name, const std::string& src_vocab_bytes,
                             const std::string& trg_vocab_name, const std::string& trg_vocab_bytes,
                             const std::vector<SourceFile>& sources, int max_len) {
  nlohmann::json header;
  header["format"] = kFormatVersion;
  header["pairs"] = size();
  header["tokens"] = tokens_;
  header["max_id"] = max_id_;
  header["max_len"] = max_len;
  header["tokens_offset"] = kAlign;  // the constructor aligned the first section
  auto section = [&](const char* name, const void* data, std::size_t bytes) {
    align();
    header[name] = written_;
    write(data, bytes);
  };
  section("starts_offset", starts_.data(), starts_.size() * sizeof(uint64_t));
  section("lengths_offset", lengths_.data(), lengths_.size() * sizeof(uint16_t));
  section("lines_offset", lines_.data(), lines_.size() * sizeof(uint64_t));
  auto vocab = [&](const char* key, const std::string& name, const std::string& bytes) {
    align();
    header[key] = {{"name", name}, {"hash", content_hash(bytes)}, {"offset", written_}, {"size", bytes.size()}};
    write(bytes.data(), bytes.size());
  };
  vocab("src_vocab", src_vocab_name, src_vocab_bytes);
  header["joint"] = trg_vocab_name.empty();
  if (!trg_vocab_name.empty()) vocab("trg_vocab", trg_vocab_name, trg_vocab_bytes);
  nlohmann::json files = nlohmann::json::array();
  for (const auto& f : sources) files.push_back({{"path", f.path}, {"size", f.size}, {"mtime_ns", f.mtime_ns}});
  header["sources"] = files;
  align();
  const uint64_t header_offset = written_;
  const std::string text = header.dump();
  write(text.data(), text.size());
  flush();
  char prefix[kPrefixBytes];
  std::memcpy(prefix, kMagic, 8);
  const uint64_t header_size = text.size();
  std::memcpy(prefix + 8, &header_offset, 8);
  std::memcpy(prefix + 16, &header_size, 8);
  if (::pwrite(fd_, prefix, sizeof prefix, 0) != static_cast<ssize_t>(sizeof prefix) || ::fsync(fd_) != 0)
    throw std::runtime_error(fmt::format("{}: write failed: {}", temp_, errno_text()));
  ::close(fd_);
  fd_ = -1;
  if (::rename(temp_.c_str(), path_.c_str()) != 0) {
    const std::string reason = errno_text();
    ::unlink(temp_.c_str());
    throw std::runtime_error(fmt::format("{}: cannot rename {} to it: {}", path_, temp_, reason));
  }
}

// ---- reading ----

BinarizedCorpus::BinarizedCorpus(const std::string& path) : path_(path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw UserError(fmt::format("{}: cannot open: {}", path, errno_text()));
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    throw UserError(fmt::format("{}: cannot read: {}", path, errno_text()));
  }
  map_size_ = static_cast<std::size_t>(st.st_size);
  if (map_size_ < kPrefixBytes) {
    ::close(fd);
    throw DataError(path, 0, fmt::format("{} bytes: too short for a binarized corpus (rnnsearch prepare writes them)", map_size_));
  }
  void* map = ::mmap(nullptr, map_size_, PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) throw UserError(fmt::format("{}: cannot map: {}", path, errno_text()));
  map_ = static_cast<const char*>(map);
  try {
    parse();
  } catch (...) {
    ::munmap(const_cast<char*>(map_), map_size_);
    throw;
  }
  // Batches pick pairs all over the file: read-ahead would only fill memory with pairs not asked for.
  ::madvise(const_cast<char*>(map_), map_size_, MADV_RANDOM);
}

BinarizedCorpus::~BinarizedCorpus() {
  if (map_ != nullptr) ::munmap(const_cast<char*>(map_), map_size_);
}

void BinarizedCorpus::parse() {
  const auto fail = [&](const std::string& what) { throw DataError(path_, 0, what); };
  if (std::memcmp(map_, kMagic, sizeof kMagic) != 0) fail("not a binarized corpus (rnnsearch prepare writes them)");
  uint64_t header_offset = 0, header_size = 0;
  std::memcpy(&header_offset, map_ + 8, 8);
  std::memcpy(&header_size, map_ + 16, 8);
  if (header_offset == 0 && header_size == 0) fail("incomplete: its writer did not finish");
  if (header_offset > map_size_ || header_size != map_size_ - header_offset)
    fail(fmt::format("truncated or damaged: the header says {} bytes, the file has {}", header_offset + header_size,
                     map_size_));
  nlohmann::json header;
  try {
    header = nlohmann::json::parse(map_ + header_offset, map_ + map_size_);
    if (header.at("format").get<int>() != kFormatVersion)
      fail(fmt::format("format {}, this rnnsearch reads format {}: prepare it again", header.at("format").get<int>(),
                       kFormatVersion));
    pairs_ = header.at("pairs").get<uint64_t>();
    tokens_ = header.at("tokens").get<uint64_t>();
    max_id_ = header.at("max_id").get<int32_t>();
    max_len_ = header.at("max_len").get<int>();
    joint_ = header.at("joint").get<bool>();
    // Each section must lie inside the data before the header (counts checked before they are
    // multiplied, so that no product wraps around).
    auto section = [&](const char* key, uint64_t count, uint64_t item) {
      const uint64_t offset = header.at(key).get<uint64_t>();
      if (offset % 8 != 0 || offset > header_offset || count > (header_offset - offset) / item)
        fail(fmt::format("damaged: section {} ({} items of {} bytes at {}) lies outside the file", key, count, item,
                         offset));
      return map_ + offset;
    };
    token_ids_ = reinterpret_cast<const int32_t*>(section("tokens_offset", tokens_, sizeof(int32_t)));
    starts_ = reinterpret_cast<const uint64_t*>(section("starts_offset", pairs_, sizeof(uint64_t)));
    lengths_ = reinterpret_cast<const uint16_t*>(section("lengths_offset", pairs_, 2 * sizeof(uint16_t)));
    lines_ = reinterpret_cast<const uint64_t*>(section("lines_offset", pairs_, sizeof(uint64_t)));
    auto vocab = [&](const nlohmann::json& v) {
      BinarizedVocab out{v.at("name").get<std::string>(), v.at("hash").get<std::string>(), v.at("offset").get<uint64_t>(),
                         v.at("size").get<uint64_t>()};
      if (out.offset > header_offset || out.size > header_offset - out.offset)
        fail(fmt::format("damaged: vocabulary {} lies outside the file", out.name));
      return out;
    };
    src_vocab_ = vocab(header.at("src_vocab"));
    trg_vocab_ = joint_ ? src_vocab_ : vocab(header.at("trg_vocab"));
    for (const auto& f : header.at("sources"))
      sources_.push_back({f.at("path").get<std::string>(), f.at("size").get<uint64_t>(), f.at("mtime_ns").get<int64_t>()});
  } catch (const nlohmann::json::exception& e) {
    fail(fmt::format("damaged header: {}", e.what()));
  }
}

Tokens BinarizedCorpus::src(std::size_t i) const { return {token_ids_ + checked_start(i), lengths_[2 * i]}; }
Tokens BinarizedCorpus::trg(std::size_t i) const {
  return {token_ids_ + checked_start(i) + lengths_[2 * i], lengths_[2 * i + 1]};
}

uint64_t BinarizedCorpus::checked_start(std::size_t i) const {
  const uint64_t start = starts_[i];
  if (start > tokens_ || tokens_ - start < static_cast<uint64_t>(lengths_[2 * i]) + lengths_[2 * i + 1])
    throw DataError(path_, 0, fmt::format("damaged: pair {} (line {}) points outside the token section", i, lines_[i]));
  return start;
}

void BinarizedCorpus::release() const { ::madvise(const_cast<char*>(map_), map_size_, MADV_DONTNEED); }

std::string BinarizedCorpus::vocab_bytes(const BinarizedVocab& vocab) const {
  return std::string(map_ + vocab.offset, vocab.size);
}

}  // namespace rnnsearch
