// The helper's own SHA-256 (the compile cache's keys): FIPS 180-4's examples, and every length
// around the padding's block boundaries against Qt's implementation.

#include "Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtTest>

class TestSandboxSha256 : public QObject {
    Q_OBJECT

private slots:
    void knownDigests_data();
    void knownDigests();
    void agreesWithQtAtEveryLength();
};

void TestSandboxSha256::knownDigests_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("empty") << QByteArray() << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                 << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestSandboxSha256::knownDigests()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, digest);
    QCOMPARE(QByteArray::fromStdString(sha256Hex({data.constData(), size_t(data.size())})), digest);
}

void TestSandboxSha256::agreesWithQtAtEveryLength()
{
    QRandomGenerator random(20261124);
    for (int length = 0; length <= 300; ++length) {
        QByteArray data(length, Qt::Uninitialized);
        for (char &byte : data)
            byte = char(random.bounded(256));
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        QCOMPARE(QByteArray::fromStdString(sha256Hex({data.constData(), size_t(data.size())})), expected);
    }
}

QTEST_APPLESS_MAIN(TestSandboxSha256)
#include "tst_sandbox_sha256.moc"
