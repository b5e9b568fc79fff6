#pragma once

#include <optional>
#include <string>
#include <string_view>

// Base64 (RFC 4648): files a request sends in it, and the bytes a `run` message carries both
// ways, which JSON's UTF-8 strings could not hold as they are.
std::string encodeBase64(std::string_view bytes);
// Standard or URL-safe alphabet, padding optional, line breaks and spaces ignored; nothing for
// any other character, data after padding, or a length no encoder makes.
std::optional<std::string> decodeBase64(std::string_view text);
