#include "demodata.h"

#include "demoactors.h"
#include "democontracts.h"
#include "demoquotes.h"

#include "context.h"
#include "opportunityservice.h"
#include "orgservice.h"
#include "partnerservice.h"
#include "passwords.h"
#include "roles.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tradewind::Demo {

namespace {

struct DemoEmployee
{
    QString login;
    QString name;
    QString department;
    QString supervisor;
    QStringList roles;
    QString email;
};

struct DemoPartner
{
    QString name;
    QStringList classes;
    QString country;
    QString city;
    QString industry;
    QStringList contacts; ///< "name|title"
};

const QList<QPair<QString, QString>> departments = {
    // name, parent
    {u"总经理办公室"_s, QString()},
    {u"销售中心"_s, u"总经理办公室"_s},
    {u"华东销售部"_s, u"销售中心"_s},
    {u"华西销售部"_s, u"销售中心"_s},
    {u"财务部"_s, u"总经理办公室"_s},
    {u"合同管理部"_s, u"总经理办公室"_s},
    {u"客户服务部"_s, u"总经理办公室"_s},
    {u"信息技术部"_s, u"总经理办公室"_s},
};

const QList<DemoEmployee> employees = {
    {u"director"_s, u"王建国"_s, u"总经理办公室"_s, QString(), {Roles::Executive}, u"wang.jianguo@tradewind.example"_s},
    {u"manager.east"_s, u"李明"_s, u"华东销售部"_s, u"director"_s, {Roles::SalesManager}, u"li.ming@tradewind.example"_s},
    {u"manager.west"_s, u"张伟"_s, u"华西销售部"_s, u"director"_s, {Roles::SalesManager}, u"zhang.wei@tradewind.example"_s},
    {u"sales.east1"_s, u"陈静"_s, u"华东销售部"_s, u"manager.east"_s, {Roles::Salesperson}, u"chen.jing@tradewind.example"_s},
    {u"sales.east2"_s, u"刘洋"_s, u"华东销售部"_s, u"manager.east"_s, {Roles::Salesperson}, u"liu.yang@tradewind.example"_s},
    {u"sales.west1"_s, u"赵磊"_s, u"华西销售部"_s, u"manager.west"_s, {Roles::Salesperson}, u"zhao.lei@tradewind.example"_s},
    {u"finance"_s, u"孙丽"_s, u"财务部"_s, u"director"_s, {Roles::Finance}, u"sun.li@tradewind.example"_s},
    {u"contracts"_s, u"郑红"_s, u"合同管理部"_s, u"director"_s, {Roles::ContractAdmin}, u"zheng.hong@tradewind.example"_s},
    {u"dispatcher"_s, u"周敏"_s, u"客户服务部"_s, u"director"_s, {Roles::ServiceDispatcher}, u"zhou.min@tradewind.example"_s},
    {u"engineer1"_s, u"吴强"_s, u"客户服务部"_s, u"dispatcher"_s, {Roles::ServiceEngineer}, u"wu.qiang@tradewind.example"_s},
    {u"admin"_s, u"系统管理员"_s, u"信息技术部"_s, QString(), {Roles::SystemAdmin}, u"it@tradewind.example"_s},
};

const QString C = Partner::Customer;
const QString S = Partner::Supplier;
const QString K = Partner::Competitor;

const QList<DemoPartner> partners = {
    {u"江苏恒达钢铁有限公司"_s, {C}, u"CN"_s, u"无锡"_s, u"钢铁"_s, {u"黄志强|设备部部长"_s, u"钱芳|采购经理"_s}},
    {u"浙江明华玻璃股份有限公司"_s, {C}, u"CN"_s, u"嘉兴"_s, u"玻璃"_s, {u"沈国平|技术总监"_s}},
    {u"山东瑞丰纸业集团"_s, {C}, u"CN"_s, u"潍坊"_s, u"造纸"_s, {u"孔祥云|生产副总"_s, u"高敏|采购专员"_s}},
    {u"广东新能锂电科技有限公司"_s, {C}, u"CN"_s, u"惠州"_s, u"锂电池"_s, {u"邓伟|工艺经理"_s}},
    {u"天津海川薄膜材料有限公司"_s, {C}, u"CN"_s, u"天津"_s, u"薄膜"_s, {u"杨帆|质量部经理"_s}},
    {u"河北东方轮胎有限公司"_s, {C}, u"CN"_s, u"邢台"_s, u"轮胎"_s, {u"马俊|设备科长"_s}},
    {u"安徽光耀光伏科技有限公司"_s, {C}, u"CN"_s, u"合肥"_s, u"光伏"_s, {u"许磊|项目经理"_s, u"何静|采购经理"_s}},
    {u"福建华晟纺织有限公司"_s, {C}, u"CN"_s, u"泉州"_s, u"纺织"_s, {u"林小红|厂长"_s}},
    {u"重庆长江铝业有限公司"_s, {C}, u"CN"_s, u"重庆"_s, u"有色金属"_s, {u"罗斌|设备部经理"_s}},
    {u"湖北楚天包装材料有限公司"_s, {C}, u"CN"_s, u"武汉"_s, u"包装"_s, {u"胡涛|总工程师"_s}},
    {u"四川蜀光医药包装有限公司"_s, {C}, u"CN"_s, u"成都"_s, u"医药包装"_s, {u"唐静|质量总监"_s}},
    {u"上海申达印刷机械有限公司"_s, {C, S}, u"CN"_s, u"上海"_s, u"印刷机械"_s, {u"顾文|技术经理"_s}},
    {u"辽宁北方特钢集团"_s, {C}, u"CN"_s, u"鞍山"_s, u"钢铁"_s, {u"于海洋|冷轧厂厂长"_s}},
    {u"陕西秦川无纺布有限公司"_s, {C}, u"CN"_s, u"咸阳"_s, u"无纺布"_s, {u"韩梅|生产经理"_s}},
    {u"江西赣源隔膜科技有限公司"_s, {C}, u"CN"_s, u"宜春"_s, u"锂电隔膜"_s, {u"曾勇|总经理"_s}},
    {u"河南中原铜箔有限公司"_s, {C}, u"CN"_s, u"洛阳"_s, u"铜箔"_s, {u"冯刚|设备总监"_s}},
    {u"苏州精诚电子材料有限公司"_s, {C}, u"CN"_s, u"苏州"_s, u"电子材料"_s, {u"蒋丽|采购主管"_s}},
    {u"宁波东海复合材料有限公司"_s, {C}, u"CN"_s, u"宁波"_s, u"复合材料"_s, {u"董杰|技术部经理"_s}},
    {u"云南滇池烟草印刷有限公司"_s, {C}, u"CN"_s, u"昆明"_s, u"烟包印刷"_s, {u"段红梅|质检部长"_s}},
    {u"新疆天山光伏玻璃有限公司"_s, {C}, u"CN"_s, u"乌鲁木齐"_s, u"光伏玻璃"_s, {u"艾力|设备经理"_s}},
    {u"贵州黔南造纸有限公司"_s, {C}, u"CN"_s, u"都匀"_s, u"造纸"_s, {u"杨勇|厂长"_s}},
    {u"Nordic Paper Board AB"_s, {C}, u"SE"_s, u"Karlstad"_s, u"Paper"_s, {u"Erik Lindqvist|Mill Manager"_s}},
    {u"Bavaria Folien GmbH"_s, {C}, u"DE"_s, u"Augsburg"_s, u"Plastic film"_s, {u"Thomas Huber|Head of Quality"_s, u"Anna Weber|Purchasing"_s}},
    {u"Rio Steel S.A."_s, {C}, u"BR"_s, u"Volta Redonda"_s, u"Steel"_s, {u"Carlos Almeida|Maintenance Director"_s}},
    {u"Anatolia Cam Sanayi A.S."_s, {C}, u"TR"_s, u"Bursa"_s, u"Glass"_s, {u"Mehmet Yilmaz|Plant Engineer"_s}},
    {u"Mekong Packaging Co., Ltd."_s, {C}, u"VN"_s, u"Ho Chi Minh City"_s, u"Packaging"_s, {u"Nguyen Van An|Production Manager"_s}},
    {u"Pune Battery Films Pvt. Ltd."_s, {C}, u"IN"_s, u"Pune"_s, u"Battery separator"_s, {u"Rahul Deshmukh|CTO"_s}},
    {u"Siam Glass Industry Co., Ltd."_s, {C}, u"TH"_s, u"Saraburi"_s, u"Glass"_s, {u"Somchai Prasert|Engineering Manager"_s}},
    {u"Monterrey Aceros S.A. de C.V."_s, {C}, u"MX"_s, u"Monterrey"_s, u"Steel"_s, {u"Luis Garza|Quality Manager"_s}},
    {u"Kansai Film K.K."_s, {C}, u"JP"_s, u"Osaka"_s, u"Optical film"_s, {u"Takeshi Yamamoto|Section Chief"_s}},
    {u"Hanseong Electronic Materials Co., Ltd."_s, {C}, u"KR"_s, u"Cheongju"_s, u"Electronic materials"_s, {u"Kim Ji-ho|Purchasing Manager"_s}},
    {u"Nile Float Glass S.A.E."_s, {C}, u"EG"_s, u"Sadat City"_s, u"Glass"_s, {u"Ahmed Hassan|Technical Director"_s}},
    {u"深圳锐视工业相机有限公司"_s, {S}, u"CN"_s, u"深圳"_s, u"工业相机"_s, {u"彭飞|大客户经理"_s}},
    {u"杭州光源照明科技有限公司"_s, {S}, u"CN"_s, u"杭州"_s, u"LED 光源"_s, {u"吕晓|销售经理"_s}},
    {u"Baltic Optics GmbH"_s, {S}, u"DE"_s, u"Rostock"_s, u"Lenses"_s, {u"Jan Schulz|Sales Engineer"_s}},
    {u"北京华控工控机有限公司"_s, {S}, u"CN"_s, u"北京"_s, u"工控机"_s, {u"田勇|销售总监"_s}},
    {u"凯视捷智能检测有限公司"_s, {K}, u"CN"_s, u"苏州"_s, u"机器视觉"_s, {}},
    {u"VisionTek Inspection GmbH"_s, {K}, u"DE"_s, u"Stuttgart"_s, u"Machine vision"_s, {}},
    {u"微瞳检测科技有限公司"_s, {K}, u"CN"_s, u"深圳"_s, u"机器视觉"_s, {}},
    {u"Optiscan Systems Inc."_s, {K}, u"US"_s, u"Boston"_s, u"Machine vision"_s, {}},
    {u"华测视觉技术有限公司"_s, {K, S}, u"CN"_s, u"武汉"_s, u"机器视觉"_s, {}},
    {u"台州永固胶带有限公司"_s, {C}, u"CN"_s, u"台州"_s, u"胶带"_s, {u"应海军|副总经理"_s}},
};

const QStringList systemProjects = {
    u"冷轧带钢表面检测系统"_s, u"浮法玻璃在线缺陷检测系统"_s, u"纸机全幅宽瑕疵检测系统"_s,
    u"锂电极片在线检测系统"_s, u"光学膜表面检测系统"_s, u"隔膜在线瑕疵检测项目"_s,
    u"铜箔表面检测系统"_s, u"无纺布在线检测系统"_s, u"印刷品质量检测系统"_s, u"光伏玻璃检测线改造"_s,
};
const QStringList englishSystemProjects = {
    u"Web inspection system, line %1"_s, u"Surface inspection upgrade, line %1"_s,
    u"Float glass defect detection, line %1"_s,
};
const QStringList spareParts = {
    u"线扫描相机备件"_s, u"LED 光源模块更换"_s, u"工控机及图像采集卡"_s, u"年度备件框架采购"_s,
    u"镜头及滤光片"_s, u"编码器与标记器备件"_s,
};

QString currencyFor(const QString &country)
{
    static const QHash<QString, QString> currencies = {
        {u"CN"_s, u"CNY"_s}, {u"DE"_s, u"EUR"_s}, {u"SE"_s, u"EUR"_s}, {u"TR"_s, u"EUR"_s},
        {u"JP"_s, u"JPY"_s}, {u"KR"_s, u"USD"_s}};
    return currencies.value(country, u"USD"_s);
}

qint64 insertDepartment(const QSqlDatabase &db, const QString &name, qint64 parentId)
{
    Query query(db, u"INSERT INTO departments (name, parent_id) VALUES (:name, :parent)"_s);
    query.bind(u":name"_s, name).bind(u":parent"_s, parentId > 0 ? QVariant(parentId) : QVariant()).exec();
    return query.lastInsertId();
}

qint64 insertEmployee(const QSqlDatabase &db, const DemoEmployee &employee, qint64 departmentId, qint64 supervisorId,
                      const QString &passwordHash)
{
    Query query(db, u"INSERT INTO employees (login, name, department_id, supervisor_id, roles, email, password_hash) "
                    u"VALUES (:login, :name, :department, :supervisor, :roles, :email, :hash)"_s);
    query.bind(u":login"_s, employee.login)
        .bind(u":name"_s, employee.name)
        .bind(u":department"_s, departmentId)
        .bind(u":supervisor"_s, supervisorId > 0 ? QVariant(supervisorId) : QVariant())
        .bind(u":roles"_s, employee.roles.join(u','))
        .bind(u":email"_s, employee.email)
        .bind(u":hash"_s, passwordHash.isEmpty() ? QVariant() : QVariant(passwordHash))
        .exec();
    const qint64 id = query.lastInsertId();
    Org::addToTree(db, id, supervisorId);
    return id;
}

/** What the generators need to know of a customer to invent opportunities for it. */
struct Customer
{
    qint64 id;
    QString name;
    QString country;
};

/** A plausible opportunity for a customer, from a deterministic random source. */
Opportunity makeOpportunity(QRandomGenerator &random, qint64 customerId, const QString &customerName,
                            const QString &country, const QDate &today)
{
    Opportunity opportunity;
    opportunity.customerId = customerId;
    const bool system = random.bounded(100) < 60;
    opportunity.kind = system ? Opportunity::KindSystem : Opportunity::KindSpareParts;
    const QString currency = currencyFor(country);
    const bool chinese = country == u"CN"_s;
    const QString shortName = customerName.left(chinese ? 4 : customerName.indexOf(u' ') > 0 ? customerName.indexOf(u' ') : 12);
    if (system) {
        opportunity.title = chinese ? shortName + systemProjects.at(random.bounded(systemProjects.size()))
                                    : englishSystemProjects.at(random.bounded(englishSystemProjects.size()))
                                          .arg(random.bounded(1, 6));
        opportunity.source = Opportunity::sources().at(random.bounded(5));
        const qint64 units = chinese ? 800000 + random.bounded(52) * 100000 : 120000 + random.bounded(60) * 10000;
        opportunity.amount = wholeAmount(currency == u"JPY"_s ? units * 150 : units, currency);
    } else {
        const QString part = spareParts.at(random.bounded(spareParts.size()));
        opportunity.title = chinese ? shortName + part : u"Spare parts %1"_s.arg(today.year() + random.bounded(2));
        // The spare-parts lock is per customer + part family.
        opportunity.partFamily = chinese ? part : u"General spares"_s;
        opportunity.source = u"existing_customer"_s;
        const qint64 units = chinese ? 20000 + random.bounded(60) * 5000 : 3000 + random.bounded(40) * 1000;
        opportunity.amount = wholeAmount(currency == u"JPY"_s ? units * 150 : units, currency);
    }
    const QStringList stages = Opportunity::stages();
    const int roll = random.bounded(100);
    opportunity.stage = roll < 25 ? stages.at(0) : roll < 45 ? stages.at(1) : roll < 65 ? stages.at(2)
                      : roll < 78 ? stages.at(3) : roll < 90 ? Opportunity::StageWon : Opportunity::StageLost;
    opportunity.expectedClose = today.addDays(random.bounded(-60, 240));
    return opportunity;
}

/** Sets created/updated times of an opportunity to a moment in the past year (locked when created). */
void backdate(const QSqlDatabase &db, qint64 id, const QDateTime &createdAt, const QDateTime &updatedAt)
{
    Query(db, u"UPDATE opportunities SET created_at = :created, locked_at = :created, updated_at = :updated WHERE id = :id"_s)
        .bind(u":created"_s, storedTimestamp(createdAt))
        .bind(u":updated"_s, storedTimestamp(updatedAt))
        .bind(u":id"_s, id)
        .exec();
}

} // namespace

namespace {

// The opportunity card's sub-records (follow-ups, plans, competitors, tenders, contacts, wins) for the demo
// opportunities. Each team keeps several open opportunities without a recent follow-up, so that the stale
// rule (system 30 days, spare parts 14) has something to show in every manager's tree.

struct FollowUpText
{
    QString way;
    QString content;
    QString nextStep;
};

const QList<FollowUpText> followUpTexts = {
    {u"visit"_s, u"拜访客户设备部，现场查看产线运行情况，客户关注检测精度和误报率。"_s, u"整理现场数据，下周提交技术方案"_s},
    {u"call"_s, u"电话沟通项目预算，客户表示预算已报集团审批，预计本月底有结果。"_s, u"两周后电话确认审批进度"_s},
    {u"email"_s, u"邮件发送技术方案和报价初稿，客户已确认收到并转技术部评审。"_s, u"跟进技术评审意见"_s},
    {u"meeting"_s, u"参加客户技术交流会，演示样机检测效果，技术部认可检测方案。"_s, u"安排现场样品测试"_s},
    {u"visit"_s, u"陪同客户参观已交付的同类项目现场，客户对运行稳定性评价较好。"_s, u"约采购部商谈商务条款"_s},
    {u"call"_s, u"电话了解竞争对手报价情况，客户透露对方价格低约百分之十。"_s, u"内部评审调整报价策略"_s},
    {u"email"_s, u"邮件答复客户关于备件交期和质保条款的问题。"_s, u"等待客户下单"_s},
    {u"meeting"_s, u"与客户采购、技术、生产三方会议，确认验收标准和交付周期。"_s, u"修改合同技术附件"_s},
    {u"visit"_s, u"上门检查现有检测系统，确认需更换的相机和光源型号。"_s, u"提交备件清单和报价"_s},
    {u"call"_s, u"电话确认客户年度备件需求，客户要求分批交货。"_s, u"制定分批交货计划"_s},
};

const QStringList planActions = {
    u"提交正式技术方案"_s, u"安排现场样品测试"_s, u"约见采购部经理谈商务条款"_s, u"跟进集团预算审批结果"_s,
    u"发送备件报价单"_s, u"准备投标文件"_s, u"邀请客户参观示范线"_s, u"确认合同技术附件"_s,
};

const QStringList contactRoles = {u"决策人"_s, u"技术评估"_s, u"采购对接"_s, u"现场使用人"_s};

struct CompetitorNote
{
    QString product;
    QString priceLevel;
    QString strengths;
    QString weaknesses;
    QString threat;
};

const QList<CompetitorNote> competitorNotes = {
    {u"表面检测系统标准版"_s, u"比我方低约 10%"_s, u"价格低，交期短"_s, u"算法对细小缺陷漏检较多"_s, u"high"_s},
    {u"高端在线检测平台"_s, u"比我方高约 20%"_s, u"品牌知名度高，进口部件"_s, u"售后响应慢，备件价格高"_s, u"medium"_s},
    {u"低成本检测方案"_s, u"比我方低约 25%"_s, u"价格优势明显"_s, u"缺少同行业业绩"_s, u"low"_s},
    {u"定制化视觉系统"_s, u"与我方相当"_s, u"与客户技术部关系密切"_s, u"项目管理能力弱"_s, u"high"_s},
};

void populateCardRecords(const QSqlDatabase &db, const QDateTime &now)
{
    QRandomGenerator random(4042026);
    const QDate today = now.date();
    const auto timestampOn = [](const QDate &date, int hour) {
        return storedTimestamp(QDateTime(date, QTime(hour, 0), QTimeZone::utc()));
    };

    QList<qint64> competitors;
    Query competitorQuery(db, u"SELECT id FROM partners WHERE (',' || classes || ',') LIKE '%,competitor,%' ORDER BY id"_s);
    competitorQuery.exec();
    while (competitorQuery.next())
        competitors.append(competitorQuery.value(0).toLongLong());

    Query followUp(db, u"INSERT INTO follow_ups (opportunity_id, happened_on, way, content, next_step, created_by, "
                       u"created_at, updated_at) VALUES (:opportunity, :on, :way, :content, :next, :by, :at, :at)"_s);
    Query plan(db, u"INSERT INTO tracking_plans (opportunity_id, planned_on, action, remind_at, done, created_by, "
                   u"created_at, updated_at) VALUES (:opportunity, :on, :action, :remind, :done, :by, :at, :at)"_s);
    Query competitorRecord(db, u"INSERT INTO competitor_records (opportunity_id, competitor_id, product, price_level, "
                               u"strengths, weaknesses, threat, created_by, created_at, updated_at) VALUES (:opportunity, "
                               u":competitor, :product, :price, :strengths, :weaknesses, :threat, :by, :at, :at)"_s);
    Query tender(db, u"INSERT INTO tenders (opportunity_id, tender_number, issuing_body, deadline, bond_minor, "
                     u"bond_currency, bond_status, bid_minor, bid_currency, result, documents_note, created_by, "
                     u"created_at, updated_at) VALUES (:opportunity, :number, :body, :deadline, :bond, :currency, "
                     u":bond_status, :bid, :currency, :result, :note, :by, :at, :at)"_s);
    Query contact(db, u"INSERT INTO opportunity_contacts (opportunity_id, contact_id, role, notes, created_by, created_at, "
                      u"updated_at) VALUES (:opportunity, :contact, :role, '', :by, :at, :at)"_s);
    Query win(db, u"INSERT INTO wins (opportunity_id, won_on, amount_minor, currency, notes, created_by, created_at, "
                  u"updated_at) VALUES (:opportunity, :on, :amount, :currency, :notes, :by, :at, :at)"_s);

    Query opportunities(db, u"SELECT o.id, o.kind, o.stage, o.source, o.customer_id, o.owner_id, o.created_at, "
                            u"o.amount_minor, o.currency, p.name FROM opportunities o "
                            u"JOIN partners p ON p.id = o.customer_id ORDER BY o.owner_id, o.id"_s);
    opportunities.exec();
    QHash<qint64, int> openPerOwner;
    while (opportunities.next()) {
        const qint64 id = opportunities.value(0).toLongLong();
        const bool system = opportunities.value(1).toString() == Opportunity::KindSystem;
        const QString stage = opportunities.value(2).toString();
        const qint64 customerId = opportunities.value(4).toLongLong();
        const qint64 ownerId = opportunities.value(5).toLongLong();
        const QDate createdOn = Wire::timestampFromWire(opportunities.value(6).toString()).date();
        const qint64 amount = opportunities.value(7).toLongLong();
        const QString currency = opportunities.value(8).toString();
        const QString customerName = opportunities.value(9).toString();
        const bool open = !Opportunity::isClosedStage(stage);
        const int staleDays = system ? 30 : 14;
        const qint64 daysOld = createdOn.daysTo(today);

        // Every fourth open opportunity of each owner is left stale: its follow-ups, if any, are old.
        const int openIndex = open ? openPerOwner[ownerId]++ : -1;
        const bool stale = open && openIndex % 4 == 1 && daysOld > staleDays + 5;
        qint64 newestAgo; // days before today of the latest follow-up
        if (stale)
            newestAgo = staleDays + 3 + random.bounded(static_cast<int>(daysOld - staleDays - 4));
        else if (open)
            newestAgo = random.bounded(std::min<int>(staleDays - 3, static_cast<int>(daysOld) + 1));
        else
            newestAgo = random.bounded(static_cast<int>(daysOld) + 1);
        // A stale opportunity sometimes has never been followed up at all.
        const int count = stale && openIndex % 8 == 1 ? 0 : 1 + random.bounded(4);
        qint64 ago = newestAgo;
        for (int i = 0; i < count && ago <= daysOld; ++i) {
            const FollowUpText &text = followUpTexts.at(random.bounded(followUpTexts.size()));
            const QDate on = today.addDays(-ago);
            followUp.bind(u":opportunity"_s, id)
                .bind(u":on"_s, Wire::dateToWire(on))
                .bind(u":way"_s, text.way)
                .bind(u":content"_s, text.content)
                .bind(u":next"_s, text.nextStep)
                .bind(u":by"_s, ownerId)
                .bind(u":at"_s, timestampOn(on, 2 + random.bounded(8)))
                .exec();
            ago += 5 + random.bounded(25);
        }

        // Tracking plans on open opportunities: some already due (reminder in the past), some ahead.
        if (open && random.bounded(100) < 60) {
            const int plans = 1 + random.bounded(2);
            for (int i = 0; i < plans; ++i) {
                const bool due = random.bounded(100) < 40;
                const QDate on = due ? today.addDays(-random.bounded(1, 6)) : today.addDays(random.bounded(1, 30));
                plan.bind(u":opportunity"_s, id)
                    .bind(u":on"_s, Wire::dateToWire(on))
                    .bind(u":action"_s, planActions.at(random.bounded(planActions.size())))
                    .bind(u":remind"_s, timestampOn(on, 1)) // 09:00 in China
                    .bind(u":done"_s, 0)
                    .bind(u":by"_s, ownerId)
                    .bind(u":at"_s, storedTimestamp(now.addDays(-random.bounded(1, 10))))
                    .exec();
            }
        }

        const QString createdAt = timestampOn(createdOn.addDays(std::min<qint64>(daysOld, 2)), 3);
        if (system && !competitors.isEmpty() && random.bounded(100) < 65) {
            const int records = 1 + random.bounded(2);
            const int first = random.bounded(competitors.size());
            for (int i = 0; i < records; ++i) {
                const CompetitorNote &note = competitorNotes.at(random.bounded(competitorNotes.size()));
                competitorRecord.bind(u":opportunity"_s, id)
                    .bind(u":competitor"_s, competitors.at((first + i) % competitors.size()))
                    .bind(u":product"_s, note.product)
                    .bind(u":price"_s, note.priceLevel)
                    .bind(u":strengths"_s, note.strengths)
                    .bind(u":weaknesses"_s, note.weaknesses)
                    .bind(u":threat"_s, note.threat)
                    .bind(u":by"_s, ownerId)
                    .bind(u":at"_s, createdAt)
                    .exec();
            }
        }

        if (system && opportunities.value(3).toString() == u"tender"_s) {
            const QString result = stage == Opportunity::StageWon ? u"won"_s : stage == Opportunity::StageLost ? u"lost"_s : u"pending"_s;
            const QString bondStatus = result == u"pending"_s ? u"paid"_s : u"refunded"_s;
            tender.bind(u":opportunity"_s, id)
                .bind(u":number"_s, u"ZB-%1-%2"_s.arg(today.year()).arg(1000 + id * 7 % 9000))
                .bind(u":body"_s, customerName.left(12) + u" 招标采购中心"_s)
                .bind(u":deadline"_s, Wire::dateToWire(open ? today.addDays(random.bounded(5, 45)) : today.addDays(-random.bounded(10, 90))))
                .bind(u":bond"_s, amount / 50)
                .bind(u":currency"_s, currency)
                .bind(u":bond_status"_s, bondStatus)
                .bind(u":bid"_s, amount)
                .bind(u":result"_s, result)
                .bind(u":note"_s, u"标书已购买，技术部分与商务部分分册装订，需加盖公章。"_s)
                .bind(u":by"_s, ownerId)
                .bind(u":at"_s, createdAt)
                .exec();
        }

        // Contacts on the deal: the customer's own contacts, each with a role.
        Query partnerContacts(db, u"SELECT id FROM partner_contacts WHERE partner_id = :partner ORDER BY position"_s);
        partnerContacts.bind(u":partner"_s, customerId).exec();
        int contactIndex = 0;
        while (partnerContacts.next() && contactIndex < 2) {
            contact.bind(u":opportunity"_s, id)
                .bind(u":contact"_s, partnerContacts.value(0).toLongLong())
                .bind(u":role"_s, contactRoles.at((id + contactIndex) % contactRoles.size()))
                .bind(u":by"_s, ownerId)
                .bind(u":at"_s, createdAt)
                .exec();
            ++contactIndex;
        }

        if (stage == Opportunity::StageWon) {
            const QDate on = today.addDays(-random.bounded(static_cast<int>(std::min<qint64>(daysOld, 60)) + 1));
            win.bind(u":opportunity"_s, id)
                .bind(u":on"_s, Wire::dateToWire(on))
                .bind(u":amount"_s, amount)
                .bind(u":currency"_s, currency)
                .bind(u":notes"_s, u"客户已签字盖章，首付款 30% 合同生效后支付。"_s)
                .bind(u":by"_s, ownerId)
                .bind(u":at"_s, timestampOn(on, 6))
                .exec();
        }
    }

    // The opportunity keeps the date of its latest follow-up (the stale rule reads only this column).
    Query(db, u"UPDATE opportunities SET last_follow_up_on = "
              u"(SELECT MAX(happened_on) FROM follow_ups f WHERE f.opportunity_id = opportunities.id)"_s)
        .exec();
}

} // namespace

Actors::Actors(const QSqlDatabase &db)
{
    Query query(db, u"SELECT id, login, name, roles FROM employees"_s);
    query.exec();
    while (query.next()) {
        const Caller caller{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString().split(u',', Qt::SkipEmptyParts)};
        m_byId.insert(caller.id, caller);
        m_byLogin.insert(caller.login, caller);
    }
}

Money wholeAmount(qint64 units, const QString &currency)
{
    qint64 scale = 1;
    for (int i = 0; i < Money::minorDigits(currency); ++i)
        scale *= 10;
    return Money(units * scale, currency);
}

bool isEmpty(Database &database)
{
    return Query(database.connection(), u"SELECT COUNT(*) FROM employees"_s).scalar().toLongLong() == 0;
}

void populate(Database &database, const QDateTime &now)
{
    QSqlDatabase db = database.connection();
    Transaction transaction(db);

    QHash<QString, qint64> departmentIds;
    for (const auto &[name, parent] : departments)
        departmentIds.insert(name, insertDepartment(db, name, departmentIds.value(parent)));

    QHash<QString, qint64> employeeIds;
    for (const DemoEmployee &employee : employees) {
        employeeIds.insert(employee.login,
                           insertEmployee(db, employee, departmentIds.value(employee.department),
                                          employeeIds.value(employee.supervisor), Passwords::hash(DemoPassword)));
    }

    QList<Customer> customers;
    for (const DemoPartner &demo : partners) {
        Partner partner;
        partner.name = demo.name;
        partner.classes = demo.classes;
        partner.country = demo.country;
        partner.city = demo.city;
        partner.industry = demo.industry;
        partner.address = demo.country == u"CN"_s
            ? u"%1市经济技术开发区工业大道 %2 号"_s.arg(demo.city).arg(10 + qHash(demo.name) % 890)
            : u"%1 Industrial Road, %2"_s.arg(10 + qHash(demo.name) % 890).arg(demo.city);
        partner.creditDays = demo.classes.contains(C) ? 30 : 60;
        for (qsizetype i = 0; i < demo.contacts.size(); ++i) {
            const QStringList parts = demo.contacts.at(i).split(u'|');
            Contact contact;
            contact.name = parts.value(0);
            contact.title = parts.value(1);
            contact.primary = i == 0;
            contact.phone = demo.country == u"CN"_s ? u"+86 1%1"_s.arg(3800000000 + qHash(contact.name) % 99999999)
                                                    : u"+%1"_s.arg(4900000000 + qHash(contact.name) % 99999999);
            partner.contacts.append(contact);
        }
        const qint64 id = Partners::insert(db, partner, now.addDays(-400));
        if (demo.classes.contains(C))
            customers.append(Customer{id, demo.name, demo.country});
    }

    // Opportunities: the east team works mostly Chinese customers, the west team the export markets.
    QRandomGenerator random(20261129);
    const QList<QPair<QString, int>> owners = {{u"sales.east1"_s, 24}, {u"sales.east2"_s, 22}, {u"sales.west1"_s, 22},
                                               {u"manager.east"_s, 4},  {u"manager.west"_s, 3}};
    const QDate today = now.date();
    qint64 sequence = 0;
    for (const auto &[login, count] : owners) {
        for (int i = 0; i < count; ++i, ++sequence) {
            const Customer &customer = customers.at((sequence * 7 + random.bounded(3)) % customers.size());
            const Opportunity opportunity = makeOpportunity(random, customer.id, customer.name, customer.country, today);
            const qint64 id = Opportunities::insert(db, opportunity, employeeIds.value(login), now);
            const QDateTime createdAt = now.addDays(-random.bounded(20, 360)).addSecs(-random.bounded(86400));
            backdate(db, id, createdAt, std::min(now, createdAt.addDays(random.bounded(0, 20))));
        }
    }
    populateCardRecords(db, now);

    // A few named opportunities under each manager that nobody has followed up since they were created weeks
    // ago: stale whatever the random records above did, so the supervisor's tree always has them to show.
    struct StaleDemo
    {
        QString owner;
        QString customer;
        QString kind;
        QString title;
        QString partFamily;
        int daysAgo;
        qint64 amountUnits;
    };
    const QList<StaleDemo> staleDemos = {
        {u"sales.east1"_s, u"江苏恒达钢铁有限公司"_s, Opportunity::KindSystem, u"恒达三号酸洗线表面检测改造"_s, {}, 75, 1850000},
        {u"sales.east1"_s, u"浙江明华玻璃股份有限公司"_s, Opportunity::KindSpareParts, u"明华玻璃光源备件补充"_s, u"LED 光源模块"_s, 40, 68000},
        {u"sales.east2"_s, u"山东瑞丰纸业集团"_s, Opportunity::KindSystem, u"瑞丰二号纸机瑕疵检测升级"_s, {}, 52, 1600000},
        {u"sales.east2"_s, u"苏州精诚电子材料有限公司"_s, Opportunity::KindSpareParts, u"精诚电子相机备件"_s, u"线扫描相机"_s, 33, 95000},
        {u"manager.east"_s, u"江西赣源隔膜科技有限公司"_s, Opportunity::KindSystem, u"赣源隔膜三期检测线"_s, {}, 61, 3100000},
        {u"sales.west1"_s, u"Rio Steel S.A."_s, Opportunity::KindSystem, u"Hot strip inspection, line 2"_s, {}, 90, 420000},
        {u"sales.west1"_s, u"Nordic Paper Board AB"_s, Opportunity::KindSpareParts, u"Camera spares 2027"_s, u"Line-scan cameras"_s, 28, 18000},
        {u"manager.west"_s, u"Anatolia Cam Sanayi A.S."_s, Opportunity::KindSystem, u"Float line 3 defect detection"_s, {}, 55, 380000},
    };
    for (const StaleDemo &demo : staleDemos) {
        const auto customer = std::find_if(customers.cbegin(), customers.cend(),
                                           [&](const Customer &c) { return c.name == demo.customer; });
        Q_ASSERT(customer != customers.cend());
        Opportunity opportunity;
        opportunity.kind = demo.kind;
        opportunity.customerId = customer->id;
        opportunity.title = demo.title;
        opportunity.partFamily = demo.partFamily;
        opportunity.source = demo.kind == Opportunity::KindSystem ? u"self_developed"_s : u"existing_customer"_s;
        opportunity.stage = demo.kind == Opportunity::KindSystem ? u"proposal"_s : u"qualified"_s;
        opportunity.amount = wholeAmount(demo.amountUnits, currencyFor(customer->country));
        opportunity.expectedClose = today.addDays(45);
        const QDateTime createdAt = now.addDays(-demo.daysAgo);
        const qint64 id = Opportunities::insert(db, opportunity, employeeIds.value(demo.owner), createdAt);
        backdate(db, id, createdAt, createdAt.addDays(2));
    }
    populateQuotes(db, now);
    populateContracts(db, now);
    transaction.commit();
}

void generateScale(Database &database, const QDateTime &now, int employeeTarget, qint64 opportunityTarget,
                   const Progress &progress)
{
    if (isEmpty(database))
        populate(database, now);
    QSqlDatabase db = database.connection();
    // A million rows go into a dozen indexes and three search indexes in random order: with SQLite's default
    // 2 MB page cache most of the time went into reading pages back. The cache is this connection's, restored after.
    const QVariant cacheSize = Query(db, u"PRAGMA cache_size"_s).scalar();
    Query(db, u"PRAGMA cache_size = -524288"_s).exec();
    Transaction transaction(db);
    QRandomGenerator random(424242);

    const qint64 director = Query(db, u"SELECT id FROM employees WHERE login = 'director'"_s).scalar().toLongLong();
    const qint64 salesCenter = Query(db, u"SELECT id FROM departments WHERE name = '销售中心'"_s).scalar().toLongLong();
    qint64 employeeCount = Query(db, u"SELECT COUNT(*) FROM employees"_s).scalar().toLongLong();

    // Regions of one manager (who can log in, for benchmarks) and twenty salespeople, until the target is reached.
    int region = 0;
    qint64 currentManager = 0;
    qint64 currentDepartment = 0;
    const qint64 employeesToAdd = std::max<qint64>(0, employeeTarget - employeeCount);
    for (qint64 added = 0; added < employeesToAdd; ++added, ++employeeCount) {
        if (added % 21 == 0) {
            ++region;
            currentDepartment = insertDepartment(db, u"区域销售%1部"_s.arg(region), salesCenter);
            currentManager = insertEmployee(db, {u"scale.manager%1"_s.arg(region), u"区域经理%1"_s.arg(region), {}, {},
                                                 {Roles::SalesManager}, {}},
                                            currentDepartment, director, Passwords::hash(DemoPassword));
        } else {
            insertEmployee(db, {u"scale.sales%1"_s.arg(added), u"销售员%1"_s.arg(added), {}, {}, {Roles::Salesperson}, {}},
                           currentDepartment, currentManager, {});
        }
        if (progress && added % 100 == 0)
            progress(u"employees"_s, added, employeesToAdd);
    }

    QList<qint64> salespeople;
    Query people(db, u"SELECT id FROM employees WHERE (',' || roles || ',') LIKE '%,salesperson,%'"_s);
    people.exec();
    while (people.next())
        salespeople.append(people.value(0).toLongLong());

    QList<Customer> customers;
    Query customerQuery(db, u"SELECT id, name, country FROM partners WHERE (',' || classes || ',') LIKE '%,customer,%'"_s);
    customerQuery.exec();
    while (customerQuery.next())
        customers.append({customerQuery.value(0).toLongLong(), customerQuery.value(1).toString(), customerQuery.value(2).toString()});

    const qint64 existing = Query(db, u"SELECT COUNT(*) FROM opportunities"_s).scalar().toLongLong();
    const qint64 toAdd = std::max<qint64>(0, opportunityTarget - existing);
    // Inserted directly for speed, so the lock columns are filled here the way Opportunities::insert does.
    Query insertQuery(db, u"INSERT INTO opportunities (kind, customer_id, title, source, stage, amount_minor, currency, "
                          u"expected_close, owner_id, notes, part_family, lock_key, locked_at, version, created_at, "
                          u"updated_at) VALUES (:kind, :customer, :title, :source, :stage, :amount, :currency, :close, "
                          u":owner, '', :family, :lock_key, :created, 1, :created, :updated)"_s);
    const QDate today = now.date();
    for (qint64 i = 0; i < toAdd; ++i) {
        const Customer &customer = customers.at(random.bounded(customers.size()));
        const Opportunity opportunity = makeOpportunity(random, customer.id, customer.name, customer.country, today);
        const QDateTime createdAt = now.addSecs(-random.bounded(365 * 86400));
        insertQuery.bind(u":kind"_s, opportunity.kind)
            .bind(u":customer"_s, opportunity.customerId)
            .bind(u":title"_s, opportunity.title)
            .bind(u":source"_s, opportunity.source)
            .bind(u":stage"_s, opportunity.stage)
            .bind(u":amount"_s, opportunity.amount.minorUnits())
            .bind(u":currency"_s, opportunity.amount.currency())
            .bind(u":close"_s, Wire::dateToWire(opportunity.expectedClose))
            .bind(u":owner"_s, salespeople.at(random.bounded(salespeople.size())))
            .bind(u":family"_s, opportunity.partFamily)
            .bind(u":lock_key"_s, Opportunities::lockKey(opportunity.kind, opportunity.customerId, opportunity.title,
                                                         opportunity.partFamily))
            .bind(u":created"_s, storedTimestamp(createdAt))
            .bind(u":updated"_s, storedTimestamp(std::min(now, createdAt.addSecs(random.bounded(30 * 86400)))))
            .exec();
        if (progress && i % 10000 == 0)
            progress(u"opportunities"_s, i, toAdd);
    }
    if (progress)
        progress(u"opportunities"_s, toAdd, toAdd);
    generateScaleQuotes(db, opportunityTarget / 4, progress);
    generateScaleContracts(db, now, progress);
    transaction.commit();
    Query(db, u"PRAGMA cache_size = "_s + QString::number(cacheSize.toLongLong())).exec();
    Query(db, u"ANALYZE"_s).exec();
}

} // namespace Tradewind::Demo
