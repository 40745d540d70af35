#pragma once

// The command line as a user runs it: the real binary, in a temporary home.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli : public ::testing::Test
{
protected:
    CliRun run(const QStringList &arguments, int timeoutMs = 60000)
    {
        // A home of its own, so the default database is created fresh for this test.
        return runWith(testsupport::isolatedEnvironment(m_home.path()), arguments, timeoutMs);
    }
    CliRun runWith(const QProcessEnvironment &environment, const QStringList &arguments, int timeoutMs = 60000)
    {
        QProcess p;
        p.setProcessEnvironment(environment);
        p.start(QStringLiteral(BRIEFING_BINARY), arguments);
        EXPECT_TRUE(p.waitForFinished(timeoutMs)) << "timed out: " << arguments.join(u' ').toStdString();
        CliRun r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString draft() const { return testsupport::dataDir() + QStringLiteral("/county-work-report-draft.txt"); }

    QTemporaryDir m_dir;
    QTemporaryDir m_home;
};

QJsonObject figureNamed(const QJsonArray &figures, const QString &name)
{
    for (const QJsonValue &v : figures) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace
