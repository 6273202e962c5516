#include "invalidmark.h"

#include <QFrame>
#include <QGroupBox>

namespace Tradewind {

namespace {

const QColor invalidBackground(0xfd, 0xec, 0xea);

} // namespace

void InvalidMark::mark(QWidget *widget)
{
    clear();
    m_widget = widget;
    m_savedPalette = widget->palette();
    m_savedAutoFill = widget->autoFillBackground();
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Base, invalidBackground);
    palette.setColor(QPalette::Button, invalidBackground);
    // Containers (a row of check boxes) have no base of their own: paint their background.
    const bool container = widget->metaObject() == &QWidget::staticMetaObject
        || widget->metaObject() == &QFrame::staticMetaObject || qobject_cast<QGroupBox *>(widget);
    if (container) {
        palette.setColor(QPalette::Window, invalidBackground);
        widget->setAutoFillBackground(true);
    }
    widget->setPalette(palette);
}

void InvalidMark::clear()
{
    if (m_widget) {
        m_widget->setPalette(m_savedPalette);
        m_widget->setAutoFillBackground(m_savedAutoFill);
    }
    m_widget = nullptr;
}

} // namespace Tradewind
