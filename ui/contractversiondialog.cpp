#include "contractversiondialog.h"

#include "columnwidths.h"
#include "contract.h"
#include "formatting.h"
#include "labels.h"
#include "listpage.h"
#include "plannodemodel.h"
#include "quotelinemodel.h"
#include "wire.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

QTableView *readOnlyTable(QAbstractItemModel *model, const QString &objectName, const QList<int> &widths,
                          int stretchColumn, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    styleRecordTable(table);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setColumnWidthsInCharacters(table, widths);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return table;
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

ContractVersionDialog::ContractVersionDialog(const QJsonObject &version, QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_terms(new QLabel(this))
    , m_items(new QuoteLineModel(this))
    , m_plan(new PlanNodeModel(this))
{
    setObjectName(u"contractVersionDialog"_s);
    setSizeGripEnabled(true);
    m_heading->setObjectName(u"versionHeading"_s);
    m_heading->setWordWrap(true);
    QFont bigger = m_heading->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_heading->setFont(bigger);
    m_terms->setObjectName(u"versionTerms"_s);
    m_terms->setWordWrap(true);
    m_terms->setTextFormat(Qt::PlainText);
    m_terms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_items->setLanguage(QLocale().language() == QLocale::Chinese ? Quote::LanguageChinese : Quote::LanguageEnglish);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_terms);
    layout->addWidget(caption(tr("Items"), this));
    layout->addWidget(readOnlyTable(m_items, u"versionItemTable"_s, QuoteLineModel::columnWidths(),
                                    QuoteLineModel::ProductColumn, this),
                      1);
    layout->addWidget(caption(tr("Settlement plan"), this));
    layout->addWidget(readOnlyTable(m_plan, u"versionPlanTable"_s, PlanNodeModel::columnWidths(),
                                    PlanNodeModel::NameColumn, this),
                      1);
    layout->addWidget(buttons);
    resize(1180, 680);

    // {snapshot: {contract: {…, items}, plan: [nodes]}}
    const QJsonObject snapshot = version.value(u"snapshot"_s).toObject();
    const Contract contract = Contract::fromJson(snapshot.value(u"contract"_s).toObject());
    QJsonValue planValue = snapshot.value(u"plan"_s);
    if (planValue.isObject())
        planValue = planValue.toObject().value(u"nodes"_s);
    QList<PlanNode> nodes;
    for (const QJsonValue &node : planValue.toArray())
        nodes.append(PlanNode::fromJson(node.toObject()));

    const int revision = version.value(u"revision"_s).toInt(contract.revision);
    setWindowTitle(tr("%1 — version %2").arg(contract.number).arg(revision));
    const QDateTime at = Wire::timestampFromWire(version.value(u"created_at"_s).toString());
    m_heading->setText(tr("Version %1 of %2, saved %3: %4")
                           .arg(revision)
                           .arg(contract.number, Format::timestamp(at), Format::money(contract.amount)));
    QStringList terms;
    const QList<std::pair<QString, QString>> rows = {{tr("Delivery terms"), contract.deliveryTerms},
                                                     {tr("Acceptance terms"), contract.acceptanceTerms},
                                                     {tr("Payment terms"), contract.paymentTerms}};
    for (const auto &[name, text] : rows)
        terms.append(tr("%1: %2").arg(name, text.isEmpty() ? tr("—") : text.simplified()));
    m_terms->setText(terms.join(u'\n'));
    m_items->setCurrency(contract.currency);
    m_items->setLines(contract.items);
    m_plan->setPlan(nodes, QList<bool>(nodes.size(), false), contract.amount);
}

} // namespace Tradewind
