// UTF-8 validation: every text the toolkit reads is checked, so errors point at file:line.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace rnnsearch {

// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code points
// above U+10FFFF are invalid), or nullopt when the text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace rnnsearch
