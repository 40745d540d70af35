#include "DocxXml.h"

#include <QXmlStreamReader>

namespace DocxXml {

QString attribute(const QXmlStreamReader &xml, QLatin1String name)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == name)
            return a.value().toString();
    }
    return {};
}

int intAttribute(const QXmlStreamReader &xml, QLatin1String name, int fallback)
{
    bool ok = false;
    const int v = attribute(xml, name).toInt(&ok);
    return ok ? v : fallback;
}

} // namespace DocxXml
