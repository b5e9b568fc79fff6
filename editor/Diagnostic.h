#pragma once

#include <QMetaType>
#include <QString>

// One location a compiler or a crashed program reported, with the span of text that names it so
// the console can turn that span into a link to the line.
struct Diagnostic {
    enum class Severity { Error, Warning, Note };

    QString file;   // as the tool printed it, e.g. "main.cpp", "/box/main.py", "./main.go"
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    Severity severity = Severity::Error;
    QString message;      // one line, e.g. "NameError: name 'y' is not defined"
    qsizetype offset = 0; // where the location text (e.g. "main.cpp:3:5") starts in the parsed text
    qsizetype length = 0; // its length: the console makes this span the link

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

// Carried by signals (the console's links) and QSignalSpy.
Q_DECLARE_METATYPE(Diagnostic)
