#pragma once

#include "TextSearch.h"

#include <QPointer>
#include <QWidget>

class CodeEditor;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

// The find and replace bar the app shows under the editor. It searches whichever editor it is
// given (plain text or a regular expression, whole words, case), highlights every match, says
// which match is selected ("3 of 12"), turns red when nothing matches or the expression is
// invalid, and replaces one match or all of them (one undo step). Esc closes it.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    // The editor to search; nullptr for none. Highlights move to the new editor.
    void setEditor(CodeEditor *editor);
    CodeEditor *editor() const { return m_editor; }

    TextSearch::Options options() const;
    void setOptions(TextSearch::Options options);
    QString searchText() const;
    void setSearchText(const QString &text);
    QString replaceText() const;
    void setReplaceText(const QString &text);

    // Shows the bar, without or with the replace row, seeded with the selected text.
    void openFind();
    void openReplace();
    // Hides the bar, drops the highlights and gives the focus back to the editor.
    void closeBar();
    bool isReplaceShown() const;

    // Select the next or previous match, wrapping around; false when there is none.
    bool findNext();
    bool findPrevious();
    // Replaces the selected match and selects the next; when the selection is not a match, finds
    // the next one instead.
    bool replace();
    // Replaces every match as one undo step; returns how many.
    int replaceAll();

    int matchCount();
    // 1-based number of the match that is selected, 0 when the selection is not a match.
    int currentMatch();
    QString statusText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Range {
        int start;
        int end;
    };

    void open(bool withReplace);
    void searchChanged();
    void markDirty();
    void refreshIfDirty();
    void refresh();
    void clearHighlights(CodeEditor *editor);
    void updateStatus();
    void setFieldError(bool error);
    qsizetype matchAtSelection() const;
    void selectMatch(qsizetype index);

    QPointer<CodeEditor> m_editor;
    QLineEdit *m_findField;
    QLineEdit *m_replaceField;
    QLabel *m_status;
    QToolButton *m_matchCase;
    QToolButton *m_wholeWord;
    QToolButton *m_regularExpression;
    QWidget *m_replaceRow;
    QTimer *m_refreshTimer;

    TextSearch m_search;
    QList<TextSearch::Match> m_matches;
    QList<Range> m_ranges; // the matches in the editor's byte positions
    bool m_dirty = true;
    bool m_open = false;
    bool m_capped = false;
    int m_searchStart = 0; // where typing in the field searches from
};
