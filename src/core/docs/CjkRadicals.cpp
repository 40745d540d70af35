#include "CjkRadicals.h"

#include <QString>

QChar CjkRadicals::toIdeograph(QChar c)
{
    const ushort u = c.unicode();
    // Kangxi radicals and CJK compatibility ideographs carry a one-character
    // (compatibility) decomposition in Unicode itself.
    if ((u >= 0x2F00 && u <= 0x2FD5) || (u >= 0xF900 && u <= 0xFAFF)) {
        const QString d = c.decomposition();
        return d.size() == 1 ? d.at(0) : c;
    }
    if (u < 0x2E80 || u > 0x2EF3)
        return c;
    // CJK Radicals Supplement has no decomposition. The pairs were read off the glyph
    // tables of Noto Sans/Serif CJK SC (a radical and an ideograph sharing one glyph),
    // completed by hand for radicals whose glyph differs there.
    static const QString radicals = QStringLiteral(
        "⺁⺂⺃⺄⺅⺆⺉⺊⺌⺎⺏⺐⺒⺓⺔⺖⺗⺘⺙⺛⺜⺝⺞⺟⺠⺡⺣⺤⺦⺧⺨⺩⺪⺫⺬⺭⺮⺯⺰⺱⺲⺹⺺⺻⺼⺽⺾⺿⻀⻁⻂⻃⻄⻅⻆⻈⻉⻊"
        "⻋⻌⻍⻎⻏⻐⻑⻒⻓⻔⻕⻖⻗⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻲⻳");
    static const QString ideographs = QStringLiteral(
        "厂乛乚乙亻冂刂卜小兀尣尢巳幺彑忄心扌攵旡日月歺母民氵灬爫丬牛犭王疋罒示礻竹糹纟罓罒耂肀聿肉臼艹艹艹虎衤覀西见角讠贝足"
        "车辶辶辶阝钅長镸长门阜阝雨青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙亀龟");
    const qsizetype i = radicals.indexOf(c);
    return i >= 0 ? ideographs.at(i) : c;
}
