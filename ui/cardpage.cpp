#include "cardpage.h"

#include "errortext.h"
#include "money.h"
#include "replyhandling.h"
#include "workspace.h"

#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextLayout>
#include <QtMath>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

constexpr int FactColumns = 4;

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

/** Empties a layout of widgets; deleted later, as one of them may be the button whose click led here. */
void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr); // out of findChild()'s reach at once
            widget->deleteLater();
        }
        delete item;
    }
}

/** A centred column of readable width for the loading and error states. */
QVBoxLayout *centredColumn(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(2);
    auto *column = new QWidget(page);
    column->setMinimumWidth(360);
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(3);
    return columnLayout;
}

/**
 * The height of one line mixing Latin and CJK text. Chinese glyphs come from a fallback font with a taller
 * line, so a Latin-only label would otherwise sit lower and shorter than its Chinese neighbours.
 */
int mixedScriptLineHeight(const QFont &font)
{
    QTextLayout layout(u"国Ag"_s, font);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    return qCeil(line.height());
}

} // namespace

CardPage::CardPage(Workspace &workspace, const QString &resourcePath, QWidget *parent)
    : DocumentPage(parent)
    , m_workspace(workspace)
    , m_resourcePath(resourcePath)
    , m_stack(new QStackedWidget(this))
    , m_loadingPage(new QWidget(m_stack))
    , m_errorPage(new QWidget(m_stack))
    , m_contentPage(new QWidget(m_stack))
    , m_errorLabel(new QLabel(m_errorPage))
    , m_titleLabel(new QLabel(m_contentPage))
    , m_subtitleLabel(new QLabel(m_contentPage))
    , m_chipRow(new QHBoxLayout)
    , m_buttonRow(new QHBoxLayout)
    , m_factGrid(new QGridLayout)
    , m_busy(new QProgressBar(m_contentPage))
    , m_tabs(new QTabWidget(m_contentPage))
{
    m_loadingPage->setObjectName(u"cardLoadingPage"_s);
    QVBoxLayout *loadingColumn = centredColumn(m_loadingPage);
    auto *loadingLabel = new QLabel(tr("Loading…"), m_loadingPage);
    loadingLabel->setAlignment(Qt::AlignCenter);
    auto *loadingBar = new QProgressBar(m_loadingPage);
    loadingBar->setRange(0, 0);
    loadingBar->setTextVisible(false);
    loadingBar->setFixedSize(220, 8);
    loadingColumn->addWidget(loadingLabel);
    loadingColumn->addWidget(loadingBar, 0, Qt::AlignHCenter);

    m_errorPage->setObjectName(u"cardErrorPage"_s);
    QVBoxLayout *errorColumn = centredColumn(m_errorPage);
    auto *errorTitle = new QLabel(tr("This record could not be loaded"), m_errorPage);
    errorTitle->setFont(scaledFont(font(), 1.3, true));
    errorTitle->setAlignment(Qt::AlignCenter);
    m_errorLabel->setObjectName(u"cardErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("Try again"), m_errorPage);
    retry->setObjectName(u"cardRetryButton"_s);
    connect(retry, &QPushButton::clicked, this, &CardPage::refresh);
    errorColumn->addWidget(errorTitle);
    errorColumn->addWidget(m_errorLabel);
    errorColumn->addSpacing(8);
    errorColumn->addWidget(retry, 0, Qt::AlignHCenter);

    m_contentPage->setObjectName(u"cardContentPage"_s);
    buildHeader(m_contentPage);

    m_stack->addWidget(m_loadingPage);
    m_stack->addWidget(m_errorPage);
    m_stack->addWidget(m_contentPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setState(State::Loading);
}

CardPage::~CardPage()
{
    abandon(m_pending, this);
}

void CardPage::buildHeader(QWidget *content)
{
    auto *header = new QFrame(content);
    header->setObjectName(u"cardHeader"_s);
    header->setAutoFillBackground(true);
    header->setStyleSheet(u"QFrame#cardHeader { background-color: palette(base); border: none;"
                          u" border-bottom: 1px solid palette(mid); }"_s);

    m_titleLabel->setObjectName(u"cardTitle"_s);
    m_titleLabel->setParent(header);
    m_titleLabel->setFont(scaledFont(font(), 1.6, true));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_titleLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    m_subtitleLabel->setObjectName(u"cardSubtitle"_s);
    m_subtitleLabel->setParent(header);
    QPalette muted = m_subtitleLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_subtitleLabel->setPalette(muted);
    m_subtitleLabel->hide();

    m_busy->setObjectName(u"cardBusy"_s);
    m_busy->setParent(header);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(90, 6);
    m_busy->hide();

    m_chipRow->setSpacing(6);
    m_buttonRow->setSpacing(8);

    // The title takes the width it needs (wrapping only when it must); chips and subtitle go under it.
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(14);
    titleRow->addWidget(m_titleLabel, 1, Qt::AlignVCenter);
    titleRow->addWidget(m_busy, 0, Qt::AlignVCenter);
    titleRow->addLayout(m_buttonRow);
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(12);
    statusRow->addLayout(m_chipRow);
    statusRow->addWidget(m_subtitleLabel, 0, Qt::AlignVCenter);
    statusRow->addStretch(1);

    m_factGrid->setHorizontalSpacing(36);
    m_factGrid->setVerticalSpacing(12);
    for (int column = 0; column < FactColumns; ++column)
        m_factGrid->setColumnStretch(column, 1);

    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(24, 18, 24, 18);
    headerLayout->setSpacing(6);
    headerLayout->addLayout(titleRow);
    headerLayout->addLayout(statusRow);
    headerLayout->addSpacing(12);
    headerLayout->addLayout(m_factGrid);

    m_tabs->setObjectName(u"cardTabs"_s);
    auto *tabArea = new QVBoxLayout;
    tabArea->setContentsMargins(12, 12, 12, 12);
    tabArea->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addLayout(tabArea, 1);
}

QString CardPage::title() const
{
    return m_title.isEmpty() ? placeholderTitle() : m_title;
}

QString CardPage::errorText() const
{
    return ErrorText::describe(m_error);
}

void CardPage::refresh()
{
    abandon(m_pending, this);
    ApiReply *reply = m_workspace.api().get(m_resourcePath);
    m_pending = reply;
    if (m_state == State::Ready)
        m_busy->show(); // keep showing the record while the new version loads
    else
        setState(State::Loading);
    whenFinished(reply, this, [this, reply] { loadFinished(reply); });
    reloadRelated();
}

void CardPage::loadFinished(ApiReply *reply)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    m_busy->hide();
    if (!reply->ok()) {
        m_error = reply->error();
        m_errorLabel->setText(ErrorText::describe(m_error));
        setState(State::Failed);
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_error = ApiError();
    m_record = reply->object();
    m_etag = reply->etag();
    populate(m_record);
    setState(State::Ready);
    Q_EMIT loaded();
}

void CardPage::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::Loading:
        m_stack->setCurrentWidget(m_loadingPage);
        break;
    case State::Failed:
        m_stack->setCurrentWidget(m_errorPage);
        break;
    case State::Ready:
        m_stack->setCurrentWidget(m_contentPage);
        break;
    }
    for (QPushButton *button : std::as_const(m_headerButtons))
        button->setEnabled(state == State::Ready);
}

void CardPage::setHeaderTitle(const QString &title)
{
    m_titleLabel->setText(title);
    if (title == m_title)
        return;
    m_title = title;
    Q_EMIT titleChanged();
}

void CardPage::setSubtitle(const QString &subtitle)
{
    m_subtitleLabel->setText(subtitle);
    m_subtitleLabel->setVisible(!subtitle.isEmpty());
}

namespace {

/** Soft background with a dark text of the same hue: readable in light themes, calm next to the title. */
struct ToneColours
{
    QColor background;
    QColor text;
};

ToneColours toneColours(CardPage::Tone tone)
{
    switch (tone) {
    case CardPage::Tone::Neutral:
        break;
    case CardPage::Tone::Info:
        return {QColor(0xe3, 0xf0, 0xfd), QColor(0x0d, 0x4f, 0x9e)};
    case CardPage::Tone::Success:
        return {QColor(0xe3, 0xf4, 0xe6), QColor(0x1b, 0x6b, 0x2c)};
    case CardPage::Tone::Muted:
        return {QColor(0xec, 0xec, 0xec), QColor(0x61, 0x61, 0x61)};
    case CardPage::Tone::Warning:
        return {QColor(0xff, 0xf1, 0xdf), QColor(0x9a, 0x4b, 0x00)};
    case CardPage::Tone::Danger:
        return {QColor(0xfd, 0xeb, 0xec), QColor(0xa3, 0x16, 0x21)};
    }
    return {QColor(0xec, 0xef, 0xf1), QColor(0x37, 0x47, 0x4f)};
}

} // namespace

QString CardPage::chipStyleSheet(Tone tone)
{
    const ToneColours colours = toneColours(tone);
    return u"QLabel { background-color: %1; color: %2; border-radius: 10px; padding: 3px 12px; font-weight: 600; }"_s
        .arg(colours.background.name(), colours.text.name());
}

QColor CardPage::toneTextColor(Tone tone)
{
    return toneColours(tone).text;
}

void CardPage::setChips(const QList<Chip> &chips)
{
    clearLayout(m_chipRow);
    int index = 0;
    for (const Chip &chip : chips) {
        auto *label = new QLabel(chip.text, m_titleLabel->parentWidget());
        label->setObjectName(index == 0 ? u"cardStatusChip"_s : u"cardStatusChip%1"_s.arg(index + 1));
        label->setStyleSheet(chipStyleSheet(chip.tone));
        label->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        m_chipRow->addWidget(label, 0, Qt::AlignVCenter);
        ++index;
    }
}

void CardPage::setFacts(const QList<Fact> &facts)
{
    clearLayout(m_factGrid);
    QWidget *header = m_titleLabel->parentWidget();
    const QFont captionFont = scaledFont(font(), 0.9, false);
    const QFont valueFont = scaledFont(font(), 1.08, false);
    int index = 0;
    for (const Fact &fact : facts) {
        auto *cell = new QWidget(header);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);

        auto *caption = new QLabel(fact.caption, cell);
        caption->setFont(captionFont);
        QPalette captionPalette = caption->palette();
        captionPalette.setColor(QPalette::WindowText, captionPalette.color(QPalette::PlaceholderText));
        caption->setPalette(captionPalette);
        cellLayout->addWidget(caption);

        const QString shown = fact.value.isEmpty() ? tr("—") : fact.value;
        if (fact.onActivated && !fact.value.isEmpty()) {
            auto *link = new QPushButton(shown, cell);
            link->setObjectName(fact.objectName);
            link->setFont(valueFont);
            link->setMinimumHeight(mixedScriptLineHeight(valueFont));
            link->setFlat(true);
            link->setCursor(Qt::PointingHandCursor);
            link->setToolTip(tr("Open %1").arg(fact.value));
            link->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
            link->setStyleSheet(u"QPushButton { border: none; padding: 0; margin: 0; text-align: left;"
                                u" color: palette(link); background: transparent; }"
                                u" QPushButton:hover { text-decoration: underline; }"_s);
            connect(link, &QPushButton::clicked, this, fact.onActivated);
            cellLayout->addWidget(link, 0, Qt::AlignLeft);
        } else {
            auto *value = new QLabel(shown, cell);
            value->setObjectName(fact.objectName);
            value->setFont(valueFont);
            value->setMinimumHeight(mixedScriptLineHeight(valueFont));
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            if (fact.tone != Tone::Neutral)
                value->setStyleSheet(u"QLabel { color: %1; font-weight: 600; }"_s.arg(toneTextColor(fact.tone).name()));
            cellLayout->addWidget(value);
        }
        if (fact.progress >= 0) {
            auto *bar = new QProgressBar(cell);
            bar->setObjectName(fact.objectName + u"Bar"_s);
            bar->setRange(0, BasisPointsPerWhole);
            bar->setValue(std::clamp(fact.progress, 0, BasisPointsPerWhole));
            bar->setTextVisible(false);
            bar->setFixedHeight(5);
            bar->setMaximumWidth(180);
            cellLayout->addWidget(bar);
        }
        cellLayout->addStretch(1);
        m_factGrid->addWidget(cell, index / FactColumns, index % FactColumns);
        ++index;
    }
}

QPushButton *CardPage::addHeaderButton(const QIcon &icon, const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(icon, text, m_titleLabel->parentWidget());
    button->setObjectName(objectName);
    button->setEnabled(m_state == State::Ready);
    m_buttonRow->addWidget(button, 0, Qt::AlignVCenter);
    m_headerButtons.append(button);
    return button;
}

QWidget *CardPage::addTabPage(const QString &label, const QString &objectName)
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(objectName);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    m_tabs->addTab(page, label);
    return page;
}

QFormLayout *CardPage::addDetailsTab(const QString &label, const QString &objectName)
{
    QWidget *page = addTabPage(label, objectName);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The rows sit on the tab's own background, not on a grey scroll area.
    scroll->viewport()->setAutoFillBackground(false);
    auto *content = new QWidget(scroll->viewport());
    auto *form = new QFormLayout(content);
    form->setContentsMargins(8, 4, 8, 4);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setHorizontalSpacing(20);
    form->setVerticalSpacing(10);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    scroll->setWidget(content);
    content->setAutoFillBackground(false); // setWidget() turned it on
    page->layout()->addWidget(scroll);
    return form;
}

QLabel *CardPage::addDetailRow(QFormLayout *form, const QString &caption, const QString &objectName)
{
    QWidget *content = form->parentWidget();
    auto *value = new QLabel(content);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    value->setMinimumWidth(320);
    value->setMinimumHeight(mixedScriptLineHeight(value->font()));
    auto *label = new QLabel(caption, content);
    label->setMinimumHeight(mixedScriptLineHeight(label->font()));
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
    form->addRow(label, value);
    return value;
}

void CardPage::setDetail(QLabel *label, const QString &value)
{
    label->setText(value.isEmpty() ? tr("—") : value);
}

} // namespace Tradewind
