#include "labels.h"

#include "partner.h"

using namespace Qt::StringLiterals;

namespace Tradewind {

QString Labels::kind(const QString &code)
{
    if (code == u"system"_s)
        return tr("System");
    if (code == u"spare_parts"_s)
        return tr("Spare parts");
    return code;
}

QString Labels::stage(const QString &code)
{
    if (code == u"lead"_s)
        return tr("Lead");
    if (code == u"qualified"_s)
        return tr("Qualified");
    if (code == u"proposal"_s)
        return tr("Proposal");
    if (code == u"negotiation"_s)
        return tr("Negotiation");
    if (code == u"won"_s)
        return tr("Won");
    if (code == u"lost"_s)
        return tr("Lost");
    return code;
}

QString Labels::source(const QString &code)
{
    if (code == u"tender"_s)
        return tr("Tender/bid");
    if (code == u"self_developed"_s)
        return tr("Self-developed");
    if (code == u"referral"_s)
        return tr("Referral");
    if (code == u"exhibition"_s)
        return tr("Exhibition");
    if (code == u"website"_s)
        return tr("Website");
    if (code == u"existing_customer"_s)
        return tr("Existing customer");
    if (code == u"other"_s)
        return tr("Other");
    return code;
}

QString Labels::partnerClass(const QString &code)
{
    if (code == u"customer"_s)
        return tr("Customer");
    if (code == u"supplier"_s)
        return tr("Supplier");
    if (code == u"competitor"_s)
        return tr("Competitor");
    return code;
}

QString Labels::partnerClasses(const QStringList &codes)
{
    // Always in the same order, whatever order they were stored in.
    QStringList names;
    for (const QString &code : Partner::allClasses())
        if (codes.contains(code))
            names.append(partnerClass(code));
    return names.join(tr(", "));
}

QString Labels::role(const QString &code)
{
    if (code == u"salesperson"_s)
        return tr("Salesperson");
    if (code == u"sales_manager"_s)
        return tr("Sales manager");
    if (code == u"executive"_s)
        return tr("Executive");
    if (code == u"finance"_s)
        return tr("Finance");
    if (code == u"contract_admin"_s)
        return tr("Contract administrator");
    if (code == u"service_dispatcher"_s)
        return tr("Service dispatcher");
    if (code == u"service_engineer"_s)
        return tr("Service engineer");
    if (code == u"system_admin"_s)
        return tr("System administrator");
    return code;
}

QString Labels::roles(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        names.append(role(code));
    return names.join(tr(", "));
}

QString Labels::followUpWay(const QString &code)
{
    if (code == u"visit"_s)
        return tr("Visit");
    if (code == u"call"_s)
        return tr("Phone call");
    if (code == u"email"_s)
        return tr("E-mail");
    if (code == u"meeting"_s)
        return tr("Meeting");
    return code;
}

QString Labels::threat(const QString &code)
{
    if (code == u"low"_s)
        return tr("Low");
    if (code == u"medium"_s)
        return tr("Medium");
    if (code == u"high"_s)
        return tr("High");
    return code;
}

QString Labels::bondStatus(const QString &code)
{
    if (code == u"none"_s)
        return tr("No bond");
    if (code == u"paid"_s)
        return tr("Paid");
    if (code == u"refunded"_s)
        return tr("Refunded");
    if (code == u"forfeited"_s)
        return tr("Forfeited");
    return code;
}

QString Labels::tenderResult(const QString &code)
{
    if (code == u"pending"_s)
        return tr("Pending");
    if (code == u"won"_s)
        return tr("Won", "tender result");
    if (code == u"lost"_s)
        return tr("Lost", "tender result");
    if (code == u"cancelled"_s)
        return tr("Cancelled");
    return code;
}

} // namespace Tradewind
