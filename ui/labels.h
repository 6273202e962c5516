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
    /** The state of a quote (draft, submitted, approved, rejected, won, lost). */
    static QString quoteStatus(const QString &code);
    /** The language a quote is printed in (en, zh). */
    static QString quoteLanguage(const QString &code);
    /** An approver's decision (pending, approved, rejected). */
    static QString approvalDecision(const QString &code);
    /** A quote as people name it: its number and revision, e.g. "Q-2026-00042 Rev B". */
    static QString quoteReference(const QString &number, const QString &revisionLabel);
    /** The state of a contract (draft, active, completed, terminated). */
    static QString contractStatus(const QString &code);
    /** The type of a contract (system_project, spare_parts). */
    static QString contractType(const QString &code);
    /** What starts a settlement node's clock (signing, shipment, arrival…). */
    static QString settlementTrigger(const QString &code);
    /** A settlement node's name: the shipped rules' English names in the user's language, others as typed. */
    static QString planNodeName(const QString &name);
    /** The state of a milestone or contract change request (submitted, approved, rejected). */
    static QString requestStatus(const QString &code);
    /** How a payment was received (bank_transfer, letter_of_credit…). */
    static QString paymentMethod(const QString &code);
    /** The state of a stocking line (planned, in_production, ready, shipped). */
    static QString stockingStatus(const QString &code);
};

} // namespace Tradewind
