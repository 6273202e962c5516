#pragma once

#include "employee.h"
#include "remotelistmodel.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace Tradewind {

/** One input field of a sub-record form: its wire name, caption, widget type and validation. */
struct ChildField
{
    enum class Type {
        Text,         ///< one line, at most maxLength characters
        Multiline,    ///< several lines, at most maxLength characters
        Choice,       ///< one of choices (wire code, translated label)
        Date,         ///< a date that must be given
        OptionalDate, ///< a date or null (a check box switches it on)
        Timestamp,    ///< a date and time or null (a check box switches it on)
        Bool,         ///< a check box
        Money,        ///< an amount with its currency (null when empty and not required)
        PartnerRef,   ///< a business partner of partnerClass, looked up while typing; shows displayField
        ContactRef,   ///< a contact of the opportunity's customer, chosen from a list; shows displayField
    };

    QString name;    ///< wire name, e.g. "happened_on"
    QString caption; ///< translated, with a mnemonic, e.g. tr("&Date:")
    Type type = Type::Text;
    bool required = false;
    int maxLength = 200;
    QList<QPair<QString, QString>> choices; ///< Choice: code and translated label, in the order offered
    QString defaultValue;                   ///< Choice: the code preselected for a new record
    QString displayField;                   ///< PartnerRef/ContactRef: the read field naming the chosen record
    QString partnerClass;                   ///< PartnerRef: the class the partner must have
    QString hint;                           ///< translated explanation shown when the value is refused
};

/** What a kind's permission checks look at: who asks, and the opportunity as loaded. */
struct ChildContext
{
    Employee user;
    QJsonObject opportunity;
};

/**
 * A kind of sub-record of an opportunity (contacts, follow-ups, tracking plans…): where it lives on the
 * server, how its list looks, what its form asks and who may do what. ChildRecordsTab and
 * ChildRecordDialog serve every kind from this description.
 */
struct ChildKind
{
    QString path;       ///< the collection under the opportunity, e.g. "follow-ups"
    QString objectName; ///< base of widget names, e.g. "followUps" → "followUpsTab", "followUpsTable"
    QString title;      ///< translated tab title, e.g. tr("Follow-ups")
    QString newTitle;   ///< translated title of the dialog creating one, e.g. tr("New follow-up record")
    QString editTitle;  ///< translated title of the dialog editing one
    QString addText;    ///< translated text of the Add action, e.g. tr("&Add follow-up…")
    std::function<QString(qint64 count)> countText; ///< e.g. tr("%n follow-up record(s)"); empty: "n record(s)"
    QList<ListColumn> columns;
    QList<int> columnWidths; ///< first widths of the columns, in average characters
    QList<ChildField> fields;
    QString defaultSort; ///< server sort key of the list ("" for the server's default, newest first)

    /** Only the server writes these records (salesperson changes): no Add, no Edit. */
    bool readOnly = false;
    /** Whether the user may add one; empty: anyone who sees the opportunity. */
    std::function<bool(const ChildContext &context)> mayAdd;
    /** Whether the user may edit this row; empty: anyone who sees the opportunity. */
    std::function<bool(const ChildContext &context, const QJsonObject &row)> mayEdit;

    /** The read field holding the partner whose card "Open related card" opens; "" for none. */
    QString relatedPartnerField;
    QString relatedText; ///< translated text of that action, e.g. tr("Open &competitor card")

    /** The input field a reply names the answered record by (advice: "reply_to"); "" when there are no replies. */
    QString replyField;
    QString replyText;      ///< translated text of the Reply action
    QString replyTitle;     ///< translated title of the reply dialog
    /** A readable explanation of a 403 for this kind; "" for the general text. */
    QString forbiddenText;
};

} // namespace Tradewind
