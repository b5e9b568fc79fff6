#pragma once

#include <QStringList>
#include <QTest>
#include <QWidget>

// Types text into a widget as a person would, line breaks as the Return key (QTest::keyClicks
// takes none).
inline void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}
