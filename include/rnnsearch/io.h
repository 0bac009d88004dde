// File I/O shared by every stage: line reading (plain or gzip, validated UTF-8) and atomic writes.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rnnsearch {

// Reads text lines from a plain or gzip-compressed file ("-" = stdin). Strips "\n" or "\r\n" and a
// UTF-8 byte-order mark on the first line. Invalid UTF-8 throws DataError("FILE:LINE: ...").
class LineReader {
 public:
  explicit LineReader(const std::string& path);  // throws UserError when it cannot be opened
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  bool next(std::string& line);
  std::size_t line_number() const { return line_number_; }
  const std::string& path() const { return path_; }

 private:
  bool fill();

  std::string path_;
  void* file_ = nullptr;  // gzFile; kept opaque so zlib stays out of this header
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  std::size_t line_number_ = 0;
};

std::vector<std::string> read_lines(const std::string& path);
std::string read_file(const std::string& path);  // whole file as bytes; UserError if unreadable
bool file_exists(const std::string& path);

// A fresh private directory under the system temp dir, removed with its contents at scope exit.
class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "rnnsearch");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string file(const std::string& name) const;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Writes to a temporary file beside `path`, flushes it to disk, then renames it over `path`: a
// reader sees the old content or the new, never a part. Throws std::runtime_error on failure
// (disk full...), leaving any previous file untouched.
void write_file_atomic(const std::string& path, std::string_view content);

}  // namespace rnnsearch
