#include "cli/SecretInput.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace eol::cli {

QString SecretInput::readLine(const QString& prompt, bool* ok)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    bool echoOff = false;
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            echoOff = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    // Byte by byte, so a second call reads the next line of the same pipe (no stdio buffer
    // swallowing it).
    std::string line;
    bool any = false;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(c);
    }
    if (echoOff) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (ok)
        *ok = any;
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}

} // namespace eol::cli
