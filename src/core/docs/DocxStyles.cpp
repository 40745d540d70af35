#include "DocxStyles.h"

#include "DocxXml.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

using DocxXml::attribute;

int intValue(const QXmlStreamReader &xml)
{
    return DocxXml::intAttribute(xml, QLatin1String("val"));
}

// Word stores built-in names in English whatever the UI language ("heading 1"); WPS
// and converted files may carry the Chinese name ("标题 1").
int headingLevelFromName(const QString &name)
{
    static const QRegularExpression heading(QStringLiteral("^(?:heading|标题)\\s*(\\d)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = heading.match(name.trimmed());
    if (m.hasMatch())
        return m.captured(1).toInt() - 1;
    if (name.compare(QLatin1String("title"), Qt::CaseInsensitive) == 0 || name == u"标题")
        return 0;
    return -1;
}

} // namespace

void DocxStyles::load(const QByteArray &stylesXml)
{
    QXmlStreamReader xml(stylesXml);
    QString current;
    bool paragraphStyle = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"style") {
            current.clear();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"style") {
            paragraphStyle = attribute(xml, QLatin1String("type")) == u"paragraph";
            current = paragraphStyle ? attribute(xml, QLatin1String("styleId")) : QString();
            if (!current.isEmpty()) {
                m_styles.insert(current, Style());
                const QString isDefault = attribute(xml, QLatin1String("default"));
                if (isDefault == u"1" || isDefault == u"true")
                    m_default = current;
            }
            continue;
        }
        if (current.isEmpty())
            continue;
        Style &style = m_styles[current];
        if (name == u"name") {
            const int level = headingLevelFromName(attribute(xml, QLatin1String("val")));
            if (level >= 0 && style.own.outlineLevel < 0)
                style.own.outlineLevel = level;
        } else if (name == u"basedOn") {
            style.basedOn = attribute(xml, QLatin1String("val"));
        } else if (name == u"outlineLvl") {
            style.own.outlineLevel = intValue(xml);
        } else if (name == u"numId") {
            style.own.numId = intValue(xml);
        } else if (name == u"ilvl") {
            style.own.ilvl = intValue(xml);
        }
    }
}

DocxStyles::Paragraph DocxStyles::resolve(const QString &styleId) const
{
    Paragraph out;
    QString id = styleId.isEmpty() ? m_default : styleId;
    // basedOn chains are short; the bound guards against a cycle in a damaged file.
    for (int depth = 0; depth < 16 && !id.isEmpty(); ++depth) {
        const auto it = m_styles.constFind(id);
        if (it == m_styles.cend())
            break;
        if (out.outlineLevel < 0 && it->own.outlineLevel >= 0)
            out.outlineLevel = it->own.outlineLevel;
        if (out.numId < 0 && it->own.numId >= 0)
            out.numId = it->own.numId;
        if (out.ilvl < 0 && it->own.ilvl >= 0)
            out.ilvl = it->own.ilvl;
        id = it->basedOn;
    }
    // Outline level 9 is Word's "body text".
    if (out.outlineLevel > 8)
        out.outlineLevel = -1;
    return out;
}
