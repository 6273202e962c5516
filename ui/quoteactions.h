#pragma once

#include "listpage.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>

#include <functional>

class QAction;
class QMenu;

namespace Tradewind {

class QuoteCommentDialog;
class Workspace;

/**
 * What can be done with a quote — open, submit for approval, approve or reject, mark won or lost, turn a won
 * quote into a contract, start a new revision, copy to a new quote, print and export to PDF — as actions
 * shared by the quote lists (tool
 * bar and context menu), the approvals inbox, the opportunity card's Quotes tab and the quote card. The
 * quote is whatever source() gives at the time (a list's selected row, a card's record). Each action is
 * enabled when its state and the user fit; the server has the last word, and its refusals are shown.
 */
class QuoteActions : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Open, Submit, Approve, Reject, Win, Lose, CreateContract, Revise, Copy, PrintPreview, ExportPdf };
    /** The quote to act on (a summary or a whole quote); empty when there is none. */
    using Source = std::function<QJsonObject()>;
    /** Runs next when the quote may be acted on (a card saves its edits first); not at all when that failed. */
    using Prepare = std::function<void(std::function<void()> next)>;

    QuoteActions(Workspace &workspace, Source source, QWidget *parentWidget);

    QAction *action(Operation operation) const { return m_actions.value(operation); }
    /** The actions of operations, in menu order, with separators between the groups. */
    void addToMenu(QMenu *menu, const QList<Operation> &operations) const;
    /**
     * Puts the actions of operations on a list: the first few on its tool bar too, Open as the default of
     * the context menu (it opens every selected quote), the others for one selected quote.
     */
    void addTo(ListPage *list, const QList<Operation> &operations);
    /** Enables each action for the quote source() gives now (a card calls it after each load). */
    void update();
    void setPrepare(Prepare prepare) { m_prepare = std::move(prepare); }
    bool isBusy() const { return m_busy; }

    /** Whether the signed-in user may do this with quote now (a hint; the server decides). */
    bool isAllowed(Operation operation, const QJsonObject &quote) const;
    /** The approver whose decision the quote waits for, or 0. */
    static qint64 pendingApproverId(const QJsonObject &quote);
    /** Not superseded by a later revision. */
    static bool isCurrentRevision(const QJsonObject &quote);

    /** Starts operation on source()'s quote; approve, reject and lose return the dialog asking first. */
    QuoteCommentDialog *trigger(Operation operation);

    /** POST /opportunities/{id}/quotes, then opens the new draft in its tab. */
    static void createFromOpportunity(Workspace &workspace, qint64 opportunityId, QWidget *parent);

Q_SIGNALS:
    void busyChanged(bool busy);
    /** The server did it; quoteId is the quote changed, or the one created (revision, copy). */
    void succeeded(Tradewind::QuoteActions::Operation operation, qint64 quoteId);
    /** The server refused; the message box telling the user is open. */
    void failed(Tradewind::QuoteActions::Operation operation, const QString &message);

private:
    void addAction(Operation operation, const QString &icon, const QString &text, const QString &objectName);
    QuoteCommentDialog *ask(Operation operation, const QJsonObject &quote);
    void send(Operation operation, const QJsonObject &quote, const QJsonObject &body);
    void print(const QJsonObject &quote, bool pdf);
    void setBusy(bool busy);
    void showFailure(Operation operation, const QString &details);
    static QString failureText(Operation operation);

    Workspace &m_workspace;
    Source m_source;
    QWidget *m_parentWidget;
    Prepare m_prepare;
    QMap<Operation, QAction *> m_actions;
    bool m_busy = false;
};

} // namespace Tradewind
