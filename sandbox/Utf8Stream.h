#pragma once

#include <string>
#include <string_view>

// Turns a byte stream into valid UTF-8: invalid bytes become U+FFFD, and a character split
// across two chunks is held back until its end arrives.
class Utf8Stream {
public:
    std::string feed(std::string_view chunk);
    std::string finish();

    static std::string sanitize(std::string_view bytes);

private:
    std::string m_pending;
};
