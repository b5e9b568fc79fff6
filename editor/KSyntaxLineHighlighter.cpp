#include "KSyntaxLineHighlighter.h"

#include <KSyntaxHighlighting/FoldingRegion>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <algorithm>

namespace {
// Never destroyed: definitions handed out may be alive until the very end of the program.
KSyntaxHighlighting::Repository *sharedRepository()
{
    static auto *repository = new KSyntaxHighlighting::Repository;
    return repository;
}
} // namespace

KSyntaxLineHighlighter::KSyntaxLineHighlighter(const KSyntaxHighlighting::Definition &definition)
{
    setDefinition(definition);
}

KSyntaxHighlighting::State
KSyntaxLineHighlighter::highlight(QStringView text, const KSyntaxHighlighting::State &state)
{
    m_styles.resize(text.size());
    m_styles.fill(char(KSyntaxHighlighting::Theme::Normal));
    m_foldingSteps.clear();
    return highlightLine(text, state);
}

KSyntaxHighlighting::Repository &KSyntaxLineHighlighter::repository()
{
    return *sharedRepository();
}

void KSyntaxLineHighlighter::applyFormat(int offset, int length,
                                         const KSyntaxHighlighting::Format &format)
{
    const int begin = std::clamp(offset, 0, int(m_styles.size()));
    const int end = std::clamp(offset + length, begin, int(m_styles.size()));
    const char style =
        format.isValid() ? char(format.textStyle()) : char(KSyntaxHighlighting::Theme::Normal);
    std::fill(m_styles.begin() + begin, m_styles.begin() + end, style);
}

void KSyntaxLineHighlighter::applyFolding(int offset, int length,
                                          KSyntaxHighlighting::FoldingRegion region)
{
    Q_UNUSED(offset)
    Q_UNUSED(length)
    if (region.type() == KSyntaxHighlighting::FoldingRegion::Begin)
        m_foldingSteps.push_back(1);
    else if (region.type() == KSyntaxHighlighting::FoldingRegion::End)
        m_foldingSteps.push_back(-1);
}
