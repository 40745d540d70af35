#pragma once

#include <QStringList>

// `fill`: values from a CSV into the figures of one report; `template`: the CSV to fill in,
// written so Excel and WPS open it as it is (UTF-8 with BOM, CRLF).
namespace FillCommand {

int fill(const QStringList &arguments);
int writeTemplate(const QStringList &arguments);

} // namespace FillCommand
