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

QString Labels::quoteStatus(const QString &code)
{
    if (code == u"draft"_s)
        return tr("Draft");
    if (code == u"submitted"_s)
        return tr("Submitted");
    if (code == u"approved"_s)
        return tr("Approved");
    if (code == u"rejected"_s)
        return tr("Rejected");
    if (code == u"won"_s)
        return tr("Won", "quote status");
    if (code == u"lost"_s)
        return tr("Lost", "quote status");
    return code;
}

QString Labels::quoteLanguage(const QString &code)
{
    if (code == u"en"_s)
        return tr("English");
    if (code == u"zh"_s)
        return tr("Chinese");
    return code;
}

QString Labels::approvalDecision(const QString &code)
{
    if (code == u"pending"_s)
        return tr("Waiting", "approval decision");
    if (code == u"approved"_s)
        return tr("Approved", "approval decision");
    if (code == u"rejected"_s)
        return tr("Rejected", "approval decision");
    if (code == u"withdrawn"_s)
        return tr("Withdrawn", "approval decision");
    return code;
}

QString Labels::quoteReference(const QString &number, const QString &revisionLabel)
{
    if (revisionLabel.isEmpty())
        return number;
    return tr("%1 Rev %2", "quote number and revision").arg(number, revisionLabel);
}

QString Labels::contractStatus(const QString &code)
{
    if (code == u"draft"_s)
        return tr("Draft", "contract status");
    if (code == u"active"_s)
        return tr("Active", "contract status");
    if (code == u"completed"_s)
        return tr("Completed", "contract status");
    if (code == u"terminated"_s)
        return tr("Terminated", "contract status");
    return code;
}

QString Labels::contractType(const QString &code)
{
    if (code == u"system_project"_s)
        return tr("System project");
    if (code == u"spare_parts"_s)
        return tr("Spare parts", "contract type");
    return code;
}

QString Labels::settlementTrigger(const QString &code)
{
    if (code == u"signing"_s)
        return tr("Signing");
    if (code == u"shipment"_s)
        return tr("Shipment");
    if (code == u"arrival"_s)
        return tr("Arrival");
    if (code == u"installation"_s)
        return tr("Installation");
    if (code == u"final_acceptance"_s)
        return tr("Final acceptance");
    if (code == u"warranty_end"_s)
        return tr("Warranty end");
    if (code == u"fixed_date"_s)
        return tr("Fixed date");
    return code;
}

QString Labels::planNodeName(const QString &name)
{
    // The names the shipped rules give their nodes; what people typed themselves stays as it is.
    if (name == u"Advance payment"_s)
        return tr("Advance payment");
    if (name == u"Payment on shipment"_s)
        return tr("Payment on shipment");
    if (name == u"Final acceptance payment"_s)
        return tr("Final acceptance payment");
    if (name == u"Payment before shipment"_s)
        return tr("Payment before shipment");
    return name;
}

QString Labels::requestStatus(const QString &code)
{
    if (code == u"submitted"_s)
        return tr("Waiting for approval");
    if (code == u"approved"_s)
        return tr("Approved", "request status");
    if (code == u"rejected"_s)
        return tr("Rejected", "request status");
    return code;
}

QString Labels::paymentMethod(const QString &code)
{
    if (code == u"bank_transfer"_s)
        return tr("Bank transfer");
    if (code == u"letter_of_credit"_s)
        return tr("Letter of credit");
    if (code == u"bank_acceptance"_s)
        return tr("Bank acceptance bill");
    if (code == u"cash"_s)
        return tr("Cash");
    if (code == u"other"_s)
        return tr("Other", "payment method");
    return code;
}

QString Labels::stockingStatus(const QString &code)
{
    if (code == u"planned"_s)
        return tr("Planned", "stocking status");
    if (code == u"in_production"_s)
        return tr("In production");
    if (code == u"ready"_s)
        return tr("Ready");
    if (code == u"shipped"_s)
        return tr("Shipped");
    return code;
}

} // namespace Tradewind
