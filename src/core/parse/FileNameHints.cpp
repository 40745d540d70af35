#include "FileNameHints.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace FileNameHint {

FileNameHints read(const QString &filePath)
{
    FileNameHints hints;
    const QString name = QFileInfo(filePath).completeBaseName();

    // A place name before its suffix, standing at the start of the name, after a year or
    // after a separator: 君山区…, 2023年高唐县…, 报告-米易县. Generic words are not places.
    static const QRegularExpression place(QStringLiteral(
        "(?:^|[^\\p{Han}]|年)((?!年)\\p{Han}{1,8}?(?:自治县|自治旗|县|区|旗|市))"));
    static const QRegularExpression generic(QStringLiteral("^(?:本|我|全|该|新|城|市|县|区|旗|某|xx|XX)"));
    static const QRegularExpression placeholder(QStringLiteral("[xX×＊*○□]"));
    QRegularExpressionMatchIterator it = place.globalMatch(name);
    while (it.hasNext() && hints.county.isEmpty()) {
        const QString candidate = it.next().captured(1);
        if (candidate.size() >= 2 && !generic.match(candidate).hasMatch() && !placeholder.match(candidate).hasMatch()
            && !candidate.contains(QStringLiteral("政府")) && !candidate.contains(QStringLiteral("报告")))
            hints.county = candidate;
    }

    static const QRegularExpression yearRe(QStringLiteral("(?:^|\\D)((?:19|20)\\d\\d)(?!\\d)"));
    const QRegularExpressionMatch y = yearRe.match(name);
    if (y.hasMatch()) {
        const int stated = y.captured(1).toInt();
        if (name.contains(QStringLiteral("工作总结")) || name.contains(QStringLiteral("工作回顾"))) {
            hints.year = stated;
            hints.yearWhy = QStringLiteral("a summary of %1").arg(stated);
        } else if (name.contains(QStringLiteral("工作报告"))) {
            hints.year = stated - 1;
            hints.yearWhy = QStringLiteral("the %1 work report reviews %2").arg(stated).arg(stated - 1);
        }
    }
    return hints;
}

} // namespace FileNameHint
