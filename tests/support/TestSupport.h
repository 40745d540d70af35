#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace testsupport {

// ../shared/reports beside the checkout; tests that need it skip when it is absent.
QString sharedReportsDir();
QString realReportsDir();
QString dataDir();

QString readUtf8(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

// The environment for running county-briefing as a fresh user: a home (and so a default
// database) of its own, off-screen.
QProcessEnvironment isolatedEnvironment(const QString &home);

// A QCoreApplication for tests that need an event loop in a binary without one (gtest_main).
void ensureCoreApplication();

} // namespace testsupport
