#include "RequestLimits.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace {

constexpr int64_t kMiB = int64_t(1) << 20;
constexpr int64_t kGiB = int64_t(1) << 30;

bool isTime(const std::string &name)
{
    return name.ends_with("_timeout") || name.ends_with("_cpu_time");
}

} // namespace

RequestLimits::RequestLimits()
    : m_ranges{
          // Piston's defaults; a whole program may run for five minutes at most.
          {"compile_timeout", {10000, 300000}},
          {"run_timeout", {3000, 300000}},
          {"compile_cpu_time", {10000, 300000}},
          {"run_cpu_time", {3000, 300000}},
          // Piston's default is "no limit": here the maximum, which always holds.
          {"compile_memory_limit", {4 * kGiB, 4 * kGiB}},
          {"run_memory_limit", {4 * kGiB, 4 * kGiB}},
          // Piston's 1024 characters are too few for an IDE.
          {"output_limit", {1 * kMiB, 64 * kMiB}},
      }
{
}

const std::vector<std::string> &RequestLimits::names()
{
    static const std::vector<std::string> names = {
        "compile_memory_limit", "run_memory_limit", "compile_timeout", "run_timeout",
        "compile_cpu_time",     "run_cpu_time",     "output_limit"};
    return names;
}

bool RequestLimits::isName(const std::string &name)
{
    const auto &all = names();
    return std::find(all.begin(), all.end(), name) != all.end();
}

int64_t RequestLimits::ceiling(const std::string &name)
{
    // A day of wall or CPU time; memory and output the kernel could never hand out anyway.
    return isTime(name) ? int64_t(86400000) : int64_t(1) << 50;
}

bool RequestLimits::read(const nlohmann::json &body, const std::string &name, int64_t *value,
                         std::string *error) const
{
    const Range &range = m_ranges.at(name);
    *value = range.defaultValue;
    if (!body.contains(name) || body[name].is_null())
        return true;
    const auto &field = body[name];
    if (!field.is_number()) {
        *error = "If specified, " + name + " must be a number";
        return false;
    }
    const double number = field.get<double>();
    if (number > double(range.max)) {
        *error = name + " cannot exceed the configured limit of " + std::to_string(range.max);
        return false;
    }
    if (number == -1) {
        *value = range.max;
        return true;
    }
    if (number < 0) {
        *error = name + " must be non-negative";
        return false;
    }
    if (number == 0) {
        *error = name + " must be positive; -1 asks for the configured limit of " +
                 std::to_string(range.max);
        return false;
    }
    *value = std::max<int64_t>(int64_t(number), 1);
    return true;
}
