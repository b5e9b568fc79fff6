#pragma once

// Scintilla indicator numbers the editor's features use. QScintilla's lexers use 0..7 and
// diagnostics use 16 and above; 8..15 belong to editing and searching.
namespace EditorIndicators {
// Every match of the find bar's search.
constexpr int FindMatch = 8;
// Closing brackets and quotes the editor typed itself (invisible): only these are stepped over.
constexpr int AutoClosed = 9;
} // namespace EditorIndicators
