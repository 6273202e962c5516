#pragma once

#include <QIcon>
#include <QWidget>

namespace Tradewind {

/** A page shown as a tab of the main window: a list or a card, identified by a key that survives restarts. */
class DocumentPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /** "partners", "opportunities", "partner:12", "opportunity:5", "quote:7"… */
    virtual QString documentKey() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /** Reloads from the server (after a change elsewhere, or F5). */
    virtual void refresh() = 0;
    /** True while the page holds edits not yet saved: closing it asks first. */
    virtual bool hasUnsavedChanges() const { return false; }

Q_SIGNALS:
    void titleChanged();
};

} // namespace Tradewind
