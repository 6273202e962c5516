#pragma once

#include "router.h"
#include "visibility.h"

#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace Tradewind::ChildRecords {

/**
 * Table-driven sub-record collections of a parent record (an opportunity's follow-ups, a contract's shipments):
 * <collection>/{id}/<kind> and <collection>/{id}/<kind>/{child_id} with GET, POST and PATCH. Table and column
 * names come only from static descriptions, never from a request; values always go through placeholders. A child
 * is visible exactly when its parent is.
 */

enum class Type {
    Text,      ///< NOT NULL text column, '' when absent; maxLength
    Choice,    ///< one of choices; defaultValue when absent
    Date,      ///< "2026-11-29" or null
    Timestamp, ///< UTC ISO timestamp or null
    Bool,      ///< stored 0/1; defaultValue when absent
    Money,     ///< two columns: column (minor units) and currencyColumn; null when absent
    Integer,   ///< a positive whole number without a check (a quantity), or null
    Reference, ///< a positive id that referenceCheck must accept, or null
};

struct Field
{
    QString name{};   ///< JSON name
    Type type{};
    QString column{}; ///< SQL column (minor units for Money)
    bool required = false;
    int maxLength = 0;
    QStringList choices{};
    QJsonValue defaultValue = QJsonValue::Null;
    QString currencyColumn{}; ///< Money only
    /** Reference only: SELECT yielding a row when the id is acceptable; placeholders :value and :parent. */
    QString referenceCheck{};
    QString referenceMessage{};
    /** Reference only: when set, the referenced row must also be within this reach (ANDed to the check's WHERE). */
    std::function<Visibility(const RequestContext &)> referenceReach{};
    bool notInFuture = false; ///< Date only: not after today
};

/** A read-only field computed by the SELECT (usually from a join). */
struct Extra
{
    QString name{};
    QString expression{};
    bool integer = false;
};

/** What the rules of a child need of its parent. */
struct Parent
{
    qint64 id = 0;
    qint64 ownerId = 0;
};

/** Throws 403 when the caller may not make this change; before is empty for a creation. */
using Authorize = std::function<void(const RequestContext &, const Parent &, const QJsonObject &before,
                                     const QJsonObject &after)>;
/** Side effects of a write inside its transaction; before is empty for a creation. */
using AfterWrite = std::function<void(RequestContext &, const Parent &, const QJsonObject &before,
                                      const QJsonObject &after)>;

struct Kind
{
    QString path{}; ///< path segment under <collection>/{id}/
    QString table{};
    QList<Field> fields{};
    QList<Extra> extras{};
    QString joins{}; ///< extra JOIN clauses for the extras (the row is aliased c)
    QList<QPair<QString, QString>> sortColumns{}; ///< besides created_at
    QString defaultSort{};
    QString createdByColumn = QStringLiteral("created_by");
    QString createdAtColumn = QStringLiteral("created_at");
    QString updatedAtColumn = QStringLiteral("updated_at");
    bool versioned = true;
    bool readOnly = false; ///< GET only; the server writes these rows elsewhere
    Authorize authorize{};
    AfterWrite afterWrite{};

    QStringList inputFields() const;
};

Field text(const QString &name, int maxLength, bool required = false);
Field choice(const QString &name, const QStringList &choices, const QString &defaultValue = {});
Field date(const QString &name, bool required);
Field money(const QString &name, const QString &minorColumn, const QString &currencyColumn, bool required);
Field reference(const QString &name, bool required, const QString &check, const QString &message,
                std::function<Visibility(const RequestContext &)> reach = {});

/** The kind of parent: where its collection is and how a parent the caller may see is loaded. */
struct ParentType
{
    QString collection; ///< e.g. "/api/v1/opportunities"
    QString column;     ///< the children's column naming the parent, also its JSON name, e.g. "opportunity_id"
    /** The parent if the caller may see it; throws 404 otherwise. */
    std::function<Parent(const RequestContext &, qint64)> loadVisible;
};

/** Registers the routes of each kind; kinds must outlive the router (static descriptions). */
void registerRoutes(Router &router, const ParentType &parentType, const QList<Kind> &kinds);

/**
 * Creates a child of the kind under parent as the consequence of another action: validated, authorized, audited
 * and followed up exactly like a POST, inside the caller's transaction. Validation errors name the child's fields.
 */
QJsonObject create(RequestContext &context, const ParentType &parentType, const Kind &kind, const Parent &parent,
                   const QJsonObject &document);

} // namespace Tradewind::ChildRecords
