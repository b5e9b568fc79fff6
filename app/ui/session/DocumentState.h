#pragma once

#include "Problem.h"

#include <QJsonObject>
#include <QString>
#include <optional>

// One open document as the session keeps it. The small part (file, language, backend, flags,
// cursor) goes in the session's manifest; the content (text, stdin, problem) in a file of its
// own, so that a keystroke in one buffer rewrites that buffer only. Text and problem are left out
// where the file on disk holds them unchanged.
struct DocumentState {
    QString id;         // stable while the document is open: names its content file
    QString filePath;   // empty: never saved
    QString languageId; // LanguageInfo::id; empty: none
    QString backendId;
    bool textModified = false;    // edits not in the file (or no file at all)
    bool problemModified = false; // test or limit changes not in the problem file
    QString diskHash;             // of the file as last read or saved (hex); empty: unknown
    int cursorLine = 0;
    int cursorIndex = 0;
    int firstVisibleLine = 0;

    std::optional<QString> text; // nullopt: the file's
    QString stdinText;
    std::optional<Problem> problem; // nullopt: the problem file's

    // Whether the content must be kept here rather than read back from the file.
    bool keepsText() const { return filePath.isEmpty() || textModified; }
    bool keepsProblem() const { return filePath.isEmpty() || problemModified; }

    QJsonObject manifestEntry() const;
    QJsonObject content() const;
    // nullopt and *error when the entry is not one of ours.
    static std::optional<DocumentState> fromManifestEntry(const QJsonObject &entry, QString *error);
    // Fills text, stdin and problem; false and *error when the content is broken.
    bool readContent(const QJsonObject &content, QString *error);

    bool operator==(const DocumentState &other) const = default;
};
