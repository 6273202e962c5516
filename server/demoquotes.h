#pragma once

#include "demodata.h"
#include "money.h"

namespace Tradewind::Demo {

/**
 * The quoting side of the demo company: the product catalogue, the company profile, requested parts on every
 * spare-parts opportunity, and historical quotes in every state made through the quote service itself, as the
 * demo salespeople and their approvers at moments of the past year. Runs inside the caller's transaction.
 */
void populateQuotes(const QSqlDatabase &db, const QDateTime &now);

/** Benchmark quotes up to quoteTarget in total: drafts with three catalogue lines on every fourth opportunity. */
void generateScaleQuotes(const QSqlDatabase &db, qint64 quoteTarget, const Progress &progress);

/** Amount in whole currency units, scaled to the currency's minor units (demodata.cpp). */
Money wholeAmount(qint64 units, const QString &currency);

} // namespace Tradewind::Demo
