#include "approvals.h"

#include "database.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tradewind::Approvals {

Http::Response page(RequestContext &context, const QList<Source> &sources)
{
    // (kind, id) is unique across the kinds: it ends every order so that pages are stable.
    const Paging paging = context.paging({{u"submitted_at"_s, u"a.submitted_at"_s},
                                          {u"created_at"_s, u"a.created_at"_s},
                                          {u"updated_at"_s, u"a.updated_at"_s},
                                          {u"number"_s, u"a.number"_s},
                                          {u"customer"_s, u"a.customer COLLATE NOCASE"_s},
                                          {u"owner"_s, u"a.owner"_s}},
                                         u"submitted_at"_s, u"a.kind, a.id"_s);
    QStringList kinds;
    for (const Source &source : sources)
        kinds.append(source.kind);
    const QStringList wanted = context.textQuery(u"kind"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &kind : wanted)
        if (!kinds.contains(kind))
            throw ApiException::invalidField(u"kind"_s, u"Parameter 'kind' must list some of: %1"_s.arg(kinds.join(u", "_s)));
    QList<Source> chosen;
    QStringList selects;
    for (const Source &source : sources) {
        if (wanted.isEmpty() || wanted.contains(source.kind)) {
            chosen.append(source);
            selects.append(source.select);
        }
    }
    const QString text = context.textQuery(u"q"_s);
    const QString from = u" FROM ("_s + selects.join(u" UNION ALL "_s) + u") a"_s
        + (text.isEmpty() ? QString()
                          : u" WHERE a.number LIKE :text ESCAPE '\\' OR a.customer LIKE :text ESCAPE '\\' "
                            u"OR a.subject LIKE :text ESCAPE '\\'"_s);
    const auto bindAll = [&](Query &query) {
        for (const Source &source : std::as_const(chosen))
            source.bind(query);
        if (!text.isEmpty())
            query.bind(u":text"_s, likePattern(text));
    };
    Query count(context.db, u"SELECT COUNT(*)"_s + from);
    bindAll(count);
    const qint64 total = count.scalar().toLongLong();

    Query query(context.db, u"SELECT a.kind, a.id"_s + from + u" ORDER BY "_s + paging.orderBy + u" LIMIT :limit OFFSET :offset"_s);
    bindAll(query);
    query.bind(u":limit"_s, paging.limit).bind(u":offset"_s, paging.offset).exec();
    QList<QPair<QString, qint64>> order;
    QHash<QString, QList<qint64>> idsOfKind;
    while (query.next()) {
        order.append({query.value(0).toString(), query.value(1).toLongLong()});
        idsOfKind[order.constLast().first].append(order.constLast().second);
    }
    QHash<QPair<QString, qint64>, QJsonObject> loaded;
    for (const Source &source : std::as_const(chosen)) {
        if (!idsOfKind.contains(source.kind))
            continue;
        for (const QJsonObject &item : source.items(idsOfKind.value(source.kind)))
            loaded.insert({source.kind, item.value(u"id"_s).toInteger()}, item);
    }
    QJsonArray items;
    for (const auto &key : std::as_const(order))
        if (loaded.contains(key)) // decided in the meantime
            items.append(loaded.value(key));
    return jsonResponse(200, Wire::page(items, total));
}

} // namespace Tradewind::Approvals
