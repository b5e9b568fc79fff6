#include "LanguagePicker.h"

#include "LanguageCatalog.h"

#include <QStringList>

LanguagePicker::LanguagePicker(const LanguageCatalog &catalog, QWidget *parent)
    : QComboBox(parent), m_catalog(catalog)
{
    setSizeAdjustPolicy(AdjustToContents);
    setToolTip(tr("Language of the document"));
    for (const LanguageInfo &language : catalog.languages())
        addItem(language.name, language.id);
    // activated() comes from the user only, never from setCurrentIndex().
    connect(this, qOverload<int>(&QComboBox::activated), this,
            [this] { emit languagePicked(currentLanguage()); });
}

const LanguageInfo *LanguagePicker::currentLanguage() const
{
    return m_catalog.byName(currentData().toString());
}

void LanguagePicker::setCurrentLanguage(const LanguageInfo *language)
{
    setCurrentIndex(language ? findData(language->id) : -1);
}

QStringList LanguagePicker::versionsOf(const LanguageInfo &language, const RuntimeList &runtimes)
{
    // Several versions of a language may be installed side by side.
    QStringList versions;
    for (const Runtime &runtime : runtimes) {
        if (runtime.matches(language.language))
            versions.append(runtime.version);
    }
    return versions;
}

void LanguagePicker::setRuntimes(const RuntimeList &runtimes, const QString &backendName)
{
    for (int i = 0; i < count(); ++i) {
        const LanguageInfo *language = m_catalog.byName(itemData(i).toString());
        if (!language)
            continue;
        const QStringList versions = versionsOf(*language, runtimes);
        if (versions.isEmpty()) {
            setItemText(i, tr("%1 (not installed)").arg(language->name));
            setItemData(i, QColor(Qt::gray), Qt::ForegroundRole);
            setItemData(i,
                        backendName.isEmpty()
                            ? tr("The backend has no runtime for %1.").arg(language->name)
                            : tr("%1 has no runtime for %2.").arg(backendName, language->name),
                        Qt::ToolTipRole);
        } else {
            setItemText(i, tr("%1 (%2)").arg(language->name, versions.join(QStringLiteral(", "))));
            setItemData(i, QVariant(), Qt::ForegroundRole);
            setItemData(i, QVariant(), Qt::ToolTipRole);
        }
    }
}

void LanguagePicker::clearRuntimes()
{
    for (int i = 0; i < count(); ++i) {
        if (const LanguageInfo *language = m_catalog.byName(itemData(i).toString()))
            setItemText(i, language->name);
        setItemData(i, QVariant(), Qt::ForegroundRole);
        setItemData(i, QVariant(), Qt::ToolTipRole);
    }
}
