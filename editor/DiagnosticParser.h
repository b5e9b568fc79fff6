#pragma once

#include "Diagnostic.h"

#include <QList>

// Finds error locations in what compilers and crashed programs print, so the console can link
// them to lines and the editor can mark them. One pass over the lines, no backtracking regexes.
//
// Rules (a file name must have an extension starting with a letter, so "12:30:45 ok" or
// "http://x:80/" never match; severity words are required where the format has them):
// - gcc, clang, javac, cobc: "file:line[:col]: error|fatal error|warning|note: msg" at the start
//   of a line; gcc's "file:line:col:   required from ..." context lines are notes; "In function"
//   and "In file included from" lines are not diagnostics. javac's column comes from its caret.
//   ld's "file:(.text+0x6): undefined reference to ..." is an error on line 0.
// - Python: one error per traceback, at the last frame whose file is not a library (under /usr/,
//   lib/pythonX, site-packages, "<frozen ...>"), message = the final "XxxError: ..." line; the
//   other user frames are notes ("in f"). SyntaxError's bare "File ..., line N" block too.
// - Stack traces of node and Java ("at f (file:line:col)", "at C.m(File.java:12)"), ruby
//   ("from file:line:in ..."), go (panic + goroutine frames), lua ("stack traceback:") and php
//   ("#0 file(line): f()"): the error sits where the tool says it happened (node's "file:line"
//   header, ruby's and lua's first line, php's "in file:line") or else at the first user frame;
//   every other user frame is a note. "Caused by:" starts a new error.
// - rustc: "error[E0425]: msg" / "warning: msg" / "note: msg" followed by " --> file:line:col";
//   a header without an arrow ("aborting due to ...") is no diagnostic. Panics too.
// - go "./main.go:3:2: msg", ruby "main.rb:6: syntax error, ...", lua "lua: main.lua:3: msg",
//   php "[PHP ]Parse error|Fatal error|Warning|Notice|Deprecated: msg in file on line N",
//   perl "msg at main.pl line 3.", bash "main.sh: line 3: msg", fpc "main.pas(3,5) Error: msg",
//   mcs/tsc "main.cs(3,5): error CS0103: msg" (the code stays in the message), tsc's
//   "main.ts:3:5 - error TS2304: msg", gfortran's "file:line:col:" ... "Error: msg" and
//   "At line N of file F" + "Fortran runtime error: msg".
// Lines may end in CRLF. Diagnostics come in the order of their location's offset.
class DiagnosticParser {
public:
    // Every diagnostic found in a tool's output (stderr, or stdout for tools that print there),
    // in order of appearance.
    static QList<Diagnostic> parse(const QString &output);
};
