#pragma once

#include "wire.h"

#include <QDateTime>

namespace Tradewind {

/** A sales opportunity (商机), owned by — and locked to — one salesperson. */
struct Opportunity
{
    inline static const QString KindSystem = QStringLiteral("system");
    inline static const QString KindSpareParts = QStringLiteral("spare_parts");
    static QStringList kinds() { return {KindSystem, KindSpareParts}; }

    static QStringList sources()
    {
        return {QStringLiteral("tender"), QStringLiteral("self_developed"), QStringLiteral("referral"),
                QStringLiteral("exhibition"), QStringLiteral("website"), QStringLiteral("existing_customer"),
                QStringLiteral("other")};
    }

    inline static const QString StageWon = QStringLiteral("won");
    inline static const QString StageLost = QStringLiteral("lost");
    /** In funnel order; won and lost close the opportunity. */
    static QStringList stages()
    {
        return {QStringLiteral("lead"), QStringLiteral("qualified"), QStringLiteral("proposal"),
                QStringLiteral("negotiation"), StageWon, StageLost};
    }
    static bool isClosedStage(const QString &stage) { return stage == StageWon || stage == StageLost; }

    qint64 id = 0;
    QString kind;
    qint64 customerId = 0;
    QString customerName;
    QString title;
    QString source;
    QString stage;
    Money amount;
    QDate expectedClose;
    qint64 ownerId = 0;
    QString ownerName;
    QString notes;
    /** Spare parts: the lock is per customer + part family (free text, compared normalised). */
    QString partFamily;
    qint64 version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Read-only, computed by the server.
    QDateTime lockedAt;
    QDate lastFollowUpOn;
    bool stale = false;
    /** Days since the last follow-up, or since creation when there is none. */
    int daysSinceFollowUp = 0;

    /** The quote the card header shows: the latest approved or won one the caller may see. */
    struct LatestQuote
    {
        qint64 id = 0;
        QString number;
        QString revisionLabel;
        QString status;
        Money total;
    };
    std::optional<LatestQuote> latestQuote;

    QJsonObject toJson() const;
    static Opportunity fromJson(const QJsonObject &json);

    /** The fields a client may send on create or update (the owner is the creator, not an input). */
    static QStringList inputFields();
    /** Validates a complete opportunity document (a creation gets stage "lead" when it names none). */
    static std::optional<Opportunity> fromInput(JsonReader &reader);
};

} // namespace Tradewind
