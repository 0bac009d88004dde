#include "rnnsearch/common/io.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/utf8.h"

namespace rnnsearch {
namespace {

constexpr std::size_t kChunk = 1 << 16;

// The temporary file of write_file_atomic: ".NAME.tmp.PID" beside the target.
std::string temporary_name(const std::string& name, long pid) { return fmt::format(".{}.tmp.{}", name, pid); }

// The PID of a temporary file's name, or -1 when the name is not one.
long temporary_pid(const std::string& name) {
  const std::string marker = ".tmp.";
  const auto at = name.rfind(marker);
  if (name.size() < 2 || name[0] != '.' || at == std::string::npos || at == 0) return -1;
  const std::string digits = name.substr(at + marker.size());
  if (digits.empty() || digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) return -1;
  return std::stol(digits);
}

gzFile as_gz(void* file) { return static_cast<gzFile>(file); }

}  // namespace

LineReader::LineReader(const std::string& path) : path_(path) {
  // gzopen reads uncompressed files transparently.
  file_ = path == "-" ? gzdopen(dup(STDIN_FILENO), "rb") : gzopen(path.c_str(), "rb");
  if (file_ == nullptr)
    throw UserError(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  gzbuffer(as_gz(file_), kChunk);
}

LineReader::~LineReader() {
  if (file_ != nullptr) gzclose(as_gz(file_));
}

bool LineReader::fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(begin_));
    end_ -= begin_;
    begin_ = 0;
  }
  buffer_.resize(end_ + kChunk);
  const int got = gzread(as_gz(file_), buffer_.data() + end_, kChunk);
  if (got < 0) {
    int code = 0;
    const char* message = gzerror(as_gz(file_), &code);
    throw DataError(path_, line_number_ + 1, fmt::format("read error: {}", message));
  }
  if (got == 0) eof_ = true;
  end_ += static_cast<std::size_t>(got);
  return got > 0;
}

bool LineReader::next(std::string& line) {
  std::size_t scanned = begin_;
  for (;;) {
    // memchr on the empty buffer's null data() is undefined even for 0 bytes (UBSan found it).
    const void* nl = end_ > scanned ? std::memchr(buffer_.data() + scanned, '\n', end_ - scanned) : nullptr;
    if (nl != nullptr) {
      const std::size_t pos = static_cast<std::size_t>(static_cast<const char*>(nl) - buffer_.data());
      line.assign(buffer_.data() + begin_, pos - begin_);
      begin_ = pos + 1;
      break;
    }
    scanned = end_;
    const std::size_t offset = scanned - begin_;
    if (!fill()) {
      if (begin_ == end_) return false;  // no unterminated last line
      line.assign(buffer_.data() + begin_, end_ - begin_);
      begin_ = end_;
      break;
    }
    scanned = begin_ + offset;
  }
  ++line_number_;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line_number_ == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
  if (const auto bad = find_invalid_utf8(line))
    throw DataError(path_, line_number_, fmt::format("invalid UTF-8 at byte {}", *bad + 1));
  return true;
}

std::vector<std::string> read_lines(const std::string& path) {
  LineReader reader(path);
  std::vector<std::string> lines;
  for (std::string line; reader.next(line);) lines.push_back(line);
  return lines;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError(fmt::format("{}: cannot read: {}", path, std::strerror(errno)));
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

RandomAccessFile::RandomAccessFile(const std::string& path) : path_(path) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat st {};
  if (fd_ < 0 || ::fstat(fd_, &st) != 0) {
    const std::string reason = std::strerror(errno);
    if (fd_ >= 0) ::close(fd_);
    throw UserError(fmt::format("{}: cannot read: {}", path, reason));
  }
  size_ = static_cast<uint64_t>(st.st_size);
}

RandomAccessFile::~RandomAccessFile() { ::close(fd_); }

std::size_t RandomAccessFile::read_at(uint64_t pos, void* buf, std::size_t n) const {
  std::size_t done = 0;
  while (done < n) {
    const ssize_t got = ::pread(fd_, static_cast<char*>(buf) + done, n - done, static_cast<off_t>(pos + done));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw UserError(fmt::format("{}: read failed at byte {}: {}", path_, pos + done, std::strerror(errno)));
    if (got == 0) break;  // end of file
    done += static_cast<std::size_t>(got);
  }
  return done;
}

bool file_exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

TempDir::TempDir(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr)
    throw std::runtime_error(fmt::format("cannot create a temporary directory: {}", std::strerror(errno)));
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string TempDir::file(const std::string& name) const { return (std::filesystem::path(path_) / name).string(); }

void write_file_atomic(const std::string& path, std::string_view content) {
  write_file_atomic(path, std::vector<std::string_view>{content});
}

void write_file_atomic(const std::string& path, const std::vector<std::string_view>& parts) {
  const std::filesystem::path target(path);
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  const std::string tmp = (dir / temporary_name(target.filename().string(), ::getpid())).string();
  auto fail = [&](const char* what) {
    const std::string reason = std::strerror(errno);
    ::unlink(tmp.c_str());
    throw std::runtime_error(
        fmt::format("{}: {} failed: {}; the previous file, if any, is unchanged", path, what, reason));
  };
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) fail("create");
  for (const std::string_view content : parts) {
    std::size_t written = 0;
    while (written < content.size()) {
      const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        ::close(fd);
        fail("write");
      }
      written += static_cast<std::size_t>(n);
    }
  }
  if (::fsync(fd) != 0) {
    ::close(fd);
    fail("fsync");
  }
  if (::close(fd) != 0) fail("close");
  if (::rename(tmp.c_str(), path.c_str()) != 0) fail("rename");
  // Make the rename itself durable.
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

std::vector<std::string> remove_stale_temporaries(const std::string& dir) {
  std::vector<std::string> removed;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    const std::string name = entry.path().filename().string();
    const long pid = temporary_pid(name);
    if (pid <= 0 || !entry.is_regular_file(error)) continue;
    // kill(pid, 0) fails with ESRCH only when no such process exists (EPERM: it runs as another user).
    if (pid != ::getpid() && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH &&
        std::filesystem::remove(entry.path(), error))
      removed.push_back(name);
  }
  return removed;
}

}  // namespace rnnsearch
