// runpad-sandbox: the privileged helper that runs RunPad's code in boxes. See PROTOCOL.md.

#include "Cgroup.h"
#include "Daemon.h"
#include "HostSetup.h"
#include "OneShot.h"
#include "RuntimeRegistry.h"

#include <nlohmann/json.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

const char kUsage[] =
    "Usage:\n"
    "  runpad-sandbox daemon --socket PATH [--exit-with-parent] [--allow-uid UID]... [OPTIONS]\n"
    "      Serve PROTOCOL.md's JSON lines on a UNIX socket. Prints \"READY PATH\" once listening;\n"
    "      SIGTERM or SIGINT kills every job, removes the socket and exits.\n"
    "  runpad-sandbox exec REQUEST.json|-\n"
    "      Run one Piston execute request and print Piston's result JSON.\n"
    "  runpad-sandbox runtimes\n"
    "      Print the detected runtimes, as Piston's GET /api/v2/runtimes does.\n"
    "\n"
    "Options:\n"
    "  --languages DIR    language files (default: <exe dir>/../share/runpad/languages,\n"
    "                     else the source tree's resources/languages)\n"
    "  --box-root DIR     where box directories are made (default /run/runpad-sandbox/boxes)\n"
    "  --box-uids FIRST:COUNT  the box uid range, one uid per concurrent job (default 60000:64)\n"
    "  --exit-with-parent stop when the process that started the helper dies\n"
    "  --allow-uid UID    also accept clients of this uid (root and the helper's uid always are)\n"
    "  --help             show this text\n"
    "\n"
    "Without root, the helper runs rootless: each box in a user namespace of its own, box\n"
    "directories under $XDG_RUNTIME_DIR/runpad-sandbox (else /tmp/runpad-sandbox-UID), cgroups\n"
    "only where the user's cgroup is delegated, rlimits otherwise.\n"
    "\n"
    "Exit status: 0 success, 1 failure, 2 bad usage or rejected request, 3 no way to build a box.\n";

int usageError(const std::string &message)
{
    fprintf(stderr, "runpad-sandbox: %s\n\n%s", message.c_str(), kUsage);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    signal(SIGPIPE, SIG_IGN);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty())
        return usageError("a command is required");
    for (const auto &arg : args) {
        if (arg == "--help" || arg == "-h") {
            fputs(kUsage, stdout);
            return 0;
        }
    }
    const std::string command = args.front();
    SandboxConfig config;
    std::string socketPath, languagesDir = RuntimeRegistry::defaultLanguagesDir(), requestPath;
    std::vector<uid_t> allowedUids;
    bool exitWithParent = false;
    for (size_t i = 1; i < args.size(); ++i) {
        const std::string &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == "--socket" && hasValue)
            socketPath = args[++i];
        else if (arg == "--languages" && hasValue)
            languagesDir = args[++i];
        else if (arg == "--box-root" && hasValue)
            config.boxRoot = args[++i];
        else if (arg == "--box-uids" && hasValue) {
            unsigned first = 0, count = 0;
            char end = 0;
            if (sscanf(args[++i].c_str(), "%u:%u%c", &first, &count, &end) != 2 || first == 0 || count == 0)
                return usageError("--box-uids takes FIRST:COUNT, for example 60000:64");
            config.firstUid = first;
            config.uidCount = count;
        } else if (arg == "--allow-uid" && hasValue)
            allowedUids.push_back(uid_t(strtoul(args[++i].c_str(), nullptr, 10)));
        else if (arg == "--exit-with-parent")
            exitWithParent = true;
        else if (command == "exec" && requestPath.empty() && (arg == "-" || arg[0] != '-'))
            requestPath = arg;
        else
            return usageError("unexpected argument '" + arg + "'");
    }
    if (command != "daemon" && command != "exec" && command != "runtimes")
        return usageError("unknown command '" + command + "'");
    if (command == "daemon" && socketPath.empty())
        return usageError("daemon needs --socket PATH");
    if (command == "exec" && requestPath.empty())
        return usageError("exec needs a request file, or - for stdin");

    std::string error;
    if (command != "runtimes" && !HostSetup::isPrivileged()) {
        // The sentence starts with the helper's name already.
        if (!HostSetup::canUseUserNamespaces(&error)) {
            fprintf(stderr, "%s\n", error.c_str());
            return 3;
        }
        const std::string stateDir = HostSetup::rootlessStateDir(&error);
        if (stateDir.empty()) {
            fprintf(stderr, "runpad-sandbox: %s\n", error.c_str());
            return 1;
        }
        config.rootless = true;
        if (config.boxRoot == SandboxConfig().boxRoot)
            config.boxRoot = stateDir + "/boxes";
        // Box uids only exist inside each box's user namespace: the leases just number the
        // boxes of this user's helpers.
        config.lockDir = stateDir + "/locks";
    }
    if (exitWithParent && !HostSetup::exitWithParent(&error)) {
        fprintf(stderr, "runpad-sandbox: %s\n", error.c_str());
        return 1;
    }
    RuntimeRegistry runtimes;
    if (!runtimes.load(languagesDir, &error)) {
        fprintf(stderr, "runpad-sandbox: %s\n", error.c_str());
        return 1;
    }
    if (command == "runtimes") {
        std::cout << runtimes.toJson().dump(2) << std::endl;
        return 0;
    }

    std::string requestText;
    if (command == "exec") {
        std::ifstream file;
        if (requestPath != "-")
            file.open(requestPath);
        std::istream &in = requestPath == "-" ? std::cin : file;
        if (!in) {
            fprintf(stderr, "runpad-sandbox: cannot read %s\n", requestPath.c_str());
            return 1;
        }
        std::ostringstream text;
        text << in.rdbuf();
        requestText = text.str();
    }
    // A rootless helper mounts nothing itself: each box does, in namespaces of its own.
    if (!config.rootless && !HostSetup::isolateMounts(&error)) {
        fprintf(stderr, "runpad-sandbox: %s\n", error.c_str());
        return 1;
    }
    config.cgroups = Cgroup::open("/proc/self/mountinfo", &error, config.rootless ? "/proc/self/cgroup" : "");
    // Said once in the daemon's log; a one-shot run's result speaks for itself.
    if (!config.cgroups && command == "daemon")
        fprintf(stderr, "runpad-sandbox: boxes get no cgroups (%s): a memory limit only caps each "
                        "process's address space, and memory is the largest process's peak\n",
                error.c_str());
    if (command == "exec")
        return OneShot::run(config, runtimes, requestText);
    try {
        return Daemon(config, runtimes, socketPath, allowedUids).run();
    } catch (const std::exception &e) {
        fprintf(stderr, "runpad-sandbox: %s\n", e.what());
        return 1;
    }
}
