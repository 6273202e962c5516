#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QTableView;

namespace Tradewind {

class PlanNodeModel;
class QuoteLineModel;

/**
 * One stored version of a contract (a row of GET /contracts/{id}/versions): its amount and terms, its items and
 * its settlement plan as they were, read-only. Versions are written at signing, with every approved change and
 * with every adjusted plan, so what was agreed when stays readable.
 */
class ContractVersionDialog : public QDialog
{
    Q_OBJECT

public:
    /** version: {revision, reason, created_at, created_by_name, snapshot: {contract, plan}}. */
    explicit ContractVersionDialog(const QJsonObject &version, QWidget *parent = nullptr);

    QuoteLineModel *itemModel() const { return m_items; }
    PlanNodeModel *planModel() const { return m_plan; }

private:
    QLabel *m_heading;
    QLabel *m_terms;
    QuoteLineModel *m_items;
    PlanNodeModel *m_plan;
};

} // namespace Tradewind
