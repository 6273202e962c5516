#pragma once

#include "apiclient.h"

#include <QCoreApplication>

namespace Tradewind {

/** Readable, translated text for what went wrong with a request. */
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString describe(const ApiError &error);
};

} // namespace Tradewind
