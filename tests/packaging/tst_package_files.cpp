// What the package ships besides the programs: the desktop file and the AppStream metainfo pass
// their validators, the man pages render without warnings and document every option the
// programs' --help lists, and the icon draws at 16 and 256 px.

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

struct Finished {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Finished run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {-1, {}, program.toUtf8() + ": " + process.errorString().toUtf8()};
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, "did not finish within 60 s: " + process.errorString().toUtf8()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString manPage(const QString &name)
{
    return QStringLiteral(RUNPAD_MAN_SOURCE_DIR "/%1.1").arg(name);
}

// The long options a --help text lists ("--listen", "--token-file", ...).
QStringList longOptions(const QByteArray &help)
{
    static const QRegularExpression option(QStringLiteral("(?:^|[\\s,\\[(])(--[a-z][a-z0-9-]*)"));
    QStringList found;
    auto matches = option.globalMatch(QString::fromUtf8(help));
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        if (!found.contains(name))
            found << name;
    }
    return found;
}

int alphaAt(const QImage &image, double x, double y)
{
    return qAlpha(image.pixel(int(x * (image.width() - 1)), int(y * (image.height() - 1))));
}

} // namespace

class PackageFilesTest : public QObject {
    Q_OBJECT

private slots:
    void desktopFileIsValid()
    {
        const QString validator =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
        const Finished result = run(validator, {QStringLiteral(RUNPAD_DESKTOP_FILE)});
        QVERIFY2(result.exitCode == 0 && result.out.trimmed().isEmpty(),
                 (result.out + result.err).constData());
    }

    void metainfoIsValid()
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (validator.isEmpty())
            QSKIP("appstreamcli is not installed (Debian: appstream)");
        const Finished result =
            run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                            QStringLiteral(RUNPAD_METAINFO_FILE)});
        QVERIFY2(result.exitCode == 0, (result.out + result.err).constData());
        // Only the pedantic note on the id's capitals (io.runpad.RunPad) may remain.
        QVERIFY2(!result.out.contains("W: ") && !result.out.contains("E: ") &&
                     !result.out.contains("I: "),
                 result.out.constData());
    }

    void metainfoNamesThisVersion()
    {
        const QByteArray metainfo = readFile(QStringLiteral(RUNPAD_METAINFO_FILE));
        QVERIFY(!metainfo.isEmpty());
        const QByteArray release = "<release version=\"" RUNPAD_VERSION "\"";
        QVERIFY2(metainfo.contains(release),
                 "the metainfo's <releases> does not list version " RUNPAD_VERSION
                 " (project(VERSION) in CMakeLists.txt)");
    }

    void manPagesRenderWithoutWarnings_data()
    {
        QTest::addColumn<QString>("page");
        for (const char *name : {"runpad", "runpad-cli", "runpad-sandbox", "runpad-server"})
            QTest::newRow(name) << manPage(QString::fromLatin1(name));
    }

    void manPagesRenderWithoutWarnings()
    {
        QFETCH(QString, page);
        const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
        if (man.isEmpty())
            QSKIP("man is not installed (Debian: man-db)");
        const Finished result =
            run(man, {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                      QStringLiteral("-l"), QStringLiteral("-Tutf8"), QStringLiteral("-Z"), page});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        QVERIFY(!result.out.isEmpty());
    }

    void manPagesDocumentEveryOption_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("page");
        QTest::newRow("runpad") << QStringLiteral(RUNPAD_GUI) << manPage(QStringLiteral("runpad"));
        QTest::newRow("runpad-cli")
            << QStringLiteral(RUNPAD_CLI) << manPage(QStringLiteral("runpad-cli"));
        QTest::newRow("runpad-sandbox")
            << QStringLiteral(RUNPAD_HELPER) << manPage(QStringLiteral("runpad-sandbox"));
        if (QByteArray(RUNPAD_SERVER).size() > 0) {
            QTest::newRow("runpad-server")
                << QStringLiteral(RUNPAD_SERVER) << manPage(QStringLiteral("runpad-server"));
        }
    }

    // The man page goes stale when an option is added: this fails then.
    void manPagesDocumentEveryOption()
    {
        QFETCH(QString, program);
        QFETCH(QString, page);
        const Finished help = run(program, {QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0, help.err.constData());
        const QStringList options = longOptions(help.out);
        QVERIFY2(options.size() >= 2, help.out.constData());
        // In troff a dash is "\-".
        const QString text =
            QString::fromUtf8(readFile(page)).replace(QLatin1String("\\-"), QLatin1String("-"));
        QVERIFY(!text.isEmpty());
        QStringList missing;
        for (const QString &option : options) {
            static const QRegularExpression word(QStringLiteral("[a-z0-9-]"));
            qsizetype at = text.indexOf(option);
            // "--token" must not count as found in "--token-file".
            while (at >= 0 && at + option.size() < text.size() &&
                   word.match(text.mid(at + option.size(), 1)).hasMatch())
                at = text.indexOf(option, at + 1);
            if (at < 0)
                missing << option;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 does not document %2")
                                                   .arg(page, missing.join(QLatin1String(", ")))));
    }

    void iconDrawsSmallAndLarge_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("16 px") << 16;
        QTest::newRow("32 px") << 32;
        QTest::newRow("256 px") << 256;
    }

    // The window icon from the resource, as Qt draws it; saved beside the test to be looked at.
    void iconDrawsSmallAndLarge()
    {
        QFETCH(int, size);
        const QIcon icon(QStringLiteral(":/icons/runpad.svg"));
        const QImage image = icon.pixmap(size, size).toImage();
        QVERIFY2(!image.isNull(), "the icon did not draw: is Qt's SVG plugin installed "
                                  "(libqt6svg6 / libqt5svg5)?");
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.save(QStringLiteral("runpad-icon-%1.png").arg(size)));
        // A rounded square: transparent corners, an opaque middle and edges.
        QCOMPARE(alphaAt(image, 0, 0), 0);
        QCOMPARE(alphaAt(image, 1, 1), 0);
        QCOMPARE(alphaAt(image, 0.5, 0.5), 255);
        QCOMPARE(alphaAt(image, 0.5, 0.1), 255);
        // The white "play" triangle and the amber cursor are both there.
        int white = 0, amber = 0;
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                const QColor color = image.pixelColor(x, y);
                if (color.lightness() > 235)
                    ++white;
                else if (color.red() > 200 && color.green() > 150 && color.blue() < 120)
                    ++amber;
            }
        }
        QVERIFY2(white > size * size / 16, qPrintable(QString::number(white)));
        QVERIFY2(amber > size * size / 100, qPrintable(QString::number(amber)));
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    PackageFilesTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_package_files.moc"
