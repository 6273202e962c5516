#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Tradewind {

struct Department
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0; ///< 0 for the root
    bool active = true;

    QJsonObject toJson() const;
    static Department fromJson(const QJsonObject &json);
};

struct Employee
{
    qint64 id = 0;
    QString login;
    QString name;
    qint64 departmentId = 0;
    QString departmentName;
    qint64 supervisorId = 0; ///< 0 for the top of the tree
    QString supervisorName;
    QStringList roles;
    QString email;
    QString phone;
    bool active = true;

    bool hasRole(const QString &role) const { return roles.contains(role); }

    QJsonObject toJson() const;
    static Employee fromJson(const QJsonObject &json);
};

} // namespace Tradewind
