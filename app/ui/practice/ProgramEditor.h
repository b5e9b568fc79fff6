#pragma once

#include <QWidget>

#include <functional>

class CodeEditor;
class LanguagePicker;
struct LanguageInfo;

// A helper program typed in place (a checker, a generator, a brute-force solution): its language
// and its code, highlighted as that language.
class ProgramEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProgramEditor(QWidget *parent = nullptr);

    // nullptr when none is picked.
    const LanguageInfo *language() const;
    // By Piston name or alias ("c++", "python"); an unknown one picks nothing.
    void setLanguage(const QString &name);
    // Offers only the languages for which usable() holds (a checker cannot be in any of them).
    void offerOnly(const std::function<bool(const LanguageInfo &language)> &usable);
    QString code() const;
    void setCode(const QString &code);
    CodeEditor *editor() const { return m_editor; }
    LanguagePicker *languagePicker() const { return m_picker; }

private:
    void highlightAs(const LanguageInfo *language);

    LanguagePicker *m_picker;
    CodeEditor *m_editor;
};
