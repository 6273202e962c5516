#include "contractsettings.h"

#include "database.h"
#include "numbering.h"
#include "settings.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tradewind::ContractSettings {

namespace {

const QString ContractsKey = u"contracts"_s;
const QString RulesKey = u"settlement_rules"_s;
const QString DefaultNumberPattern = u"C-{YYYY}-{SEQ:4}"_s;

QString numberPattern(const QSqlDatabase &db)
{
    return Settings::read(db, ContractsKey).value(u"number_pattern"_s).toString(DefaultNumberPattern);
}

QJsonObject numberingJson(const QString &pattern)
{
    return {{u"number_pattern"_s, pattern}};
}

QJsonObject rulesJson(const QList<SettlementRule> &rules)
{
    QJsonArray array;
    for (const SettlementRule &rule : rules)
        array.append(rule.toJson());
    return {{u"rules"_s, array}};
}

Http::Response getNumbering(RequestContext &context)
{
    return jsonResponse(200, numberingJson(numberPattern(context.db)));
}

Http::Response putNumbering(RequestContext &context)
{
    Settings::requireAdministrator(context, u"how contracts are numbered"_s);
    JsonReader body = context.body();
    body.rejectUnknownFields({u"number_pattern"_s});
    const QString pattern =
        body.string(u"number_pattern"_s, JsonReader::Presence::Required, Numbering::MaxPatternLength).value_or(QString());
    if (const QString problem = Numbering::patternProblem(pattern); body.ok() && !problem.isEmpty())
        body.fail(u"number_pattern"_s, problem);
    requireValid(body);
    Transaction transaction(context.db);
    const QJsonObject after = numberingJson(pattern);
    Settings::write(context, ContractsKey, numberingJson(numberPattern(context.db)), after);
    transaction.commit();
    return jsonResponse(200, after);
}

Http::Response getRules(RequestContext &context)
{
    return jsonResponse(200, rulesJson(settlementRules(context.db)));
}

/** {"rules": [...]}: exactly one valid rule for every contract type. */
Http::Response putRules(RequestContext &context)
{
    Settings::requireAdministrator(context, u"the settlement rules"_s);
    JsonReader body = context.body();
    body.rejectUnknownFields({u"rules"_s});
    const QJsonArray array = body.array(u"rules"_s, JsonReader::Presence::Required, 20).value_or(QJsonArray());
    requireValid(body);
    QList<SettlementRule> rules;
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader reader(array.at(i).toObject());
        reader.rejectUnknownFields({u"contract_type"_s, u"nodes"_s});
        const std::optional<SettlementRule> rule = array.at(i).isObject() ? SettlementRule::fromInput(reader) : std::nullopt;
        if (!rule) {
            const QString field = reader.ok() || reader.error()->field.isEmpty() ? QString() : u'.' + reader.error()->field;
            throw ApiException::invalidField(u"rules[%1]"_s.arg(i) + field,
                                             u"Rule %1: %2"_s.arg(i + 1).arg(reader.ok() ? u"must be an object"_s
                                                                                          : reader.error()->message));
        }
        const bool repeated = std::any_of(rules.cbegin(), rules.cend(), [&](const SettlementRule &earlier) {
            return earlier.contractType == rule->contractType;
        });
        if (repeated)
            throw ApiException::invalidField(u"rules[%1].contract_type"_s.arg(i),
                                             u"Rule %1: there is already a rule for %2"_s.arg(i + 1).arg(rule->contractType));
        rules.append(*rule);
    }
    for (const QString &type : SettlementRule::contractTypes()) {
        const bool covered = std::any_of(rules.cbegin(), rules.cend(), [&](const SettlementRule &rule) {
            return rule.contractType == type;
        });
        if (!covered)
            throw ApiException::invalidField(u"rules"_s, u"Every contract type needs a rule: %1 has none"_s.arg(type));
    }
    Transaction transaction(context.db);
    const QJsonObject after = rulesJson(rules);
    Settings::write(context, RulesKey, rulesJson(settlementRules(context.db)), after);
    transaction.commit();
    return jsonResponse(200, after);
}

} // namespace

QString nextNumber(const QSqlDatabase &db, const QDate &day)
{
    return Numbering::next(db, {u"contract"_s, u"contracts"_s}, numberPattern(db), day);
}

QList<SettlementRule> settlementRules(const QSqlDatabase &db)
{
    const QJsonObject stored = Settings::read(db, RulesKey);
    if (stored.isEmpty())
        return SettlementRule::defaults();
    QList<SettlementRule> rules;
    for (const QJsonValue &rule : stored.value(u"rules"_s).toArray())
        rules.append(SettlementRule::fromJson(rule.toObject()));
    return rules;
}

SettlementRule ruleFor(const QSqlDatabase &db, const QString &contractType)
{
    const QList<SettlementRule> rules = settlementRules(db);
    const auto rule = std::find_if(rules.cbegin(), rules.cend(),
                                   [&](const SettlementRule &candidate) { return candidate.contractType == contractType; });
    // Stored rules cover every type (putRules checks it), and so do the defaults.
    Q_ASSERT(rule != rules.cend());
    return *rule;
}

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/settings/contracts"_s, getNumbering);
    router.add("PUT", u"/api/v1/settings/contracts"_s, putNumbering);
    router.add("GET", u"/api/v1/settings/settlement-rules"_s, getRules);
    router.add("PUT", u"/api/v1/settings/settlement-rules"_s, putRules);
}

} // namespace Tradewind::ContractSettings
