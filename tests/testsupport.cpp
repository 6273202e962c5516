#include "testsupport.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace TestSupport {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(1);
    }
    return true;
}

bool waitFor(Tradewind::ApiReply *reply, int timeoutMs)
{
    return waitUntil([reply] { return reply->isFinished(); }, timeoutMs);
}

} // namespace TestSupport
