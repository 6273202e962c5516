#pragma once

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QString>

namespace Tradewind::Sessions {

/**
 * Slows password guessing down without letting anyone lock a user out.
 *
 * Failed logins are counted per client address and login together, per client address over all logins, and
 * per login over all addresses. Within a free allowance nothing happens; beyond it every further attempt must
 * wait twice as long as the one before (1 s, 2 s, 4 s, ... up to MaxDelaySeconds), and is answered 429 with
 * Retry-After before any password is verified, so that a flood costs no hashing. Only addresses that failed
 * wait: when a login is guessed at from many addresses, every address that guessed is slowed down by the
 * login's count, but a user at a PC that has not failed is never held up by someone guessing their password
 * elsewhere. Counts older than ForgetAfterSeconds are forgotten; a successful login clears its address's count
 * for that login.
 *
 * Thread-safe. Kept in memory: a restart forgets the counts, which only the administrator can cause.
 */
class LoginThrottle
{
public:
    static constexpr int FreeFailuresPerLogin = 5;
    static constexpr int FreeFailuresPerAddress = 20;
    static constexpr int FreeFailuresPerAccount = 20;
    static constexpr qint64 MaxDelaySeconds = 15 * 60;
    static constexpr qint64 ForgetAfterSeconds = 60 * 60;

    /**
     * Begins an attempt: 0 when it may go ahead — and then it already counts as a failure until
     * succeeded() says otherwise, so concurrent guesses cannot slip past the count — else the whole seconds
     * (at least 1) the address must still wait.
     */
    qint64 begin(const QHostAddress &address, const QString &login, const QDateTime &now);
    /** The attempt begun for this address and login was right: its count starts again. */
    void succeeded(const QHostAddress &address, const QString &login);
    /**
     * An administrator unlocks the login: its failures are forgotten, from every address. What addresses failed on
     * over all logins stays, so that a guesser cannot start again by having a victim's login unlocked.
     */
    void forget(const QString &login);

private:
    struct Failures
    {
        int count = 0;
        QDateTime last;
    };

    /** Milliseconds until failures allow another attempt (0 or less: now). */
    static qint64 msecsToWait(const Failures &failures, int free, const QDateTime &now);
    void forgetOld(const QDateTime &now);

    QMutex m_mutex;
    QHash<QString, QHash<QString, Failures>> m_byLoginAndAddress; ///< login → address → failures
    QHash<QString, Failures> m_byAddress;
    QHash<QString, Failures> m_byLogin;
    QDateTime m_lastSweep;
};

} // namespace Tradewind::Sessions
