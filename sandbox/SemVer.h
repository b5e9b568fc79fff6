#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

// A MAJOR.MINOR.PATCH version and Piston's selectors on it: "*", "3", "3.x", "3.11", "3.11.2".
class SemVer {
public:
    static std::optional<SemVer> parse(std::string_view text);

    bool satisfies(std::string_view selector) const;
    std::string toString() const;

    auto operator<=>(const SemVer &) const = default;

private:
    std::array<long, 3> m_parts{};
};
