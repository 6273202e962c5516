#pragma once

#include "listpage.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace Tradewind {

/**
 * Sets the widths of a table's or tree's first columns in average characters of its font (plus the cell
 * padding), so that they suit the font and its language.
 */
template<typename View>
void setColumnWidthsInCharacters(View *view, const QList<int> &characters)
{
    const int unit = view->fontMetrics().averageCharWidth();
    for (qsizetype column = 0; column < characters.size(); ++column)
        view->setColumnWidth(int(column), characters.at(column) * unit + 16);
}

/**
 * Gives a list's columns sensible first widths, in average characters of the view's font, unless the
 * user's own widths were restored from the settings (ListPage keeps them under "lists/<key>/header").
 */
inline void setDefaultColumnWidths(ListPage &list, const QString &settingsKey, const QList<int> &characters)
{
    using namespace Qt::StringLiterals;
    if (QSettings().contains(u"lists/%1/header"_s.arg(settingsKey)))
        return;
    setColumnWidthsInCharacters(list.view(), characters);
}

} // namespace Tradewind
