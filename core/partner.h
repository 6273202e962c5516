#pragma once

#include "wire.h"

#include <QDateTime>
#include <QList>

namespace Tradewind {

struct Contact
{
    qint64 id = 0; ///< 0 for a contact not yet stored
    QString name;
    QString title;
    QString phone;
    QString email;
    bool primary = false;

    QJsonObject toJson() const;
    static Contact fromJson(const QJsonObject &json);
};

/** A business partner (往来单位): master data shared by everyone so that duplicates are found. */
struct Partner
{
    inline static const QString Customer = QStringLiteral("customer");
    inline static const QString Supplier = QStringLiteral("supplier");
    inline static const QString Competitor = QStringLiteral("competitor");
    static QStringList allClasses() { return {Customer, Supplier, Competitor}; }

    qint64 id = 0;
    QString name;
    QStringList classes;
    QString country; ///< ISO 3166 alpha-2
    QString city;
    QString address;
    QString industry;
    qint64 creditDays = 0;
    QString notes;
    QList<Contact> contacts;
    qint64 version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Partner fromJson(const QJsonObject &json);

    /** The fields a client may send on create or update. */
    static QStringList inputFields();
    /** Validates a complete partner document as sent by a client; the first problem ends up in reader.error(). */
    static std::optional<Partner> fromInput(JsonReader &reader);

    /**
     * The name folded for duplicate detection: case, white space, punctuation and legal-form
     * suffixes (有限公司, Co., Ltd., GmbH…) removed, so "ACME Co., Ltd." and "acme" compare equal.
     */
    static QString duplicateKey(const QString &name);
};

} // namespace Tradewind
