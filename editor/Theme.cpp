#include "Theme.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

#include <algorithm>
#include <map>

// The themes are compiled into this static library; its resource initialiser has to be referenced
// or the linker drops it. Q_INIT_RESOURCE must not be called from inside a namespace.
static void initThemeResource()
{
    Q_INIT_RESOURCE(themes);
}

namespace {
const QString ThemeDirectory = QStringLiteral(":/runpad/themes");

QColor parseColor(const QJsonValue &value)
{
    const QColor color(value.toString());
    return color.isValid() ? color : QColor();
}

// A translucent colour as it shows over background: Scintilla and palettes want opaque colours.
QColor over(const QColor &color, const QColor &background)
{
    if (color.alpha() == 255 || !background.isValid())
        return color;
    const double a = color.alphaF();
    const auto mix = [a](int top, int bottom) { return qRound(top * a + bottom * (1 - a)); };
    return QColor(mix(color.red(), background.red()), mix(color.green(), background.green()),
                  mix(color.blue(), background.blue()));
}

// Every compiled-in theme by name, parsed once.
const std::map<QString, Theme> &compiledThemes()
{
    static const std::map<QString, Theme> themes = [] {
        initThemeResource();
        std::map<QString, Theme> byName;
        const QDir dir(ThemeDirectory);
        for (const QString &file : dir.entryList({QStringLiteral("*.theme")}, QDir::Files)) {
            const Theme theme = Theme::fromFile(dir.filePath(file));
            if (theme.isValid())
                byName.emplace(theme.name(), theme);
        }
        return byName;
    }();
    return themes;
}
} // namespace

Theme Theme::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return Theme();
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                 : QStringLiteral("not an object"));
    const QJsonObject root = document.object();
    Theme theme;
    theme.m_name = root.value(QStringLiteral("metadata"))
                       .toObject()
                       .value(QStringLiteral("name"))
                       .toString()
                       .trimmed();
    if (theme.m_name.isEmpty())
        return fail(QStringLiteral("metadata.name is missing"));

    const QJsonObject styles = root.value(QStringLiteral("text-styles")).toObject();
    const QJsonObject normal = styles.value(QStringLiteral("Normal")).toObject();
    const QColor normalText = parseColor(normal.value(QStringLiteral("text-color")));
    if (!normalText.isValid())
        return fail(QStringLiteral("text-styles.Normal.text-color is missing"));
    for (int style = 0; style < TextStyleCount; ++style) {
        const QJsonObject object =
            styles.value(textStyleName(static_cast<TextStyle>(style))).toObject();
        Format &format = theme.m_formats[style];
        // As in KSyntaxHighlighting: what a style leaves out, it takes from Normal.
        const QColor text = parseColor(object.value(QStringLiteral("text-color")));
        format.foreground = text.isValid() ? text : normalText;
        format.background = parseColor(object.value(QStringLiteral("background-color")));
        format.bold = object.value(QStringLiteral("bold")).toBool();
        format.italic = object.value(QStringLiteral("italic")).toBool();
        format.underline = object.value(QStringLiteral("underline")).toBool();
        format.strikeThrough = object.value(QStringLiteral("strike-through")).toBool();
    }

    const QJsonObject colors = root.value(QStringLiteral("editor-colors")).toObject();
    for (int role = 0; role < EditorColorCount; ++role) {
        const QString key = editorColorName(static_cast<EditorColor>(role));
        const QColor color = parseColor(colors.value(key));
        if (!color.isValid())
            return fail(QStringLiteral("editor-colors.%1 is missing").arg(key));
        theme.m_editorColors[role] = color;
    }
    // Some themes give colours with alpha (#AARRGGBB); what they mean is the colour over the
    // background.
    const QColor background = theme.m_editorColors[BackgroundColor];
    theme.m_editorColors[BackgroundColor].setAlpha(255);
    for (QColor &color : theme.m_editorColors)
        color = over(color, background);
    for (Format &format : theme.m_formats) {
        format.foreground = over(format.foreground, background);
        if (format.background.isValid())
            format.background = over(format.background, background);
    }
    return theme;
}

Theme Theme::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return Theme();
    }
    return fromJson(file.readAll(), error);
}

QStringList Theme::names()
{
    QStringList names;
    for (const auto &entry : compiledThemes())
        names.append(entry.first);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return names;
}

Theme Theme::byName(const QString &name)
{
    const auto &themes = compiledThemes();
    const auto found = themes.find(name);
    return found != themes.end() ? found->second : Theme();
}

Theme Theme::defaultFor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return byName(dark ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light"));
}

QString Theme::textStyleName(TextStyle style)
{
    return QString::fromLatin1(QMetaEnum::fromType<TextStyle>().valueToKey(style));
}

QString Theme::editorColorName(EditorColor role)
{
    return QString::fromLatin1(QMetaEnum::fromType<EditorColor>().valueToKey(role));
}

bool Theme::isDark() const
{
    return isValid() && background().lightness() < 128;
}

QPalette Theme::palette(const QPalette &base) const
{
    QPalette palette = base;
    if (!isValid())
        return palette;
    palette.setColor(QPalette::Base, background());
    palette.setColor(QPalette::AlternateBase, editorColor(CurrentLine));
    palette.setColor(QPalette::Text, foreground());
    palette.setColor(QPalette::Highlight, editorColor(TextSelection));
    palette.setColor(QPalette::HighlightedText, foreground());
    palette.setColor(QPalette::PlaceholderText, textColor(Comment));
    palette.setColor(QPalette::BrightText, errorTextColor());
    palette.setColor(QPalette::Link, textColor(Function));
    return palette;
}
