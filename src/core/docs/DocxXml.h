#pragma once

#include <QLatin1String>
#include <QString>

class QXmlStreamReader;

// Attributes of WordprocessingML elements by local name: Word writes w:val, Strict OOXML
// and other writers bind the same names to other prefixes.
namespace DocxXml {

QString attribute(const QXmlStreamReader &xml, QLatin1String name);
// The integer in attribute name, or fallback when it is absent or not a number.
int intAttribute(const QXmlStreamReader &xml, QLatin1String name, int fallback = -1);

} // namespace DocxXml
