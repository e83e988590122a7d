#include "TerminalPassword.h"

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

namespace caiji {

QString TerminalPassword::read(const QString& prompt, bool* ok, const char* variable)
{
    const QByteArray fromEnv = qgetenv(variable);
    if (!fromEnv.isEmpty()) {
        *ok = true;
        return QString::fromUtf8(fromEnv);
    }
#ifdef Q_OS_WIN
    *ok = _isatty(_fileno(stdin)) != 0;
    if (!*ok)
        return QString();
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
#else
    *ok = isatty(STDIN_FILENO) != 0;
    if (!*ok)
        return QString();
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
#endif
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    std::string line;
    std::getline(std::cin, line);
    err << Qt::endl;
#ifdef Q_OS_WIN
    SetConsoleMode(in, mode);
#else
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#endif
    return QString::fromStdString(line);
}

} // namespace caiji
