#pragma once

#include <QObject>

class QSocketNotifier;

namespace Tradewind {

/**
 * Turns SIGTERM and SIGINT into the received() signal on the thread that created this object, so that the
 * server can stop cleanly (answer what is in progress, checkpoint the database) instead of dying mid-request.
 * A second signal while the first is being handled ends the process at once, for an operator who will not
 * wait. One instance per process; on systems without POSIX signals it never emits.
 */
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Tradewind
