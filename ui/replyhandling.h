#pragma once

#include "apiclient.h"

#include <QObject>

#include <utility>

namespace Tradewind {

/**
 * Runs handler when reply has finished, unless context has been destroyed by then; the reply deletes
 * itself afterwards either way, so a page or dialog closed while a request runs leaks nothing.
 */
template<typename Handler>
void whenFinished(ApiReply *reply, const QObject *context, Handler &&handler)
{
    QObject::connect(reply, &ApiReply::finished, context, std::forward<Handler>(handler));
    QObject::connect(reply, &ApiReply::finished, reply, &QObject::deleteLater);
}

/** Stops waiting for an outdated request: its answer is dropped and the reply deletes itself. */
inline void abandon(ApiReply *reply, const QObject *context)
{
    if (!reply)
        return;
    reply->disconnect(context);
    if (!reply->isFinished())
        reply->abort();
}

} // namespace Tradewind
