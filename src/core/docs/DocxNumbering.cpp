#include "DocxNumbering.h"

#include "DocxXml.h"

#include <QXmlStreamReader>

namespace {

using DocxXml::attribute;

int intAttribute(const QXmlStreamReader &xml, int fallback = -1)
{
    return DocxXml::intAttribute(xml, QLatin1String("val"), fallback);
}

QString chineseCounting(int n, const QString &digits, const QString &tens)
{
    // 1..9999 as read aloud: 十二, 二十, 一百零五.
    if (n <= 0 || n > 9999)
        return QString::number(n);
    const QString units[] = {QString(), tens.mid(0, 1), tens.mid(1, 1), tens.mid(2, 1)};
    QString out;
    bool zero = false;
    for (int p = 3; p >= 0; --p) {
        int div = 1;
        for (int k = 0; k < p; ++k)
            div *= 10;
        const int d = (n / div) % 10;
        if (d == 0) {
            zero = !out.isEmpty();
            continue;
        }
        if (zero)
            out += digits.at(0);
        zero = false;
        // "十二", not "一十二", when the number starts in the tens.
        if (!(p == 1 && d == 1 && out.isEmpty()))
            out += digits.at(d);
        out += units[p];
    }
    return out;
}

QString letters(int n, char base)
{
    // a..z, then aa, bb, … as Word counts.
    if (n <= 0)
        return QString::number(n);
    const int repeat = (n - 1) / 26 + 1;
    return QString(repeat, QChar(base + (n - 1) % 26));
}

QString roman(int n, bool upper)
{
    if (n <= 0 || n >= 4000)
        return QString::number(n);
    static const struct
    {
        int value;
        const char *text;
    } table[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
                 {40, "xl"},   {10, "x"},   {9, "ix"},   {5, "v"},    {4, "iv"},   {1, "i"}};
    QString out;
    for (const auto &t : table) {
        while (n >= t.value) {
            out += QLatin1String(t.text);
            n -= t.value;
        }
    }
    return upper ? out.toUpper() : out;
}

} // namespace

QString DocxNumbering::format(int value, const QString &numFmt)
{
    static const QString hanDigits = QStringLiteral("〇一二三四五六七八九");
    static const QString legalDigits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    if (numFmt == u"chineseCounting" || numFmt == u"chineseCountingThousand" || numFmt == u"japaneseCounting"
        || numFmt == u"taiwaneseCounting" || numFmt == u"taiwaneseCountingThousand"
        || numFmt == u"koreanCounting")
        return chineseCounting(value, QStringLiteral("零一二三四五六七八九"), QStringLiteral("十百千"));
    if (numFmt == u"chineseLegalSimplified" || numFmt == u"ideographLegalTraditional")
        return chineseCounting(value, legalDigits, QStringLiteral("拾佰仟"));
    if (numFmt == u"ideographDigital" || numFmt == u"taiwaneseDigital" || numFmt == u"japaneseDigitalTenThousand") {
        QString out;
        for (const QChar c : QString::number(value))
            out += hanDigits.at(c.digitValue());
        return out;
    }
    if (numFmt == u"ideographTraditional" && value >= 1 && value <= 10)
        return QStringLiteral("甲乙丙丁戊己庚辛壬癸").mid(value - 1, 1);
    if (numFmt == u"ideographZodiac" && value >= 1 && value <= 12)
        return QStringLiteral("子丑寅卯辰巳午未申酉戌亥").mid(value - 1, 1);
    if ((numFmt == u"decimalEnclosedCircle" || numFmt == u"decimalEnclosedCircleChinese") && value >= 1 && value <= 20)
        return QString(QChar(0x2460 + value - 1));
    if (numFmt == u"decimalEnclosedParen" && value >= 1 && value <= 20)
        return QString(QChar(0x2474 + value - 1));
    if (numFmt == u"decimalEnclosedFullstop" && value >= 1 && value <= 20)
        return QString(QChar(0x2488 + value - 1));
    if (numFmt == u"decimalZero")
        return value < 10 ? QStringLiteral("0%1").arg(value) : QString::number(value);
    if (numFmt == u"decimalFullWidth" || numFmt == u"decimalFullWidth2") {
        QString out;
        for (const QChar c : QString::number(value))
            out += QChar(0xFF10 + c.digitValue());
        return out;
    }
    if (numFmt == u"lowerLetter")
        return letters(value, 'a');
    if (numFmt == u"upperLetter")
        return letters(value, 'A');
    if (numFmt == u"lowerRoman")
        return roman(value, false);
    if (numFmt == u"upperRoman")
        return roman(value, true);
    return QString::number(value);
}

void DocxNumbering::load(const QByteArray &numberingXml)
{
    QXmlStreamReader xml(numberingXml);
    int abstractId = -1;
    int levelIndex = -1;
    int numId = -1;
    int overrideLevel = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"abstractNum") {
            abstractId = attribute(xml, QLatin1String("abstractNumId")).toInt();
            numId = -1;
            m_abstract[abstractId] = QList<Level>(9);
        } else if (name == u"num") {
            numId = attribute(xml, QLatin1String("numId")).toInt();
            abstractId = -1;
            m_nums[numId] = Num();
        } else if (name == u"lvl" && abstractId >= 0) {
            levelIndex = attribute(xml, QLatin1String("ilvl")).toInt();
        } else if (name == u"abstractNumId" && numId >= 0) {
            m_nums[numId].abstractId = intAttribute(xml);
        } else if (name == u"lvlOverride" && numId >= 0) {
            overrideLevel = attribute(xml, QLatin1String("ilvl")).toInt();
        } else if (name == u"startOverride" && numId >= 0 && overrideLevel >= 0) {
            m_nums[numId].startOverride.insert(overrideLevel, intAttribute(xml, 1));
        } else if (abstractId >= 0 && levelIndex >= 0 && levelIndex < 9) {
            Level &level = m_abstract[abstractId][levelIndex];
            if (name == u"start")
                level.start = intAttribute(xml, 1);
            else if (name == u"numFmt")
                level.numFmt = attribute(xml, QLatin1String("val"));
            else if (name == u"lvlText")
                level.text = attribute(xml, QLatin1String("val"));
            else if (name == u"isLgl")
                level.legal = true;
        }
    }
}

QString DocxNumbering::nextLabel(int numId, int ilvl)
{
    const auto num = m_nums.find(numId);
    if (num == m_nums.end() || ilvl < 0 || ilvl >= 9)
        return {};
    const auto levels = m_abstract.constFind(num->abstractId);
    if (levels == m_abstract.cend())
        return {};
    Counters &counters = m_counters[num->abstractId];
    // A list instance that restarts (w:startOverride) does so when it is first used.
    if (!num->overridesApplied) {
        num->overridesApplied = true;
        for (auto it = num->startOverride.cbegin(); it != num->startOverride.cend(); ++it) {
            if (it.key() >= 0 && it.key() < 9) {
                counters.value[it.key()] = it.value() - 1;
                counters.used[it.key()] = true;
            }
        }
    }
    const Level &level = levels->at(ilvl);
    counters.value[ilvl] = counters.used[ilvl] ? counters.value[ilvl] + 1 : level.start;
    counters.used[ilvl] = true;
    for (int deeper = ilvl + 1; deeper < 9; ++deeper)
        counters.used[deeper] = false;
    if (level.numFmt == u"bullet" || level.numFmt == u"none")
        return level.numFmt == u"none" ? level.text : QString();

    QString label;
    const QString &pattern = level.text;
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int ref = pattern.at(i + 1).digitValue() - 1;
            ++i;
            if (ref < 0 || ref >= 9)
                continue;
            const int value = counters.used[ref] ? counters.value[ref] : levels->at(ref).start;
            label += format(value, level.legal ? QStringLiteral("decimal") : levels->at(ref).numFmt);
        } else {
            label += c;
        }
    }
    return label;
}
