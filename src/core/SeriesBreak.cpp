#include "SeriesBreak.h"

#include <QStringList>

namespace SeriesBreak {

QString note(const QString &sentence, const QString &paragraph)
{
    // Longest first, so the most specific wording is the one quoted.
    static const QStringList anywhere{
        QStringLiteral("第四次全国经济普查"), QStringLiteral("第五次全国经济普查"), QStringLiteral("第四次经济普查"),
        QStringLiteral("第五次经济普查"), QStringLiteral("剔除虚增空转"), QStringLiteral("统计口径调整"),
        QStringLiteral("经济普查"), QStringLiteral("虚增空转"), QStringLiteral("口径调整"), QStringLiteral("调整口径"),
        QStringLiteral("统计口径"),
    };
    // "按可比口径增长" says the change was computed on a new basis: in the figure's own
    // sentence it explains that figure; elsewhere in the paragraph, some other one.
    static const QStringList inSentence{QStringLiteral("同口径"), QStringLiteral("可比口径")};
    for (const QString &word : anywhere) {
        if (sentence.contains(word) || paragraph.contains(word))
            return word;
    }
    for (const QString &word : inSentence) {
        if (sentence.contains(word))
            return word;
    }
    return QString();
}

} // namespace SeriesBreak
