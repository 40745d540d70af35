#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// What a paragraph inherits from its style in styles.xml: whether it is a heading (an
// outline level, or a built-in "heading N" style) and the list it is numbered in.
class DocxStyles
{
public:
    struct Paragraph
    {
        int outlineLevel = -1; // 0 = top heading; -1 = body text
        int numId = -1;        // 0 or -1: not numbered
        int ilvl = -1;
    };

    void load(const QByteArray &stylesXml);

    // The style's properties with its basedOn chain resolved.
    Paragraph resolve(const QString &styleId) const;
    QString defaultParagraphStyle() const { return m_default; }

private:
    struct Style
    {
        QString basedOn;
        Paragraph own;
    };
    QHash<QString, Style> m_styles;
    QString m_default;
};
