#pragma once

// Lets Catch print Qt and Tradewind values in failed assertions.

#include "money.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Catch {
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &value) { return value.toString(Qt::ISODate).toStdString(); }
};
template<>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &value)
    {
        return value.isValid() ? value.toString(Qt::ISODateWithMs).toStdString() : std::string("<invalid>");
    }
};
template<>
struct StringMaker<Tradewind::Money>
{
    static std::string convert(const Tradewind::Money &value)
    {
        return std::to_string(value.minorUnits()) + ' ' + value.currency().toStdString();
    }
};
} // namespace Catch
