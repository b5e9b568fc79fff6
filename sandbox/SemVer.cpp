#include "SemVer.h"

#include <charconv>
#include <vector>

namespace {

std::vector<std::string_view> split(std::string_view text)
{
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (;;) {
        const size_t dot = text.find('.', start);
        parts.push_back(text.substr(start, dot == std::string_view::npos ? dot : dot - start));
        if (dot == std::string_view::npos)
            return parts;
        start = dot + 1;
    }
}

std::optional<long> number(std::string_view part)
{
    long value = 0;
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (ec != std::errc() || end != part.data() + part.size() || part.empty() || value < 0)
        return std::nullopt;
    return value;
}

bool isWildcard(std::string_view part)
{
    return part == "*" || part == "x" || part == "X";
}

} // namespace

std::optional<SemVer> SemVer::parse(std::string_view text)
{
    const auto parts = split(text);
    if (parts.size() != 3)
        return std::nullopt;
    SemVer version;
    for (size_t i = 0; i < 3; ++i) {
        const auto value = number(parts[i]);
        if (!value)
            return std::nullopt;
        version.m_parts[i] = *value;
    }
    return version;
}

bool SemVer::satisfies(std::string_view selector) const
{
    // Piston hands the selector to node-semver; RunPad supports its partial-version form,
    // with an optional leading "=" or "v".
    while (!selector.empty() && (selector.front() == ' ' || selector.back() == ' ')) {
        if (selector.front() == ' ')
            selector.remove_prefix(1);
        else
            selector.remove_suffix(1);
    }
    if (!selector.empty() && selector.front() == '=')
        selector.remove_prefix(1);
    if (!selector.empty() && (selector.front() == 'v' || selector.front() == 'V'))
        selector.remove_prefix(1);
    if (selector.empty())
        return true;
    const auto parts = split(selector);
    if (parts.size() > 3)
        return false;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (isWildcard(parts[i])) {
            // Everything after a wildcard must be a wildcard too ("3.x.x").
            for (size_t k = i + 1; k < parts.size(); ++k) {
                if (!isWildcard(parts[k]))
                    return false;
            }
            return true;
        }
        const auto value = number(parts[i]);
        if (!value || *value != m_parts[i])
            return false;
    }
    return true;
}

std::string SemVer::toString() const
{
    return std::to_string(m_parts[0]) + '.' + std::to_string(m_parts[1]) + '.' +
           std::to_string(m_parts[2]);
}
