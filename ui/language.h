#pragma once

#include <QLocale>
#include <QString>

namespace Tradewind::Language {

/** The language chosen in the settings ("zh_CN", "en"), or "" to follow the system. */
QString configured();
void setConfigured(const QString &language);

/**
 * Makes locale the default locale and installs the application's and Qt's own translations for it,
 * replacing any installed before. Returns false when no Tradewind translation exists for it (English).
 */
bool apply(const QLocale &locale);

} // namespace Tradewind::Language
