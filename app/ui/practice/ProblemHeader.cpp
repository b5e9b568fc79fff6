#include "ProblemHeader.h"

#include "LanguageCatalog.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProblemHeader", text);
}

// One line each: a name with a line break in it must not end the comment.
QString oneLine(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("[\\r\\n]+")), QStringLiteral(" "));
    return text.trimmed();
}
} // namespace

QString ProblemHeader::text(const Problem &problem, const LanguageInfo &language)
{
    QStringList lines;
    if (!problem.name.isEmpty())
        lines << tr("Problem: %1").arg(oneLine(problem.name));
    if (!problem.group.isEmpty())
        lines << tr("Contest: %1").arg(oneLine(problem.group));
    if (!problem.url.isEmpty())
        lines << tr("URL: %1").arg(oneLine(problem.url));
    lines
        << tr("Limits: %1 ms, %2 MB").arg(problem.timeLimitMs).arg(problem.memoryLimitBytes >> 20);
    // Indented as the template starts: fixed-form COBOL reads nothing before column 8.
    const QString indent =
        QRegularExpression(QStringLiteral("^[ \\t]*")).match(language.templateText).captured();
    QString text;
    if (!language.lineComment.isEmpty()) {
        for (const QString &line : lines)
            text += indent + language.lineComment + QLatin1Char(' ') + line + QLatin1Char('\n');
    } else if (!language.blockCommentStart.isEmpty()) {
        // The end token inside the text would end the comment early.
        const QString end = language.blockCommentEnd;
        QString body = lines.join(QStringLiteral("\n"));
        if (!end.isEmpty())
            body.replace(end, QString(end).insert(1, QLatin1Char(' ')));
        text = language.blockCommentStart + QLatin1Char('\n') + body + QLatin1Char('\n') + end +
               QLatin1Char('\n');
    } else {
        return QString();
    }
    return text + QLatin1Char('\n');
}

QString ProblemHeader::fileName(const Problem &problem, const LanguageInfo *language)
{
    QString base = oneLine(problem.name);
    base.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("_"));
    base.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    if (base.isEmpty())
        return QString();
    const QString extension = language && !language->extensions.isEmpty()
                                  ? language->extensions.first()
                                  : QStringLiteral("txt");
    return base + QLatin1Char('.') + extension;
}
