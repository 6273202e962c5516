#include "passwordprompt.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Tradewind {

namespace {

/** Turns the terminal's echo off while it exists. */
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_input = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_input, &m_mode) && SetConsoleMode(m_input, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_ok = tcgetattr(STDIN_FILENO, &m_mode) == 0;
        if (m_ok) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_ok = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_ok)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_input, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_ok = false;
#ifdef Q_OS_WIN
    HANDLE m_input = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
};

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

} // namespace

std::optional<QString> readPasswordFromTerminal(const QString &prompt)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    std::string line;
    bool read = false;
    {
        const EchoOff echoOff;
        read = static_cast<bool>(std::getline(std::cin, line));
    }
    err << Qt::endl; // the Enter that was typed was not echoed either
    if (!read)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace Tradewind
