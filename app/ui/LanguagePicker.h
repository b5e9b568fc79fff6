#pragma once

#include "Runtime.h"

#include <QComboBox>

class LanguageCatalog;
struct LanguageInfo;

// Picks the language of the document from the language catalog. Once the backend has said which
// runtimes it has, each entry shows its versions, and languages without a runtime are marked.
class LanguagePicker : public QComboBox {
    Q_OBJECT
public:
    explicit LanguagePicker(const LanguageCatalog &catalog, QWidget *parent = nullptr);

    const LanguageInfo *currentLanguage() const;
    // Follows the document; does not emit languagePicked().
    void setCurrentLanguage(const LanguageInfo *language);
    // The runtimes of the backend called backendName.
    void setRuntimes(const RuntimeList &runtimes, const QString &backendName = QString());
    // Not known (yet): the plain names.
    void clearRuntimes();

    // The versions of the language among the runtimes; empty when it is not offered.
    static QStringList versionsOf(const LanguageInfo &language, const RuntimeList &runtimes);

signals:
    // The user picked another language.
    void languagePicked(const LanguageInfo *language);

private:
    const LanguageCatalog &m_catalog;
};
