#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

// The language of RunPad's interface: the one chosen in Settings ▸ Language (QSettings
// "ui/language"), else the system's. install() loads RunPad's translation, compiled in under
// :/i18n, and Qt's own for its dialogs. $RUNPAD_LANGUAGE (ko, de, en, …) overrides the setting,
// so tests and screenshots can force a language.
class UiLanguage {
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)
public:
    struct Choice {
        QString code; // "" for the system's language
        QString name; // in its own language: "English", "한국어", "Deutsch"
    };

    // "System default", then English and every language RunPad has a translation for.
    static QList<Choice> choices();
    // The setting: a language code, or "" for the system's.
    static QString chosen();
    static void setChosen(const QString &code);
    // $RUNPAD_LANGUAGE when set; empty otherwise.
    static QString forced();
    // The locale the interface follows: forced(), else chosen(), else the system's.
    static QLocale locale();

    // An action's text as a button or a tooltip shows it: "&Run" → "Run", and "실행(&R)" → "실행"
    // (Korean and Chinese put the mnemonic after the words; Qt would leave "실행(R)").
    static QString withoutMnemonic(const QString &text);

    // Installs the translators on app (replacing those of an earlier call) and returns the
    // language RunPad now speaks: "ko", "de", or "en" when it has no translation for locale().
    static QString install(QCoreApplication *app);
};
