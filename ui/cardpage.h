#pragma once

#include "apiclient.h"
#include "documentpage.h"

#include <QColor>
#include <QJsonObject>
#include <QPointer>

#include <functional>

class QFormLayout;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Tradewind {

class Workspace;

/**
 * Base of the cards (看板): one record at a glance. A header band with a big title, status chips, header
 * buttons and a grid of key facts, then the record's tabs.
 *
 * The card loads its record with GET resourcePath; while the first load runs it shows a loading state,
 * and when a load fails it shows a readable error with a Retry button. refresh() reloads in place.
 * Subclasses add their tabs and header buttons in the constructor, fill everything in populate() (called
 * after every successful load) and call refresh() as the last step of their constructor.
 */
class CardPage : public DocumentPage
{
    Q_OBJECT

public:
    enum class State { Loading, Ready, Failed };

    /** The colour family of a status chip. */
    enum class Tone { Neutral, Info, Success, Muted, Warning, Danger };

    struct Chip
    {
        QString text;
        Tone tone = Tone::Neutral;
    };

    /** One key fact in the header: a small caption above its value; with onActivated the value is a link. */
    struct Fact
    {
        QString caption;
        QString value;
        QString objectName; ///< of the value widget, for tests ("customerLink", "factOwner"…)
        std::function<void()> onActivated;
        /** The value's colour family (an overdue amount in Danger); Neutral: the normal text colour. */
        Tone tone = Tone::Neutral;
        /** 0…10000 basis points: a thin bar under the value shows the share (collected, invoiced); -1: none. */
        int progress = -1;
    };

    CardPage(Workspace &workspace, const QString &resourcePath, QWidget *parent = nullptr);
    ~CardPage() override;

    QString title() const override;
    void refresh() override;

    State state() const { return m_state; }
    /** The record as last loaded (empty before the first load). */
    const QJsonObject &record() const { return m_record; }
    /** The version of record() for If-Match, quotes included. */
    QByteArray etag() const { return m_etag; }
    QString resourcePath() const { return m_resourcePath; }
    /** The readable text of the last load failure. */
    QString errorText() const;

    /** The style of a status chip of this tone, so that lists can show the same colours. */
    static QString chipStyleSheet(Tone tone);
    /** The text colour of a chip of this tone (for a status in a list). */
    static QColor toneTextColor(Tone tone);

Q_SIGNALS:
    /** A load finished successfully and the card shows the new record. */
    void loaded();
    void loadFailed(const Tradewind::ApiError &error);

protected:
    Workspace &workspace() const { return m_workspace; }
    QTabWidget *tabs() const { return m_tabs; }

    /** The tab title before the record has arrived, e.g. "Partner 12". */
    virtual QString placeholderTitle() const = 0;
    /** Fills header and tabs from the record just loaded; called after every successful load. */
    virtual void populate(const QJsonObject &record) = 0;
    /** Reloads what the card shows besides the record itself (related lists, history); runs with each refresh. */
    virtual void reloadRelated() {}

    void setHeaderTitle(const QString &title);
    /** A small grey line under the title, e.g. the kind of record. */
    void setSubtitle(const QString &subtitle);
    void setChips(const QList<Chip> &chips);
    void setFacts(const QList<Fact> &facts);
    /** Adds a button to the top right of the header; it is enabled only while a record is shown. */
    QPushButton *addHeaderButton(const QIcon &icon, const QString &text, const QString &objectName);
    /** A tab page with the card's standard margins, added to tabs(). */
    QWidget *addTabPage(const QString &label, const QString &objectName);
    /** A tab of read-only "caption: value" rows (scrolls when the values are long). */
    QFormLayout *addDetailsTab(const QString &label, const QString &objectName);
    /** A row of a details tab; the value is selectable plain text, wrapped. */
    QLabel *addDetailRow(QFormLayout *form, const QString &caption, const QString &objectName);
    /** Shows value, or a dash when there is none. */
    static void setDetail(QLabel *label, const QString &value);


private:
    void buildHeader(QWidget *content);
    void loadFinished(ApiReply *reply);
    void setState(State state);

    Workspace &m_workspace;
    QString m_resourcePath;
    State m_state = State::Loading;
    QJsonObject m_record;
    QByteArray m_etag;
    QString m_title;
    ApiError m_error;
    QPointer<ApiReply> m_pending;

    QStackedWidget *m_stack;
    QWidget *m_loadingPage;
    QWidget *m_errorPage;
    QWidget *m_contentPage;
    QLabel *m_errorLabel;
    QLabel *m_titleLabel;
    QLabel *m_subtitleLabel;
    QHBoxLayout *m_chipRow;
    QHBoxLayout *m_buttonRow;
    QGridLayout *m_factGrid;
    QProgressBar *m_busy;
    QTabWidget *m_tabs;
    QList<QPushButton *> m_headerButtons;
};

} // namespace Tradewind
