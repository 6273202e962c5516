#include "partnerservice.h"

#include "audit.h"
#include "database.h"
#include "listquery.h"
#include "roles.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tradewind::Partners {

namespace {

const QString partnerColumns = u"p.id, p.name, p.classes, p.country, p.city, p.address, p.industry, p.credit_days, "
                               u"p.notes, p.version, p.created_at, p.updated_at FROM partners p"_s;

Partner readPartner(const Query &query)
{
    Partner partner;
    partner.id = query.value(0).toLongLong();
    partner.name = query.value(1).toString();
    partner.classes = query.value(2).toString().split(u',', Qt::SkipEmptyParts);
    partner.country = query.value(3).toString();
    partner.city = query.value(4).toString();
    partner.address = query.value(5).toString();
    partner.industry = query.value(6).toString();
    partner.creditDays = query.value(7).toLongLong();
    partner.notes = query.value(8).toString();
    partner.version = query.value(9).toLongLong();
    partner.createdAt = Wire::timestampFromWire(query.value(10).toString());
    partner.updatedAt = Wire::timestampFromWire(query.value(11).toString());
    return partner;
}

Http::Response partnerResponse(int status, const Partner &partner)
{
    return withVersion(jsonResponse(status, partner.toJson()), partner.version);
}

void requireWriter(const Caller &caller)
{
    if (!caller.hasAnyRole({Roles::Salesperson, Roles::SalesManager, Roles::Executive, Roles::ContractAdmin,
                            Roles::Finance, Roles::SystemAdmin}))
        throw ApiException::forbidden(u"Your role may not change business partners"_s);
}

/** Refuses a name that folds to the same key as another partner's, unless the client confirmed it. */
void checkDuplicate(RequestContext &context, const QString &name, qint64 ownId)
{
    if (context.boolQuery(u"confirm_duplicate"_s))
        return;
    Query query(context.db, u"SELECT id, name FROM partners WHERE name_key = :key AND id <> :own ORDER BY id LIMIT 1"_s);
    query.bind(u":key"_s, Partner::duplicateKey(name)).bind(u":own"_s, ownId).exec();
    if (query.next()) {
        throw ApiException::conflict(u"duplicate_partner"_s,
                                     u"A partner with nearly the same name exists: %1. Send confirm_duplicate=true to "
                                     u"create it anyway."_s.arg(query.value(1).toString()))
            .withDetail(u"existing"_s, QJsonObject{{u"id"_s, query.value(0).toLongLong()}, {u"name"_s, query.value(1).toString()}});
    }
}

void writeContacts(const QSqlDatabase &db, qint64 partnerId, const QList<Contact> &contacts)
{
    // Contacts keep their ids across edits (later records refer to them); the ones left out are removed.
    QList<qint64> keptIds;
    for (const Contact &contact : contacts)
        if (contact.id > 0)
            keptIds.append(contact.id);
    Query existing(db, u"SELECT id FROM partner_contacts WHERE partner_id = :partner"_s);
    existing.bind(u":partner"_s, partnerId).exec();
    QList<qint64> existingIds;
    while (existing.next())
        existingIds.append(existing.value(0).toLongLong());
    QList<qint64> seenIds;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const qint64 id = contacts.at(i).id;
        if (id <= 0)
            continue;
        if (!existingIds.contains(id))
            throw ApiException::invalidField(u"contacts[%1].id"_s.arg(i), u"This partner has no contact with id %1"_s.arg(id));
        // Two entries for one stored contact would silently collapse into one.
        if (seenIds.contains(id))
            throw ApiException::invalidField(u"contacts[%1].id"_s.arg(i), u"Contact id %1 appears more than once"_s.arg(id));
        seenIds.append(id);
    }
    for (qint64 id : std::as_const(existingIds)) {
        if (keptIds.contains(id))
            continue;
        // A contact that opportunities or quotes name as theirs stays; which ones is not said, since the
        // editor of shared partner data may not see them.
        const bool named = Query(db, u"SELECT 1 FROM opportunity_contacts WHERE contact_id = :id "
                                     u"UNION ALL SELECT 1 FROM quotes WHERE contact_id = :id LIMIT 1"_s)
                               .bind(u":id"_s, id)
                               .scalar()
                               .isValid();
        if (named)
            throw ApiException::conflict(u"contact_in_use"_s,
                                         u"Contact %1 is a contact of opportunities or quotes and cannot be removed"_s.arg(id))
                .withDetail(u"field"_s, u"contacts"_s)
                .withDetail(u"contact_id"_s, id);
        Query(db, u"DELETE FROM partner_contacts WHERE id = :id"_s).bind(u":id"_s, id).exec();
    }
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const Contact &contact = contacts.at(i);
        Query query(db, contact.id > 0
                            ? u"UPDATE partner_contacts SET position = :position, name = :name, title = :title, "
                              u"phone = :phone, email = :email, is_primary = :primary WHERE id = :id"_s
                            : u"INSERT INTO partner_contacts (partner_id, position, name, title, phone, email, is_primary) "
                              u"VALUES (:partner, :position, :name, :title, :phone, :email, :primary)"_s);
        if (contact.id > 0)
            query.bind(u":id"_s, contact.id);
        else
            query.bind(u":partner"_s, partnerId);
        query.bind(u":position"_s, i)
            .bind(u":name"_s, contact.name)
            .bind(u":title"_s, contact.title)
            .bind(u":phone"_s, contact.phone)
            .bind(u":email"_s, contact.email)
            .bind(u":primary"_s, contact.primary)
            .exec();
    }
}

Http::Response listPartners(RequestContext &context)
{
    // Hundreds of rows: the planner chooses how to walk them.
    static const ListTable table{u"partners"_s,
                                 u"p"_s,
                                 {{u"name"_s, {u"p.name COLLATE NOCASE"_s, u"p.id"_s}, {}},
                                  {u"country"_s, {u"p.country"_s, u"p.id"_s}, {}},
                                  {u"created_at"_s, {u"p.created_at"_s, u"p.id"_s}, {}},
                                  {u"updated_at"_s, {u"p.updated_at"_s, u"p.id"_s}, {}}},
                                 u"name"_s};
    ListQuery list(context, table);
    const QString text = context.textQuery(u"q"_s);
    // Text that folds to nothing (punctuation, "_") must not match every name through an empty key.
    const QString textKey = Partner::duplicateKey(text);
    if (!text.isEmpty())
        list.where({u"(p.name LIKE :text ESCAPE '\\' OR p.city LIKE :text ESCAPE '\\' OR p.industry LIKE :text "
                    u"ESCAPE '\\'"_s
                        + (textKey.isEmpty() ? QString() : u" OR p.name_key LIKE :key ESCAPE '\\'"_s) + u")"_s,
                    [text, textKey](Query &query) {
                        query.bind(u":text"_s, likePattern(text));
                        if (!textKey.isEmpty())
                            query.bind(u":key"_s, likePattern(textKey));
                    }});
    const QString partnerClass = context.textQuery(u"class"_s, 32);
    if (!partnerClass.isEmpty() && !Partner::allClasses().contains(partnerClass))
        throw ApiException::invalidField(u"class"_s, u"Parameter 'class' must be one of: %1"_s.arg(Partner::allClasses().join(u", "_s)));
    if (!partnerClass.isEmpty())
        list.where({u"(',' || p.classes || ',') LIKE :class"_s,
                    [partnerClass](Query &query) { query.bind(u":class"_s, u"%,"_s + partnerClass + u",%"_s); }});
    const QString country = context.textQuery(u"country"_s, 2).toUpper();
    if (!country.isEmpty())
        list.where({u"p.country = :country"_s, [country](Query &query) { query.bind(u":country"_s, country); }});
    const ListQueryPage page = list.run();

    Query query(context.db, u"SELECT "_s + partnerColumns + u" WHERE p.id IN (SELECT value FROM json_each(:ids))"_s);
    query.bind(u":ids"_s, page.idsJson()).exec();
    QHash<qint64, QJsonObject> rows;
    while (query.next()) {
        const Partner partner = readPartner(query);
        QJsonObject item = partner.toJson();
        item.remove(u"contacts"_s); // lists stay light; the card loads the contacts
        rows.insert(partner.id, item);
    }
    return jsonResponse(200, page.toJson(rows));
}

Http::Response getPartner(RequestContext &context)
{
    return partnerResponse(200, load(context.db, context.idParameter()));
}

Partner validatedInput(JsonReader &reader)
{
    reader.rejectUnknownFields(Partner::inputFields());
    const auto partner = Partner::fromInput(reader);
    if (!partner)
        throw ApiException::invalidField(reader.error()->field, reader.error()->message);
    return *partner;
}

Http::Response createPartner(RequestContext &context)
{
    requireWriter(context.caller);
    JsonReader body = context.body();
    const Partner input = validatedInput(body);
    Transaction transaction(context.db);
    checkDuplicate(context, input.name, 0);
    const qint64 id = insert(context.db, input, context.now);
    const Partner stored = load(context.db, id);
    Audit::record(context, u"partner"_s, id, u"create"_s, {}, stored.toJson());
    transaction.commit();
    Http::Response response = partnerResponse(201, stored);
    response.setHeader("Location", "/api/v1/partners/" + QByteArray::number(id));
    return response;
}

Http::Response patchPartner(RequestContext &context)
{
    requireWriter(context.caller);
    const qint64 id = context.idParameter();
    Transaction transaction(context.db);
    const Partner before = load(context.db, id);
    requireVersion(context.ifMatchVersion(), before.version);
    JsonReader patch = context.body();
    JsonReader mergedReader(applyPatch(before.toJson(), patch, Partner::inputFields()));
    const auto input = Partner::fromInput(mergedReader);
    if (!input)
        throw ApiException::invalidField(mergedReader.error()->field, mergedReader.error()->message);

    if (Partner::duplicateKey(input->name) != Partner::duplicateKey(before.name))
        checkDuplicate(context, input->name, id);
    Query(context.db, u"UPDATE partners SET name = :name, name_key = :key, classes = :classes, country = :country, "
                      u"city = :city, address = :address, industry = :industry, credit_days = :credit, notes = :notes, "
                      u"version = version + 1, updated_at = :now WHERE id = :id"_s)
        .bind(u":name"_s, input->name)
        .bind(u":key"_s, Partner::duplicateKey(input->name))
        .bind(u":classes"_s, input->classes.join(u','))
        .bind(u":country"_s, input->country)
        .bind(u":city"_s, input->city)
        .bind(u":address"_s, input->address)
        .bind(u":industry"_s, input->industry)
        .bind(u":credit"_s, input->creditDays)
        .bind(u":notes"_s, input->notes)
        .bind(u":now"_s, storedTimestamp(context.now))
        .bind(u":id"_s, id)
        .exec();
    if (patch.has(u"contacts"_s))
        writeContacts(context.db, id, input->contacts);
    const Partner stored = load(context.db, id);
    Audit::record(context, u"partner"_s, id, u"update"_s, before.toJson(), stored.toJson());
    transaction.commit();
    return partnerResponse(200, stored);
}

Http::Response partnerHistory(RequestContext &context)
{
    const qint64 id = context.idParameter();
    load(context.db, id);
    const QJsonArray items = Audit::history(context, u"partner"_s, id);
    return jsonResponse(200, Wire::page(items, items.size()));
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/partners"_s, listPartners);
    router.add("POST", u"/api/v1/partners"_s, createPartner);
    router.add("GET", u"/api/v1/partners/{id}"_s, getPartner);
    router.add("PATCH", u"/api/v1/partners/{id}"_s, patchPartner);
    router.add("GET", u"/api/v1/partners/{id}/history"_s, partnerHistory);
}

Partner load(const QSqlDatabase &db, qint64 partnerId)
{
    Query query(db, u"SELECT "_s + partnerColumns + u" WHERE p.id = :id"_s);
    query.bind(u":id"_s, partnerId).exec();
    if (!query.next())
        throw ApiException::notFound();
    Partner partner = readPartner(query);
    Query contacts(db, u"SELECT id, name, title, phone, email, is_primary FROM partner_contacts "
                       u"WHERE partner_id = :id ORDER BY position, id"_s);
    contacts.bind(u":id"_s, partnerId).exec();
    while (contacts.next()) {
        partner.contacts.append(Contact{contacts.value(0).toLongLong(), contacts.value(1).toString(),
                                        contacts.value(2).toString(), contacts.value(3).toString(),
                                        contacts.value(4).toString(), contacts.value(5).toBool()});
    }
    return partner;
}

void requireCustomer(const QSqlDatabase &db, qint64 customerId)
{
    const QVariant classes =
        Query(db, u"SELECT classes FROM partners WHERE id = :id"_s).bind(u":id"_s, customerId).scalar();
    if (!classes.isValid())
        throw ApiException::invalidField(u"customer_id"_s, u"No business partner has id %1"_s.arg(customerId));
    if (!classes.toString().split(u',').contains(Partner::Customer))
        throw ApiException::invalidField(u"customer_id"_s, u"Partner %1 is not classed as a customer"_s.arg(customerId));
}

qint64 insert(const QSqlDatabase &db, const Partner &partner, const QDateTime &now)
{
    Query query(db, u"INSERT INTO partners (name, name_key, classes, country, city, address, industry, credit_days, "
                    u"notes, version, created_at, updated_at) VALUES (:name, :key, :classes, :country, :city, :address, "
                    u":industry, :credit, :notes, 1, :now, :now)"_s);
    query.bind(u":name"_s, partner.name)
        .bind(u":key"_s, Partner::duplicateKey(partner.name))
        .bind(u":classes"_s, partner.classes.join(u','))
        .bind(u":country"_s, partner.country)
        .bind(u":city"_s, partner.city)
        .bind(u":address"_s, partner.address)
        .bind(u":industry"_s, partner.industry)
        .bind(u":credit"_s, partner.creditDays)
        .bind(u":notes"_s, partner.notes)
        .bind(u":now"_s, storedTimestamp(now))
        .exec();
    const qint64 id = query.lastInsertId();
    QList<Contact> contacts = partner.contacts;
    for (Contact &contact : contacts)
        contact.id = 0;
    writeContacts(db, id, contacts);
    return id;
}

} // namespace Tradewind::Partners
