#include "RequestLimits.h"

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
