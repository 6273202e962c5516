#pragma once

#include "apiclient.h"

#include <QLineEdit>
#include <QPointer>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace Tradewind {

/**
 * A line edit that finds a business partner while the user types: the server matches the text (name,
 * folded name, city…) among partners of one class and the suggestions pop up without blocking typing.
 * Typing over a chosen partner forgets it until one is picked again (or its exact name is typed).
 */
class PartnerLookupEdit : public QLineEdit
{
    Q_OBJECT

public:
    /** Roles of suggestions() items. */
    static constexpr int PartnerIdRole = Qt::UserRole + 1;
    static constexpr int PartnerNameRole = Qt::UserRole + 2;

    /** partnerClass: "customer", "competitor"… ("" for any partner). */
    PartnerLookupEdit(ApiClient &api, const QString &partnerClass, QWidget *parent = nullptr);
    ~PartnerLookupEdit() override;

    qint64 partnerId() const { return m_partnerId; }
    QString partnerName() const { return m_partnerName; }
    void setPartner(qint64 partnerId, const QString &name);

    QCompleter *lookupCompleter() const { return m_completer; }
    QStandardItemModel *suggestions() const { return m_suggestions; }
    bool isSearching() const { return m_search != nullptr; }

Q_SIGNALS:
    void suggestionsChanged();
    void partnerChosen(qint64 partnerId);

private:
    void edited(const QString &text);
    void search();
    void editingDone();

    ApiClient &m_api;
    QString m_partnerClass;
    qint64 m_partnerId = 0;
    QString m_partnerName;
    QStandardItemModel *m_suggestions;
    QCompleter *m_completer;
    QTimer *m_searchDelay;
    QPointer<ApiReply> m_search;
};

} // namespace Tradewind
