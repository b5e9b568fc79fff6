#pragma once

#include <QIcon>

// The toolbar's Run and Stop icons, drawn in code: the platform styles' media icons are small and
// colourless, and the build has no SVG module to spare.
class ActionIcons {
public:
    static QIcon run();
    static QIcon stop();
};
