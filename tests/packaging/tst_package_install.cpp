// The .deb as a user gets it: `cmake --install` and cpack work from this build tree, dpkg installs
// the .deb, the INSTALLED runpad-cli and runpad-server run code with the INSTALLED helper (the
// source and build trees hidden from them), and dpkg removes and purges it again. Root only; it
// changes /usr, so CTest runs it alone. A package left by an earlier run is purged first, and the
// machine is left as it was found.

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

namespace {

constexpr int SkipExitCode = 77; // CTest's SKIP_RETURN_CODE for this test

const QString Package = QStringLiteral("runpad");
const QString Helper = QStringLiteral("/usr/libexec/runpad-sandbox");
const QString EnabledLink =
    QStringLiteral("/etc/systemd/system/sockets.target.wants/runpad-sandbox.socket");

struct Finished {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray all() const { return out + err; }
};

// Runs a program to its end. An empty environment means this process's.
Finished run(const QString &program, const QStringList &arguments, int timeoutMs = 120000,
             const QProcessEnvironment &environment = {}, const QString &directory = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    if (!directory.isEmpty())
        process.setWorkingDirectory(directory);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {-1, {}, program.toUtf8() + ": " + process.errorString().toUtf8()};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(),
                process.readAllStandardError() + "\n(killed after " +
                    QByteArray::number(timeoutMs / 1000) + " s)"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// "install ok installed", "deinstall ok config-files", ... or empty when dpkg knows nothing.
QByteArray packageStatus()
{
    const Finished query = run(QStringLiteral("dpkg-query"),
                               {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), Package});
    return query.exitCode == 0 ? query.out.trimmed() : QByteArray();
}

bool groupExists()
{
    return run(QStringLiteral("getent"), {QStringLiteral("group"), Package}).exitCode == 0;
}

// What every package of ours must hold (relative to /).
QStringList expectedFiles()
{
    QStringList files = {
        QStringLiteral("/usr/bin/runpad"),
        QStringLiteral("/usr/bin/runpad-cli"),
        Helper,
        QStringLiteral("/usr/share/runpad/languages/python.json"),
        QStringLiteral("/usr/share/runpad/languages/cpp.json"),
        QStringLiteral("/usr/lib/systemd/system/runpad-sandbox.socket"),
        QStringLiteral("/usr/lib/systemd/system/runpad-sandbox.service"),
        QStringLiteral("/usr/share/applications/runpad.desktop"),
        QStringLiteral("/usr/share/metainfo/io.runpad.RunPad.metainfo.xml"),
        QStringLiteral("/usr/share/icons/hicolor/scalable/apps/runpad.svg"),
        QStringLiteral("/usr/share/man/man1/runpad.1.gz"),
        QStringLiteral("/usr/share/man/man1/runpad-cli.1.gz"),
        QStringLiteral("/usr/share/man/man1/runpad-sandbox.1.gz"),
    };
    if (RUNPAD_HAS_SERVER) {
        files << QStringLiteral("/usr/bin/runpad-server")
              << QStringLiteral("/usr/share/man/man1/runpad-server.1.gz");
    }
    return files;
}

// The programs that the process pid, running the program itself, has started, by /proc/PID/exe
// (unshare and sh exec, so the process started becomes the program).
QStringList childExecutables(qint64 pid, const QString &itself)
{
    QStringList found;
    // Until sh has exec'd the program, its children are the wrapper's (mount).
    if (QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget() != itself)
        return found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &child : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        if (child.toInt() <= 0 || !stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": the parent is the second field after the comm's ')'.
        const QByteArray text = stat.readAll();
        const qint64 parent = text.mid(text.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
        const QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(child)).symLinkTarget();
        // Between fork and exec a child is still the program itself.
        if (parent == pid && !exe.isEmpty() && exe != itself && !found.contains(exe))
            found << exe;
    }
    return found;
}

// Collects childExecutables() while the process runs, until it ends or until done() says so.
template <typename Done>
QStringList watchChildren(QProcess &process, const QString &itself, Done done)
{
    QStringList seen;
    while (process.state() == QProcess::Running && !done()) {
        for (const QString &exe : childExecutables(process.processId(), itself)) {
            if (!seen.contains(exe))
                seen << exe;
        }
        process.waitForReadyRead(10);
    }
    return seen;
}

} // namespace

class PackageInstallTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_work{QDir::tempPath() + QStringLiteral("/runpad-package-test-XXXXXX")};
    QString m_deb;
    QStringList m_installedFiles; // dpkg -L, files only
    bool m_groupExisted = false;
    int m_started = 0; // programs started by startInstalled()

    void purgeIfInstalled()
    {
        if (packageStatus().isEmpty())
            return;
        const Finished purge = run(QStringLiteral("dpkg"), {QStringLiteral("--purge"), Package});
        QVERIFY2(purge.exitCode == 0, purge.all().constData());
    }

    // Starts a program from the package the way a user would: from /, with a plain
    // environment, in a mount namespace where the source and build trees are empty, so that
    // nothing of the build tree can be found or used, whatever the program looks for. Its own
    // helper socket: not one some other test left running.
    void startInstalled(QProcess &process, const QStringList &command)
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        environment.insert(QStringLiteral("HOME"), m_work.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("RUNPAD_SANDBOX_SOCKET"),
                           m_work.filePath(QStringLiteral("run/sandbox-%1.sock").arg(++m_started)));
        QDir().mkpath(m_work.filePath(QStringLiteral("home")));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(QStringLiteral("/"));
        process.start(QStringLiteral("unshare"),
                      QStringList{QStringLiteral("--mount"), QStringLiteral("--propagation"),
                                  QStringLiteral("private"), QStringLiteral("sh"),
                                  QStringLiteral("-c"), hideTreesScript(),
                                  QStringLiteral("hide-trees")} +
                          command);
    }

    Finished runInstalled(const QStringList &command)
    {
        QProcess process;
        startInstalled(process, command);
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    // Mounts an empty tmpfs over the source and the build tree, then runs "$@".
    static QString hideTreesScript()
    {
        return QStringLiteral("for tree in '%1' '%2'; do"
                              "  if [ -d \"$tree\" ]; then mount -t tmpfs -o size=64k,mode=0755 "
                              "runpad-hidden \"$tree\" || exit 111; fi; "
                              "done; exec \"$@\"")
            .arg(QStringLiteral(RUNPAD_SOURCE_DIR), QStringLiteral(RUNPAD_BUILD_DIR));
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_work.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_work.isValid(), qPrintable(m_work.errorString()));
        m_groupExisted = groupExists();
        // An earlier run that stopped half-way left the package: start from nothing.
        purgeIfInstalled();
        QCOMPARE(packageStatus(), QByteArray());
    }

    // `cmake --install` works from the build tree, into any prefix, and the unit names the
    // helper under that prefix (cpack installs the same way, under /usr).
    void installsFromTheBuildTree()
    {
        const QString prefix = m_work.filePath(QStringLiteral("prefix"));
        const Finished install = run(QStringLiteral(RUNPAD_CMAKE),
                                     {QStringLiteral("--install"), QStringLiteral(RUNPAD_BUILD_DIR),
                                      QStringLiteral("--prefix"), prefix});
        QVERIFY2(install.exitCode == 0, install.all().constData());
        for (QString file : expectedFiles()) {
            file.replace(QRegularExpression(QStringLiteral("^/usr")), prefix);
            QVERIFY2(QFileInfo(file).isFile(), qPrintable(file));
        }
        QFile service(prefix + QStringLiteral("/lib/systemd/system/runpad-sandbox.service"));
        QVERIFY(service.open(QIODevice::ReadOnly));
        const QByteArray execStart = "\nExecStart=" + prefix.toUtf8() + "/libexec/runpad-sandbox ";
        QVERIFY2(service.readAll().contains(execStart), execStart.constData());
    }

    void cpackBuildsTheDeb()
    {
        const QString out = m_work.filePath(QStringLiteral("cpack"));
        const Finished cpack =
            run(QStringLiteral(RUNPAD_CPACK),
                {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                 QStringLiteral(RUNPAD_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out},
                600000);
        QVERIFY2(cpack.exitCode == 0, cpack.all().constData());
        const QStringList debs =
            QDir(out).entryList({QStringLiteral("runpad_" RUNPAD_VERSION "_*.deb")}, QDir::Files);
        QVERIFY2(debs.size() == 1, cpack.all().constData());
        m_deb = QDir(out).filePath(debs.first());
        qInfo("%s: %lld KiB", qPrintable(debs.first()), QFileInfo(m_deb).size() / 1024);
    }

    void debHasItsControlFields()
    {
        QVERIFY(!m_deb.isEmpty());
        const Finished info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--info"), m_deb});
        QVERIFY2(info.exitCode == 0, info.all().constData());
        const QString control = QString::fromUtf8(info.out);
        for (const QString &line :
             {QStringLiteral(" Package: runpad\n"), QStringLiteral(" Version: " RUNPAD_VERSION),
              QStringLiteral(" Section: devel\n"),
              QStringLiteral(" Maintainer: RunPad developers <")}) {
            QVERIFY2(control.contains(line), qPrintable(line + QLatin1String(" in\n") + control));
        }
        const QString depends =
            QRegularExpression(QStringLiteral(" Depends: ([^\n]*)")).match(control).captured(1);
        // From dpkg-shlibdeps (libc and Qt for the programs; the helper is static), and ours.
        for (const QString &dependency :
             {QStringLiteral("libc6"), QStringLiteral("adduser"),
              QStringLiteral(RUNPAD_QT_CORE_PACKAGE), QStringLiteral(RUNPAD_QT_SVG_PACKAGE)}) {
            QVERIFY2(depends.contains(dependency),
                     qPrintable(dependency + QLatin1String(" not in Depends: ") + depends));
        }
        for (const QString &script :
             {QStringLiteral(" postinst"), QStringLiteral(" prerm"), QStringLiteral(" postrm")})
            QVERIFY2(control.contains(script), qPrintable(script + QLatin1String(" missing")));
    }

    void dpkgInstallsIt()
    {
        QVERIFY(!m_deb.isEmpty());
        const Finished install = run(QStringLiteral("dpkg"), {QStringLiteral("-i"), m_deb});
        if (install.exitCode != 0 && install.all().contains("dependency problems")) {
            // Nothing is fetched behind the developer's back: the dependencies come from dev.sh.
            const QByteArray said = install.all();
            purgeIfInstalled();
            QFAIL(qPrintable(QStringLiteral("dpkg -i: the package's dependencies are not "
                                            "installed; 'packaging/dev.sh deps' installs them.\n") +
                             QString::fromUtf8(said)));
        }
        QVERIFY2(install.exitCode == 0, install.all().constData());
        QCOMPARE(packageStatus(), QByteArray("install ok installed"));
    }

    void filesAreInPlace()
    {
        const Finished list = run(QStringLiteral("dpkg"), {QStringLiteral("-L"), Package});
        QVERIFY2(list.exitCode == 0, list.all().constData());
        const QStringList listed = QString::fromUtf8(list.out).split(QLatin1Char('\n'));
        m_installedFiles.clear();
        for (const QString &path : listed) {
            if (QFileInfo(path).isFile())
                m_installedFiles << path;
        }
        for (const QString &expected : expectedFiles()) {
            QVERIFY2(listed.contains(expected),
                     qPrintable(expected + QLatin1String(" not listed")));
            QVERIFY2(QFileInfo(expected).isFile(), qPrintable(expected));
        }
        // The unit starts the helper where it is, not where the build tree would install it.
        const QByteArray service = [] {
            QFile file(QStringLiteral("/usr/lib/systemd/system/runpad-sandbox.service"));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY2(service.contains("\nExecStart=" + Helper.toUtf8() + " daemon --systemd"),
                 service.constData());
        const QFileInfo helper(Helper);
        QVERIFY(helper.isExecutable());
        QCOMPARE(helper.ownerId(), 0u);
        // One static executable: no library to load at each one-shot run, nothing to go missing.
        const Finished program = run(QStringLiteral("readelf"), {QStringLiteral("-lW"), Helper});
        QVERIFY2(program.exitCode == 0, program.all().constData());
        QVERIFY2(!program.out.contains("INTERP"), program.out.constData());
    }

    void groupAndSocketAreSetUp()
    {
        QVERIFY2(groupExists(), "postinst did not create the group runpad");
        // Enabled (a symlink, as dh_installsystemd does), started only where systemd runs.
        QVERIFY2(QFileInfo(EnabledLink).isSymLink(), qPrintable(EnabledLink));
        if (QFileInfo::exists(QStringLiteral("/run/systemd/system")))
            QVERIFY(QFileInfo::exists(QStringLiteral("/run/runpad-sandbox.sock")));
    }

    void installedCliRunsPython()
    {
        const QString program = writeFile(QStringLiteral("hello.py"),
                                          "import sys, time\n"
                                          "print('hello', sys.argv[1], input()[::-1], flush=True)\n"
                                          "time.sleep(0.3)\n");
        const QString input = writeFile(QStringLiteral("input.txt"), "dcba\n");
        QVERIFY(!program.isEmpty() && !input.isEmpty());

        // The helper is runpad-cli's child: which program it is, /proc says.
        const QString cliProgram = QStringLiteral("/usr/bin/runpad-cli");
        QProcess cli;
        startInstalled(cli, {cliProgram, QStringLiteral("run"), program, QStringLiteral("--stdin"),
                             input, QStringLiteral("--"), QStringLiteral("from-the-package")});
        QVERIFY(cli.waitForStarted());
        const QStringList helpers = watchChildren(cli, cliProgram, [] { return false; });
        QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(180000));
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, (out + err).constData());
        QCOMPARE(out, QByteArray("hello from-the-package abcd\n"));
        QVERIFY2(helpers == QStringList{Helper}, qPrintable(helpers.join(QLatin1Char(' '))));
    }

    // runpad-server finds the installed helper too, and the helper its languages.
    void installedServerStartsTheHelper()
    {
        if (!RUNPAD_HAS_SERVER)
            QSKIP("runpad-server is built with Qt 6 only");
        const QString serverProgram = QStringLiteral("/usr/bin/runpad-server");
        QProcess server;
        startInstalled(server,
                       {serverProgram, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(server.waitForStarted());
        QByteArray err;
        const QDeadlineTimer deadline(60000);
        // Once the helper answered, the server says which sandbox it has.
        const QStringList helpers = watchChildren(server, serverProgram, [&] {
            err += server.readAllStandardError();
            return err.contains("runpad-server: sandbox") || deadline.hasExpired();
        });
        const QByteArray out = server.readAllStandardOutput();
        server.terminate();
        QVERIFY(server.waitForFinished(30000));
        QVERIFY2(out.startsWith("runpad-server listening on http://127.0.0.1:"),
                 (out + err).constData());
        QVERIFY2(err.contains("runpad-server: sandbox: Local sandbox (privileged)"),
                 err.constData());
        QVERIFY2(helpers == QStringList{Helper}, qPrintable(helpers.join(QLatin1Char(' '))));
    }

    void installedCliRunsCpp()
    {
        const QString program = writeFile(
            QStringLiteral("sum.cpp"),
            "#include <iostream>\n"
            "int main() { long a, b; std::cin >> a >> b; std::cout << a + b << '\\n'; }\n");
        const QString input = writeFile(QStringLiteral("numbers.txt"), "40 2\n");
        QVERIFY(!program.isEmpty() && !input.isEmpty());
        const Finished cpp =
            runInstalled({QStringLiteral("/usr/bin/runpad-cli"), QStringLiteral("run"), program,
                          QStringLiteral("--stdin"), input});
        QVERIFY2(cpp.exitCode == 0, cpp.all().constData());
        QCOMPARE(cpp.out, QByteArray("42\n"));

        // A compile error says so and exits 126, as runpad-cli(1) promises.
        const QString broken =
            writeFile(QStringLiteral("broken.cpp"), "int main() { return x; }\n");
        const Finished error =
            runInstalled({QStringLiteral("/usr/bin/runpad-cli"), QStringLiteral("run"), broken});
        QCOMPARE(error.exitCode, 126);
        QVERIFY2(error.err.contains("was not declared in this scope"), error.err.constData());
    }

    void installedProgramsAnswerHelp()
    {
        const Finished gui =
            runInstalled({QStringLiteral("/usr/bin/runpad"), QStringLiteral("--help")});
        QVERIFY2(gui.exitCode == 0 && gui.out.contains("--run-all"), gui.all().constData());
        const Finished cli =
            runInstalled({QStringLiteral("/usr/bin/runpad-cli"), QStringLiteral("--version")});
        QVERIFY2(cli.exitCode == 0 && cli.out.contains(RUNPAD_VERSION), cli.all().constData());
        const Finished helper = runInstalled({Helper, QStringLiteral("--help")});
        QVERIFY2(helper.exitCode == 0 && helper.out.contains("runpad-sandbox daemon"),
                 helper.all().constData());
        if (RUNPAD_HAS_SERVER) {
            const Finished server =
                runInstalled({QStringLiteral("/usr/bin/runpad-server"), QStringLiteral("--help")});
            QVERIFY2(server.exitCode == 0 && server.out.contains("--token-file"),
                     server.all().constData());
        }
        if (!QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty()) {
            const Finished man = runInstalled(
                {QStringLiteral("man"), QStringLiteral("-w"), QStringLiteral("runpad-cli")});
            QCOMPARE(man.out.trimmed(), QByteArray("/usr/share/man/man1/runpad-cli.1.gz"));
        }
    }

    // dpkg -r takes the files and keeps the enablement (masked); --purge forgets that too.
    void removeThenPurgeLeaveNothing()
    {
        QVERIFY(!m_installedFiles.isEmpty());
        const Finished remove = run(QStringLiteral("dpkg"), {QStringLiteral("-r"), Package});
        QVERIFY2(remove.exitCode == 0, remove.all().constData());
        for (const QString &path : std::as_const(m_installedFiles))
            QVERIFY2(!QFileInfo::exists(path), qPrintable(path + QLatin1String(" is left")));
        const QString masked = QStringLiteral("/etc/systemd/system/runpad-sandbox.socket");
        QCOMPARE(QFileInfo(masked).symLinkTarget(), QStringLiteral("/dev/null"));

        const Finished purge = run(QStringLiteral("dpkg"), {QStringLiteral("--purge"), Package});
        QVERIFY2(purge.exitCode == 0, purge.all().constData());
        QCOMPARE(packageStatus(), QByteArray());
        QVERIFY2(!QFileInfo(EnabledLink).isSymLink(), qPrintable(EnabledLink));
        QVERIFY2(!QFileInfo(masked).isSymLink(), qPrintable(masked));
        // Nor does deb-systemd-helper keep any state of ours.
        QDirIterator state(QStringLiteral("/var/lib/systemd"), {QStringLiteral("*runpad*")},
                           QDir::AllEntries | QDir::System | QDir::Hidden,
                           QDirIterator::Subdirectories);
        QVERIFY2(!state.hasNext(), qPrintable(state.hasNext() ? state.next() : QString()));
        // Debian leaves system groups: files and memberships may still name them.
        QVERIFY(groupExists());
    }

    void cleanupTestCase()
    {
        purgeIfInstalled();
        // The group is the package's to keep, but this test made it: the machine goes back to how
        // it was.
        if (!m_groupExisted && groupExists()) {
            const Finished remove = run(QStringLiteral("groupdel"), {Package});
            QVERIFY2(remove.exitCode == 0, remove.all().constData());
        }
    }
};

int main(int argc, char *argv[])
{
    // dpkg -i needs root, and a machine where installing a package is what is wanted.
    if (::geteuid() != 0) {
        std::fputs("SKIP: the package test installs a .deb with dpkg: it needs root\n", stdout);
        return SkipExitCode;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("dpkg")).isEmpty()) {
        std::fputs("SKIP: the package test needs dpkg (a Debian-like system)\n", stdout);
        return SkipExitCode;
    }
    QCoreApplication app(argc, argv);
    PackageInstallTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_package_install.moc"
