#pragma once

// Two reports of one county written for the targets tests: the first sets targets for 2024
// (one missed, one met through 万元 against 亿元, a shared growth, a comparison), the second
// reviews 2024 and sets targets for 2025.
#include <QFile>
#include <QString>
#include <QStringList>

namespace targetsreports {

inline QString text(int reviewed, const QString &body)
{
    return QStringLiteral("青禾县人民政府工作报告\n——%1年1月12日在青禾县第五届人民代表大会第%2次会议上\n"
                          "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n")
               .arg(reviewed + 1)
               .arg(reviewed - 2020)
        + body;
}

inline QString review2023()
{
    return text(2023, QStringLiteral(
        "一、2023年工作回顾\n2023年，全县地区生产总值完成121.7亿元，同比增长5.1%。\n二、2024年工作安排\n"
        "今年经济社会发展主要预期目标是：地区生产总值增长6%以上，一般公共预算收入增长5%左右，"
        "社会消费品零售总额达到52.6亿元，城乡居民人均可支配收入分别增长7.5%和8%，实际利用外资高于全市平均水平。\n"
        "（一）壮大实体经济。今年将新建标准化厂房30万平方米。\n"));
}

inline QString review2024()
{
    return text(2024, QStringLiteral(
        "一、2024年工作回顾\n2024年，全县地区生产总值完成128.5亿元，同比增长5.6%；一般公共预算收入完成8.2亿元，增长5.1%；"
        "社会消费品零售总额完成535000万元，增长4.2%；城镇居民人均可支配收入41200元，增长7.6%；"
        "农村居民人均可支配收入21300元，增长7.1%。\n二、2025年工作安排\n"
        "今年经济社会发展主要预期目标是：地区生产总值增长5.5%左右，固定资产投资增长8%以上。\n"));
}

// Writes both into dir; returns the two paths, oldest first.
inline QStringList write(const QString &dir)
{
    QStringList paths;
    const QString texts[] = {review2023(), review2024()};
    for (int i = 0; i < 2; ++i) {
        QFile f(dir + QStringLiteral("/qinghe-%1.txt").arg(2023 + i));
        if (f.open(QIODevice::WriteOnly))
            f.write(texts[i].toUtf8());
        paths.append(f.fileName());
    }
    return paths;
}

} // namespace targetsreports
