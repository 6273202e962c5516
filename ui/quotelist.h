#pragma once

#include "cardpage.h"
#include "quoteactions.h"
#include "remotelistmodel.h"

#include <QWidget>

class QAction;
class QComboBox;

namespace Tradewind {

class ListPage;
class Workspace;

/**
 * A list of quotes with the quote actions on its tool bar and context menu. Two lists use it: the quotes
 * module (every visible quote, filtered by status) and the Quotes tab of an opportunity card (that
 * opportunity's quotes, with "Create quote").
 */
class QuoteList : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { All, OfOpportunity };

    /** opportunity: for OfOpportunity, the opportunity as the card loaded it (its id at least). */
    QuoteList(Workspace &workspace, Kind kind, qint64 opportunityId = 0, QWidget *parent = nullptr);

    static QList<ListColumn> columns(Kind kind);
    /** The colour family a quote status shows in (chips and lists alike). */
    static CardPage::Tone statusTone(const QString &status);

    Kind kind() const { return m_kind; }
    ListPage *listPage() const { return m_list; }
    QuoteActions *actions() const { return m_actions; }
    /** "New quote…" (All) or "Create quote" (OfOpportunity). */
    QAction *newAction() const { return m_newAction; }
    /** The status filter (All), else nullptr. */
    QComboBox *statusFilter() const { return m_statusFilter; }

    void reload();

private:
    QJsonObject selectedRow() const;

    Workspace &m_workspace;
    Kind m_kind;
    qint64 m_opportunityId;
    ListPage *m_list;
    QuoteActions *m_actions;
    QAction *m_newAction = nullptr;
    QComboBox *m_statusFilter = nullptr;
};

} // namespace Tradewind
