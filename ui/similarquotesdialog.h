#pragma once

#include "quote.h"
#include "quoteactions.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace Tradewind {

class ApiReply;
class QuoteLineModel;
class RemoteListModel;
class Workspace;

/**
 * "Copy from similar quote…": earlier quotes the user may see, for the same customer or with the same
 * products, best match first (GET /quotes/{id}/similar), with the lines of the selected one previewed. Copy
 * appends those lines to the quote on the server (POST /quotes/{id}/copy-lines); quotes in another currency
 * cannot be copied from.
 */
class SimilarQuotesDialog : public QDialog
{
    Q_OBJECT

public:
    SimilarQuotesDialog(Workspace &workspace, const Quote &target, QWidget *parent = nullptr);
    ~SimilarQuotesDialog() override;

    /** Runs before the copy is sent (the card saves its edits); the copy is dropped when it does not go on. */
    void setPrepare(QuoteActions::Prepare prepare) { m_prepare = std::move(prepare); }

    RemoteListModel *candidates() const { return m_candidates; }
    QTableView *candidateTable() const { return m_candidateTable; }
    QuoteLineModel *preview() const { return m_preview; }
    QTableView *previewTable() const { return m_previewTable; }
    QPushButton *copyButton() const { return m_copyButton; }
    /** The quote whose lines the preview shows (0 while none, or while it loads). */
    qint64 previewedQuoteId() const { return m_previewedId; }
    bool isBusy() const { return m_copyReply != nullptr; }
    QString messageText() const;

    /** Copies the lines of the selected quote. */
    void copySelected();

Q_SIGNALS:
    /** The lines were added; quote is the target as the server answered. */
    void copied(const QJsonObject &quote);

private:
    void selectionChanged();
    void showPreview(const QJsonObject &source);
    void sendCopy(qint64 sourceId);
    void showMessage(const QString &text);
    void updateCopyButton();

    Workspace &m_workspace;
    Quote m_target;
    QuoteActions::Prepare m_prepare;
    RemoteListModel *m_candidates;
    QTableView *m_candidateTable;
    QuoteLineModel *m_preview;
    QTableView *m_previewTable;
    QLabel *m_previewTitle;
    QLabel *m_message;
    QPushButton *m_copyButton;
    qint64 m_previewedId = 0;
    QString m_previewCurrency;
    QPointer<ApiReply> m_previewReply;
    QPointer<ApiReply> m_copyReply;
};

} // namespace Tradewind
