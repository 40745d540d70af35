#pragma once

#include "Figure.h"
#include "SeriesModel.h"
#include "compose/Layout.h"

#include <QHash>

// Puts one of the composer's charts into a SeriesModel: values converted into the unit that
// suits the family (亿元 and 万元 never mixed), growth as stated, placeholders counted as
// pending rather than drawn.
namespace SeriesFill {

void fill(SeriesModel *model, const LayoutChart &chart, const QHash<qint64, Figure> &figures);

} // namespace SeriesFill
