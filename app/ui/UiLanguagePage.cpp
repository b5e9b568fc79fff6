#include "UiLanguagePage.h"

#include "UiLanguage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

UiLanguagePage::UiLanguagePage(QWidget *parent)
    : QWidget(parent), m_language(new QComboBox), m_note(new QLabel)
{
    setObjectName(QStringLiteral("uiLanguagePage"));
    m_language->setObjectName(QStringLiteral("uiLanguage"));
    const QString chosen = UiLanguage::chosen();
    for (const UiLanguage::Choice &choice : UiLanguage::choices())
        m_language->addItem(choice.name, choice.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(chosen)));

    m_note->setObjectName(QStringLiteral("uiLanguageNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    QString note = tr("RunPad uses the new language when it starts again.");
    const QString forced = UiLanguage::forced();
    if (!forced.isEmpty())
        note += QLatin1Char(' ') + tr("RUNPAD_LANGUAGE=%1 is set in the environment; while it is, "
                                      "it overrides this choice.")
                                       .arg(forced);
    m_note->setText(note);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Interface language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);

    connect(m_language, qOverload<int>(&QComboBox::activated), this, &UiLanguagePage::choose);
}

void UiLanguagePage::choose(int index)
{
    UiLanguage::setChosen(m_language->itemData(index).toString());
}
