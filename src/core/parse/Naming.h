#pragma once

#include <QString>
#include <QStringList>

// Helpers that turn the words before a number into a name. They hold no phrasing rule of
// their own: the rules in parse/rules/ decide which words to hand them.
namespace parse {

// How far back a name may reach; real indicator names are short, and the bound keeps a
// megabyte-long line without punctuation linear.
constexpr int kMaxNameContext = 40;
constexpr int kMaxNameLength = 18;
constexpr int kMaxListNameLength = 24;

struct NameInfo
{
    QString name;
    QStringList quals;
    bool fenbie = false;      // 分别 stood before the number
    bool sameCaliber = false; // 同口径
    bool isFrom = false;      // the words end on 由 / 从: a 由X增加到Y phrase starts
    QString fromYear;         // 从2010年的 → 2010
};

void addQual(QStringList &quals, const QString &q);
void addQuals(QString &qualifier, const QStringList &extra);

// The name in the words before a number: scope, time, verbs and qualifiers stripped
// (qualifiers kept in NameInfo::quals). growth: the words end on a growth verb.
// wordStart: the words start a word (after a verb), so a leading 和 is part of it.
NameInfo cleanName(QString before, bool growth, int maxLength = kMaxNameLength, bool wordStart = false);

// The tail of an over-long name; a list of items is cut between items.
QString truncatedName(const QString &name, int maxLength);

// "城乡…", "城镇和农村…", "存贷款…", "A、B和C": one name per item of an n-item list, or
// nothing when the name does not split into n.
QStringList splitNames(const QString &name, int n);

// The end of the noun after a count ("x个社区中心"), up to a verb or punctuation.
int trailingNounEnd(const QString &text, int from, int limit);

} // namespace parse
