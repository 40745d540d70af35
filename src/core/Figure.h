#pragma once

#include <QList>
#include <QString>
#include <optional>

// One number the report states (or leaves as a placeholder), with everything needed to
// trace it back to its sentence.
struct Figure
{
    qint64 id = 0;
    QString name;        // the report's own wording, e.g. 规上工业增加值
    QString key;         // catalogue key shared by synonyms, e.g. 规模以上工业增加值
    QString domain;      // economy, agriculture, industry, urban, social, governance
    std::optional<double> value;
    QString unit;        // as written: 亿元, 万元, 元, %, 万亩, 亿斤, 个 ...
    std::optional<double> growth; // negative for 下降; percent unless growthKind says 倍 or 百分点
    QString growthKind;  // 同比, 比上年, 年均, 自然增幅, 增幅, 增长 ...
    bool pending = false;        // the value is a placeholder
    QString mask;                // placeholder mask of the value, e.g. xx.x
    bool growthPending = false;  // the growth is a placeholder
    QString growthMask;          // placeholder mask of the growth, e.g. x.x
    QString qualifier;   // comma-separated: 预计, 左右, 余, 以内, 超, 累计, 突破 ...
    QString rank;        // e.g. 位列全市第二
    QString section;     // title of the innermost section it stands in
    int sectionIndex = -1;       // index into ParsedReport::sections
    QString sentence;    // the exact sentence, as in the original text
    int start = -1;      // offsets of the figure's mention in the original text
    int end = -1;
    int sentenceStart = -1;
    int sentenceEnd = -1;
    int parentIndex = -1;        // index into ParsedReport::figures of the figure this details
    qint64 parentId = 0;         // the same link once stored
    bool demo = false;           // value comes from shipped demo data, not from the report
    // The part of the report the figure stands in: result (the reviewed year), period (a
    // multi-year review), target (the coming year's expected targets), plan (quantities the
    // work plan promises) or glossary (名词解释 and appendices; never on the wall).
    QString role = QStringLiteral("result");
    int year = 0;                // the year the figure is about; 0 = not known
};

struct Section
{
    int level = 0;       // 1: 一、  2: （一）  3: 一是 / ——
    int ordinal = 0;     // 1-based within its parent
    QString title;
    int start = -1;      // offsets into the original text, [start, end)
    int end = -1;
    int parentIndex = -1;
};

struct Highlight
{
    qint64 id = 0;
    QString sentence;
    QString section;
    int sectionIndex = -1;
    int start = -1;
    int end = -1;
    double score = 0;
};

struct ParsedReport
{
    QString title;
    QString county;
    int year = 0;        // the year reviewed; 0 when the text does not say
    QString text;        // the original text, decoded
    QList<Section> sections;
    QList<Figure> figures;
    QList<Highlight> highlights;
};
