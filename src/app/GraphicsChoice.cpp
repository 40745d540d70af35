#include "GraphicsChoice.h"

#include <QDir>
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>

namespace GraphicsChoice {

namespace {

QString probeOpenGlRenderer()
{
    QOpenGLContext context;
    if (!context.create())
        return {};
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface))
        return {};
    const auto *renderer = reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    const QString name = renderer ? QString::fromLatin1(renderer) : QString();
    context.doneCurrent();
    return name;
}

// Without a DRI device there is no GPU driver to use: OpenGL could only be Mesa's llvmpipe.
// Deciding this without creating a context keeps Mesa and LLVM (tens of MB) out of memory.
bool hasGpuDevice()
{
    const QDir dri(QStringLiteral("/dev/dri"));
    return !dri.entryList({QStringLiteral("renderD*"), QStringLiteral("card*")}, QDir::System).isEmpty();
}

} // namespace

QString apply(const QString &requested)
{
    if (requested == QLatin1String("software")) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        return QStringLiteral("software (requested)");
    }
    if (requested == QLatin1String("opengl")) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
        return QStringLiteral("opengl (requested)");
    }
    // The user's environment wins over the automatic choice.
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        return QStringLiteral("from the environment");
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal")) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        return QStringLiteral("software (no display)");
    }
    if (!hasGpuDevice() || qEnvironmentVariableIntValue("LIBGL_ALWAYS_SOFTWARE") == 1) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        return QStringLiteral("software (no GPU device)");
    }
    const QString renderer = probeOpenGlRenderer();
    const QString lower = renderer.toLower();
    if (renderer.isEmpty() || lower.contains(QLatin1String("llvmpipe")) || lower.contains(QLatin1String("softpipe"))
        || lower.contains(QLatin1String("swrast")) || lower.contains(QLatin1String("software"))) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        return renderer.isEmpty() ? QStringLiteral("software (no OpenGL)")
                                  : QStringLiteral("software (OpenGL is %1)").arg(renderer);
    }
    return QStringLiteral("opengl (%1)").arg(renderer);
}

} // namespace GraphicsChoice
