#pragma once

#include <string>

class RuntimeRegistry;
struct SandboxConfig;

// `runpad-sandbox exec`: runs one Piston execute request and prints Piston's result.
class OneShot {
public:
    // 0 when a result was printed; 2 for a rejected request, 1 when the job could not run,
    // with the reason on stderr.
    static int run(const SandboxConfig &config, const RuntimeRegistry &runtimes,
                   const std::string &requestText);
};
