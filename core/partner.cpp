#include "partner.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tradewind {

QJsonObject Contact::toJson() const
{
    return {{u"id"_s, id},          {u"name"_s, name},   {u"title"_s, title},
            {u"phone"_s, phone},    {u"email"_s, email}, {u"primary"_s, primary}};
}

Contact Contact::fromJson(const QJsonObject &json)
{
    Contact contact;
    contact.id = json.value(u"id"_s).toInteger();
    contact.name = json.value(u"name"_s).toString();
    contact.title = json.value(u"title"_s).toString();
    contact.phone = json.value(u"phone"_s).toString();
    contact.email = json.value(u"email"_s).toString();
    contact.primary = json.value(u"primary"_s).toBool();
    return contact;
}

QJsonObject Partner::toJson() const
{
    QJsonArray contactArray;
    for (const Contact &contact : contacts)
        contactArray.append(contact.toJson());
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"classes"_s, QJsonArray::fromStringList(classes)},
            {u"country"_s, country},
            {u"city"_s, city},
            {u"address"_s, address},
            {u"industry"_s, industry},
            {u"credit_days"_s, creditDays},
            {u"notes"_s, notes},
            {u"contacts"_s, contactArray},
            {u"version"_s, version},
            {u"created_at"_s, Wire::timestampToWire(createdAt)},
            {u"updated_at"_s, Wire::timestampToWire(updatedAt)}};
}

Partner Partner::fromJson(const QJsonObject &json)
{
    Partner partner;
    partner.id = json.value(u"id"_s).toInteger();
    partner.name = json.value(u"name"_s).toString();
    for (const QJsonValue &value : json.value(u"classes"_s).toArray())
        partner.classes.append(value.toString());
    partner.country = json.value(u"country"_s).toString();
    partner.city = json.value(u"city"_s).toString();
    partner.address = json.value(u"address"_s).toString();
    partner.industry = json.value(u"industry"_s).toString();
    partner.creditDays = json.value(u"credit_days"_s).toInteger();
    partner.notes = json.value(u"notes"_s).toString();
    for (const QJsonValue &value : json.value(u"contacts"_s).toArray())
        partner.contacts.append(Contact::fromJson(value.toObject()));
    partner.version = json.value(u"version"_s).toInteger();
    partner.createdAt = Wire::timestampFromWire(json.value(u"created_at"_s).toString());
    partner.updatedAt = Wire::timestampFromWire(json.value(u"updated_at"_s).toString());
    return partner;
}

QStringList Partner::inputFields()
{
    return {u"name"_s, u"classes"_s, u"country"_s, u"city"_s, u"address"_s, u"industry"_s,
            u"credit_days"_s, u"notes"_s, u"contacts"_s};
}

std::optional<Partner> Partner::fromInput(JsonReader &reader)
{
    using P = JsonReader::Presence;
    static const QRegularExpression countryPattern(u"^[A-Z]{2}$"_s);
    static const QRegularExpression emailPattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);

    Partner partner;
    partner.name = reader.string(u"name"_s, P::Required, 200).value_or(QString());
    partner.classes = reader.stringList(u"classes"_s, P::Required, allClasses()).value_or(QStringList());
    if (reader.ok() && partner.classes.isEmpty())
        reader.fail(u"classes"_s, u"Field 'classes' needs at least one of: %1"_s.arg(allClasses().join(u", "_s)));
    partner.country = reader.string(u"country"_s, P::Optional, 2).value_or(QString()).toUpper();
    if (reader.ok() && !partner.country.isEmpty() && !countryPattern.match(partner.country).hasMatch())
        reader.fail(u"country"_s, u"Field 'country' must be a two-letter ISO 3166 code such as CN or DE"_s);
    partner.city = reader.string(u"city"_s, P::Optional, 100).value_or(QString());
    partner.address = reader.string(u"address"_s, P::Optional, 500).value_or(QString());
    partner.industry = reader.string(u"industry"_s, P::Optional, 100).value_or(QString());
    partner.creditDays = reader.integer(u"credit_days"_s, P::Optional, 0, 365).value_or(0);
    partner.notes = reader.string(u"notes"_s, P::Optional, 4000).value_or(QString());

    const QJsonArray contacts = reader.array(u"contacts"_s, P::Optional, 200).value_or(QJsonArray());
    for (qsizetype i = 0; i < contacts.size() && reader.ok(); ++i) {
        const QString prefix = u"contacts[%1]."_s.arg(i);
        if (!contacts.at(i).isObject()) {
            reader.fail(u"contacts[%1]"_s.arg(i), u"Each contact must be an object"_s);
            break;
        }
        JsonReader contactReader(contacts.at(i).toObject());
        contactReader.rejectUnknownFields({u"id"_s, u"name"_s, u"title"_s, u"phone"_s, u"email"_s, u"primary"_s});
        Contact contact;
        contact.id = contactReader.integer(u"id"_s, P::Optional, 0, std::numeric_limits<qint64>::max() / 2).value_or(0);
        contact.name = contactReader.string(u"name"_s, P::Required, 100).value_or(QString());
        contact.title = contactReader.string(u"title"_s, P::Optional, 100).value_or(QString());
        contact.phone = contactReader.string(u"phone"_s, P::Optional, 50).value_or(QString());
        contact.email = contactReader.string(u"email"_s, P::Optional, 200).value_or(QString());
        contact.primary = contactReader.boolean(u"primary"_s, P::Optional).value_or(false);
        if (contactReader.ok() && !contact.email.isEmpty() && !emailPattern.match(contact.email).hasMatch())
            contactReader.fail(u"email"_s, u"Field 'email' is not an e-mail address"_s);
        if (!contactReader.ok()) {
            reader.fail(prefix + contactReader.error()->field, contactReader.error()->message);
            break;
        }
        partner.contacts.append(contact);
    }
    if (!reader.ok())
        return std::nullopt;
    return partner;
}

QString Partner::duplicateKey(const QString &name)
{
    // Longest first so "股份有限公司" goes whole rather than leaving "股份".
    static const QStringList chineseLegalForms = {u"股份有限公司"_s, u"有限责任公司"_s, u"有限公司"_s,
                                                  u"集团公司"_s, u"集团"_s, u"公司"_s};
    // Latin legal forms are whole words, so "Costco" keeps its "co".
    static const QStringList latinLegalForms = {
        u"co"_s, u"ltd"_s, u"limited"_s, u"inc"_s, u"incorporated"_s, u"corp"_s, u"corporation"_s,
        u"company"_s, u"group"_s, u"gmbh"_s, u"llc"_s, u"ag"_s, u"sa"_s, u"srl"_s, u"bv"_s, u"plc"_s,
        u"kg"_s, u"spa"_s, u"oy"_s, u"ab"_s, u"kk"_s, u"pte"_s, u"pvt"_s, u"sarl"_s, u"nv"_s};

    QStringList words;
    QString word;
    for (const QChar ch : name.normalized(QString::NormalizationForm_KC).toCaseFolded()) {
        if (ch.isLetterOrNumber()) {
            word.append(ch);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);

    bool stripped = true;
    while (stripped && !words.isEmpty()) {
        stripped = false;
        if (words.size() > 1 && latinLegalForms.contains(words.last())) {
            words.removeLast();
            stripped = true;
            continue;
        }
        for (const QString &form : chineseLegalForms) {
            QString &last = words.last();
            if (!last.endsWith(form))
                continue;
            if (last.size() > form.size()) {
                last.chop(form.size());
                stripped = true;
            } else if (words.size() > 1) {
                // A legal form written apart, as in "明辉 有限公司", goes as a whole word.
                words.removeLast();
                stripped = true;
            }
            // The longest matching form decides: "有限公司" on its own must not lose its "公司".
            break;
        }
    }
    return words.join(QString());
}

} // namespace Tradewind
