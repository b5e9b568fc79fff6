#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

// The limits a request may set (Piston's six and RunPad's output_limit): for each, what a request
// that sets none gets, and the most it may ask for (also what -1 asks for).
class RequestLimits {
public:
    struct Range {
        int64_t defaultValue = 0;
        int64_t max = 0;
    };

    // The helper's built-in defaults and maxima.
    RequestLimits();

    // The request fields, in the order Piston validates them; output_limit last.
    static const std::vector<std::string> &names();
    static bool isName(const std::string &name);
    // The largest value a config file may give a limit of this kind (ms or bytes).
    static int64_t ceiling(const std::string &name);

    const Range &range(const std::string &name) const { return m_ranges.at(name); }
    Range &range(const std::string &name) { return m_ranges.at(name); }

    // The named limit of a request body, with Piston's messages: missing or null is the default,
    // -1 the maximum, 0 and other negatives are refused, and so is anything over the maximum.
    bool read(const nlohmann::json &body, const std::string &name, int64_t *value,
              std::string *error) const;

private:
    std::map<std::string, Range> m_ranges;
};
