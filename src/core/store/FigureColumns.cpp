#include "FigureColumns.h"

#include <QSqlQuery>

namespace FigureColumns {

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> toOptional(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

namespace {

struct Column
{
    const char *name;
    QVariant (*get)(const Figure &);
    void (*set)(Figure &, const QVariant &);
};

// The sentence is not among them: it is stored by reference (sentence_start/end into the
// report's text) and cut from the text when read.
const Column kColumns[] = {
    {"name", [](const Figure &f) { return text(f.name); }, [](Figure &f, const QVariant &v) { f.name = v.toString(); }},
    {"key", [](const Figure &f) { return text(f.key); }, [](Figure &f, const QVariant &v) { f.key = v.toString(); }},
    {"domain", [](const Figure &f) { return text(f.domain); }, [](Figure &f, const QVariant &v) { f.domain = v.toString(); }},
    {"value", [](const Figure &f) { return optionalNumber(f.value); }, [](Figure &f, const QVariant &v) { f.value = toOptional(v); }},
    {"unit", [](const Figure &f) { return text(f.unit); }, [](Figure &f, const QVariant &v) { f.unit = v.toString(); }},
    {"growth", [](const Figure &f) { return optionalNumber(f.growth); }, [](Figure &f, const QVariant &v) { f.growth = toOptional(v); }},
    {"growth_kind", [](const Figure &f) { return text(f.growthKind); }, [](Figure &f, const QVariant &v) { f.growthKind = v.toString(); }},
    {"pending", [](const Figure &f) { return QVariant(f.pending ? 1 : 0); }, [](Figure &f, const QVariant &v) { f.pending = v.toInt() != 0; }},
    {"mask", [](const Figure &f) { return text(f.mask); }, [](Figure &f, const QVariant &v) { f.mask = v.toString(); }},
    {"growth_pending", [](const Figure &f) { return QVariant(f.growthPending ? 1 : 0); }, [](Figure &f, const QVariant &v) { f.growthPending = v.toInt() != 0; }},
    {"growth_mask", [](const Figure &f) { return text(f.growthMask); }, [](Figure &f, const QVariant &v) { f.growthMask = v.toString(); }},
    {"qualifier", [](const Figure &f) { return text(f.qualifier); }, [](Figure &f, const QVariant &v) { f.qualifier = v.toString(); }},
    {"rank", [](const Figure &f) { return text(f.rank); }, [](Figure &f, const QVariant &v) { f.rank = v.toString(); }},
    {"section", [](const Figure &f) { return text(f.section); }, [](Figure &f, const QVariant &v) { f.section = v.toString(); }},
    {"section_idx", [](const Figure &f) { return QVariant(f.sectionIndex); }, [](Figure &f, const QVariant &v) { f.sectionIndex = v.toInt(); }},
    {"start_offset", [](const Figure &f) { return QVariant(f.start); }, [](Figure &f, const QVariant &v) { f.start = v.toInt(); }},
    {"end_offset", [](const Figure &f) { return QVariant(f.end); }, [](Figure &f, const QVariant &v) { f.end = v.toInt(); }},
    {"sentence_start", [](const Figure &f) { return QVariant(f.sentenceStart); }, [](Figure &f, const QVariant &v) { f.sentenceStart = v.toInt(); }},
    {"sentence_end", [](const Figure &f) { return QVariant(f.sentenceEnd); }, [](Figure &f, const QVariant &v) { f.sentenceEnd = v.toInt(); }},
    {"demo", [](const Figure &f) { return QVariant(f.demo ? 1 : 0); }, [](Figure &f, const QVariant &v) { f.demo = v.toInt() != 0; }},
    {"role", [](const Figure &f) { return text(f.role); }, [](Figure &f, const QVariant &v) { f.role = v.toString(); }},
    {"year", [](const Figure &f) { return QVariant(f.year); }, [](Figure &f, const QVariant &v) { f.year = v.toInt(); }},
};

// Read ahead of the described columns: the row id, the parent's row id and the sentence
// text that databases before the by-reference storage still hold.
constexpr int kLeading = 3;

QStringList names()
{
    QStringList out;
    for (const Column &c : kColumns)
        out.append(QLatin1String(c.name));
    return out;
}

} // namespace

QString selectList()
{
    return QStringLiteral("id, parent_id, sentence, ") + names().join(QStringLiteral(", "));
}

QString insertStatement()
{
    const QStringList columns = names();
    QStringList marks(columns.size() + 3, QStringLiteral("?"));
    return QStringLiteral("INSERT INTO figures (report_id, parent_id, ordinal, %1) VALUES (%2)")
        .arg(columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

void bind(QSqlQuery &q, const Figure &f)
{
    for (const Column &c : kColumns)
        q.addBindValue(c.get(f));
}

Figure read(const QSqlQuery &q)
{
    Figure f;
    f.id = q.value(0).toLongLong();
    f.parentId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    f.sentence = q.value(2).toString();
    int i = kLeading;
    for (const Column &c : kColumns)
        c.set(f, q.value(i++));
    return f;
}

} // namespace FigureColumns
