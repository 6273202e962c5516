#include "loginthrottle.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tradewind::Sessions {

qint64 LoginThrottle::msecsToWait(const Failures &failures, int free, const QDateTime &now)
{
    if (failures.count < free)
        return 0;
    const int doublings = std::min(failures.count - free, 30);
    const qint64 delaySeconds = std::min<qint64>(qint64(1) << doublings, MaxDelaySeconds);
    return now.msecsTo(failures.last.addSecs(delaySeconds));
}

qint64 LoginThrottle::begin(const QHostAddress &address, const QString &login, const QDateTime &now)
{
    const QMutexLocker locker(&m_mutex);
    forgetOld(now);
    Failures &forLogin = m_byLoginAndAddress[login][address.toString()];
    Failures &forAddress = m_byAddress[address.toString()];
    Failures &forAccount = m_byLogin[login];
    // The login's own count holds back only addresses that have failed on it themselves.
    const qint64 waitMs = std::max({msecsToWait(forLogin, FreeFailuresPerLogin, now),
                                    msecsToWait(forAddress, FreeFailuresPerAddress, now),
                                    forLogin.count > 0 ? msecsToWait(forAccount, FreeFailuresPerAccount, now) : 0});
    if (waitMs > 0)
        return std::max<qint64>(1, (waitMs + 999) / 1000); // rounded up: a client that waits that long is never early
    for (Failures *failures : {&forLogin, &forAddress, &forAccount}) {
        ++failures->count;
        failures->last = now;
    }
    return 0;
}

void LoginThrottle::succeeded(const QHostAddress &address, const QString &login)
{
    const QMutexLocker locker(&m_mutex);
    const auto forLogin = m_byLoginAndAddress.find(login);
    if (forLogin != m_byLoginAndAddress.end()) {
        forLogin->remove(address.toString());
        if (forLogin->isEmpty())
            m_byLoginAndAddress.erase(forLogin);
    }
    // The right password is no guess: take back what its attempt counted.
    for (auto [table, key] : {std::pair{&m_byAddress, address.toString()}, std::pair{&m_byLogin, login}}) {
        const auto failures = table->find(key);
        if (failures != table->end() && --failures->count <= 0)
            table->erase(failures);
    }
}

void LoginThrottle::forget(const QString &login)
{
    const QMutexLocker locker(&m_mutex);
    m_byLoginAndAddress.remove(login);
    m_byLogin.remove(login);
}

void LoginThrottle::forgetOld(const QDateTime &now)
{
    // Sweeping every table on every login would be wasted work; once a minute bounds the memory just as well.
    if (m_lastSweep.isValid() && m_lastSweep.secsTo(now) < 60 && m_lastSweep <= now)
        return;
    m_lastSweep = now;
    const auto old = [&](const auto &entry) { return entry.value().last.secsTo(now) >= ForgetAfterSeconds; };
    for (auto &addresses : m_byLoginAndAddress)
        addresses.removeIf(old);
    m_byLoginAndAddress.removeIf([](const auto &entry) { return entry.value().isEmpty(); });
    m_byAddress.removeIf(old);
    m_byLogin.removeIf(old);
}

} // namespace Tradewind::Sessions
