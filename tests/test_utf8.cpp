#include "rnnsearch/common/utf8.h"

#include <gtest/gtest.h>

namespace rnnsearch {
namespace {

TEST(Utf8, AcceptsValidText) {
  EXPECT_FALSE(find_invalid_utf8(""));
  EXPECT_FALSE(find_invalid_utf8("plain ascii"));
  EXPECT_FALSE(find_invalid_utf8("Stra\xC3\x9F" "e \xE2\x80\x9E" "x\xE2\x80\x9C"));  // Straße „x“
  EXPECT_FALSE(find_invalid_utf8("\xF0\x9F\x98\x80"));                                 // U+1F600
  EXPECT_FALSE(find_invalid_utf8("\xF4\x8F\xBF\xBF"));                                 // U+10FFFF
  EXPECT_FALSE(find_invalid_utf8(std::string_view("a\0b", 3)));                        // NUL is valid
}

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_EQ(find_invalid_utf8("ab\x80"), 2u);              // lone continuation byte
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);            // overlong "/"
  EXPECT_EQ(find_invalid_utf8("x\xE0\x80\xAF"), 1u);       // overlong 3-byte form
  EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80"), 0u);        // UTF-16 surrogate
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);    // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("ok \xE2\x82"), 3u);         // truncated sequence
  EXPECT_EQ(find_invalid_utf8("\xC3\x28"), 0u);            // bad continuation
  EXPECT_EQ(find_invalid_utf8("\xFF"), 0u);
  EXPECT_EQ(find_invalid_utf8("\xC3\xA4\xC3"), 2u);
}

}  // namespace
}  // namespace rnnsearch
