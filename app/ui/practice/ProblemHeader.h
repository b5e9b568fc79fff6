#pragma once

#include <QString>

struct LanguageInfo;
struct Problem;

// The comment a received problem's code starts with, in the language's comment syntax: the
// problem's name, contest, address and limits, so the file says what it solves.
namespace ProblemHeader {
// Ends with an empty line; empty when the language has no comments.
QString text(const Problem &problem, const LanguageInfo &language);
// A file name for it, e.g. "A_Watermelon.cpp" for "A. Watermelon"; empty for no name.
QString fileName(const Problem &problem, const LanguageInfo *language);
} // namespace ProblemHeader
