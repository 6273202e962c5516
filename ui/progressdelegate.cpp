#include "progressdelegate.h"

#include "formatting.h"
#include "money.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

const QColor trackColour(0xe4, 0xe8, 0xec);
const QColor fillColour(0x2e, 0x7d, 0x32);
const QColor completeColour(0x1b, 0x5e, 0x20);

} // namespace

ProgressDelegate::ProgressDelegate(BasisPoints basisPoints, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_basisPoints(std::move(basisPoints))
{
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int basisPoints = m_basisPoints ? m_basisPoints(index) : -1;
    if (basisPoints < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background (selection, alternating rows) as the style draws it, without its text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QString text = Format::percent(basisPoints);
    const QFontMetrics metrics(option.font);
    const int padding = 6;
    // Room for the widest share ("99.99 %"), so that the bars of a column line up.
    const int textWidth = std::max(metrics.horizontalAdvance(u"99.99 %"_s), metrics.horizontalAdvance(text));
    const QRect area = option.rect.adjusted(padding, 0, -padding, 0);
    const QRect textRect(area.right() - textWidth, area.top(), textWidth, area.height());
    const int barHeight = 6;
    const QRect barRect(area.left(), area.center().y() - barHeight / 2 + 1, std::max(0, textRect.left() - 8 - area.left()),
                        barHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (barRect.width() > 8) {
        QPainterPath track;
        track.addRoundedRect(barRect, 3, 3);
        painter->fillPath(track, trackColour);
        const int clamped = std::clamp(basisPoints, 0, BasisPointsPerWhole);
        const int filled = int(qint64(barRect.width()) * clamped / BasisPointsPerWhole);
        if (filled > 0) {
            QPainterPath bar;
            bar.addRoundedRect(QRect(barRect.left(), barRect.top(), filled, barHeight), 3, 3);
            painter->fillPath(bar, clamped >= BasisPointsPerWhole ? completeColour : fillColour);
        }
    }
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), QFontMetrics(option.font).horizontalAdvance(u"99.99 %"_s) + 60));
    return size;
}

} // namespace Tradewind
