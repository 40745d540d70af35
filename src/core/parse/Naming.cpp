#include "Naming.h"

#include "Document.h"
#include "Lexicon.h"

#include <algorithm>

namespace parse {

namespace {

constexpr char16_t kDun = u'、';
// A stand-in for a first character that must survive the stripping of leading words.
constexpr char16_t kProtected = u'\xE000';

bool stripLeading(QString &s, const Words &tokens, QStringList *quals)
{
    if (s.isEmpty())
        return false;
    for (const Word &t : tokens) {
        if (t.text.front() == s.front() && s.startsWith(t.text)) {
            s.remove(0, t.text.size());
            if (quals && !t.qual.isEmpty())
                addQual(*quals, t.qual);
            return true;
        }
    }
    return false;
}

bool stripTrailing(QString &s, const Words &tokens, QStringList *quals)
{
    if (s.isEmpty())
        return false;
    for (const Word &t : tokens) {
        if (t.text.back() == s.back() && s.endsWith(t.text)) {
            s.chop(t.text.size());
            if (quals && !t.qual.isEmpty())
                addQual(*quals, t.qual);
            return true;
        }
    }
    return false;
}

// A year at the start of a clause ("2018年全县…", "xxxx年") is time, not name.
void stripLeadingYear(QString &s)
{
    int i = 0;
    while (i < s.size() && (s.at(i).isDigit() || s.at(i) == u'x' || s.at(i) == u'X'))
        ++i;
    if (i == 4 && s.size() > 4 && s.at(4) == u'年') {
        int cut = 5;
        if (cut < s.size() && (s.at(cut) == u'度' || s.at(cut) == u'底' || s.at(cut) == u'末'))
            ++cut;
        s.remove(0, cut);
    }
}

} // namespace

void addQual(QStringList &quals, const QString &q)
{
    if (!q.isEmpty() && !quals.contains(q))
        quals.append(q);
}

void addQuals(QString &qualifier, const QStringList &extra)
{
    QStringList quals = qualifier.isEmpty() ? QStringList() : qualifier.split(u',');
    for (const QString &q : extra)
        addQual(quals, q);
    qualifier = quals.join(u',');
}

QString truncatedName(const QString &name, int maxLength)
{
    if (name.size() <= maxLength)
        return name;
    if (maxLength == kMaxNameLength && name.contains(kDun)) {
        QString r = name.right(kMaxListNameLength);
        if (name.size() > r.size()) {
            const int dun = int(r.indexOf(kDun));
            if (dun >= 0 && dun + 3 < r.size())
                r.remove(0, dun + 1);
        }
        return r;
    }
    return name.right(maxLength);
}

NameInfo cleanName(QString before, bool growth, int maxLength, bool wordStart)
{
    const NameWords &w = lex().names;
    NameInfo info;
    // Before the leading list comma is stripped: does the name follow one?
    const bool listStart = before.startsWith(kDun);
    if (before.contains(QStringLiteral("同口径")))
        info.sameCaliber = true;
    if (before.contains(QStringLiteral("分别")))
        info.fenbie = true;
    if (growth) {
        const auto m = lex().changes.growthTail.match(before);
        if (m.hasMatch())
            before.truncate(m.capturedStart());
    }
    const auto from = lex().changes.fromTail.match(before);
    if (from.hasMatch()) {
        info.isFrom = true;
        info.fromYear = from.captured(1);
        before.truncate(from.capturedStart());
    }
    before.remove(QStringLiteral("同口径"));
    // "按可比价计算增长10.2%": how it was computed, not what.
    if (before.contains(u'按'))
        before.remove(w.basis);
    before.remove(w.together);
    // "连续三年" is a qualifier; an aside in brackets ("（GDP）", "（按可比价计算）") and a
    // period ("五年来", "“十三五”期间") are no part of a name.
    if (before.contains(u'年') || before.contains(u'（')) {
        const auto m = w.streak.match(before);
        if (m.hasMatch()) {
            addQual(info.quals, m.captured(0));
            before.remove(m.capturedStart(), m.capturedLength());
        }
        before.remove(w.aside);
    }
    // "、和美乡村示范村", "实施和美乡村建设工程": after a list comma or a verb, 和 starts a
    // word and joins nothing.
    QChar protectedHead;
    if (listStart && before.size() > 3 && (before.at(1) == u'和' || before.at(1) == u'与'))
        before.remove(0, 1);
    if ((listStart || wordStart) && before.size() > 2 && (before.front() == u'和' || before.front() == u'与')) {
        protectedHead = before.front();
        before[0] = kProtected;
    }
    for (bool changed = true; changed;) {
        changed = stripTrailing(before, w.trailing, &info.quals);
        stripLeadingYear(before);
        changed = stripLeading(before, w.leading, &info.quals) || changed;
    }
    if (!protectedHead.isNull() && !before.isEmpty() && before.front() == kProtected)
        before[0] = protectedHead;
    for (QString rest = before; stripLeading(rest, w.leadingVerbs, nullptr);) {
        // "建成区面积" is a noun, not "建成" + "区面积".
        if (rest.startsWith(u'区') || rest.startsWith(u'率'))
            break;
        before = rest;
    }
    // "规模以上工业企业实现主营业务收入": the verb inside the phrase goes too.
    if (before.size() > 5)
        before.remove(w.innerVerb);
    // Quotes around a coined term ("双公示") are typography, not part of the name, and
    // the context window may have cut one of the pair.
    before.remove(u'“').remove(u'”').remove(u'"');
    if (before.size() > maxLength)
        before = truncatedName(before, maxLength);
    // A lone preposition (将, 把, 在) is no name.
    if (before.size() < 2)
        before.clear();
    info.name = before;
    return info;
}

QStringList splitNames(const QString &name, int n)
{
    QStringList out;
    if (n < 2)
        return out;
    if (n == 2 && name.contains(QStringLiteral("城乡"))) {
        QString a = name;
        QString b = name;
        out << a.replace(QStringLiteral("城乡"), QStringLiteral("城镇"))
            << b.replace(QStringLiteral("城乡"), QStringLiteral("农村"));
        return out;
    }
    // "存贷款余额" and "进出口额" in front of two values are two figures too.
    for (const auto &[both, each] : lex().names.pairs) {
        if (n == 2 && name.contains(both)) {
            QString a = name;
            QString c = name;
            out << a.replace(both, each.first) << c.replace(both, each.second);
            return out;
        }
    }
    QStringList parts = name.split(lex().names.listSeparator, Qt::SkipEmptyParts);
    if (parts.size() != n)
        return out;
    const QString &last = parts.last();
    bool shortHeads = true;
    for (int i = 0; i < parts.size() - 1; ++i)
        shortHeads = shortHeads && parts.at(i).size() <= 3 && last.size() > parts.at(i).size() + 1;
    if (shortHeads) {
        for (int i = 0; i < parts.size() - 1; ++i)
            parts[i] = parts.at(i) + last.mid(parts.at(i).size());
        return parts;
    }
    // "城镇居民和农村居民人均可支配收入": each head ends on a word the last part repeats
    // near its start; the rest of the last part completes it.
    for (int i = 0; i < parts.size() - 1; ++i) {
        const QString &h = parts.at(i);
        if (h.size() > 6 || h.size() >= last.size())
            continue;
        for (int k = int(h.size()) - 1; k >= 2; --k) {
            const int p = int(last.indexOf(h.right(k)));
            if (p > 0 && p <= 4 && p + k < last.size()) {
                parts[i] = h + last.mid(p + k);
                break;
            }
        }
    }
    return parts;
}

int trailingNounEnd(const QString &text, int from, int limit)
{
    const NameWords &w = lex().names;
    int i = from;
    const int end = std::min<int>(int(text.size()), from + limit);
    while (i < end) {
        const QChar c = text.at(i);
        if (!Document::isHan(c) && !(c.unicode() < 128 && c.isLetterOrNumber()))
            break;
        bool stop = false;
        for (const QString &s : w.nounStops) {
            if (s.front() == c && QStringView(text).mid(i).startsWith(s)) {
                stop = true;
                break;
            }
        }
        // Nominalised verbs end a counted noun but never start one: "38项重点工作建设".
        for (const QString &s : w.nounTails) {
            if (i > from + 1 && s.front() == c && QStringView(text).mid(i).startsWith(s)) {
                stop = true;
                break;
            }
        }
        if (stop)
            break;
        ++i;
    }
    return i;
}

} // namespace parse
