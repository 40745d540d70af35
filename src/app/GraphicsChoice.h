#pragma once

#include <QString>

// Picks the Qt Quick scene graph backend before the first window exists. On a machine whose
// only OpenGL is a software rasterizer (llvmpipe, softpipe, swrast) the software scene graph
// redraws only what changed and costs a fraction of the CPU; a real GPU keeps OpenGL.
namespace GraphicsChoice {

// requested: "auto", "software" or "opengl" (from --renderer). Returns what was chosen and why.
QString apply(const QString &requested);

} // namespace GraphicsChoice
