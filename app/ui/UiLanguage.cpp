#include "UiLanguage.h"

#include "ButtonMnemonics.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

// Q_INIT_RESOURCE must be used outside any namespace. It is needed because the translations live
// in a static library, whose resource the linker would otherwise drop. Once is enough.
static void initTranslationsResource()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(i18n);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace {

const QString SettingsKey = QStringLiteral("ui/language");
const QString ResourceDir = QStringLiteral(":/i18n");
// What install() puts on the application, to be found and replaced by the next call.
const QString InstalledName = QStringLiteral("runpadUiLanguage");

// QScintilla's editor menu: its own translations have no Korean, so RunPad's carry these.
[[maybe_unused]] const char *const QsciScintillaMenu[] = {
    QT_TRANSLATE_NOOP("QsciScintilla", "&Undo"),      QT_TRANSLATE_NOOP("QsciScintilla", "&Redo"),
    QT_TRANSLATE_NOOP("QsciScintilla", "Cu&t"),       QT_TRANSLATE_NOOP("QsciScintilla", "&Copy"),
    QT_TRANSLATE_NOOP("QsciScintilla", "&Paste"),     QT_TRANSLATE_NOOP("QsciScintilla", "Delete"),
    QT_TRANSLATE_NOOP("QsciScintilla", "Select All"),
};

QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

// "한국어", "Deutsch": a language's name in itself, capitalised as a menu item is.
QString nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English"); // not "American English"
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? code : name;
}

QTranslator *newTranslator(QCoreApplication *app)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(InstalledName);
    return translator;
}

} // namespace

QList<UiLanguage::Choice> UiLanguage::choices()
{
    initTranslationsResource();
    QList<Choice> list{{QString(), tr("System default")},
                       {QStringLiteral("en"), nativeName(QStringLiteral("en"))}};
    // Every runpad_<code>.qm compiled in is a choice; English's only holds its plural forms.
    const QStringList files =
        QDir(ResourceDir).entryList({QStringLiteral("runpad_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(7, file.size() - 7 - 3);
        if (code != QLatin1String("en"))
            list.append({code, nativeName(code)});
    }
    return list;
}

QString UiLanguage::chosen()
{
    return QSettings().value(SettingsKey).toString();
}

void UiLanguage::setChosen(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, code);
}

QString UiLanguage::forced()
{
    return qEnvironmentVariable("RUNPAD_LANGUAGE").trimmed();
}

QLocale UiLanguage::locale()
{
    QString code = forced();
    if (code.isEmpty())
        code = chosen();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString UiLanguage::withoutMnemonic(const QString &text)
{
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\s*\\(&[^&\\s]\\)"));
    QString plain = text;
    plain.remove(cjkMnemonic);
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return plain;
}

QString UiLanguage::install(QCoreApplication *app)
{
    initTranslationsResource();
    // Deleting a translator or an event filter uninstalls it.
    qDeleteAll(app->findChildren<QObject *>(InstalledName, Qt::FindDirectChildrenOnly));

    const QLocale wanted = locale();
    QTranslator *runpad = newTranslator(app);
    // The best match among the locale's languages; English's plural forms when there is none.
    if (!runpad->load(wanted, QStringLiteral("runpad"), QStringLiteral("_"), ResourceDir) &&
        !runpad->load(QStringLiteral("runpad_en"), ResourceDir)) {
        delete runpad;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(runpad);
    // ":/i18n/runpad_ko.qm" → "ko"
    const QString language = QFileInfo(runpad->filePath()).completeBaseName().mid(7);

    // Qt's own words (standard buttons, text field menus, file dialogs) in the same language,
    // when the system has them (Debian: qt6-translations-l10n, qttranslations5-l10n).
    if (language != QLatin1String("en")) {
        QTranslator *qt = newTranslator(app);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     qtTranslationsPath()))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    // Tool buttons without "(R)" where the mnemonic follows the words.
    static const QStringList mnemonicAfterWords{QStringLiteral("ko"), QStringLiteral("ja"),
                                                QStringLiteral("zh")};
    if (mnemonicAfterWords.contains(language.left(2))) {
        auto *buttons = new ButtonMnemonics(app);
        buttons->setObjectName(InstalledName);
        app->installEventFilter(buttons);
    }
    // Numbers, sizes and dates as the chosen language writes them, not only its words.
    const bool explicitChoice = !forced().isEmpty() || !chosen().isEmpty();
    if (explicitChoice && QLocale(language).language() == wanted.language())
        QLocale::setDefault(wanted);
    else
        QLocale::setDefault(QLocale::system());
    return language;
}
