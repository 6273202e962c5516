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
        Integer,      ///< a whole number, at least 1 when required (else 0), at most 1,000,000,000
        ProductRef,   ///< a catalogue product, looked up by code or name; shows <displayField>_code and _name_en/_zh
    };

    QString name;    ///< wire name, e.g. "happened_on"
    QString caption; ///< translated, with a mnemonic, e.g. tr("&Date:")
    Type type = Type::Text;
    bool required = false;
    int maxLength = 200;
    QList<QPair<QString, QString>> choices; ///< Choice: code and translated label, in the order offered
    QString defaultValue;                   ///< Choice: the code preselected for a new record
    QString displayField;                   ///< PartnerRef/ContactRef: the read field naming the chosen record;
                                            ///< ProductRef: the prefix of the read fields (e.g. "product")
    QString partnerClass;                   ///< PartnerRef: the class the partner must have
    QString hint;                           ///< translated explanation shown when the value is refused
};

/** What a kind's permission checks look at: who asks, and the parent record (opportunity, contract) as loaded. */
struct ChildContext
{
    Employee user;
    QJsonObject parent;
};

/**
 * A kind of sub-record of an opportunity or a contract (contacts, follow-ups, tracking plans, stocking,
 * shipments…): where it lives on the server, how its list looks, what its form asks and who may do what.
 * ChildRecordsTab and ChildRecordDialog serve every kind from this description.
 */
struct ChildKind
{
    /** The collection of the parent records: "/opportunities" or "/contracts". */
    QString parentCollection = QStringLiteral("/opportunities");
    /** Where the list keeps its column widths: "<settingsPrefix>-<objectName>". */
    QString settingsPrefix = QStringLiteral("opportunityCard");
    QString path;       ///< the collection under the parent record, e.g. "follow-ups"
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

    /** Whether the card shows this kind for the parent record (e.g. only for spare parts); empty: always. */
    std::function<bool(const QJsonObject &parent)> appliesTo;
    /** Only the server writes these records (salesperson changes): no Add, no Edit. */
    bool readOnly = false;
    /** Records are added but never edited afterwards (milestones are decided instead): no Edit. */
    bool editable = true;
    /** Whether the user may add one; empty: anyone who sees the parent record. */
    std::function<bool(const ChildContext &context)> mayAdd;
    /** Whether the user may edit this row; empty: anyone who sees the parent record. */
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

/** Shorthands for describing the fields of a kind. */
namespace ChildFields {

inline ChildField field(const QString &name, const QString &caption, ChildField::Type type, bool required,
                        int maxLength = 200)
{
    ChildField result;
    result.name = name;
    result.caption = caption;
    result.type = type;
    result.required = required;
    result.maxLength = maxLength;
    return result;
}

/** An optional choice of codes shown through label, defaultValue preselected for a new record. */
inline ChildField choiceField(const QString &name, const QString &caption, const QStringList &codes,
                              QString (*label)(const QString &), const QString &defaultValue)
{
    ChildField result = field(name, caption, ChildField::Type::Choice, false);
    for (const QString &code : codes)
        result.choices.append({code, label(code)});
    result.defaultValue = defaultValue;
    return result;
}

} // namespace ChildFields

} // namespace Tradewind
