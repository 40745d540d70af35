#pragma once

#include <QString>
#include <QStringList>

// The wall's pages a figure can be pinned to, and their titles as the wall shows them.
namespace PageTitles {

QStringList pages();
QString title(const QString &page);

} // namespace PageTitles
