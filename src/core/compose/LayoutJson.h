#pragma once

#include "Layout.h"

#include <QJsonObject>

// The Layout as `layout --json` prints it (PRODUCT.md):
// {"size","county","year","pages":[{"name","title","cards":[{"figure","label"}],
//  "charts":[{"title","unit","measure","points":[{"figure","label"}]}]}]}
namespace LayoutJson {

QJsonObject toJson(const Layout &layout);

} // namespace LayoutJson
