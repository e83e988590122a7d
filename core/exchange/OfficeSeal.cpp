#include "OfficeSeal.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <sodium.h>

#include <QScopeGuard>

namespace caiji {

namespace {
const QByteArray kMagic = QByteArrayLiteral("CAIJI-SEALED-PACKAGE 1\n");

bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QString meta(Workspace& ws, const char* key)
{
    return SqlUtil::scalar(
        ws.db(), QStringLiteral("SELECT value FROM cj_meta WHERE key = ?"), {QString::fromLatin1(key)})
        .toString();
}

/// The key that encrypts the private key: Argon2id over the seal password and a salt.
bool derive(const QString& password, const QByteArray& salt, QByteArray* key)
{
    const QByteArray pw = password.toUtf8();
    key->resize(crypto_secretbox_KEYBYTES);
    return crypto_pwhash(reinterpret_cast<unsigned char*>(key->data()), crypto_secretbox_KEYBYTES, pw.constData(),
               static_cast<unsigned long long>(pw.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
               crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}
} // namespace

bool OfficeSeal::secretKey(Workspace& ws, const QString& password, QByteArray* out, QString* error)
{
    const QByteArray stored = QByteArray::fromBase64(meta(ws, "office_secret_key").toLatin1());
    const int head = crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES;
    if (stored.size() != head + crypto_secretbox_MACBYTES + crypto_box_SECRETKEYBYTES) {
        if (error)
            *error = tr("This workspace has no key to open sealed packages: the office seals its first package with "
                        "caiji-cli package export --seal.");
        return false;
    }
    QByteArray key;
    const auto wipe = qScopeGuard([&key] { sodium_memzero(key.data(), static_cast<size_t>(key.size())); });
    if (!derive(password, stored.left(crypto_pwhash_SALTBYTES), &key)) {
        if (error)
            *error = tr("Not enough memory to check the seal password.");
        return false;
    }
    out->resize(crypto_box_SECRETKEYBYTES);
    const QByteArray cipher = stored.mid(head);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(out->data()),
            reinterpret_cast<const unsigned char*>(cipher.constData()), static_cast<unsigned long long>(cipher.size()),
            reinterpret_cast<const unsigned char*>(stored.constData() + crypto_pwhash_SALTBYTES),
            reinterpret_cast<const unsigned char*>(key.constData()))
        != 0) {
        if (error)
            *error = tr("The seal password is wrong.");
        return false;
    }
    return true;
}

QByteArray OfficeSeal::ensureKeys(Workspace& ws, const QString& password, QString* error)
{
    if (!sodiumReady()) {
        if (error)
            *error = tr("The encryption library cannot start.");
        return {};
    }
    if (password.size() < 8) {
        if (error)
            *error = tr("The seal password must be at least 8 characters long.");
        return {};
    }
    const QByteArray existing = QByteArray::fromBase64(meta(ws, "office_public_key").toLatin1());
    if (!existing.isEmpty()) {
        QByteArray secret;
        return secretKey(ws, password, &secret, error) ? existing : QByteArray();
    }
    QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0');
    QByteArray sk(crypto_box_SECRETKEYBYTES, '\0');
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pk.data()), reinterpret_cast<unsigned char*>(sk.data()));
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));
    QByteArray key;
    if (!derive(password, salt, &key)) {
        if (error)
            *error = tr("Not enough memory to protect the office's key.");
        return {};
    }
    QByteArray cipher(crypto_secretbox_MACBYTES + sk.size(), '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(cipher.data()),
        reinterpret_cast<const unsigned char*>(sk.constData()), static_cast<unsigned long long>(sk.size()),
        reinterpret_cast<const unsigned char*>(nonce.constData()),
        reinterpret_cast<const unsigned char*>(key.constData()));
    sodium_memzero(sk.data(), static_cast<size_t>(sk.size()));
    Transaction tx(ws.db());
    if (!SqlUtil::exec(ws.db(), QStringLiteral("INSERT INTO cj_meta (key, value) VALUES ('office_public_key', ?)"),
            {QString::fromLatin1(pk.toBase64())}, error)
        || !SqlUtil::exec(ws.db(), QStringLiteral("INSERT INTO cj_meta (key, value) VALUES ('office_secret_key', ?)"),
            {QString::fromLatin1((salt + nonce + cipher).toBase64())}, error)
        || !tx.commit(error))
        return {};
    return pk;
}

QByteArray OfficeSeal::seal(const QByteArray& package, const QByteArray& publicKey, QString* error)
{
    if (!sodiumReady() || publicKey.size() != crypto_box_PUBLICKEYBYTES) {
        if (error)
            *error = tr("The package carries no valid key of the office to seal it with.");
        return {};
    }
    QByteArray sealed(crypto_box_SEALBYTES + package.size(), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()),
        reinterpret_cast<const unsigned char*>(package.constData()), static_cast<unsigned long long>(package.size()),
        reinterpret_cast<const unsigned char*>(publicKey.constData()));
    return kMagic + sealed;
}

bool OfficeSeal::isSealed(const QByteArray& bytes)
{
    return bytes.startsWith(kMagic);
}

bool OfficeSeal::open(
    Workspace& ws, const QString& password, const QByteArray& sealed, QByteArray* package, QString* error)
{
    if (!sodiumReady() || !isSealed(sealed))
        return false;
    QByteArray sk;
    if (!secretKey(ws, password, &sk, error))
        return false;
    const QByteArray pk = QByteArray::fromBase64(meta(ws, "office_public_key").toLatin1());
    if (pk.size() != crypto_box_PUBLICKEYBYTES) {
        sodium_memzero(sk.data(), static_cast<size_t>(sk.size()));
        if (error)
            *error = tr("This workspace's public key is damaged: sealed packages cannot be opened.");
        return false;
    }
    const QByteArray box = sealed.mid(kMagic.size());
    if (box.size() < crypto_box_SEALBYTES) {
        if (error)
            *error = tr("The sealed package is cut short: ask the department to send it again.");
        return false;
    }
    package->resize(box.size() - crypto_box_SEALBYTES);
    const bool ok
        = crypto_box_seal_open(reinterpret_cast<unsigned char*>(package->data()),
              reinterpret_cast<const unsigned char*>(box.constData()), static_cast<unsigned long long>(box.size()),
              reinterpret_cast<const unsigned char*>(pk.constData()),
              reinterpret_cast<const unsigned char*>(sk.constData()))
        == 0;
    sodium_memzero(sk.data(), static_cast<size_t>(sk.size()));
    if (!ok) {
        package->clear();
        if (error)
            *error = tr("The sealed package was changed after it was sealed, or sealed for another office: it is not "
                        "opened.");
    }
    return ok;
}

} // namespace caiji
