#pragma once

#include "cardpage.h"

class QLabel;
class QPushButton;

namespace Tradewind {

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
    HistoryView *historyView() const { return m_history; }

    /** Opens the edit dialog on the opportunity as shown. */
    void edit();

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
    void setBasic(const QString &objectName, const QString &value);

    qint64 m_opportunityId;
    QPushButton *m_editButton;
    QHash<QString, QLabel *> m_basicValues;
    HistoryView *m_history = nullptr;
};

} // namespace Tradewind
