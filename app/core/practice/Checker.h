#pragma once

#include <QJsonObject>
#include <QString>

// How a program's output is compared with the expected answer.
struct CheckerSpec {
    enum class Kind { Exact, IgnoreTrailingWhitespace /* default */, Tokens, Float, Custom };
    Kind kind = Kind::IgnoreTrailingWhitespace;
    double absoluteTolerance = 1e-6; // Float
    double relativeTolerance = 1e-6; // Float
    QString customSource;   // Custom: a testlib-style checker's code (checker input output answer)
    QString customLanguage; // Custom: its language, e.g. "c++"

    QJsonObject toJson() const;
    static CheckerSpec fromJson(const QJsonObject &object);
    static QString kindName(Kind kind);                        // "exact", "lines", "tokens", ...
    static bool kindFromName(const QString &name, Kind *kind); // false for an unknown name
    bool operator==(const CheckerSpec &other) const = default;
};

struct CheckResult {
    bool accepted = false;
    QString message; // where the first difference is, e.g. "line 3: expected `5`, found `4`"
};

// The built-in checkers, pure functions (Custom is run by TestRunner through the backend; given
// here it is not accepted, with a message saying so). CRLF counts as LF everywhere.
CheckResult check(const CheckerSpec &spec, const QString &input, const QString &output,
                  const QString &expected);

// A difference for the diff view: first differing line (0-based) and column, or -1 when none.
// Lines compare as the default checker does (CRLF as LF, trailing whitespace and trailing blank
// lines ignored); the column is where the two lines part.
struct FirstDifference {
    int line = -1;
    int column = -1;
};
FirstDifference firstDifference(const QString &expected, const QString &actual);
