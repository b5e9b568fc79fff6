#pragma once

// Scintilla indicator numbers the editor's features use. QScintilla's lexers use 0..7; 8..15
// belong to editing and searching, 16 and above to diagnostics.
namespace EditorIndicators {
// Every match of the find bar's search.
constexpr int FindMatch = 8;
// Closing brackets and quotes the editor typed itself (invisible): only these are stepped over.
constexpr int AutoClosed = 9;
// The squiggle under the spot a diagnostic names.
constexpr int DiagnosticSquiggle = 16;
} // namespace EditorIndicators
