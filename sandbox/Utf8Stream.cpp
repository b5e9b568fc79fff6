#include "Utf8Stream.h"

namespace {

const char kReplacement[] = "\xEF\xBF\xBD";

// Length of the valid sequence starting at s[i], 0 if invalid, -1 if it may be cut short.
int sequenceLength(std::string_view s, size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80)
        return 1;
    int len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0; // overlong
        if (c == 0xED)
            hi = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    for (int k = 1; k < len; ++k) {
        if (i + k >= s.size())
            return -1;
        const auto b = static_cast<unsigned char>(s[i + k]);
        if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF))
            return 0;
    }
    return len;
}

std::string convert(std::string_view s, bool final, std::string *rest)
{
    std::string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        const int len = sequenceLength(s, i);
        if (len > 0) {
            out.append(s.substr(i, size_t(len)));
            i += size_t(len);
        } else if (len < 0 && !final) {
            *rest = std::string(s.substr(i));
            return out;
        } else {
            out += kReplacement;
            ++i;
        }
    }
    return out;
}

} // namespace

std::string Utf8Stream::feed(std::string_view chunk)
{
    std::string data = std::move(m_pending);
    m_pending.clear();
    data.append(chunk);
    return convert(data, false, &m_pending);
}

std::string Utf8Stream::finish()
{
    std::string data = std::move(m_pending);
    m_pending.clear();
    return convert(data, true, nullptr);
}

std::string Utf8Stream::sanitize(std::string_view bytes)
{
    return convert(bytes, true, nullptr);
}
