#include "opportunitychildkinds.h"

#include "formatting.h"
#include "labels.h"
#include "listcolumns.h"
#include "opportunity.h"
#include "partner.h"
#include "productlookupedit.h"
#include "roles.h"

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

using Type = ChildField::Type;
const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;

using ListColumns::code;
using ListColumns::date;
using ListColumns::money;
using ListColumns::text;
using ListColumns::timestamp;

using ChildFields::choiceField;
using ChildFields::field;

} // namespace

ChildKind OpportunityChildKinds::contacts()
{
    ChildKind kind;
    kind.path = u"contacts"_s;
    kind.objectName = u"contacts"_s;
    kind.title = tr("Contacts");
    kind.newTitle = tr("Add contact");
    kind.editTitle = tr("Contact on this opportunity");
    kind.addText = tr("&Add contact…");
    kind.countText = [](qint64 n) { return tr("%n contact(s)", nullptr, int(n)); };
    kind.columns = {text(tr("Name"), u"contact_name"_s), text(tr("Title"), u"contact_title"_s),
                    text(tr("Role on this deal"), u"role"_s), text(tr("Phone"), u"contact_phone"_s),
                    text(tr("E-mail"), u"contact_email"_s), text(tr("Notes"), u"notes"_s)};
    kind.columnWidths = {20, 18, 20, 16, 24, 30};
    ChildField contact = field(u"contact_id"_s, tr("&Contact:"), Type::ContactRef, true);
    contact.displayField = u"contact_name"_s;
    kind.fields = {contact, field(u"role"_s, tr("&Role on this deal:"), Type::Text, false, 100),
                   field(u"notes"_s, tr("&Notes:"), Type::Multiline, false, 2000)};
    kind.fields[1].hint = tr("The role may have at most 100 characters, e.g. \"Decision maker\".");
    kind.relatedPartnerField = u"partner_id"_s;
    kind.relatedText = tr("Open &partner card");
    return kind;
}

ChildKind OpportunityChildKinds::followUps()
{
    ChildKind kind;
    kind.path = u"follow-ups"_s;
    kind.objectName = u"followUps"_s;
    kind.title = tr("Follow-ups");
    kind.newTitle = tr("New follow-up record");
    kind.editTitle = tr("Follow-up record");
    kind.addText = tr("&Add follow-up…");
    kind.countText = [](qint64 n) { return tr("%n follow-up record(s)", nullptr, int(n)); };
    kind.columns = {date(tr("Date"), u"happened_on"_s),
                    code(tr("Way"), u"way"_s, &Labels::followUpWay), text(tr("Content"), u"content"_s),
                    text(tr("Next step"), u"next_step"_s), text(tr("Recorded by"), u"created_by_name"_s)};
    kind.columnWidths = {12, 12, 48, 30, 14};
    ChildField happened = field(u"happened_on"_s, tr("&Date:"), Type::Date, true);
    happened.hint = tr("Enter the day of the follow-up; it cannot be in the future.");
    ChildField way = choiceField(u"way"_s, tr("&Way:"), {u"visit"_s, u"call"_s, u"email"_s, u"meeting"_s},
                                 &Labels::followUpWay, u"visit"_s);
    way.required = true;
    ChildField content = field(u"content"_s, tr("&Content:"), Type::Multiline, true, 4000);
    content.hint = tr("Describe what happened (at most 4,000 characters).");
    kind.fields = {happened, way, content, field(u"next_step"_s, tr("&Next step:"), Type::Multiline, false, 1000)};
    return kind;
}

ChildKind OpportunityChildKinds::plans()
{
    ChildKind kind;
    kind.path = u"plans"_s;
    kind.objectName = u"plans"_s;
    kind.title = tr("Tracking plans");
    kind.newTitle = tr("New tracking plan");
    kind.editTitle = tr("Tracking plan");
    kind.addText = tr("&Add tracking plan…");
    kind.countText = [](qint64 n) { return tr("%n tracking plan(s)", nullptr, int(n)); };
    kind.columns = {date(tr("Planned for"), u"planned_on"_s), text(tr("Action"), u"action"_s),
                    timestamp(tr("Reminder"), u"remind_at"_s),
                    {tr("Done"),
                     [](const QJsonObject &row) -> QVariant {
                         return row.value(u"done"_s).toBool() ? tr("Done") : tr("Open", "tracking plan not done");
                     },
                     QString()},
                    text(tr("Recorded by"), u"created_by_name"_s)};
    kind.columnWidths = {12, 48, 18, 8, 14};
    ChildField action = field(u"action"_s, tr("&Action:"), Type::Multiline, true, 1000);
    action.hint = tr("Describe what is planned (at most 1,000 characters).");
    kind.fields = {field(u"planned_on"_s, tr("&Planned for:"), Type::Date, true), action,
                   field(u"remind_at"_s, tr("&Reminder:"), Type::Timestamp, false),
                   field(u"done"_s, tr("D&one:"), Type::Bool, false)};
    return kind;
}

ChildKind OpportunityChildKinds::competitors()
{
    ChildKind kind;
    kind.path = u"competitors"_s;
    kind.objectName = u"competitors"_s;
    kind.title = tr("Competitors");
    kind.newTitle = tr("New competitor record");
    kind.editTitle = tr("Competitor record");
    kind.addText = tr("&Add competitor…");
    kind.countText = [](qint64 n) { return tr("%n competitor record(s)", nullptr, int(n)); };
    kind.columns = {text(tr("Competitor"), u"competitor_name"_s), text(tr("Product"), u"product"_s),
                    text(tr("Price level"), u"price_level"_s),
                    code(tr("Threat"), u"threat"_s, &Labels::threat),
                    text(tr("Strengths"), u"strengths"_s), text(tr("Weaknesses"), u"weaknesses"_s)};
    kind.columnWidths = {24, 18, 14, 10, 30, 30};
    ChildField competitor = field(u"competitor_id"_s, tr("&Competitor:"), Type::PartnerRef, true);
    competitor.partnerClass = Partner::Competitor;
    competitor.displayField = u"competitor_name"_s;
    competitor.hint = tr("Choose the competitor from the suggestions that appear while you type. Only business "
                         "partners classed as competitors can be chosen.");
    kind.fields = {competitor,
                   field(u"product"_s, tr("&Product:"), Type::Text, false, 200),
                   field(u"price_level"_s, tr("Price &level:"), Type::Text, false, 100),
                   choiceField(u"threat"_s, tr("&Threat:"), {u"low"_s, u"medium"_s, u"high"_s}, &Labels::threat,
                               u"medium"_s),
                   field(u"strengths"_s, tr("&Strengths:"), Type::Multiline, false, 2000),
                   field(u"weaknesses"_s, tr("&Weaknesses:"), Type::Multiline, false, 2000)};
    kind.relatedPartnerField = u"competitor_id"_s;
    kind.relatedText = tr("Open &competitor card");
    return kind;
}

ChildKind OpportunityChildKinds::tenders()
{
    ChildKind kind;
    kind.path = u"tenders"_s;
    kind.objectName = u"tenders"_s;
    kind.title = tr("Tenders");
    kind.newTitle = tr("New tender/bid record");
    kind.editTitle = tr("Tender/bid record");
    kind.addText = tr("&Add tender…");
    kind.countText = [](qint64 n) { return tr("%n tender(s)", nullptr, int(n)); };
    kind.columns = {text(tr("Tender number"), u"tender_number"_s),
                    text(tr("Issuing body"), u"issuing_body"_s), date(tr("Deadline"), u"deadline"_s),
                    money(tr("Bid bond"), u"bid_bond"_s),
                    code(tr("Bond status"), u"bond_status"_s, &Labels::bondStatus),
                    money(tr("Bid amount"), u"bid_amount"_s),
                    code(tr("Result"), u"result"_s, &Labels::tenderResult)};
    kind.columnWidths = {16, 24, 12, 16, 12, 18, 10};
    ChildField number = field(u"tender_number"_s, tr("Tender &number:"), Type::Text, true, 100);
    number.hint = tr("Enter the tender number (at most 100 characters).");
    kind.fields = {number,
                   field(u"issuing_body"_s, tr("&Issuing body:"), Type::Text, false, 200),
                   field(u"deadline"_s, tr("&Deadline:"), Type::OptionalDate, false),
                   field(u"bid_bond"_s, tr("Bid &bond:"), Type::Money, false),
                   choiceField(u"bond_status"_s, tr("Bond &status:"),
                               {u"none"_s, u"paid"_s, u"refunded"_s, u"forfeited"_s}, &Labels::bondStatus, u"none"_s),
                   field(u"bid_amount"_s, tr("Bid &amount:"), Type::Money, false),
                   choiceField(u"result"_s, tr("&Result:"), {u"pending"_s, u"won"_s, u"lost"_s, u"cancelled"_s},
                               &Labels::tenderResult, u"pending"_s),
                   field(u"documents_note"_s, tr("Documents &note:"), Type::Multiline, false, 2000)};
    return kind;
}

ChildKind OpportunityChildKinds::wins()
{
    ChildKind kind;
    kind.path = u"wins"_s;
    kind.objectName = u"wins"_s;
    kind.title = tr("Won records");
    kind.newTitle = tr("Record the win");
    kind.editTitle = tr("Won record");
    kind.addText = tr("&Record win…");
    kind.countText = [](qint64 n) { return tr("%n won record(s)", nullptr, int(n)); };
    kind.columns = {date(tr("Won on"), u"won_on"_s), money(tr("Amount"), u"amount"_s),
                    text(tr("Notes"), u"notes"_s), text(tr("Recorded by"), u"created_by_name"_s)};
    kind.columnWidths = {12, 20, 48, 14};
    kind.fields = {field(u"won_on"_s, tr("&Won on:"), Type::Date, true),
                   field(u"amount"_s, tr("A&mount:"), Type::Money, true),
                   field(u"notes"_s, tr("&Notes:"), Type::Multiline, false, 2000)};
    return kind;
}

ChildKind OpportunityChildKinds::ownerChanges()
{
    ChildKind kind;
    kind.path = u"owner-changes"_s;
    kind.objectName = u"ownerChanges"_s;
    kind.title = tr("Salesperson changes");
    kind.readOnly = true;
    kind.countText = [](qint64 n) { return tr("%n salesperson change record(s)", nullptr, int(n)); };
    kind.columns = {timestamp(tr("When"), u"at"_s), text(tr("From"), u"from_name"_s),
                    text(tr("To"), u"to_name"_s), text(tr("By"), u"by_name"_s),
                    text(tr("Reason"), u"reason"_s)};
    kind.columnWidths = {18, 16, 16, 16, 48};
    return kind;
}

ChildKind OpportunityChildKinds::advice()
{
    ChildKind kind;
    kind.path = u"advice"_s;
    kind.objectName = u"advice"_s;
    kind.title = tr("Advice");
    kind.newTitle = tr("New advice");
    kind.editTitle = tr("Advice");
    kind.addText = tr("&Add advice…");
    kind.countText = [](qint64 n) { return tr("%n advice item(s)", nullptr, int(n)); };
    kind.columns = {timestamp(tr("When"), u"created_at"_s), text(tr("Author"), u"author_name"_s),
                    {tr("Advice"),
                     [](const QJsonObject &row) -> QVariant {
                         const QString text = row.value(u"text"_s).toString().simplified();
                         const bool reply = row.value(u"reply_to"_s).toInteger() > 0;
                         return reply ? tr("↳ %1").arg(text) : text;
                     },
                     QString()}};
    kind.columnWidths = {18, 16, 70};
    ChildField text = field(u"text"_s, tr("&Advice:"), Type::Multiline, true, 4000);
    text.hint = tr("Write the advice (at most 4,000 characters).");
    kind.fields = {text};
    // Top-level advice comes from above the owner; the server knows the supervisor chain and decides.
    kind.mayAdd = [](const ChildContext &context) {
        const qint64 owner = context.parent.value(u"owner_id"_s).toInteger();
        return context.user.id != owner
            && (context.user.hasRole(Roles::SalesManager) || context.user.hasRole(Roles::Executive));
    };
    kind.mayEdit = [](const ChildContext &context, const QJsonObject &row) {
        const qint64 author = row.value(u"author_id"_s).toInteger(row.value(u"created_by"_s).toInteger());
        return author == context.user.id;
    };
    kind.replyField = u"reply_to"_s;
    kind.replyText = tr("&Reply…");
    kind.replyTitle = tr("Reply to advice");
    kind.forbiddenText = tr("You may not do this here: advice can only be given by the owner's supervisors, replies "
                            "come from the owner or their supervisors, and only the author may change an advice.");
    return kind;
}

ChildKind OpportunityChildKinds::requestedParts()
{
    ChildKind kind;
    kind.path = u"requested-parts"_s;
    kind.objectName = u"requestedParts"_s;
    kind.title = tr("Parts requested");
    kind.newTitle = tr("Add requested part");
    kind.editTitle = tr("Requested part");
    kind.addText = tr("&Add part…");
    kind.countText = [](qint64 n) { return tr("%n part line(s)", nullptr, int(n)); };
    kind.columns = {text(tr("Code"), u"product_code"_s),
                    {tr("Product"),
                     [](const QJsonObject &row) -> QVariant {
                         return ProductLookupEdit::name(row.value(u"product_name_en"_s).toString(),
                                                        row.value(u"product_name_zh"_s).toString());
                     },
                     QString()},
                    {tr("Quantity"),
                     [](const QJsonObject &row) -> QVariant {
                         return QLocale().toString(row.value(u"quantity"_s).toInteger());
                     },
                     QString(), right},
                    text(tr("Unit"), u"unit"_s), text(tr("Notes"), u"notes"_s)};
    kind.columnWidths = {16, 40, 10, 8, 40};
    ChildField product = field(u"product_id"_s, tr("&Product:"), Type::ProductRef, true);
    product.displayField = u"product"_s;
    product.hint = tr("Choose the part from the suggestions that appear while you type its code or name.");
    ChildField quantity = field(u"quantity"_s, tr("&Quantity:"), Type::Integer, true);
    kind.fields = {product, quantity, field(u"notes"_s, tr("&Notes:"), Type::Multiline, false, 1000)};
    kind.appliesTo = [](const QJsonObject &opportunity) {
        return opportunity.value(u"kind"_s).toString() == Opportunity::KindSpareParts;
    };
    return kind;
}

QList<ChildKind> OpportunityChildKinds::all()
{
    return {requestedParts(), contacts(), followUps(), plans(),        competitors(),
            tenders(),        wins(),     ownerChanges(), advice()};
}

} // namespace Tradewind
