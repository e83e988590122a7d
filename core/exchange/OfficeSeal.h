#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace caiji {

class Workspace;

/// Sealed packages (DESIGN 3.7): the supervision office's key pair (libsodium), made with the
/// first sealed package, its private key kept in the workspace encrypted with the office's seal
/// password (Argon2id + XSalsa20-Poly1305). A department seals its returned package to the
/// office's public key (crypto_box_seal): only the office opens it, and any change to the sealed
/// file makes it refuse to open. The seal says nothing of who sealed it (every issued package
/// carries the public key): the package's own checks (its manifest against the base the office
/// kept) say whose it is.
class OfficeSeal
{
    Q_DECLARE_TR_FUNCTIONS(caiji::OfficeSeal)

public:
    /// The office's public key, made (with `password` protecting the private one) when the
    /// workspace has none; with one, `password` must open it. Empty with `error` otherwise.
    static QByteArray ensureKeys(Workspace& ws, const QString& password, QString* error);
    /// Seals a returned package's bytes to the office's public key (the manifest carries it).
    static QByteArray seal(const QByteArray& package, const QByteArray& publicKey, QString* error);
    /// Whether the bytes are a sealed package.
    static bool isSealed(const QByteArray& bytes);
    /// Opens a sealed package with the office's private key; false with `error` for a wrong
    /// password or a file changed after it was sealed.
    static bool open(
        Workspace& ws, const QString& password, const QByteArray& sealed, QByteArray* package, QString* error);

private:
    static bool secretKey(Workspace& ws, const QString& password, QByteArray* out, QString* error);
};

} // namespace caiji
