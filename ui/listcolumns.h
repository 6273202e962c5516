#pragma once

#include "remotelistmodel.h"

namespace Tradewind::ListColumns {

// The usual columns of a remote list, each reading one field of the row object; none is sortable unless a
// server sort key is given.

/** A text field as it is, on one line. */
ListColumn text(const QString &header, const QString &field, const QString &sortKey = {});
/** An ISO date, in the locale's short format. */
ListColumn date(const QString &header, const QString &field, const QString &sortKey = {});
/** A UTC timestamp, in local time. */
ListColumn timestamp(const QString &header, const QString &field, const QString &sortKey = {});
/** A Money object with its currency, right-aligned. */
ListColumn money(const QString &header, const QString &field, const QString &sortKey = {});
/** A wire code through its translated label (Labels::…). */
ListColumn code(const QString &header, const QString &field, QString (*label)(const QString &),
                const QString &sortKey = {});

} // namespace Tradewind::ListColumns
