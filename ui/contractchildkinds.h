#pragma once

#include "childkind.h"

#include <QCoreApplication>

namespace Tradewind {

/**
 * The execution records of a contract as its card lists them — milestones, stocking, shipments, invoices,
 * payments received and change requests — described once each for ChildRecordsTab (and, where the generic
 * form fits, ChildRecordDialog). Invoices, payments and change requests have forms of their own (allocation
 * to the plan, the terms being changed), so their kinds only list. Built on demand so that every text is in
 * the current language.
 */
class ContractChildKinds
{
    Q_DECLARE_TR_FUNCTIONS(ContractChildKinds)

public:
    /** Milestones achieved (submitted with date and evidence, then approved or rejected). */
    static ChildKind milestones();
    static ChildKind stocking();
    static ChildKind shipments();
    static ChildKind invoices();
    static ChildKind payments();
    static ChildKind changes();

    /** The triggers a milestone can report: everything that happens in a project after signing. */
    static QStringList milestoneTriggers();
    /** Whether the user may record invoices and payments (finance, executives; the server decides). */
    static bool mayRecordMoney(const Employee &user);
    /** Whether the user may decide a milestone or change request of contract (a hint; the server decides). */
    static bool mayDecide(const Employee &user, const QJsonObject &contract, const QJsonObject &request,
                          bool contractAdminsDecide);
};

} // namespace Tradewind
