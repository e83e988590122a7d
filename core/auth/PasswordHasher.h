#pragma once

#include <QString>

namespace caiji {

/// Argon2id password hashes (libsodium's crypto_pwhash_str, interactive limits).
class PasswordHasher
{
public:
    /// The encoded hash (algorithm, parameters and salt included), or an empty string on failure.
    static QString hash(const QString& password);
    static bool verify(const QString& encodedHash, const QString& password);
};

} // namespace caiji
