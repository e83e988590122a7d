// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "TestWorkspace.h"
#include "core/auth/Accounts.h"
#include "core/session/Session.h"
#include "core/storage/SqlUtil.h"

#include <QTest>

using namespace caiji;

// Accounts as the office keeps them, on both backends: a lock after repeated wrong passwords,
// disabling, resetting, and changing one's own password.
class TestAccounts : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;

private slots:
    void lockoutDisableResetChange_data() { test::TestLocations::addBackendRows(); }
    void lockoutDisableResetChange()
    {
        QFETCH(QString, backend);
        auto ws = test::miniWorkspace(m_locations, backend);
        Accounts accounts(*ws);
        QString error;
        QVERIFY(accounts.addUser({"c1", "采集员", "JWC", {Role::Collector}, true}, "Caiji2024", &error));
        QVERIFY(accounts.addUser({"o1", "督导办", "DDKH", {Role::SupervisorAdmin}, true}, "Caiji2024", &error));
        auto office = test::policyAs(*ws, "o1", Role::SupervisorAdmin, "DDKH");
        auto collector = test::policyAs(*ws, "c1", Role::Collector, "JWC");
        QString why;
        QVERIFY(accounts.signIn("c1", "Caiji2024", &why));
        // Five wrong passwords lock the account, even against the right one afterwards.
        for (int i = 0; i < Accounts::kMaxFailures; ++i)
            QVERIFY(!accounts.signIn("c1", "wrong", &why));
        QVERIFY2(why.contains("15"), qPrintable(why));
        QVERIFY(!accounts.signIn("c1", "Caiji2024", &why));
        QVERIFY2(why.contains("c1"), qPrintable(why));
        Actor actor;
        QVERIFY(!Session::authenticate(*ws, {"c1", "Caiji2024"}, &actor, &error));
        // The office resets the password, which lifts the lock; weak passwords are refused.
        QVERIFY(!accounts.resetPassword(*collector, "c1", "Neu2024pass", &error));
        QVERIFY(!accounts.resetPassword(*office, "c1", "short1", &error));
        QVERIFY(!accounts.resetPassword(*office, "c1", "onlyletters", &error));
        QVERIFY2(accounts.resetPassword(*office, "c1", "Neu2024pass", &error), qPrintable(error));
        QVERIFY(accounts.signIn("c1", "Neu2024pass", &why));
        // One's own password, knowing the old one.
        QVERIFY(!accounts.changePassword("c1", "wrong", "Mein2025pass", &error));
        QVERIFY(accounts.changePassword("c1", "Neu2024pass", "Mein2025pass", &error));
        QVERIFY(!accounts.signIn("c1", "Neu2024pass", &why));
        QVERIFY(Session::authenticate(*ws, {"c1", "Mein2025pass"}, &actor, &error));
        // A disabled account cannot sign in; the office cannot disable itself.
        QVERIFY(!accounts.setActive(*collector, "o1", false, &error));
        QVERIFY(!accounts.setActive(*office, "o1", false, &error));
        QVERIFY(accounts.setActive(*office, "c1", false, &error));
        QVERIFY(!Session::authenticate(*ws, {"c1", "Mein2025pass"}, &actor, &error));
        QVERIFY(accounts.setActive(*office, "c1", true, &error));
        QVERIFY(Session::authenticate(*ws, {"c1", "Mein2025pass"}, &actor, &error));
        QVERIFY(!accounts.setActive(*office, "nobody", false, &error));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
