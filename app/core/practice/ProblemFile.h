#pragma once

#include "Problem.h"

#include <QString>
#include <optional>

// The sidecar next to a code file: "main.cpp" -> "main.cpp.runpad.json". Saved atomically
// (QSaveFile); load returns nullopt without an error when there is none, and with one when it is
// broken (the broken file is left as it is).
namespace ProblemFile {
QString pathFor(const QString &codePath);
bool save(const QString &codePath, const Problem &problem, QString *error);
std::optional<Problem> load(const QString &codePath, QString *error);
} // namespace ProblemFile
