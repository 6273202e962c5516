#pragma once

#include "cardpage.h"

class QFormLayout;
class QLabel;
class QPushButton;

namespace Tradewind {

class ChildRecordDialog;
class ChildRecordsTab;
class HistoryView;

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
    /** The tabs of the sub-records, in tab order (contacts, follow-ups… advice). */
    const QList<ChildRecordsTab *> &childTabs() const { return m_childTabs; }
    /** The tab of the sub-records under this path ("follow-ups"…), or nullptr. */
    ChildRecordsTab *childTab(const QString &path) const;
    HistoryView *historyView() const { return m_history; }

    /** Opens the edit dialog on the opportunity as shown. */
    void edit();
    /** Opens the dialog adding a follow-up record (nullptr before the opportunity has loaded). */
    ChildRecordDialog *addFollowUp();

    /** The user-visible name of an opportunity field in the history, or "" for fields not shown. */
    static QString fieldLabel(const QString &field);
    /** An opportunity field's value as the user reads it. */
    static QString valueText(const QString &field, const QJsonValue &value);

protected:
    QString placeholderTitle() const override;
    void populate(const QJsonObject &record) override;
    void reloadRelated() override;

private:
    void buildBasicTab();
    void buildChildTabs();
    void setBasic(const QString &objectName, const QString &value);
    void updateChildTabTitle(ChildRecordsTab *tab);

    qint64 m_opportunityId;
    QPushButton *m_editButton;
    QPushButton *m_followUpButton;
    QHash<QString, QLabel *> m_basicValues;
    QFormLayout *m_basicForm = nullptr;
    QList<ChildRecordsTab *> m_childTabs;
    HistoryView *m_history = nullptr;
};

} // namespace Tradewind
