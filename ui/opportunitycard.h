#pragma once

#include "cardpage.h"
#include "opportunity.h"

class QFormLayout;
class QLabel;
class QMenu;
class QPushButton;

namespace Tradewind {

class ChildRecordDialog;
class ChildRecordsTab;
class HistoryView;
class QuoteList;

/** The card of one opportunity: its key facts, all its data, and who changed what when. */
class OpportunityCard : public CardPage
{
    Q_OBJECT

public:
    OpportunityCard(Workspace &workspace, qint64 opportunityId, QWidget *parent = nullptr);

    QString documentKey() const override;
    QIcon icon() const override;

    qint64 opportunityId() const { return m_opportunityId; }
    QPushButton *editButton() const { return m_editButton; }
    /** The header button adding a follow-up record. */
    QPushButton *followUpButton() const { return m_followUpButton; }
    /** The header button creating a quote pre-filled from the opportunity. */
    QPushButton *createQuoteButton() const { return m_createQuoteButton; }
    /** The Quotes tab: the opportunity's quotes (current revisions) with the quote actions. */
    QuoteList *quoteList() const { return m_quotes; }
    /** The tabs of the sub-records, in tab order (contacts, follow-ups… advice). */
    const QList<ChildRecordsTab *> &childTabs() const { return m_childTabs; }
    /** The tab of the sub-records under this path ("follow-ups"…), or nullptr. */
    ChildRecordsTab *childTab(const QString &path) const;
    HistoryView *historyView() const { return m_history; }

    /** Opens the edit dialog on the opportunity as shown. */
    void edit();
    /** Opens the dialog adding a follow-up record (nullptr before the opportunity has loaded). */
    ChildRecordDialog *addFollowUp();
    /** Creates a quote pre-filled from the opportunity and opens it. */
    void createQuote();
    /** The header button creating the contract of a won opportunity (shown once it is won). */
    QPushButton *createContractButton() const { return m_createContractButton; }
    /** Creates the contract of the won opportunity (from its won quote) and opens it. */
    void createContract();
    /** The card's own context menu (edit, follow-up, create quote, create contract), as right-click shows it. */
    QMenu *createContextMenu(QWidget *parent);

    /** The user-visible name of an opportunity field in the history, or "" for fields not shown. */
    static QString fieldLabel(const QString &field);
    /** An opportunity field's value as the user reads it. */
    static QString valueText(const QString &field, const QJsonValue &value);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    QString placeholderTitle() const override;
    void populate(const QJsonObject &record) override;
    void reloadRelated() override;

private:
    void buildBasicTab();
    void buildChildTabs();
    void buildQuotesTab();
    void setBasic(const QString &objectName, const QString &value);
    void updateChildTabTitle(ChildRecordsTab *tab);
    Fact latestQuoteFact(const std::optional<Opportunity::LatestQuote> &latest);

    qint64 m_opportunityId;
    QPushButton *m_editButton;
    QPushButton *m_followUpButton;
    QPushButton *m_createQuoteButton;
    QPushButton *m_createContractButton;
    QuoteList *m_quotes = nullptr;
    QHash<QString, QLabel *> m_basicValues;
    QFormLayout *m_basicForm = nullptr;
    QList<ChildRecordsTab *> m_childTabs;
    HistoryView *m_history = nullptr;
};

} // namespace Tradewind
