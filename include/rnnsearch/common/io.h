// File I/O shared by every stage: line reading (plain or gzip, validated UTF-8) and atomic writes.
#pragma once

#include <cstddef>
#include <cstdint>
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
// The same for content in pieces, written one after the other (no joined copy in memory).
void write_file_atomic(const std::string& path, const std::vector<std::string_view>& parts);

// Removes from `dir` the temporary files that write_file_atomic leaves when its process dies in the
// middle of a write (".NAME.tmp.PID" whose process no longer runs) and returns their names. Files
// of a process that still runs are left alone.
std::vector<std::string> remove_stale_temporaries(const std::string& dir);

// A file read at any offset, for data too large to hold twice in memory (checkpoints).
class RandomAccessFile {
 public:
  explicit RandomAccessFile(const std::string& path);  // UserError if it cannot be opened
  ~RandomAccessFile();
  RandomAccessFile(const RandomAccessFile&) = delete;
  RandomAccessFile& operator=(const RandomAccessFile&) = delete;

  uint64_t size() const { return size_; }
  const std::string& path() const { return path_; }
  // Reads up to n bytes at pos: fewer only at the end of the file. UserError on a read error.
  std::size_t read_at(uint64_t pos, void* buf, std::size_t n) const;

 private:
  std::string path_;
  int fd_ = -1;
  uint64_t size_ = 0;
};

}  // namespace rnnsearch
