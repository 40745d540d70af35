#pragma once

#include "parse/Rule.h"

#include <QList>

// The rule records of each family file under parse/rules/. A new family adds a line here
// and one in Registry.cpp's list of families.
namespace parse::rules {

QList<Rule> skip();           // Skip.cpp
QList<Rule> growth();         // Growth.cpp
QList<Rule> growthTargets();  // GrowthTargets.cpp
QList<Rule> basePeriod();     // BasePeriod.cpp
QList<Rule> completion();     // Completion.cpp
QList<Rule> neighbour();      // NameFromNeighbour.cpp
QList<Rule> investment();     // Investment.cpp
QList<Rule> respectively();   // Respectively.cpp
QList<Rule> qualifiers();     // Qualifiers.cpp

} // namespace parse::rules
