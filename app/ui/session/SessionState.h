#pragma once

#include "DocumentState.h"

#include <QList>

// The open documents in the order of their tabs, and which one is in view.
struct SessionState {
    QList<DocumentState> documents;
    int currentIndex = 0;

    bool operator==(const SessionState &other) const = default;
};
