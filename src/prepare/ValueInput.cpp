#include "ValueInput.h"

#include "Curation.h"
#include "Mask.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace ValueInput {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ValueInput", text);
}

// Full-width digits, point and minus as a Chinese IME types them.
QString halfWidth(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out.append(QChar(u'0' + (u - 0xFF10)));
        else if (u == 0xFF0E || u == 0x3002)
            out.append(u'.');
        else if (u == 0xFF0D || u == 0x2212)
            out.append(u'-');
        else if (u == 0xFF05)
            out.append(u'%');
        else
            out.append(c);
    }
    return out;
}

} // namespace

std::optional<double> parse(const QString &text, Field field, QString *why)
{
    why->clear();
    QString t = halfWidth(text.trimmed());
    if (t.isEmpty())
        return std::nullopt;
    if (field == Field::Growth && t.endsWith(u'%'))
        t = t.chopped(1).trimmed();
    if (t.contains(u',') || t.contains(u'，')) {
        *why = tr("不要输入千位分隔符或逗号");
        return std::nullopt;
    }
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator | QLocale::RejectLeadingZeroInExponent);
    bool ok = false;
    const double v = c.toDouble(t, &ok);
    // Exponents (1e9) are never what a statistics table says.
    if (!ok || t.contains(u'e', Qt::CaseInsensitive) || !std::isfinite(v)) {
        *why = tr("“%1”不是数字").arg(text.trimmed());
        return std::nullopt;
    }
    return v;
}

QString problem(const Figure &figure, Field field, const QString &text)
{
    QString why;
    const auto number = parse(text, field, &why);
    if (!number)
        return why;
    const QString mask = field == Field::Value ? figure.mask : figure.growthMask;
    if (mask.isEmpty())
        return {};
    if (field == Field::Value && *number < 0)
        return tr("数值不能为负");
    const std::optional<double> value = field == Field::Value ? number : std::nullopt;
    const std::optional<double> growth = field == Field::Growth ? number : std::nullopt;
    QString refusal;
    if (Curation::checkValue(figure, value, growth, &refusal))
        return {};
    const auto range = Mask::range(mask);
    if (!range)
        return refusal;
    return tr("与占位 %1 不符：应为 %2 至 %3，最多 %4 位小数")
        .arg(mask, QString::number(range->min, 'f', range->decimals), QString::number(range->max, 'f', range->decimals))
        .arg(range->decimals);
}

} // namespace ValueInput
