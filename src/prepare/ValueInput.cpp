#include "ValueInput.h"

#include "Curation.h"
#include "store/FillNumber.h"
#include "Mask.h"

#include <QCoreApplication>

namespace ValueInput {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ValueInput", text);
}

} // namespace

std::optional<double> parse(const QString &text, Field field, bool signAllowed, QString *why)
{
    why->clear();
    // The same strict reading as a fill file's cells.
    const FillNumber::Result r = FillNumber::parse(text, field == Field::Growth || signAllowed);
    if (r.ok)
        return r.value;
    const QString t = FillNumber::toAscii(text).trimmed();
    if (t.contains(u',') || t.contains(u'，'))
        *why = tr("不要输入千位分隔符或逗号");
    else if ((t.startsWith(u'-') || t.startsWith(u'+')) && FillNumber::parse(t.mid(1), true).ok)
        *why = tr("这个数值不带正负号");
    else
        *why = tr("“%1”不是数字").arg(text.trimmed());
    return std::nullopt;
}

QString problem(const Figure &figure, Field field, const QString &text)
{
    QString why;
    // A masked value is a count or amount: no sign (as in a fill file).
    const auto number = parse(text, field, figure.mask.isEmpty(), &why);
    if (!number)
        return why;
    const QString mask = field == Field::Value ? figure.mask : figure.growthMask;
    if (mask.isEmpty())
        return {};
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
