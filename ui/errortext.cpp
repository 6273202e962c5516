#include "errortext.h"

#include "formatting.h"
#include "wire.h"

using namespace Qt::StringLiterals;

namespace Tradewind {

QString ErrorText::describe(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Unreachable:
        return tr("The server cannot be reached. Check the address and your network connection.");
    case ApiError::Kind::NotTradewind:
        return tr("The address answers, but it is not a Tradewind server.");
    case ApiError::Kind::Http:
        break;
    }
    if (error.code == u"invalid_credentials"_s)
        return tr("Wrong login or password.");
    if (error.code == u"login_throttled"_s) {
        const qint64 seconds = error.body.value(u"retry_after"_s).toInteger();
        if (seconds < 120)
            return tr("Too many failed logins from this computer: wait %n second(s) before trying again.", nullptr, int(seconds));
        return tr("Too many failed logins from this computer: wait %n minute(s) before trying again.", nullptr,
                  int((seconds + 59) / 60));
    }
    if (error.code == u"too_many_heavy_requests"_s)
        return tr("You already have reports or searches running. Wait until they have finished, then try again.");
    if (error.code == u"server_busy"_s || error.code == u"too_many_connections"_s || error.code == u"database_busy"_s)
        return tr("The server is very busy right now. Try again in a moment.");
    if (error.code == u"query_timeout"_s)
        return tr("This took the server too long and was stopped. Narrow it down (a filter, a shorter period) or try "
                  "again later.");
    if (error.code == u"server_stopping"_s || error.code == u"request_cancelled"_s)
        return tr("The server is restarting. Try again in a moment.");
    if (error.code == u"storage_full"_s || error.code == u"database_read_only"_s)
        return tr("The server cannot save anything at the moment, so nothing was saved. Tell your administrator.");
    if (error.code == u"database_corrupt"_s || error.code == u"storage_error"_s)
        return tr("The server cannot read its database. Tell your administrator.");
    if (error.code == u"unauthorized"_s)
        return tr("Your session has ended. Please log in again.");
    if (error.code == u"not_found"_s)
        return tr("This record does not exist or you may not see it.");
    if (error.code == u"forbidden"_s)
        return tr("Your role does not allow this.");
    if (error.code == u"version_conflict"_s)
        return tr("Someone else changed this record after you opened it.");
    if (error.code == u"duplicate_partner"_s)
        return tr("A business partner with nearly the same name already exists.");
    if (error.code == u"opportunity_locked"_s) {
        // The server names the holder and since when, and nothing else about their opportunity.
        const QString holder = error.body.value(u"holder"_s).toObject().value(u"name"_s).toString();
        const QDateTime since = Wire::timestampFromWire(error.body.value(u"since"_s).toString());
        const QString who = holder.isEmpty() ? tr("Another salesperson") : holder;
        if (since.isValid())
            return tr("%1 has held an open opportunity for this customer and project since %2, so it cannot be "
                      "created a second time. Talk to %1 or to your manager.")
                .arg(who, Format::timestamp(since));
        return tr("%1 already holds an open opportunity for this customer and project, so it cannot be created a "
                  "second time. Talk to %1 or to your manager.")
            .arg(who);
    }
    if (error.code == u"quote_not_editable"_s)
        return tr("This quote can no longer be changed. Create a new revision to change it.");
    if (error.code == u"quote_superseded"_s)
        return tr("A newer revision of this quote exists: open the current revision and act on that one.");
    if (error.code == u"wrong_quote_status"_s)
        return tr("The quote's state no longer allows this: someone has acted on it meanwhile. Refresh (F5) to see "
                  "where it stands.");
    if (error.code == u"invalid_field"_s || error.code == u"malformed_json"_s)
        return tr("The server refused a value: %1").arg(error.message);
    return tr("The server could not complete the request (%1).").arg(error.message.isEmpty() ? error.code : error.message);
}

} // namespace Tradewind
