#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Tradewind {

/** User-visible names of the wire codes (kinds, stages, sources, partner classes, roles, sub-record choices). */
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString kind(const QString &code);
    static QString stage(const QString &code);
    static QString source(const QString &code);
    static QString partnerClass(const QString &code);
    static QString partnerClasses(const QStringList &codes);
    static QString role(const QString &code);
    static QString roles(const QStringList &codes);
    /** How a follow-up happened (visit, call, email, meeting). */
    static QString followUpWay(const QString &code);
    /** The threat a competitor poses (low, medium, high). */
    static QString threat(const QString &code);
    /** The state of a tender's bid bond (none, paid, refunded, forfeited). */
    static QString bondStatus(const QString &code);
    /** The outcome of a tender (pending, won, lost, cancelled). */
    static QString tenderResult(const QString &code);
};

} // namespace Tradewind
