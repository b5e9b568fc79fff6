// BoxUidPool: one lease per uid within a helper and across helpers, and a uid is free again the
// moment its lease ends, even while processes cloned during the lease still live.

#include "BoxUidPool.h"
#include "SandboxConfig.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// Runs `work` in a forked child (another helper on the same host) and returns its exit code.
template<typename Work>
int inChild(Work work)
{
    const pid_t pid = fork();
    if (pid == 0)
        _exit(work());
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 255;
}

} // namespace

class TestSandboxUidPool : public QObject {
    Q_OBJECT

private slots:
    void init();
    void oneLeasePerUid();
    void otherHelpersAreExcluded();
    void clonedProcessesDoNotKeepTheLease();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    SandboxConfig m_config;
};

void TestSandboxUidPool::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config.lockDir = QFile::encodeName(m_dir->filePath(QStringLiteral("locks"))).toStdString();
    m_config.firstUid = 70000;
    m_config.uidCount = 2;
}

void TestSandboxUidPool::oneLeasePerUid()
{
    BoxUidPool pool(m_config);
    auto first = pool.acquire();
    auto second = pool.acquire();
    QVERIFY(first && second);
    QVERIFY(first->uid() != second->uid());
    QVERIFY(!pool.acquire());
    const uid_t freed = first->uid();
    first.reset();
    const auto again = pool.acquire();
    QVERIFY(again);
    QCOMPARE(again->uid(), freed);
    // A lease moved elsewhere still holds its uid, and frees it once.
    std::optional<BoxUidPool::Lease> moved(std::move(*second));
    second.reset();
    QVERIFY(!pool.acquire());
}

void TestSandboxUidPool::otherHelpersAreExcluded()
{
    BoxUidPool pool(m_config);
    const auto mine = pool.acquire();
    QVERIFY(mine);
    const uid_t other = mine->uid() == 70000 ? 70001 : 70000;
    // Another helper gets the other uid, and nothing once it holds that.
    QCOMPARE(inChild([&] {
                 BoxUidPool theirs(m_config);
                 const auto lease = theirs.acquire();
                 return lease && lease->uid() == other && !theirs.acquire() ? 0 : 1;
             }),
             0);
}

void TestSandboxUidPool::clonedProcessesDoNotKeepTheLease()
{
    BoxUidPool pool(m_config);
    auto first = pool.acquire();
    auto second = pool.acquire();
    QVERIFY(first && second);
    // A process cloned while the leases live (as a box is) and slow to close what it inherited.
    const pid_t box = fork();
    if (box == 0) {
        pause();
        _exit(0);
    }
    const uid_t freed = first->uid();
    first.reset();
    // Another helper gets the uid at once.
    const int code = inChild([&] {
        BoxUidPool theirs(m_config);
        const auto lease = theirs.acquire();
        return lease && lease->uid() == freed ? 0 : 1;
    });
    kill(box, SIGKILL);
    waitpid(box, nullptr, 0);
    QCOMPARE(code, 0);
}

QTEST_GUILESS_MAIN(TestSandboxUidPool)
#include "tst_sandbox_uidpool.moc"
