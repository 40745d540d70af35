#pragma once

#include <QString>
#include <QTemporaryDir>

namespace testsupport {

// ../shared/reports beside the checkout; tests that need it skip when it is absent.
QString sharedReportsDir();
QString realReportsDir();
QString dataDir();

QString readUtf8(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace testsupport
