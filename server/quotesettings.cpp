#include "quotesettings.h"

#include "database.h"
#include "numbering.h"
#include "settings.h"

using namespace Qt::StringLiterals;

namespace Tradewind::QuoteSettings {

namespace {

const QString RulesKey = u"quotes"_s;
const QString CompanyProfileKey = u"company_profile"_s;

QJsonObject rulesJson(const Rules &rules)
{
    return {{u"number_pattern"_s, rules.numberPattern}, {u"discount_threshold_bp"_s, rules.discountThresholdBasisPoints}};
}

Http::Response getRules(RequestContext &context)
{
    return jsonResponse(200, rulesJson(rules(context.db)));
}

Http::Response putRules(RequestContext &context)
{
    using P = JsonReader::Presence;
    Settings::requireAdministrator(context, u"how quotes are numbered and approved"_s);
    JsonReader body = context.body();
    body.rejectUnknownFields({u"number_pattern"_s, u"discount_threshold_bp"_s});
    Rules input;
    input.numberPattern = body.string(u"number_pattern"_s, P::Required, Numbering::MaxPatternLength).value_or(QString());
    if (const QString problem = Numbering::patternProblem(input.numberPattern); body.ok() && !problem.isEmpty())
        body.fail(u"number_pattern"_s, problem);
    input.discountThresholdBasisPoints =
        int(body.integer(u"discount_threshold_bp"_s, P::Required, 0, BasisPointsPerWhole).value_or(0));
    if (!body.ok())
        throw ApiException::invalidField(body.error()->field, body.error()->message);
    Transaction transaction(context.db);
    const QJsonObject after = rulesJson(input);
    Settings::write(context, RulesKey, rulesJson(rules(context.db)), after);
    transaction.commit();
    return jsonResponse(200, after);
}

Http::Response getCompanyProfile(RequestContext &context)
{
    return jsonResponse(200, companyProfile(context.db).toJson());
}

Http::Response putCompanyProfile(RequestContext &context)
{
    Settings::requireAdministrator(context, u"the company profile"_s);
    JsonReader body = context.body();
    body.rejectUnknownFields(CompanyProfile::inputFields());
    const auto profile = CompanyProfile::fromInput(body);
    if (!profile)
        throw ApiException::invalidField(body.error()->field, body.error()->message);
    Transaction transaction(context.db);
    storeCompanyProfile(context, *profile);
    transaction.commit();
    return jsonResponse(200, profile->toJson());
}

} // namespace

Rules rules(const QSqlDatabase &db)
{
    Rules rules;
    const QJsonObject json = Settings::read(db, RulesKey);
    rules.numberPattern = json.value(u"number_pattern"_s).toString(rules.numberPattern);
    rules.discountThresholdBasisPoints = json.value(u"discount_threshold_bp"_s).toInt(rules.discountThresholdBasisPoints);
    return rules;
}

QString nextNumber(const QSqlDatabase &db, const QDate &day)
{
    return Numbering::next(db, {u"quote"_s, u"quotes"_s}, rules(db).numberPattern, day);
}

CompanyProfile companyProfile(const QSqlDatabase &db)
{
    return CompanyProfile::fromJson(Settings::read(db, CompanyProfileKey));
}

void storeCompanyProfile(const RequestContext &context, const CompanyProfile &profile)
{
    Settings::write(context, CompanyProfileKey, companyProfile(context.db).toJson(), profile.toJson());
}

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/settings/quotes"_s, getRules);
    router.add("PUT", u"/api/v1/settings/quotes"_s, putRules);
    router.add("GET", u"/api/v1/settings/company-profile"_s, getCompanyProfile);
    router.add("PUT", u"/api/v1/settings/company-profile"_s, putCompanyProfile);
}

} // namespace Tradewind::QuoteSettings
