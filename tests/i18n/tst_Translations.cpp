// Every shipped translation is complete against the sources as they are now. lupdate (this
// flavour's) reads the sources into a copy of each .ts, as `update_translations` would, so a
// string added to the code since the last update shows up here as unfinished. The copies are then
// checked: no unfinished message, each translation with its source's placeholders, and a keyboard
// mnemonic where the source has one.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    bool isCurrent() const
    {
        return type != QLatin1String("vanished") && type != QLatin1String("obsolete");
    }
    QString name() const
    {
        QString text = source;
        text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        if (text.size() > 90)
            text = text.left(87) + QStringLiteral("...");
        return QStringLiteral("%1: \"%2\"").arg(context, text);
    }
};

struct Catalog {
    QString language; // the TS element's
    QList<Message> messages;
    QString lupdateOutput;
};

// lupdate writes a .ts it has parsed itself, so the reader can be strict.
QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
            continue; // into its contexts
        }
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                Message message;
                message.context = context;
                message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("source")) {
                        message.source = xml.readElementText();
                    } else if (xml.name() == QLatin1String("translation")) {
                        message.type = xml.attributes().value(QLatin1String("type")).toString();
                        if (message.numerus) {
                            while (xml.readNextStartElement())
                                message.translations << xml.readElementText();
                        } else {
                            message.translations << xml.readElementText();
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                messages << message;
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// "%1".."%9" and "%n" (also as %L1, %Ln), as QString::arg() and tr() replace them.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9n])"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(QLatin1Char('%') + it.next().captured(1));
    return found;
}

// Keyboard mnemonics: a single '&' before a character; "&&" is a literal ampersand, and "&amp;"
// or "&nbsp;" in rich text are entities.
int mnemonics(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|[A-Za-z]+);"));
    text.remove(QStringLiteral("&&"));
    text.remove(entity);
    static const QRegularExpression mnemonic(QStringLiteral("&\\S"));
    return int(text.count(mnemonic));
}

QString describe(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.isEmpty() ? QStringLiteral("none") : list.join(QLatin1Char(' '));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void lupdatePlacesEveryString();
    void everyMessageIsTranslated_data() { addRows(); }
    void everyMessageIsTranslated();
    void placeholdersMatch_data() { addRows(); }
    void placeholdersMatch();
    void mnemonicsMatch_data() { addRows(); }
    void mnemonicsMatch();

private:
    void addRows();
    const Catalog &catalog();

    QTemporaryDir m_dir;
    QMap<QString, Catalog> m_catalogs; // by .ts file name
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStringList files = QString::fromUtf8(RUNPAD_TS_FILES).split(QLatin1Char('|'));
    files << QStringLiteral(RUNPAD_EN_TS_FILE);
    for (const QString &file : std::as_const(files)) {
        const QString name = QFileInfo(file).fileName();
        const QString copy = m_dir.filePath(name);
        QVERIFY2(QFile::copy(file, copy), qPrintable(QStringLiteral("cannot copy ") + file));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // The options of update_translations (translations/CMakeLists.txt).
        QStringList arguments{QStringLiteral("-locations"), QStringLiteral("relative"),
                              QStringLiteral("-no-ui-lines")};
        if (file == QLatin1String(RUNPAD_EN_TS_FILE))
            arguments << QStringLiteral("-pluralonly"); // English: its plural forms only
        arguments << QLatin1Char('@') + QStringLiteral(RUNPAD_LUPDATE_LIST) << QStringLiteral("-ts")
                  << copy;
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(RUNPAD_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(RUNPAD_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        const QString output = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(output));

        Catalog catalog;
        catalog.lupdateOutput = output;
        QString error;
        catalog.messages = readTs(copy, &catalog.language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(name + QStringLiteral(": ") + error));
        QVERIFY2(!catalog.messages.isEmpty(),
                 qPrintable(name + QStringLiteral(" has no messages")));
        int current = 0;
        for (const Message &message : std::as_const(catalog.messages))
            current += message.isCurrent();
        qInfo("%s (%s): %d messages, %d vanished or obsolete", qPrintable(name),
              qPrintable(catalog.language), current, int(catalog.messages.size()) - current);
        m_catalogs.insert(name, catalog);
    }
}

void TestTranslations::addRows()
{
    QTest::addColumn<QString>("file");
    for (auto it = m_catalogs.cbegin(); it != m_catalogs.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

const Catalog &TestTranslations::catalog()
{
    QFETCH(QString, file);
    return m_catalogs[file];
}

// A tr() that lupdate cannot give a context (in a free function, say) is a string no translator
// ever sees: the window would show it in English whatever the language.
void TestTranslations::lupdatePlacesEveryString()
{
    QStringList lost;
    for (const Catalog &catalog : std::as_const(m_catalogs)) {
        for (const QString &line : catalog.lupdateOutput.split(QLatin1Char('\n'))) {
            if ((line.contains(QLatin1String("cannot be called without context")) ||
                 line.contains(QLatin1String("Cannot invoke tr()"))) &&
                !lost.contains(line))
                lost << line;
        }
    }
    QVERIFY2(lost.isEmpty(),
             qPrintable(QStringLiteral("lupdate cannot place these strings (use Class::tr() or "
                                       "QCoreApplication::translate(\"Context\", ...)):\n") +
                        lost.join(QLatin1Char('\n'))));
}

void TestTranslations::everyMessageIsTranslated()
{
    QStringList unfinished;
    for (const Message &message : catalog().messages) {
        if (!message.isCurrent())
            continue;
        bool empty = message.translations.isEmpty();
        for (const QString &translation : message.translations)
            empty = empty || translation.isEmpty();
        if (message.type == QLatin1String("unfinished") || empty)
            unfinished << message.name();
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished (run the update_translations target, then "
                                       "translate them):\n%2")
                            .arg(unfinished.size())
                            .arg(unfinished.join(QLatin1Char('\n')))));
}

void TestTranslations::placeholdersMatch()
{
    QStringList wrong;
    for (const Message &message : catalog().messages) {
        if (!message.isCurrent() || message.type == QLatin1String("unfinished"))
            continue;
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            const QSet<QString> found = placeholders(translation);
            if (found != expected)
                wrong << QStringLiteral("%1 has %2, its translation \"%3\" has %4")
                             .arg(message.name(), describe(expected), translation, describe(found));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestTranslations::mnemonicsMatch()
{
    QStringList wrong;
    for (const Message &message : catalog().messages) {
        if (!message.isCurrent() || message.type == QLatin1String("unfinished"))
            continue;
        const int expected = qMin(1, mnemonics(message.source));
        for (const QString &translation : message.translations) {
            if (qMin(1, mnemonics(translation)) != expected || mnemonics(translation) > 1)
                wrong << QStringLiteral("%1: \"%2\" %3")
                             .arg(message.name(), translation,
                                  expected ? QStringLiteral("needs one '&' mnemonic")
                                           : QStringLiteral("has a stray '&' (write && for one)"));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_Translations.moc"
