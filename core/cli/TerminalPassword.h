#pragma once

#include <QString>

namespace caiji {

/// Reads a password for caiji-cli: from CAIJI_PASSWORD when set, else typed on the terminal
/// without echo. `ok` is false when there is neither (a script without a terminal).
class TerminalPassword
{
public:
    /// `variable` names the environment variable read first (CAIJI_NEW_PASSWORD for a new one).
    static QString read(const QString& prompt, bool* ok, const char* variable = "CAIJI_PASSWORD");
};

} // namespace caiji
