// The box's seccomp filter: hostile probes, one denied call per row, and everyday programs that
// must still work under it. The helper runs with a box uid range of this test's own, so the
// clean-up check counts only this test's boxes.

#include "SandboxConnection.h"
#include "SandboxHelper.h"
#include "SandboxRequests.h"

#include <QTest>

using namespace SandboxRequests;

namespace {

const QString kBoxUids = QStringLiteral("62000:8");

// Every probe is `report(call)` in this program: the call's result and errno's name.
const QString kProbe = QStringLiteral(R"(#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/personality.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/swap.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <sys/uio.h>
#include <sched.h>
#include <time.h>
#include <unistd.h>

static void report(long result)
{
    printf("%ld %s\n", result, errno ? strerrorname_np(errno) : "0");
    fflush(stdout);
}

// A child that succeeded leaves at once: only the parent reports.
static long cloneWith(unsigned long flags)
{
    long pid = syscall(SYS_clone, flags | SIGCHLD, 0, 0, 0, 0);
    if (pid == 0)
        _exit(0);
    return pid;
}

static long clone3With(uint64_t flags)
{
    uint64_t args[8] = {flags, 0, 0, 0, SIGCHLD}; // struct clone_args, version 0
    long pid = syscall(SYS_clone3, args, sizeof args);
    if (pid == 0)
        _exit(0);
    return pid;
}

static long readOwnMemory(void)
{
    char from[4] = "abc", to[4];
    struct iovec local = {to, sizeof to}, remote = {from, sizeof from};
    return syscall(SYS_process_vm_readv, getpid(), &local, 1, &remote, 1, 0);
}

int main(void)
{
    errno = 0;
    report(%1);
    return 0;
}
)");

QJsonObject cProbe(const QString &call)
{
    return body(QStringLiteral("c"), kProbe.arg(call));
}

} // namespace

class TestSandboxSeccomp : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void denied_data();
    void denied();
    void foreignArchitectureKills_data();
    void foreignArchitectureKills();
    void stillWorks_data();
    void stillWorks();
    void cleanupTestCase();

private:
    QJsonObject execute(const QJsonObject &request);
    static void warnIfFailed(const QJsonObject &run);

    SandboxHelper m_helper;
    int m_nextId = 0;
};

QJsonObject TestSandboxSeccomp::execute(const QJsonObject &request)
{
    SandboxConnection connection(m_helper.socketPath());
    const int id = m_nextId++;
    connection.send(message(QStringLiteral("execute"), id, request));
    const QJsonObject result = connection.waitFor(id, QStringLiteral("result"), 60000);
    const QJsonObject compile = result[QStringLiteral("compile")].toObject();
    if (compile.contains(QStringLiteral("code")) && compile[QStringLiteral("code")].toInt(-1) != 0)
        qWarning().noquote() << compile[QStringLiteral("stderr")].toString();
    return result[QStringLiteral("run")].toObject();
}

void TestSandboxSeccomp::warnIfFailed(const QJsonObject &run)
{
    if (!run[QStringLiteral("status")].isNull())
        qWarning().noquote() << run[QStringLiteral("message")].toString() << run[QStringLiteral("stderr")].toString();
}

void TestSandboxSeccomp::initTestCase()
{
    QString error;
    QVERIFY2(m_helper.start(&error, kBoxUids), qPrintable(error));
    // A harmless probe first: the hostile rows only run if the program really is in a box
    // (PID 2 of its own namespace, a uid of this test's range) and its filter is in place.
    const QJsonObject run = execute(body(QStringLiteral("c"), QStringLiteral(R"(#include <stdio.h>
#include <string.h>
#include <unistd.h>
int main(void)
{
    char line[256], seccomp[64] = "";
    FILE *status = fopen("/proc/self/status", "r");
    while (status && fgets(line, sizeof line, status))
        if (strncmp(line, "Seccomp", 7) == 0)
            strcat(seccomp, strtok(line, "\n"));
    printf("%d %d %s\n", (int)getpid(), getuid() >= 62000 && getuid() < 62008, seccomp);
    return 0;
}
)")));
    QCOMPARE(run[QStringLiteral("stdout")].toString(), QStringLiteral("2 1 Seccomp:\t2Seccomp_filters:\t1\n"));
}

void TestSandboxSeccomp::denied_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("expected");
    const QString eperm = QStringLiteral("-1 EPERM");
    // Other processes.
    QTest::newRow("ptrace") << "ptrace(PTRACE_TRACEME, 0, 0, 0)" << eperm;
    QTest::newRow("process_vm_readv") << "readOwnMemory()" << eperm;
    QTest::newRow("pidfd_getfd") << "syscall(SYS_pidfd_getfd, 0, 0, 0)" << eperm;
    // Namespaces.
    QTest::newRow("unshare") << "unshare(CLONE_NEWUSER)" << eperm;
    QTest::newRow("setns") << "setns(0, 0)" << eperm;
    QTest::newRow("clone new user") << "cloneWith(CLONE_NEWUSER)" << eperm;
    QTest::newRow("clone new net") << "cloneWith(CLONE_NEWNET)" << eperm;
    QTest::newRow("clone new ns") << "cloneWith(CLONE_NEWNS)" << eperm;
    QTest::newRow("clone3") << "clone3With(CLONE_NEWUSER)" << QStringLiteral("-1 ENOSYS");
    // Mounts.
    QTest::newRow("mount") << "mount(\"none\", \"/tmp\", \"tmpfs\", 0, 0)" << eperm;
    QTest::newRow("umount2") << "umount2(\"/tmp\", MNT_DETACH)" << eperm;
    QTest::newRow("pivot_root") << "syscall(SYS_pivot_root, \"/tmp\", \"/tmp\")" << eperm;
    QTest::newRow("chroot") << "chroot(\"/tmp\")" << eperm;
    QTest::newRow("fsopen") << "syscall(SYS_fsopen, \"tmpfs\", 0)" << eperm;
    QTest::newRow("open_tree") << "syscall(SYS_open_tree, AT_FDCWD, \"/tmp\", 0)" << eperm;
    // Kernel attack surface.
    QTest::newRow("bpf") << "syscall(SYS_bpf, 0, 0, 0)" << eperm;
    QTest::newRow("perf_event_open") << "syscall(SYS_perf_event_open, 0, 0, -1, -1, 0)" << eperm;
    QTest::newRow("userfaultfd") << "syscall(SYS_userfaultfd, 0)" << eperm;
    QTest::newRow("keyctl") << "syscall(SYS_keyctl, 0, -3, 0)" << eperm; // KEYCTL_GET_KEYRING_ID, session
    QTest::newRow("add_key") << "syscall(SYS_add_key, \"user\", \"x\", \"x\", 1, -3)" << eperm;
    QTest::newRow("io_uring_setup") << "syscall(SYS_io_uring_setup, 1, 0)" << eperm;
    QTest::newRow("modify_ldt") << "syscall(SYS_modify_ldt, 0, 0, 0)" << eperm;
    // The machine's own business. Harmless arguments: with no filter these still fail.
    QTest::newRow("reboot") << "syscall(SYS_reboot, 0, 0, 0, 0)" << eperm;
    QTest::newRow("kexec_load") << "syscall(SYS_kexec_load, 0, 0, 0, 0xdead0000)" << eperm;
    QTest::newRow("init_module") << "syscall(SYS_init_module, 0, 0, \"\")" << eperm;
    QTest::newRow("finit_module") << "syscall(SYS_finit_module, -1, \"\", 0)" << eperm;
    QTest::newRow("delete_module") << "syscall(SYS_delete_module, \"none\", 0)" << eperm;
    QTest::newRow("swapon") << "swapon(\"/nonexistent\", 0)" << eperm;
    QTest::newRow("settimeofday") << "syscall(SYS_settimeofday, 0, 0)" << eperm;
    QTest::newRow("clock_settime") << "syscall(SYS_clock_settime, -1000, 0)" << eperm;
    QTest::newRow("adjtimex") << "adjtimex(&(struct timex){0})" << eperm;
    QTest::newRow("sethostname") << "sethostname(\"x\", 1)" << eperm;
    QTest::newRow("acct") << "acct(0)" << eperm;
    QTest::newRow("iopl") << "syscall(SYS_iopl, 3)" << eperm;
    QTest::newRow("ioperm") << "syscall(SYS_ioperm, 0x80, 1, 1)" << eperm;
    QTest::newRow("open_by_handle_at") << "syscall(SYS_open_by_handle_at, AT_FDCWD, 0, 0)" << eperm;
    QTest::newRow("name_to_handle_at") << "syscall(SYS_name_to_handle_at, AT_FDCWD, \"/box\", 0, 0, 0)" << eperm;
    // Sockets and terminals.
    QTest::newRow("socket AF_PACKET") << "socket(AF_PACKET, SOCK_DGRAM, 0)" << eperm;
    QTest::newRow("socket SOCK_RAW") << "socket(AF_INET, SOCK_RAW | SOCK_CLOEXEC, 1)" << eperm;
    // Netlink is the one family allowed raw sockets; the filter compares the family's whole
    // register, so garbage above bit 31 (which the kernel ignores) fails closed.
    QTest::newRow("socket SOCK_RAW, family high bits") << "syscall(SYS_socket, (1UL << 32) | AF_NETLINK, SOCK_RAW, 0)" << eperm;
    QTest::newRow("ioctl TIOCSTI") << "ioctl(0, TIOCSTI, \"x\")" << eperm;
    // The kernel reads only the low 32 bits of the request; so does the filter.
    QTest::newRow("ioctl TIOCSTI, high bits") << "syscall(SYS_ioctl, 0, (1UL << 32) | TIOCSTI, \"x\")" << eperm;
    QTest::newRow("ioctl TIOCLINUX") << "ioctl(0, TIOCLINUX, \"\\x0c\")" << eperm;
    QTest::newRow("personality ADDR_NO_RANDOMIZE") << "personality(ADDR_NO_RANDOMIZE)" << eperm;
    QTest::newRow("personality READ_IMPLIES_EXEC") << "personality(READ_IMPLIES_EXEC)" << eperm;
}

void TestSandboxSeccomp::denied()
{
    QFETCH(QString, call);
    QFETCH(QString, expected);
    const QJsonObject run = execute(cProbe(call));
    warnIfFailed(run);
    QCOMPARE(run[QStringLiteral("stdout")].toString().trimmed(), expected);
}

void TestSandboxSeccomp::foreignArchitectureKills_data()
{
    QTest::addColumn<QString>("call");
    // Some kernels (ia32_emulation=false, some hypervisors) fault int $0x80 before seccomp runs.
    QTest::addColumn<bool>("mayFault");
    // getpid through i386's entry; through x32's (the syscall number's bit 30).
    QTest::newRow("i386 int 0x80") << "({ long r = 20; __asm__ volatile(\"int $0x80\" : \"+a\"(r) : : \"memory\"); r; })" << true;
    QTest::newRow("x32 syscall") << "syscall(0x40000000 | SYS_getpid)" << false;
}

void TestSandboxSeccomp::foreignArchitectureKills()
{
    QFETCH(QString, call);
    QFETCH(bool, mayFault);
    const QJsonObject run = execute(cProbe(QStringLiteral("(printf(\"before\\n\"), fflush(stdout), %1)").arg(call)));
    QCOMPARE(run[QStringLiteral("stdout")].toString(), QStringLiteral("before\n"));
    if (mayFault && run[QStringLiteral("signal")] == QStringLiteral("SIGSEGV"))
        QSKIP("this kernel has no i386 syscall entry: int $0x80 faults before the filter sees it");
    QCOMPARE(run[QStringLiteral("signal")].toString(), QStringLiteral("SIGSYS"));
}

void TestSandboxSeccomp::stillWorks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("python threads and subprocess")
        << "python"
        << "import subprocess, threading\nt = threading.Thread(target=print, args=('thread',)); t.start(); t.join()\n"
           "print(subprocess.run(['echo', 'child'], capture_output=True, text=True).stdout.strip())"
        << "thread\nchild";
    // Netlink stays allowed: if_nameindex() asks the kernel through it.
    QTest::newRow("python netlink") << "python" << "import socket; print([n for _, n in socket.if_nameindex()])" << "['lo']";
    // libuv tries io_uring and falls back when it is refused.
    QTest::newRow("node fs, worker, child process")
        << "javascript"
        << "const fs = require('fs'), { Worker } = require('worker_threads'), { execFileSync } = require('child_process');\n"
           "fs.writeFileSync('/tmp/a', 'file');\n"
           "fs.readFile('/tmp/a', 'utf8', (error, data) => {\n"
           "    console.log(error ? error.code : data);\n"
           "    new Worker('require(\"worker_threads\").parentPort.postMessage(\"worker\")', { eval: true })\n"
           "        .on('message', (m) => { console.log(m); console.log(execFileSync('echo', ['child']).toString().trim()); });\n"
           "});"
        << "file\nworker\nchild";
    QTest::newRow("c++ threads")
        << "c++"
        << "#include <atomic>\n#include <iostream>\n#include <thread>\n#include <vector>\n"
           "int main()\n{\n    std::atomic<int> n = 0;\n    std::vector<std::thread> threads;\n"
           "    for (int i = 0; i < 4; ++i)\n        threads.emplace_back([&n] { ++n; });\n"
           "    for (auto &t : threads)\n        t.join();\n    std::cout << n << '\\n';\n}\n"
        << "4";
    QTest::newRow("c fork and exec")
        << "c"
        << "#include <stdio.h>\n#include <sys/wait.h>\n#include <unistd.h>\n"
           "int main(void)\n{\n    int status = -1;\n    pid_t pid = fork();\n"
           "    if (pid == 0) {\n        execl(\"/bin/true\", \"true\", (char *)0);\n        _exit(127);\n    }\n"
           "    waitpid(pid, &status, 0);\n    printf(\"%d\\n\", status);\n    return 0;\n}\n"
        << "0";
    QTest::newRow("c sockets") << "c" << kProbe.arg(QStringLiteral("socket(AF_INET, SOCK_DGRAM, 0) > 0 && socket(AF_UNIX, SOCK_STREAM, 0) > 0")) << "1 0";
    QTest::newRow("c personality query") << "c" << kProbe.arg(QStringLiteral("personality(0xffffffff)")) << "0 0";
    QTest::newRow("c personality PER_LINUX") << "c" << kProbe.arg(QStringLiteral("personality(PER_LINUX)")) << "0 0";
}

void TestSandboxSeccomp::stillWorks()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    // The compile stage (gcc, g++) runs under the filter too.
    const QJsonObject run = execute(body(language, code));
    warnIfFailed(run);
    QCOMPARE(run[QStringLiteral("stdout")].toString().trimmed(), expected);
    QCOMPARE(run[QStringLiteral("code")].toInt(-1), 0);
}

void TestSandboxSeccomp::cleanupTestCase()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(),
                             SandboxHelper::kTeardownTimeoutMs);
    const QStringList left = SandboxHelper::boxProcesses(kBoxUids);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    QCOMPARE(m_helper.stop(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxSeccomp)
#include "tst_sandbox_seccomp.moc"
