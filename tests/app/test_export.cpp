// Every page (and one detail view per domain) rendered off-screen at the sizes the screen
// is used at; any QML warning, a blank page or a wrong size fails.
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QStringList kPages = {QStringLiteral("overview"), QStringLiteral("economy"), QStringLiteral("agriculture"),
                            QStringLiteral("industry"), QStringLiteral("urban"), QStringLiteral("social")};

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += std::max(1, image.height() / 60))
        for (int x = 0; x < image.width(); x += std::max(1, image.width() / 80))
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

class Export : public ::testing::TestWithParam<QSize>
{
};

} // namespace

TEST_P(Export, EveryPageAndDetailRendersCleanly)
{
    const QSize size = GetParam();
    QTemporaryDir home;
    QTemporaryDir out;
    QProcess p;
    p.setProcessEnvironment(testsupport::isolatedEnvironment(home.path()));
    p.start(QStringLiteral(BRIEFING_BINARY),
            {QStringLiteral("--export"), out.path(), QStringLiteral("--size"),
             QStringLiteral("%1x%2").arg(size.width()).arg(size.height())});
    ASSERT_TRUE(p.waitForFinished(240000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const QString printed = QString::fromUtf8(p.readAllStandardOutput());
    ASSERT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 0) << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("qrc:/"))) << "QML warnings:\n" << err.toStdString();

    QStringList expected;
    for (int i = 0; i < kPages.size(); ++i)
        expected.append(QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(kPages.at(i)));
    for (int i = 1; i < kPages.size(); ++i)
        expected.append(QStringLiteral("%1-%2-detail.png").arg(kPages.size() + i, 2, 10, QLatin1Char('0')).arg(kPages.at(i)));
    const QStringList written = QDir(out.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    EXPECT_EQ(written, expected);
    for (const QString &name : expected) {
        EXPECT_TRUE(printed.contains(name)) << name.toStdString() << " not printed";
        const QImage image(QDir(out.path()).filePath(name));
        ASSERT_FALSE(image.isNull()) << name.toStdString();
        EXPECT_EQ(image.size(), size) << name.toStdString();
        EXPECT_GT(distinctColours(image), 24) << name.toStdString() << " looks blank";
    }
}

INSTANTIATE_TEST_SUITE_P(Sizes, Export,
                         ::testing::Values(QSize(1920, 1080), QSize(3840, 2160), QSize(5760, 1080), QSize(1024, 768)),
                         [](const ::testing::TestParamInfo<QSize> &info) {
                             return std::to_string(info.param.width()) + "x" + std::to_string(info.param.height());
                         });

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
