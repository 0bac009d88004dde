#include "rnnsearch/data/corpus.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "helpers.h"
#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"

namespace rnnsearch {
namespace {

using testing::TempDir;
using testing::write_text;

void write_gz(const std::string& path, const std::string& text) {
  gzFile f = gzopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  gzwrite(f, text.data(), static_cast<unsigned>(text.size()));
  gzclose(f);
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const UserError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(LineReader, StripsLineEndsAndBom) {
  TempDir dir;
  write_text(dir.file("a"), "\xEF\xBB\xBFone\r\ntwo\n\nlast without newline");
  EXPECT_EQ(read_lines(dir.file("a")),
            (std::vector<std::string>{"one", "two", "", "last without newline"}));
}

TEST(LineReader, ReadsGzipLikePlain) {
  TempDir dir;
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "line " + std::to_string(i) + "\n";
  write_text(dir.file("plain"), text);
  write_gz(dir.file("packed.gz"), text);
  const auto plain = read_lines(dir.file("plain"));
  EXPECT_EQ(plain.size(), 50000u);
  EXPECT_EQ(plain.back(), "line 49999");
  EXPECT_EQ(read_lines(dir.file("packed.gz")), plain);
}

TEST(LineReader, KeepsLongLinesAndNulBytesWhole) {
  TempDir dir;
  const std::string long_line(300000, 'x');
  write_text(dir.file("a"), long_line + "\n" + std::string("a\0b", 3) + "\n");
  const auto lines = read_lines(dir.file("a"));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], long_line);
  EXPECT_EQ(lines[1], std::string("a\0b", 3));
}

TEST(LineReader, InvalidUtf8NamesFileAndLine) {
  TempDir dir;
  write_text(dir.file("bad.txt"), "fine\nalso fine\nbroken \xC3\x28 here\n");
  const std::string message = error_of([&] { read_lines(dir.file("bad.txt")); });
  EXPECT_NE(message.find(dir.file("bad.txt") + ":3: invalid UTF-8 at byte 8"), std::string::npos)
      << message;
}

TEST(LineReader, MissingFileIsAUserError) {
  EXPECT_NE(error_of([] { read_lines("/nonexistent/file.txt"); }).find("/nonexistent/file.txt: cannot open"),
            std::string::npos);
}

TEST(ReadParallel, SkipsAndCountsEmptyPairs) {
  TempDir dir;
  write_text(dir.file("c.de"), "eins\n\ndrei\nvier\n  \n");
  write_text(dir.file("c.en"), "one\ntwo\n\nfour\nfive\n");
  CorpusStats stats;
  const auto pairs = read_parallel(dir.file("c.de"), dir.file("c.en"), stats);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].src, "eins");
  EXPECT_EQ(pairs[1].trg, "four");
  EXPECT_EQ(pairs[1].line, 4u);
  EXPECT_EQ(stats.lines, 5u);
  EXPECT_EQ(stats.skipped_empty, 3u);
  EXPECT_EQ(stats.kept, 2u);
}

TEST(ReadParallel, UnequalLineCountsNameBothFilesAndCounts) {
  TempDir dir;
  write_text(dir.file("c.de"), "a\nb\nc\n");
  write_gz(dir.file("c.en.gz"), "a\nb\nc\nd\ne\n");
  CorpusStats stats;
  const std::string message = error_of([&] { read_parallel(dir.file("c.de"), dir.file("c.en.gz"), stats); });
  EXPECT_NE(message.find(dir.file("c.de") + ": 3 lines, but " + dir.file("c.en.gz") + " has 5 lines"),
            std::string::npos)
      << message;
  // The other way round too.
  const std::string reversed = error_of([&] { read_parallel(dir.file("c.en.gz"), dir.file("c.de"), stats); });
  EXPECT_NE(reversed.find(": 5 lines, but " + dir.file("c.de") + " has 3 lines"), std::string::npos) << reversed;
}

TEST(CorpusFile, PrefersPlainThenGzip) {
  TempDir dir;
  write_text(dir.file("a.de"), "x\n");
  write_gz(dir.file("a.en.gz"), "x\n");
  write_gz(dir.file("a.de.gz"), "x\n");
  EXPECT_EQ(corpus_file(dir.file("a"), "de"), dir.file("a.de"));
  EXPECT_EQ(corpus_file(dir.file("a"), "en"), dir.file("a.en.gz"));
  EXPECT_NE(error_of([&] { corpus_file(dir.file("a"), "fr"); }).find(dir.file("a.fr") + ": no such file"),
            std::string::npos);
}

TEST(WriteFileAtomic, ReplacesWholeFileAndLeavesNoTemporary) {
  TempDir dir;
  write_file_atomic(dir.file("f"), "first version, rather long");
  write_file_atomic(dir.file("f"), "second");
  EXPECT_EQ(testing::read_text(dir.file("f")), "second");
  int entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++entries;
  EXPECT_EQ(entries, 1);
}

TEST(WriteFileAtomic, PartsAreWrittenInOrder) {
  TempDir dir;
  write_file_atomic(dir.file("f"), std::vector<std::string_view>{"head\n", "", "body"});
  EXPECT_EQ(testing::read_text(dir.file("f")), "head\nbody");
}

TEST(RandomAccessFile, ReadsAtOffsetsAndShortAtTheEnd) {
  TempDir dir;
  write_text(dir.file("f"), "0123456789");
  const RandomAccessFile file(dir.file("f"));
  EXPECT_EQ(file.size(), 10u);
  char buf[8] = {};
  ASSERT_EQ(file.read_at(3, buf, 4), 4u);
  EXPECT_EQ(std::string(buf, 4), "3456");
  EXPECT_EQ(file.read_at(7, buf, 8), 3u);
  EXPECT_EQ(std::string(buf, 3), "789");
  EXPECT_EQ(file.read_at(10, buf, 8), 0u);
  EXPECT_NE(error_of([&] { RandomAccessFile missing(dir.file("missing")); }).find(dir.file("missing") + ": cannot read"),
            std::string::npos);
}

TEST(WriteFileAtomic, FailureThrowsAndKeepsTheOldFile) {
  TempDir dir;
  EXPECT_THROW(write_file_atomic(dir.file("missing/dir/f"), "x"), std::runtime_error);
  // A directory in the way of the rename: the temp file is written, the rename fails.
  std::filesystem::create_directories(dir.file("target"));
  write_text(dir.file("target/keep"), "old");
  EXPECT_THROW(write_file_atomic(dir.file("target"), "new"), std::runtime_error);
  EXPECT_EQ(testing::read_text(dir.file("target/keep")), "old");
  int entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++entries;
  EXPECT_EQ(entries, 1) << "temporary file left behind";
}

}  // namespace
}  // namespace rnnsearch
