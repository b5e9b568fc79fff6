#pragma once

// Private to the editor library: KSyntaxLexer's engine. Only built with KSyntaxHighlighting.

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/State>

#include <QByteArray>
#include <QStringView>

#include <vector>

namespace KSyntaxHighlighting {
class Repository;
}

// Runs a KSyntaxHighlighting definition over one line at a time and collects what it says: the
// text style of each UTF-16 unit and, in order, the folding regions the line opens and closes.
class KSyntaxLineHighlighter : public KSyntaxHighlighting::AbstractHighlighter {
public:
    explicit KSyntaxLineHighlighter(const KSyntaxHighlighting::Definition &definition);

    // Highlights one line (without its line end) that starts in state, and returns the state it
    // ends in. Afterwards styles() holds one Theme::TextStyle per UTF-16 unit of text and
    // foldingSteps() +1 for each region begun, -1 for each ended, in text order.
    KSyntaxHighlighting::State highlight(QStringView text, const KSyntaxHighlighting::State &state);
    const QByteArray &styles() const { return m_styles; }
    const std::vector<signed char> &foldingSteps() const { return m_foldingSteps; }

    // Every definition comes from this one repository, loaded on first use; it outlives them.
    static KSyntaxHighlighting::Repository &repository();

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;
    void applyFolding(int offset, int length, KSyntaxHighlighting::FoldingRegion region) override;

private:
    QByteArray m_styles;
    std::vector<signed char> m_foldingSteps;
};
