#pragma once

#include <QColor>
#include <QMetaType>
#include <QPalette>
#include <QString>
#include <QStringList>

#include <array>

// A colour theme in KSyntaxHighlighting's JSON .theme format: colours and font attributes per text
// style, and the editor's own colours. The KDE themes are compiled in, so both builds (with and
// without KSyntaxHighlighting) offer the same themes and look alike.
class Theme {
    Q_GADGET
public:
    // KSyntaxHighlighting::Theme::TextStyle: same names, order and values.
    enum TextStyle {
        Normal = 0,
        Keyword,
        Function,
        Variable,
        ControlFlow,
        Operator,
        BuiltIn,
        Extension,
        Preprocessor,
        Attribute,
        Char,
        SpecialChar,
        String,
        VerbatimString,
        SpecialString,
        Import,
        DataType,
        DecVal,
        BaseN,
        Float,
        Constant,
        Comment,
        Documentation,
        Annotation,
        CommentVar,
        RegionMarker,
        Information,
        Warning,
        Alert,
        Error,
        Others
    };
    Q_ENUM(TextStyle)
    static constexpr int TextStyleCount = Others + 1;

    // KSyntaxHighlighting::Theme::EditorColorRole: same names, order and values.
    enum EditorColor {
        BackgroundColor = 0,
        TextSelection,
        CurrentLine,
        SearchHighlight,
        ReplaceHighlight,
        BracketMatching,
        TabMarker,
        SpellChecking,
        IndentationLine,
        IconBorder,
        CodeFolding,
        LineNumbers,
        CurrentLineNumber,
        WordWrapMarker,
        ModifiedLines,
        SavedLines,
        Separator,
        MarkBookmark,
        MarkBreakpointActive,
        MarkBreakpointReached,
        MarkBreakpointDisabled,
        MarkExecution,
        MarkWarning,
        MarkError,
        TemplateBackground,
        TemplatePlaceholder,
        TemplateFocusedPlaceholder,
        TemplateReadOnlyPlaceholder
    };
    Q_ENUM(EditorColor)
    static constexpr int EditorColorCount = TemplateReadOnlyPlaceholder + 1;

    // How one text style is drawn. An invalid background means the editor's background.
    struct Format {
        QColor foreground;
        QColor background;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool strikeThrough = false;

        bool operator==(const Format &other) const = default;
    };

    // An invalid theme (no name); byName() returns it for an unknown name.
    Theme() = default;

    // Parses a .theme document; on failure returns an invalid theme and says why in *error.
    static Theme fromJson(const QByteArray &json, QString *error = nullptr);
    static Theme fromFile(const QString &path, QString *error = nullptr);

    // The compiled-in themes' names, sorted for a menu.
    static QStringList names();
    static Theme byName(const QString &name);
    // Breeze Dark for a dark palette (dark window background), Breeze Light otherwise.
    static Theme defaultFor(const QPalette &palette);

    // The style's name as the theme files spell it ("DecVal").
    static QString textStyleName(TextStyle style);
    static QString editorColorName(EditorColor role);

    bool isValid() const { return !m_name.isEmpty(); }
    QString name() const { return m_name; }
    // True when the text background is dark: panels beside the editor should be dark too.
    bool isDark() const;

    Format format(TextStyle style) const { return m_formats.at(style); }
    QColor textColor(TextStyle style) const { return m_formats.at(style).foreground; }
    QColor editorColor(EditorColor role) const { return m_editorColors.at(role); }
    QColor foreground() const { return textColor(Normal); }
    QColor background() const { return editorColor(BackgroundColor); }
    // Colours for diagnostics: the line marks of errors and warnings, and the text of each.
    QColor errorMarkColor() const { return editorColor(MarkError); }
    QColor warningMarkColor() const { return editorColor(MarkWarning); }
    QColor errorTextColor() const { return textColor(Error); }
    QColor warningTextColor() const { return textColor(Warning); }

    // A palette for plain text widgets beside the editor (stdin box, console): base, text,
    // selection and placeholder colours from the theme, everything else from base.
    QPalette palette(const QPalette &base = QPalette()) const;

    bool operator==(const Theme &other) const = default;

private:
    QString m_name;
    std::array<Format, TextStyleCount> m_formats{};
    std::array<QColor, EditorColorCount> m_editorColors{};
};

Q_DECLARE_METATYPE(Theme)
