#include "partnerlistpage.h"

#include "columnwidths.h"
#include "formatting.h"
#include "labels.h"
#include "listpage.h"
#include "partner.h"
#include "partnerdialog.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

QList<ListColumn> partnerColumns()
{
    const auto text = [](const QString &field) {
        return [field](const QJsonObject &row) -> QVariant { return row.value(field).toString(); };
    };
    QList<ListColumn> columns;
    columns.append({PartnerListPage::tr("Name"), text(u"name"_s), u"name"_s});
    columns.append({PartnerListPage::tr("Classes"),
                    [](const QJsonObject &row) -> QVariant {
                        QStringList codes;
                        for (const QJsonValue &code : row.value(u"classes"_s).toArray())
                            codes.append(code.toString());
                        return Labels::partnerClasses(codes);
                    },
                    QString()});
    columns.append({PartnerListPage::tr("Country"), text(u"country"_s), u"country"_s});
    columns.append({PartnerListPage::tr("City"), text(u"city"_s), QString()});
    columns.append({PartnerListPage::tr("Industry"), text(u"industry"_s), QString()});
    columns.append({PartnerListPage::tr("Last changed"),
                    [](const QJsonObject &row) -> QVariant {
                        return Format::timestamp(Wire::timestampFromWire(row.value(u"updated_at"_s).toString()));
                    },
                    u"updated_at"_s});
    return columns;
}

} // namespace

PartnerListPage::PartnerListPage(Workspace &workspace, QWidget *parent)
    : DocumentPage(parent)
    , m_workspace(workspace)
{
    setObjectName(u"partnerListPage"_s);
    auto *model = new RemoteListModel(&workspace.api(), u"/partners"_s, partnerColumns());
    m_list = new ListPage(model, u"partners"_s, this);
    m_list->setObjectName(u"partnerList"_s);
    m_list->searchEdit()->setObjectName(u"searchEdit"_s);
    m_list->searchEdit()->setPlaceholderText(tr("Search name, city or industry…"));
    m_list->view()->setObjectName(u"partnerTable"_s);
    m_list->setCountText([](qint64 total) { return tr("%n business partner(s)", nullptr, int(total)); });
    setDefaultColumnWidths(*m_list, u"partners"_s, {44, 22, 8, 18, 22});

    QList<QPair<QString, QString>> classOptions{{tr("All"), QString()}};
    for (const QString &code : Partner::allClasses())
        classOptions.append({Labels::partnerClass(code), code});
    m_classFilter = m_list->addFilter(u"class"_s, tr("&Class:"), classOptions);
    m_classFilter->setObjectName(u"classFilter"_s);

    m_openAction = new QAction(QIcon(u":/icons/partner.svg"_s), tr("&Open"), this);
    m_openAction->setObjectName(u"openPartnerAction"_s);
    m_openAction->setShortcut(QKeySequence(Qt::Key_Return));
    m_openAction->setShortcutContext(Qt::WidgetShortcut); // Enter is handled by the table; shown in the menu
    connect(m_openAction, &QAction::triggered, this, &PartnerListPage::openSelected);

    m_editAction = new QAction(QIcon(u":/icons/edit.svg"_s), tr("&Edit…"), this);
    m_editAction->setObjectName(u"editPartnerAction"_s);
    connect(m_editAction, &QAction::triggered, this, &PartnerListPage::editSelected);

    m_newAction = new QAction(QIcon(u":/icons/new.svg"_s), tr("&New partner…"), this);
    m_newAction->setObjectName(u"newPartnerAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, [this] {
        PartnerDialog *dialog = PartnerDialog::openNew(m_workspace, this);
        connect(dialog, &RecordDialog::saved, this, [this](qint64 id) { m_workspace.openPartner(id); });
    });

    const auto mayEdit = [this] { return PartnerDialog::mayEdit(m_workspace.api().currentUser()); };
    m_list->addRowAction(m_newAction, ListPage::ActionScope::Always, mayEdit);
    m_list->addRowAction(m_openAction, ListPage::ActionScope::AnySelection);
    m_list->addRowAction(m_editAction, ListPage::ActionScope::SingleSelection, mayEdit);
    connect(m_list, &ListPage::activated, this, [this](qint64 id) {
        if (id > 0)
            m_workspace.openPartner(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list, 1);
    model->setSortKey(u"name"_s); // loads the first page
}

QString PartnerListPage::documentKey() const
{
    return u"partners"_s;
}

QString PartnerListPage::title() const
{
    return tr("Business partners");
}

QIcon PartnerListPage::icon() const
{
    return QIcon(u":/icons/partners.svg"_s);
}

void PartnerListPage::refresh()
{
    m_list->model()->reload();
}

void PartnerListPage::openSelected()
{
    for (qint64 id : m_list->selectedIds())
        if (id > 0)
            m_workspace.openPartner(id);
}

void PartnerListPage::editSelected()
{
    const QList<qint64> ids = m_list->selectedIds();
    if (ids.size() == 1)
        PartnerDialog::openEdit(m_workspace, ids.constFirst(), this);
}

} // namespace Tradewind
