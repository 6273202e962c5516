#include "recorddialog.h"

#include "errortext.h"
#include "replyhandling.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** True when layout, or a layout nested in it, holds widget (or a widget containing it). */
bool layoutHolds(QLayout *layout, const QWidget *widget)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *child = item->widget()) {
            if (child == widget || child->isAncestorOf(widget))
                return true;
        } else if (QLayout *childLayout = item->layout()) {
            if (layoutHolds(childLayout, widget))
                return true;
        }
    }
    return false;
}

bool itemHolds(QLayoutItem *item, const QWidget *widget)
{
    if (!item)
        return false;
    if (QWidget *child = item->widget())
        return child == widget || child->isAncestorOf(widget);
    if (QLayout *layout = item->layout())
        return layoutHolds(layout, widget);
    return false;
}

} // namespace

RecordDialog::RecordDialog(Workspace &workspace, const QString &collectionPath, qint64 recordId,
                           const QByteArray &etag, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_collectionPath(collectionPath)
    , m_recordId(recordId)
    , m_etag(etag)
    , m_layout(new QVBoxLayout(this))
    , m_fieldError(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_busyLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setSizeGripEnabled(true);

    m_fieldError->setObjectName(u"fieldErrorLabel"_s);
    m_fieldError->setWordWrap(true);
    m_fieldError->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_fieldError->hide();

    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_busy->setObjectName(u"saveBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(90, 6);
    m_busy->hide();
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_busyLabel->hide();

    m_saveButton = m_buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    // Save does not close the dialog by itself: it closes when the server has stored the record.
    connect(m_saveButton, &QPushButton::clicked, this, &RecordDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &RecordDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(10);
    bottom->addWidget(m_busy, 0, Qt::AlignVCenter);
    bottom->addWidget(m_busyLabel, 0, Qt::AlignVCenter);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    m_layout->setContentsMargins(20, 20, 20, 16);
    m_layout->setSpacing(14);
    m_layout->addWidget(m_message);
    m_layout->addLayout(bottom);
}

RecordDialog::~RecordDialog()
{
    abandon(m_pending, this);
}

QString RecordDialog::recordPath() const
{
    return m_collectionPath + u'/' + QString::number(m_recordId);
}

void RecordDialog::setForm(QWidget *form)
{
    Q_ASSERT(!m_form);
    m_form = form;
    form->setParent(this);
    m_layout->insertWidget(0, form, 1);
}

void RecordDialog::registerField(const QString &field, QWidget *widget)
{
    m_fieldWidgets.insert(field, widget);
}

QString RecordDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString RecordDialog::fieldErrorText() const
{
    return m_fieldError->isHidden() ? QString() : m_fieldError->text();
}

void RecordDialog::reject()
{
    if (isBusy())
        return;
    QDialog::reject();
}

void RecordDialog::save()
{
    if (isBusy())
        return;
    clearMessages();
    if (const auto problem = checkForm()) {
        showFieldError(*problem);
        return;
    }
    m_body = buildBody();
    JsonReader reader(m_body);
    validate(reader);
    if (!reader.ok()) {
        showFieldError(*reader.error());
        return;
    }
    send({});
}

void RecordDialog::resend(const QUrlQuery &query)
{
    if (isBusy())
        return;
    clearMessages();
    send(query);
}

void RecordDialog::send(const QUrlQuery &query)
{
    ApiClient &api = m_workspace.api();
    ApiReply *reply = isEditing() ? api.patch(recordPath(), m_body, m_etag, query) : api.post(m_collectionPath, m_body, query);
    m_pending = reply;
    setBusy(true, tr("Saving…"));
    whenFinished(reply, this, [this, reply] { saveFinished(reply); });
}

void RecordDialog::saveFinished(ApiReply *reply)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    setBusy(false);
    if (reply->ok()) {
        m_savedRecord = reply->object();
        m_recordId = m_savedRecord.value(u"id"_s).toInteger();
        m_etag = reply->etag();
        m_workspace.recordChanged();
        Q_EMIT saved(m_recordId);
        accept();
        return;
    }
    const ApiError &error = reply->error();
    if (handleSaveError(error))
        return;
    if (error.status == 412 || error.code == u"version_conflict"_s) {
        askAboutConflict();
        return;
    }
    if (error.code == u"invalid_field"_s && !error.field.isEmpty() && widgetForField(error.field)) {
        showFieldError(FieldError{error.field, error.message});
        return;
    }
    showMessage(ErrorText::describe(error));
}

QMessageBox *RecordDialog::createConflictBox(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(u"conflictMessageBox"_s);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Record changed"));
    box->setText(tr("Someone else changed this record first."));
    box->setInformativeText(tr("Reload shows their version in this form and discards your edits. Keep editing returns "
                               "to your edits; they cannot be saved over the newer version."));
    QAbstractButton *reload = box->addButton(tr("Reload"), QMessageBox::AcceptRole);
    reload->setObjectName(u"conflictReloadButton"_s);
    QAbstractButton *keep = box->addButton(tr("Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"conflictKeepEditingButton"_s);
    box->setDefaultButton(qobject_cast<QPushButton *>(reload));
    box->setEscapeButton(keep);
    return box;
}

void RecordDialog::askAboutConflict()
{
    if (!m_conflictBox) {
        m_conflictBox = createConflictBox(this);
        m_conflictReload = m_conflictBox->findChild<QAbstractButton *>(u"conflictReloadButton"_s);
        connect(m_conflictBox, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
            if (button == m_conflictReload)
                reloadRecord();
        });
    }
    showMessage(tr("Someone else changed this record first. Reload it to continue from their version."));
    m_conflictBox->open();
}

void RecordDialog::reloadRecord()
{
    if (isBusy() || !isEditing())
        return;
    clearMessages();
    ApiReply *reply = m_workspace.api().get(recordPath());
    m_pending = reply;
    setBusy(true, tr("Loading the latest version…"));
    whenFinished(reply, this, [this, reply] {
        if (reply != m_pending)
            return;
        m_pending = nullptr;
        setBusy(false);
        if (!reply->ok()) {
            showMessage(ErrorText::describe(reply->error()));
            return;
        }
        m_etag = reply->etag();
        loadRecord(reply->object());
        showMessage(tr("The form now shows the latest version; your edits were discarded."), MessageKind::Notice);
        Q_EMIT recordReloaded();
    });
}

void RecordDialog::setBusy(bool busy, const QString &text)
{
    if (m_form)
        m_form->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    m_busy->setVisible(busy);
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy && !text.isEmpty());
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

QWidget *RecordDialog::widgetForField(const QString &field) const
{
    if (QWidget *widget = m_fieldWidgets.value(field))
        return widget;
    // "contacts[2].email" → "contacts[2]" → "contacts"
    QString name = field;
    while (!name.isEmpty()) {
        const qsizetype cut = std::max(name.lastIndexOf(u'.'), name.lastIndexOf(u'['));
        if (cut <= 0)
            break;
        name.truncate(cut);
        if (QWidget *widget = m_fieldWidgets.value(name))
            return widget;
    }
    return nullptr;
}

QString RecordDialog::describeFieldError(const FieldError &error) const
{
    return tr("This value is not accepted: %1").arg(error.message);
}

void RecordDialog::showFieldError(const FieldError &error)
{
    clearMessages();
    const QString text = describeFieldError(error);
    QWidget *widget = widgetForField(error.field);
    if (!widget) {
        showMessage(text);
        return;
    }
    m_invalidField = error.field;
    // A field on a tab that is not shown: show that tab first.
    for (QTabWidget *tabs : findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(widget))
                tabs->setCurrentIndex(i);
    }
    m_invalidMark.mark(widget);
    m_fieldError->setText(text);
    placeFieldError(widget);
    widget->setFocus(Qt::OtherFocusReason);
    revealField(error);
}

void RecordDialog::placeFieldError(QWidget *widget)
{
    // Right under the row of the field when it sits in a form layout; else in the message strip.
    for (QFormLayout *form : findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (!itemHolds(form->itemAt(row, QFormLayout::FieldRole), widget)
                && !itemHolds(form->itemAt(row, QFormLayout::SpanningRole), widget))
                continue;
            form->insertRow(row + 1, static_cast<QWidget *>(nullptr), m_fieldError);
            m_fieldErrorForm = form;
            m_fieldError->show();
            return;
        }
    }
    m_fieldError->hide();
    showMessage(m_fieldError->text());
}

void RecordDialog::removeFieldErrorRow()
{
    if (m_fieldErrorForm) {
        int row = -1;
        QFormLayout::ItemRole role;
        m_fieldErrorForm->getWidgetPosition(m_fieldError, &row, &role);
        if (row >= 0) {
            const QFormLayout::TakeRowResult taken = m_fieldErrorForm->takeRow(row);
            delete taken.labelItem;
            delete taken.fieldItem;
        }
    }
    m_fieldErrorForm = nullptr;
    m_fieldError->hide();
    m_fieldError->clear();
}

void RecordDialog::showMessage(const QString &text, MessageKind kind)
{
    showMessageIn(m_message, text, kind);
}

void RecordDialog::showMessageIn(QLabel *strip, const QString &text, MessageKind kind)
{
    strip->setText(text);
    strip->setStyleSheet(kind == MessageKind::Error
                             ? u"QLabel { background-color: #fdecea; color: #8a1c1c; border: 1px solid #f2c4c0;"
                               u" border-radius: 4px; padding: 8px 10px; }"_s
                             : u"QLabel { background-color: #e8f1fb; color: #0d3c73; border: 1px solid #c3d9f2;"
                               u" border-radius: 4px; padding: 8px 10px; }"_s);
    strip->show();
}

void RecordDialog::clearMessages()
{
    removeFieldErrorRow();
    m_invalidMark.clear();
    m_invalidField.clear();
    m_message->hide();
    m_message->clear();
}

} // namespace Tradewind
