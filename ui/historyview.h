#pragma once

#include "apiclient.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QTreeWidget;

namespace Tradewind {

/**
 * The change history of a record (GET …/history): when, who, what, and under each change the fields
 * that changed as "old → new". The owner names the fields and formats their values for the user;
 * fields without a name (ids, bookkeeping) are left out.
 */
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    /** The user-visible name of a wire field, or "" to leave the field out. */
    using FieldLabel = std::function<QString(const QString &field)>;
    /** A field's value as the user reads it. */
    using ValueText = std::function<QString(const QString &field, const QJsonValue &value)>;

    HistoryView(ApiClient &api, FieldLabel fieldLabel, ValueText valueText, QWidget *parent = nullptr);
    ~HistoryView() override;

    /** Loads path (e.g. "/opportunities/5/history"), replacing what is shown. */
    void load(const QString &path);
    bool isLoading() const { return m_pending != nullptr; }
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void loaded();

private:
    void showItems(const QJsonArray &items);
    QString actionText(const QString &action) const;

    ApiClient &m_api;
    FieldLabel m_fieldLabel;
    ValueText m_valueText;
    QPointer<ApiReply> m_pending;
    QLabel *m_status;
    QTreeWidget *m_tree;
};

} // namespace Tradewind
