#pragma once

#include <QPalette>
#include <QPointer>
#include <QWidget>

namespace Tradewind {

/** Paints the background of a refused field and gives the widget its own look back when cleared. */
class InvalidMark
{
public:
    void mark(QWidget *widget);
    void clear();
    QWidget *widget() const { return m_widget; }

private:
    QPointer<QWidget> m_widget;
    QPalette m_savedPalette;
    bool m_savedAutoFill = false;
};

} // namespace Tradewind
