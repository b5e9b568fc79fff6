#pragma once

#include "ExecuteRequest.h"

#include <optional>
#include <string>
#include <vector>

// The program one stage runs in its box, and its limits. The helper sends it to the box's init
// over the control pipe when the job comes, so a box can be built before anyone knows its job.
struct ProgramSpec {
    std::string executable; // absolute, or relative to /box
    std::vector<std::string> argv;
    std::vector<std::string> env;
    StageLimits limits;

    // argv run in a box with the environment every box program gets. The box mirrors the host's
    // /usr, so a command found on the host's PATH is the box's program; a path is the box's own,
    // "./a.out" relative to /box.
    static ProgramSpec inBox(std::vector<std::string> argv, const StageLimits &limits);

    // The bytes for the control pipe: a 4-byte length, then the spec as JSON.
    std::string frame() const;
    // In init: reads one frame from fd (blocking); nothing on end of file or garbage.
    static std::optional<ProgramSpec> read(int fd);
};
