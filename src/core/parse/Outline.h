#pragma once

#include "Document.h"
#include "Figure.h"

#include <QHash>
#include <QList>

// The outline of a report: 一、 parts, （一） sections, 一是 / 1. / —— points, and the
// unnumbered heading lines some reports use. Each section ends where the next one of the
// same or a higher level starts.
namespace parse {

class Outline
{
public:
    struct Result
    {
        QList<Section> sections;
        int firstHeadingEnd = -1; // normalised offset of the end of the first heading line
    };

    static Result read(const Document &doc);

private:
    explicit Outline(const Document &doc);
    void run();
    void addSection(int level, int ordinal, const QString &title, int lineStart);
    static int chineseNumber(QStringView s);
    static QString headTitle(QStringView rest, int cap);
    static bool isUnnumberedHeading(QStringView line);

    const Document &m_doc;
    const QString &m_t;
    Result m_out;
    QHash<int, int> m_childCount;
    int m_lastLevel1 = -1;
    int m_lastLevel2 = -1;
    int m_lastArabic = 0; // number of the last "1." point, for the next to follow it
};

} // namespace parse
