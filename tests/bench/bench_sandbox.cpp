// What a box costs: each figure is a median over many samples, printed beside the same work done
// bare (no sandbox) in the same run, bare and boxed samples interleaved so that both see the same
// machine. Never fails on timings. Needs root (the helper does) and gcc for the static hello.
//
// The daemon's protocol runs sources of a language, not a prebuilt binary, so a daemon job here
// is the bash language running `chmod +x hello && exec ./hello`, with the static hello sent as a
// base64 file; its bare reference is bash running the very same script in a directory holding
// the same files. The difference is what the daemon and the box add to a job, end to end as a
// client sees it (request, box, result). `runpad-sandbox run` needs no bash: it runs the hello
// from a --dir bind, beside a bare posix_spawn of it; through the daemon's socket (a box it has
// ready, the bind attached when the run comes), and for reference in a box of its own.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <map>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr int kSamples = 200;
constexpr int kThroughputJobs = 400;
const char *const kBoxUids = "63100:8"; // the bench's own, beside the tests' ranges

double nowMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// What a box's program gets (Job::programSpec), so that bare runs do the same work: a
// locale, for one, costs bash a third of a millisecond to load.
char *const kBoxEnvironment[] = {const_cast<char *>("PATH=/usr/local/bin:/usr/bin:/bin"),
                                 const_cast<char *>("HOME=/tmp"), const_cast<char *>("LANG=C.UTF-8"),
                                 const_cast<char *>("TMPDIR=/tmp"), nullptr};

// Spawns argv with stdin /dev/null and stdout/stderr /dev/null (or into outFd), in dir.
pid_t spawn(const std::vector<std::string> &argv, const std::string &dir = {}, int outFd = -1)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    if (outFd >= 0)
        posix_spawn_file_actions_adddup2(&actions, outFd, 1);
    else
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    if (!dir.empty())
        posix_spawn_file_actions_addchdir_np(&actions, dir.c_str());
    std::vector<char *> args;
    for (const auto &arg : argv)
        args.push_back(const_cast<char *>(arg.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), kBoxEnvironment) != 0)
        pid = -1;
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

int spawnAndWait(const std::vector<std::string> &argv, const std::string &dir = {})
{
    const pid_t pid = spawn(argv, dir);
    int status = -1;
    if (pid > 0)
        waitpid(pid, &status, 0);
    return status;
}

std::string base64(const std::string &data)
{
    static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (size_t i = 0; i < data.size(); i += 3) {
        uint32_t n = uint32_t(uint8_t(data[i])) << 16;
        if (i + 1 < data.size())
            n |= uint32_t(uint8_t(data[i + 1])) << 8;
        if (i + 2 < data.size())
            n |= uint8_t(data[i + 2]);
        out += table[(n >> 18) & 63];
        out += table[(n >> 12) & 63];
        out += i + 1 < data.size() ? table[(n >> 6) & 63] : '=';
        out += i + 2 < data.size() ? table[n & 63] : '=';
    }
    return out;
}

std::string readFile(const std::string &path)
{
    std::string data;
    if (FILE *file = fopen(path.c_str(), "rb")) {
        char buffer[65536];
        size_t n;
        while ((n = fread(buffer, 1, sizeof buffer, file)) > 0)
            data.append(buffer, n);
        fclose(file);
    }
    return data;
}

void writeFile(const std::string &path, const std::string &data, mode_t mode)
{
    FILE *file = fopen(path.c_str(), "wb");
    fwrite(data.data(), 1, data.size(), file);
    fclose(file);
    chmod(path.c_str(), mode);
}

// One connection to the daemon: JSON lines out, results back by id.
class DaemonClient {
public:
    explicit DaemonClient(const std::string &socketPath)
    {
        m_fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        strncpy(address.sun_path, socketPath.c_str(), sizeof address.sun_path - 1);
        if (connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            perror("connect to the daemon");
            exit(1);
        }
    }
    ~DaemonClient() { close(m_fd); }

    void send(int id, const nlohmann::json &body, const char *type = "execute")
    {
        nlohmann::json message = body;
        message["type"] = type;
        message["id"] = id;
        const std::string line = message.dump() + "\n";
        for (size_t done = 0; done < line.size();) {
            const ssize_t n = write(m_fd, line.data() + done, line.size() - done);
            if (n <= 0)
                exit(1);
            done += size_t(n);
        }
    }

    // The next result, whichever job it is for.
    nlohmann::json next()
    {
        for (;;) {
            const size_t newline = m_buffer.find('\n');
            if (newline != std::string::npos) {
                auto message = nlohmann::json::parse(m_buffer.substr(0, newline));
                m_buffer.erase(0, newline + 1);
                if (message["type"] == "result" || message["type"] == "error" ||
                    message["type"] == "runtimes" || message["type"] == "hello")
                    return message;
                continue;
            }
            char buffer[65536];
            const ssize_t n = read(m_fd, buffer, sizeof buffer);
            if (n <= 0) {
                fprintf(stderr, "the daemon closed the connection\n");
                exit(1);
            }
            m_buffer.append(buffer, size_t(n));
        }
    }

private:
    int m_fd = -1;
    std::string m_buffer;
};

void print(const char *name, double boxed, double bare, const char *target)
{
    printf("name=%s median_ms=%.3f bare_ms=%.3f ratio=%.2f added_ms=%.3f target=%s\n", name, boxed,
           bare, boxed / bare, boxed - bare, target);
    fflush(stdout);
}

// Samples of two ways of doing the same thing, interleaved.
std::pair<double, double> sideBySide(const std::function<void()> &boxed, const std::function<void()> &bare,
                                     int samples = kSamples)
{
    boxed(); // warm caches: page cache, dentries, the daemon's first job
    bare();
    std::vector<double> boxedMs, bareMs;
    for (int i = 0; i < samples; ++i) {
        double start = nowMs();
        boxed();
        boxedMs.push_back(nowMs() - start);
        start = nowMs();
        bare();
        bareMs.push_back(nowMs() - start);
    }
    return {median(boxedMs), median(bareMs)};
}

} // namespace

int main()
{
    if (geteuid() != 0) {
        printf("SKIP: the sandbox helper needs root\n");
        return 0;
    }
    signal(SIGPIPE, SIG_IGN);
    char dirTemplate[] = "/tmp/runpad-bench-XXXXXX";
    const std::string dir = mkdtemp(dirTemplate);
    chmod(dir.c_str(), 0755);
    // A static hello without libc (a few KiB): a glibc static one is 800 KB, which a daemon job
    // would send base64-encoded each time, and the figure would measure that transfer instead
    // of the sandbox.
    writeFile(dir + "/hello.c",
              "static const char text[] = \"hello\\n\";\n"
              "void _start(void) {\n"
              "    long ret;\n"
              "    __asm__ volatile(\"syscall\" : \"=a\"(ret) : \"a\"(1), \"D\"(1), \"S\"(text), \"d\"(6) : \"rcx\", \"r11\", \"memory\");\n"
              "    __asm__ volatile(\"syscall\" : : \"a\"(60), \"D\"(0));\n"
              "    for (;;) {}\n"
              "}\n",
              0644);
    if (spawnAndWait({"gcc", "-static", "-nostdlib", "-O2", "-s", "-o", dir + "/hello", dir + "/hello.c"}) != 0) {
        printf("SKIP: gcc -static failed\n");
        return 0;
    }
    const std::string hello = dir + "/hello";
    const std::string helloBytes = readFile(hello);
    const std::string script = "chmod +x hello && exec ./hello\n";
    const std::string bareJobDir = dir + "/job";
    mkdir(bareJobDir.c_str(), 0755);
    writeFile(bareJobDir + "/hello", helloBytes, 0644);
    writeFile(bareJobDir + "/main.sh", script, 0644);
    writeFile(dir + "/main.py", "pass\n", 0644);

    // The daemon, on a socket and box root of the bench's own.
    const std::string socketPath = dir + "/sandbox.sock";
    int readyPipe[2];
    if (pipe2(readyPipe, O_CLOEXEC) != 0)
        return 1;
    const pid_t daemon = spawn({RUNPAD_SANDBOX_PROGRAM, "daemon", "--socket", socketPath, "--box-root",
                                dir + "/boxes", "--cache-dir", dir + "/cache", "--box-uids", kBoxUids,
                                "--exit-with-parent"},
                               {}, readyPipe[1]);
    close(readyPipe[1]);
    char ready[512] = {};
    if (daemon < 0 || read(readyPipe[0], ready, sizeof ready - 1) <= 0 || strncmp(ready, "READY ", 6) != 0) {
        fprintf(stderr, "the daemon did not start\n");
        return 1;
    }

    printf("samples=%d (medians), box uids %s\n", kSamples, kBoxUids);
    const auto bareHello = [&] { spawnAndWait({hello}); };
    const auto [bareHelloMs, bareHelloAgain] = sideBySide(bareHello, bareHello);
    print("bare_static_hello", bareHelloMs, bareHelloAgain, "reference");

    // Daemon job: a persistent connection, one job at a time, request to result.
    DaemonClient client(socketPath);
    int nextId = 0;
    const nlohmann::json helloJob = {
        {"language", "bash"},
        {"version", "*"},
        {"files", {{{"name", "main.sh"}, {"content", script}},
                   {{"name", "hello"}, {"content", base64(helloBytes)}, {"encoding", "base64"}}}}};
    bool jobsOk = true;
    const auto daemonJob = [&](const nlohmann::json &body) {
        client.send(nextId++, body);
        const auto result = client.next();
        if (result["type"] != "result" || result["run"]["stdout"] != (body == helloJob ? "hello\n" : "")) {
            if (jobsOk)
                fprintf(stderr, "unexpected result: %s\n", result.dump().c_str());
            jobsOk = false;
        }
    };
    const auto [jobMs, bareJobMs] =
        sideBySide([&] { daemonJob(helloJob); }, [&] { spawnAndWait({"bash", "main.sh"}, bareJobDir); });
    print("daemon_job_bash_exec_static_hello", jobMs, bareJobMs, "added_ms<=1.0");

    // The one-shot mode: a fresh `runpad-sandbox run` process per sample, the hello from a
    // read-only bind; with --socket, in a box of the daemon's.
    const std::vector<std::string> runHello = {RUNPAD_SANDBOX_PROGRAM, "run", "--socket", socketPath,
                                               "--dir", dir + ":/bench", "--", "/bench/hello"};
    int runStatus = 0;
    const auto [runMs, runBareMs] = sideBySide([&] { runStatus |= spawnAndWait(runHello); }, bareHello);
    print("run_socket_static_hello", runMs, runBareMs, "median_ms<=2.0");
    const std::vector<std::string> runOwnBox = {RUNPAD_SANDBOX_PROGRAM, "run", "--box-uids", kBoxUids,
                                                "--box-root", dir + "/boxes", "--dir", dir + ":/bench",
                                                "--", "/bench/hello"};
    const auto [ownBoxMs, ownBoxBareMs] = sideBySide([&] { runStatus |= spawnAndWait(runOwnBox); }, bareHello);
    print("run_own_box_static_hello", ownBoxMs, ownBoxBareMs, "reference");
    if (runStatus != 0)
        fprintf(stderr, "runpad-sandbox run failed\n");

    // python3 -c pass: the interpreter's start-up dominates; the box should hardly show.
    const nlohmann::json pythonJob = {
        {"language", "python"}, {"version", "*"}, {"files", {{{"name", "main.py"}, {"content", "pass\n"}}}}};
    const auto [pyJobMs, pyBareMs] = sideBySide([&] { daemonJob(pythonJob); },
                                                [&] { spawnAndWait({"/usr/bin/python3", "main.py"}, dir); });
    print("daemon_job_python3_pass", pyJobMs, pyBareMs, "ratio<=1.10");
    const std::vector<std::string> runPython = {RUNPAD_SANDBOX_PROGRAM, "run", "--socket", socketPath, "--",
                                                "/usr/bin/python3", "-c", "pass"};
    const auto [pyRunMs, pyRunBareMs] = sideBySide([&] { spawnAndWait(runPython); },
                                                   [&] { spawnAndWait({"/usr/bin/python3", "-c", "pass"}); });
    print("run_socket_python3_c_pass", pyRunMs, pyRunBareMs, "reference");

    // Throughput of trivial jobs (bash running `:`, which does nothing), two in flight on one
    // connection, against the same script run bare, two at a time.
    const nlohmann::json trivialJob = {
        {"language", "bash"}, {"version", "*"}, {"files", {{{"name", "main.sh"}, {"content", ":\n"}}}}};
    const std::string trivialDir = dir + "/trivial";
    mkdir(trivialDir.c_str(), 0755);
    writeFile(trivialDir + "/main.sh", ":\n", 0644);
    double start = nowMs();
    int sent = 0, done = 0;
    for (; sent < 2; ++sent)
        client.send(nextId++, trivialJob);
    while (done < kThroughputJobs) {
        const auto result = client.next();
        jobsOk = jobsOk && result["type"] == "result" && result["run"]["code"] == 0;
        ++done;
        if (sent < kThroughputJobs) {
            client.send(nextId++, trivialJob);
            ++sent;
        }
    }
    const double jobsPerSecond = kThroughputJobs / ((nowMs() - start) / 1000);
    start = nowMs();
    std::vector<pid_t> running;
    for (int i = 0; i < kThroughputJobs; ++i) {
        // Not wait(): the daemon is a child too.
        if (running.size() == 2) {
            pollfd none{};
            for (size_t j = 0;; j = (j + 1) % 2) {
                if (waitpid(running[j], nullptr, WNOHANG) == running[j]) {
                    running.erase(running.begin() + long(j));
                    break;
                }
                if (j == 1)
                    poll(&none, 0, 0);
            }
        }
        running.push_back(spawn({"bash", "main.sh"}, trivialDir));
    }
    for (const pid_t pid : running)
        waitpid(pid, nullptr, 0);
    const double bareJobsPerSecond = kThroughputJobs / ((nowMs() - start) / 1000);
    printf("name=daemon_throughput_concurrency_2 jobs_per_s=%.0f bare_jobs_per_s=%.0f ratio=%.2f "
           "target=jobs_per_s>=500\n",
           jobsPerSecond, bareJobsPerSecond, jobsPerSecond / bareJobsPerSecond);

    // Languages: `runtimes` is answered from memory, beside the protocol's cheapest message.
    const auto [runtimesMs, helloMs] = sideBySide(
        [&] {
            client.send(nextId++, {}, "runtimes");
            jobsOk = jobsOk && client.next()["runtimes"].size() >= 1;
        },
        [&] {
            client.send(nextId++, {}, "hello");
            client.next();
        });
    print("runtimes_from_memory", runtimesMs, helloMs, "median_ms<1.0");
    // Detection is what `runpad-sandbox runtimes` spends its time on; the probes run at once, so
    // it should take about as long as the slowest one, javac.
    const auto [detectMs, javacMs] = sideBySide([&] { spawnAndWait({RUNPAD_SANDBOX_PROGRAM, "runtimes"}); },
                                                [&] { spawnAndWait({"javac", "-version"}); }, 5);
    print("runtimes_detection_whole_command", detectMs, javacMs, "reference_is_javac_-version");

    // A cached re-run of an unchanged C++ hello world, beside compiling and running it cold (each
    // cold sample is a program the cache has not seen).
    const std::string cppHello = "#include <iostream>\nint main()\n{\n    std::cout << \"hello\" << std::endl;\n}\n";
    const auto cppJob = [&](const std::string &source) {
        client.send(nextId++, {{"language", "c++"}, {"version", "*"}, {"files", {{{"content", source}}}}});
        const auto result = client.next();
        jobsOk = jobsOk && result["run"]["stdout"] == "hello\n";
        return result["compile"]["cached"] == true;
    };
    int cold = 0;
    cppJob(cppHello); // into the cache
    bool cacheHits = true;
    const auto [cachedMs, coldMs] = sideBySide([&] { cacheHits = cppJob(cppHello) && cacheHits; },
                                               [&] { cppJob(cppHello + "// " + std::to_string(cold++) + "\n"); }, 10);
    print("cpp_hello_cached_rerun", cachedMs, coldMs, "ratio<=0.05");
    if (!cacheHits)
        printf("WARNING: a re-run of unchanged code was compiled again\n");

    // bubblewrap, set up as a judge would: every namespace, read-only /usr, fresh /proc, /dev, /tmp.
    if (access("/usr/bin/bwrap", X_OK) == 0) {
        const std::vector<std::string> bwrap = {
            "/usr/bin/bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--ro-bind", "/usr",
            "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink",
            "usr/bin", "/bin", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--ro-bind", dir,
            "/bench", "--", "/bench/hello"};
        const auto [bwrapMs, bwrapBareMs] = sideBySide([&] { spawnAndWait(bwrap); }, bareHello);
        print("bwrap_static_hello", bwrapMs, bwrapBareMs, "reference");
    } else {
        printf("name=bwrap_static_hello skipped (bwrap is not installed)\n");
    }
    if (!jobsOk)
        printf("WARNING: some daemon jobs did not print what they should\n");

    kill(daemon, SIGTERM);
    waitpid(daemon, nullptr, 0);
    spawnAndWait({"rm", "-rf", dir});
    return 0;
}
