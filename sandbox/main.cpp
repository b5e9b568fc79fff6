// runpad-sandbox: the privileged helper that runs RunPad's code in boxes. See PROTOCOL.md.

#include "BoxDir.h"
#include "Cgroup.h"
#include "CompileCache.h"
#include "Contain.h"
#include "Daemon.h"
#include "DirectRun.h"
#include "HostSetup.h"
#include "OneShot.h"
#include "RootFs.h"
#include "RuntimeRegistry.h"
#include "SandboxConfigFile.h"
#include "SocketActivation.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

const char kUsage[] =
    "Usage:\n"
    "  runpad-sandbox daemon --socket PATH|--systemd [--exit-with-parent] [--allow-uid UID]...\n"
    "                       [--allow-group GROUP]... [OPTIONS]\n"
    "      Serve PROTOCOL.md's JSON lines on a UNIX socket. Prints \"READY PATH\" once listening;\n"
    "      SIGTERM or SIGINT kills every job, removes the socket and exits. With --systemd, or\n"
    "      whenever LISTEN_FDS and LISTEN_PID pass this process a socket (fd 3), it serves on\n"
    "      that socket and leaves it in place.\n"
    "  runpad-sandbox exec REQUEST.json|-\n"
    "      Run one Piston execute request and print Piston's result JSON.\n"
    "  runpad-sandbox runtimes\n"
    "      Print the detected runtimes, as Piston's GET /api/v2/runtimes does.\n"
    "  runpad-sandbox run [RUN OPTIONS] [OPTIONS] -- PROGRAM [ARGS]...\n"
    "      Run PROGRAM (a path in the box, or found on the box's PATH) in the box a job's stage\n"
    "      gets, with this process's stdin; its stdout and stderr are copied out when it ends\n"
    "      (at most 64 MiB each, else status OL/EL). Exit status: the program's, 128 + its\n"
    "      signal (137 for a time or output limit), or 1 if it could not run.\n"
    "\n"
    "Run options (limits are never unlimited; 0 s is an immediate time-out):\n"
    "  --time S           CPU time of the whole box, seconds (default and maximum 300)\n"
    "  --wall-time S      wall time from the program's execve, seconds (default and maximum 300)\n"
    "  --mem BYTES        memory of the whole box; K, M, G suffixes (default and maximum 4G;\n"
    "                     0 is refused)\n"
    "  --processes N      processes the program may have at once, itself included (default 63)\n"
    "  --dir HOST:BOX[:rw]  bind HOST at BOX in the box, read-only unless :rw; repeatable\n"
    "  --meta FILE        write isolate-like key:value lines: time, time-wall, cg-mem and\n"
    "                     cg-oom-killed (or max-rss), exitcode or exitsig, killed, status\n"
    "                     (OK RE SG TO OL EL XX), message\n"
    "  --socket PATH      run in a box the daemon listening on PATH has ready (no box to build),\n"
    "                     under that daemon's limits, uids and isolation, without the helper's\n"
    "                     own options; --dir paths as the daemon's mount namespace has them,\n"
    "                     opened with this process's access (a privileged daemon only)\n"
    "\n"
    "Options:\n"
    "  --languages DIR    language files (default: <exe dir>/../share/runpad/languages,\n"
    "                     else the source tree's resources/languages)\n"
    "  --box-root DIR     where box directories are made (default /run/runpad-sandbox/boxes)\n"
    "  --box-uids FIRST:COUNT  the box uid range, one uid per concurrent job (default 60000:64)\n"
    "  --exit-with-parent stop when the process that started the helper dies\n"
    "  --cache-dir DIR    where compiled programs are kept (default /var/cache/runpad-sandbox/compile,\n"
    "                     rootless $XDG_CACHE_HOME/runpad-sandbox, else ~/.cache/runpad-sandbox;\n"
    "                     its size cap is the config file's compile_cache_size, default 1 GiB)\n"
    "  --warm-boxes N     boxes the daemon keeps built ahead of their jobs (default 2, or the\n"
    "                     config file's warm_boxes; 0: each box is built when its job comes)\n"
    "  --allow-uid UID    also accept clients of this uid (root and the helper's uid always are)\n"
    "  --allow-group GROUP  also accept clients that have this group (a name in /etc/group, or\n"
    "                     any gid), as their primary or a supplementary group when they connected\n"
    "  --config FILE      the helper's limits (default /etc/runpad/sandbox.json; if that file is\n"
    "                     missing, the built-in limits of README.md apply)\n"
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
        if (arg == "--")
            break; // run's program and its arguments
        if (arg == "--help" || arg == "-h") {
            fputs(kUsage, stdout);
            return 0;
        }
    }
    const std::string command = args.front();
    SandboxConfig config;
    std::string error, socketPath, languagesDir = RuntimeRegistry::defaultLanguagesDir(), requestPath;
    std::string configPath, cacheDir;
    PeerPolicy peers;
    bool exitWithParent = false, systemd = false;
    std::optional<unsigned> warmBoxes;
    DirectRun directRun;
    std::string helperOption; // the first option that sets up a helper of this process's own
    for (size_t i = 1; i < args.size(); ++i) {
        const std::string &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (command == "run" && arg == "--") {
            directRun.setProgram({args.begin() + long(i) + 1, args.end()});
            break;
        } else if (command == "run" && hasValue && DirectRun::isOption(arg)) {
            if (!directRun.setOption(arg, args[++i], &error))
                return usageError(error);
            continue;
        } else if (arg == "--socket" && hasValue) {
            socketPath = args[++i];
            continue;
        }
        if (helperOption.empty())
            helperOption = arg;
        if (arg == "--languages" && hasValue)
            languagesDir = args[++i];
        else if (arg == "--box-root" && hasValue)
            config.boxRoot = args[++i];
        else if (arg == "--cache-dir" && hasValue)
            cacheDir = args[++i];
        else if (arg == "--box-uids" && hasValue) {
            unsigned first = 0, count = 0;
            char end = 0;
            if (sscanf(args[++i].c_str(), "%u:%u%c", &first, &count, &end) != 2 || first == 0 || count == 0)
                return usageError("--box-uids takes FIRST:COUNT, for example 60000:64");
            config.firstUid = first;
            config.uidCount = count;
        } else if (arg == "--allow-uid" && hasValue) {
            const std::string &uid = args[++i];
            if (uid.empty() || uid.find_first_not_of("0123456789") != std::string::npos)
                return usageError("--allow-uid takes a numeric uid, not '" + uid + "'");
            peers.allowUid(uid_t(std::stoul(uid)));
        } else if (arg == "--allow-group" && hasValue) {
            if (!peers.allowGroup(args[++i], &error))
                return usageError(error);
        } else if (arg == "--warm-boxes" && hasValue) {
            const std::string &count = args[++i];
            if (count.empty() || count.size() > 4 || count.find_first_not_of("0123456789") != std::string::npos)
                return usageError("--warm-boxes takes a number of boxes from 0 to 1024, not '" + count + "'");
            warmBoxes = unsigned(std::stoul(count));
            if (*warmBoxes > 1024)
                return usageError("--warm-boxes takes a number of boxes from 0 to 1024, not '" + count + "'");
        } else if (arg == "--config" && hasValue)
            configPath = args[++i];
        else if (arg == "--systemd")
            systemd = true;
        else if (arg == "--exit-with-parent")
            exitWithParent = true;
        else if (command == "exec" && requestPath.empty() && (arg == "-" || arg[0] != '-'))
            requestPath = arg;
        else
            return usageError("unexpected argument '" + arg + "'");
    }
    if (command != "daemon" && command != "exec" && command != "runtimes" && command != "run")
        return usageError("unknown command '" + command + "'");
    // systemd's socket, if it passed one, is taken before anything can start a child.
    std::optional<Fd> activatedListener;
    if (command == "daemon" && (systemd || SocketActivation::isActivated())) {
        if (!socketPath.empty())
            return usageError("--socket and a socket passed by systemd (--systemd, LISTEN_FDS) "
                              "exclude each other");
        activatedListener = SocketActivation::takeListener(&error);
        if (!activatedListener) {
            fprintf(stderr, "runpad-sandbox: %s\n", error.c_str());
            return 1;
        }
    }
    if (command == "daemon" && socketPath.empty() && !activatedListener)
        return usageError("daemon needs --socket PATH, or --systemd");
    if (command == "exec" && requestPath.empty())
        return usageError("exec needs a request file, or - for stdin");
    if (command == "run" && !directRun.hasProgram())
        return usageError("run needs -- PROGRAM [ARGS]...");
    // A daemon's box has its own helper's set-up: nothing of this process's is needed.
    if (command == "run" && !socketPath.empty()) {
        if (!helperOption.empty())
            return usageError(helperOption + " sets up a helper of this process's own; with --socket "
                              "the daemon's own set-up applies");
        return directRun.runInDaemon(socketPath);
    }

    // A bad config file stops the helper at once, before it serves anyone with wrong limits.
    SandboxConfigFile configFile;
    const bool configChosen = !configPath.empty();
    if (!configFile.load(configChosen ? configPath : SandboxConfigFile::kDefaultPath, configChosen,
                         &error)) {
        fprintf(stderr, "runpad-sandbox: %s\n", error.c_str());
        return 1;
    }
    configFile.applyTo(&config);
    if (warmBoxes)
        config.warmBoxes = *warmBoxes;

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
        if (cacheDir.empty())
            cacheDir = HostSetup::rootlessCacheDir(stateDir);
    }
    if (!cacheDir.empty())
        config.compileCacheDir = cacheDir;
    if ((command == "daemon" || command == "exec") && config.compileCacheBytes > 0)
        config.compileCache = std::make_shared<CompileCache>(config.compileCacheDir, config.compileCacheBytes);
    if (exitWithParent && !HostSetup::exitWithParent(&error)) {
        fprintf(stderr, "runpad-sandbox: %s\n", error.c_str());
        return 1;
    }
    RuntimeRegistry runtimes;
    // run needs no runtimes, and probing them would cost it most of its time.
    if (command != "run" && !runtimes.load(languagesDir, configFile, &error)) {
        fprintf(stderr, "runpad-sandbox: %s\n", error.c_str());
        return 1;
    }
    config.toolchainEtcEntries = runtimes.etcEntries();
    if (command == "daemon")
        fprintf(stderr, "runpad-sandbox: %zu runtimes detected in %.0f ms\n",
                runtimes.toJson().size(), runtimes.detectionMs());
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
    // The toolchains are probed: no program the helper starts from here on needs a capability
    // from execve, and each box starts with none in its bounding set.
    if (!config.rootless && !Contain::dropBoundingSet()) {
        fprintf(stderr, "runpad-sandbox: cannot empty the capability bounding set: %s\n",
                strerror(errno));
        return 1;
    }
    if (command != "runtimes" && !BoxDir::prepareRoot(config, &error)) {
        fprintf(stderr, "runpad-sandbox: %s\n", error.c_str());
        return 1;
    }
    // A daemon builds the read-only part of its boxes' roots once; exec and run have a box or two.
    if (command == "daemon" && !config.rootless &&
        !RootFs::buildShared(&config, config.boxRoot + "/shared", &error)) {
        fprintf(stderr, "runpad-sandbox: %s\n", error.c_str());
        return 1;
    }
    // Started by systemd (Delegate=yes), boxes belong in the service's own v2 subtree; on a v1
    // host that fails and they go where a helper started by hand puts them.
    if (activatedListener && !config.rootless)
        config.cgroups = Cgroup::open("/proc/self/mountinfo", &error, "/proc/self/cgroup");
    if (!config.cgroups)
        config.cgroups = Cgroup::open("/proc/self/mountinfo", &error,
                                      config.rootless ? "/proc/self/cgroup" : "");
    // Said once in the daemon's log; a one-shot run's result speaks for itself.
    if (!config.cgroups && command == "daemon")
        fprintf(stderr, "runpad-sandbox: boxes get no cgroups (%s): a memory limit only caps each "
                        "process's address space, and memory is the largest process's peak\n",
                error.c_str());
    if (command == "run")
        return directRun.run(config);
    if (command == "exec")
        return OneShot::run(config, runtimes, requestText);
    try {
        Daemon daemon(config, runtimes, socketPath, std::move(peers));
        if (activatedListener) {
            const std::string name = SocketActivation::nameOf(activatedListener->get());
            daemon.setListener(std::move(*activatedListener), name);
        }
        return daemon.run();
    } catch (const std::exception &e) {
        fprintf(stderr, "runpad-sandbox: %s\n", e.what());
        return 1;
    }
}
