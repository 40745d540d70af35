#include "FillNumber.h"

#include <QRegularExpression>

#include <cmath>

namespace FillNumber {

QString toAscii(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(u'0' + (u - 0xFF10));
        else if (u == 0xFF0E)
            c = u'.';
        else if (u == 0xFF0D || u == 0x2212)
            c = u'-';
        else if (u == 0xFF0B)
            c = u'+';
        else if (u == 0xFF05)
            c = u'%';
        else if (u == 0x3000)
            c = u' ';
    }
    return out;
}

Result parse(const QString &cell, bool signAllowed)
{
    Result r;
    const QString t = toAscii(cell).trimmed();
    if (t.isEmpty()) {
        r.ok = true;
        return r;
    }
    static const QRegularExpression number(QStringLiteral("^([+-]?)([0-9]+(?:\\.[0-9]+)?)%?$"));
    const QRegularExpressionMatch m = number.match(t);
    if (!m.hasMatch()) {
        if (t.contains(u','))
            r.why = QStringLiteral("'%1' is not a number (',' only separates thousands, in a quoted cell such as \"5,620\")").arg(cell);
        else
            r.why = QStringLiteral("'%1' is not a number").arg(cell);
        return r;
    }
    if (!m.captured(1).isEmpty() && !signAllowed) {
        r.why = QStringLiteral("'%1' has a sign, which this figure does not take").arg(cell);
        return r;
    }
    bool ok = false;
    const double v = m.captured(2).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v > 1e15) {
        r.why = QStringLiteral("'%1' is out of range").arg(cell);
        return r;
    }
    r.ok = true;
    r.value = m.captured(1) == QLatin1String("-") ? -v : v;
    return r;
}

} // namespace FillNumber
