#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Tradewind {

/** User-visible names of the wire codes (kinds, stages, sources, partner classes, roles). */
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString kind(const QString &code);
    static QString stage(const QString &code);
    static QString source(const QString &code);
    static QString partnerClass(const QString &code);
    static QString partnerClasses(const QStringList &codes);
    static QString role(const QString &code);
    static QString roles(const QStringList &codes);
};

} // namespace Tradewind
