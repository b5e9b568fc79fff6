#include "ProgramEditor.h"

#include "CodeEditor.h"
#include "EditorLanguage.h"
#include "LanguageCatalog.h"
#include "LanguagePicker.h"

#include <QLabel>
#include <QVBoxLayout>

ProgramEditor::ProgramEditor(QWidget *parent)
    : QWidget(parent), m_picker(new LanguagePicker(LanguageCatalog::instance(), this)),
      m_editor(new CodeEditor(this))
{
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(8);
    m_editor->setMinimumHeight(m_editor->fontMetrics().height() * 6);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Language:"), this);
    label->setBuddy(m_picker);
    row->addWidget(label);
    row->addWidget(m_picker, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_editor, 1);
    connect(m_picker, &LanguagePicker::languagePicked, this, &ProgramEditor::highlightAs);
}

const LanguageInfo *ProgramEditor::language() const
{
    return m_picker->currentLanguage();
}

void ProgramEditor::setLanguage(const QString &name)
{
    const LanguageInfo *language = LanguageCatalog::instance().byName(name);
    m_picker->setCurrentLanguage(language);
    highlightAs(language);
}

void ProgramEditor::offerOnly(const std::function<bool(const LanguageInfo &language)> &usable)
{
    for (int i = m_picker->count() - 1; i >= 0; --i) {
        const LanguageInfo *language =
            LanguageCatalog::instance().byName(m_picker->itemData(i).toString());
        if (!language || !usable(*language))
            m_picker->removeItem(i);
    }
}

QString ProgramEditor::code() const
{
    return m_editor->text();
}

void ProgramEditor::setCode(const QString &code)
{
    m_editor->setDocumentText(code);
}

void ProgramEditor::highlightAs(const LanguageInfo *language)
{
    setEditorLanguage(m_editor, language);
}
