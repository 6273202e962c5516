#pragma once

#include "documentpage.h"

class QTabWidget;

namespace Tradewind {

class ReportView;
class Workspace;

/**
 * The reports module (key "reports", 报表): contract register, payments received, invoicing and accounts
 * receivable with ageing, each with its filters, totals per currency and drill-down to the contracts behind
 * a figure. Everybody has it; the server counts only the contracts the user may see.
 */
class ReportsPage : public DocumentPage
{
    Q_OBJECT

public:
    explicit ReportsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString documentKey() const override;
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    /** The report of this kind: "contractRegister", "paymentsReceived", "invoicing" or "arAgeing". */
    ReportView *report(const QString &name) const;
    /** Shows that report's tab (and loads it the first time). */
    ReportView *showReport(const QString &name);
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    QList<ReportView *> m_reports;
};

} // namespace Tradewind
