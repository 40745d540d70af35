#include "ReportParser.h"
#include "ReportReader.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <gtest/gtest.h>

#include <utility>

// The golden corpus: the parser's whole output for a set of inputs, frozen as JSON under
// tests/golden. Any change of a name, a number, an offset or a section shows up here as a
// diff; a deliberate change is recorded by running this test with BRIEFING_UPDATE_GOLDEN=1
// and committing the rewritten files (the commit message says why they changed).
//
// Inputs: tests/golden/cases/**/*.txt (texts written for the tests), the draft in data/,
// and every report of ../shared/reports/{real,full} (read where they are, never copied:
// their golden files hold names, numbers and offsets only, no section titles or sentences).
// The fields role and year of a figure are checked by their own tests, not here.
namespace {

const QString kGoldenDir = QStringLiteral(BRIEFING_SOURCE_DIR "/tests/golden");

bool updating()
{
    return qEnvironmentVariableIntValue("BRIEFING_UPDATE_GOLDEN") == 1;
}

QString jsonText(const QJsonValue &v)
{
    const QByteArray item = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(item.mid(1, item.size() - 2));
}

using Field = std::pair<const char *, QJsonValue>;

// One JSON object on one line with its keys in the order given; empty and default values
// are left out so that a line shows what the parser found.
QString objectLine(std::initializer_list<Field> fields)
{
    QStringList parts;
    for (const Field &f : fields) {
        const QJsonValue &v = f.second;
        if (v.isUndefined() || (v.isString() && v.toString().isEmpty()) || (v.isBool() && !v.toBool()))
            continue;
        parts << QStringLiteral("\"%1\":%2").arg(QLatin1String(f.first), jsonText(v));
    }
    return u'{' + parts.join(u',') + u'}';
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue index(int i)
{
    return i >= 0 ? QJsonValue(i) : QJsonValue(QJsonValue::Undefined);
}

void appendList(QStringList &lines, const char *key, const QStringList &items, bool last)
{
    lines << QStringLiteral("  \"%1\": [").arg(QLatin1String(key));
    for (int i = 0; i < items.size(); ++i)
        lines << QStringLiteral("    ") + items.at(i) + (i + 1 < items.size() ? QStringLiteral(",") : QString());
    lines << (last ? QStringLiteral("  ]") : QStringLiteral("  ],"));
}

// withText: false for the shared reports, whose text stays outside the project.
QStringList serialise(const ParsedReport &r, bool withText)
{
    auto text = [withText](const QString &s) { return withText ? QJsonValue(s) : QJsonValue(QJsonValue::Undefined); };
    QStringList sections;
    for (const Section &s : r.sections) {
        sections << objectLine({{"level", s.level}, {"ordinal", s.ordinal}, {"title", text(s.title)}, {"start", s.start},
                                {"end", s.end}, {"parentIndex", index(s.parentIndex)}});
    }
    QStringList figures;
    for (const Figure &f : r.figures) {
        figures << objectLine({{"name", f.name}, {"key", f.key}, {"domain", f.domain}, {"value", optional(f.value)},
                               {"unit", f.unit}, {"growth", optional(f.growth)}, {"growthKind", f.growthKind},
                               {"pending", f.pending}, {"mask", f.mask}, {"growthPending", f.growthPending},
                               {"growthMask", f.growthMask}, {"qualifier", f.qualifier}, {"rank", f.rank},
                               {"section", text(f.section)}, {"sectionIndex", index(f.sectionIndex)},
                               {"start", f.start}, {"end", f.end}, {"sentenceStart", f.sentenceStart},
                               {"sentenceEnd", f.sentenceEnd}, {"parentIndex", index(f.parentIndex)}});
    }
    QStringList highlights;
    for (const Highlight &h : r.highlights) {
        highlights << objectLine({{"start", h.start}, {"end", h.end}, {"sectionIndex", index(h.sectionIndex)},
                                  {"score", h.score}});
    }
    QStringList lines{QStringLiteral("{")};
    lines << QStringLiteral("  \"title\": %1,").arg(jsonText(r.title));
    lines << QStringLiteral("  \"county\": %1,").arg(jsonText(r.county));
    lines << QStringLiteral("  \"year\": %1,").arg(r.year);
    appendList(lines, "sections", sections, false);
    appendList(lines, "figures", figures, false);
    appendList(lines, "highlights", highlights, true);
    lines << QStringLiteral("}");
    return lines;
}

// A line diff (longest common subsequence) with two lines of context, at most maxLines long.
QString diff(const QStringList &want, const QStringList &got, int maxLines = 60)
{
    const int n = int(want.size());
    const int m = int(got.size());
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = want.at(i) == got.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    struct Line
    {
        QChar mark;
        QString text;
        int wantLine;
    };
    QList<Line> script;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && want.at(i) == got.at(j)) {
            script.append({u' ', want.at(i), i + 1});
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            script.append({u'-', want.at(i), i + 1});
            ++i;
        } else {
            script.append({u'+', got.at(j++), i + 1});
        }
    }
    QStringList out;
    int lastShown = -1;
    for (int k = 0; k < script.size() && out.size() < maxLines; ++k) {
        bool near = false;
        for (int d = -2; d <= 2 && !near; ++d)
            near = k + d >= 0 && k + d < script.size() && script.at(k + d).mark != u' ';
        if (!near)
            continue;
        if (lastShown >= 0 && k > lastShown + 1)
            out << QStringLiteral("@@ line %1").arg(script.at(k).wantLine);
        out << script.at(k).mark + QStringLiteral(" ") + script.at(k).text;
        lastShown = k;
    }
    if (out.size() >= maxLines)
        out << QStringLiteral("… (diff cut)");
    return out.join(u'\n');
}

struct Entry
{
    QString input;  // the text parsed
    QString golden; // its golden JSON file
    bool withText = true;
};

// Compares one input with its golden file; in update mode rewrites the file instead.
void check(const Entry &e)
{
    SCOPED_TRACE(e.input.toStdString());
    const ReadResult read = readReportFile(e.input);
    ASSERT_TRUE(read.ok) << read.error.toStdString();
    const QStringList got = serialise(ReportParser::parse(read.text), e.withText);
    const QByteArray bytes = (got.join(u'\n') + u'\n').toUtf8();
    if (updating()) {
        QDir().mkpath(QFileInfo(e.golden).absolutePath());
        ASSERT_TRUE(testsupport::writeFile(e.golden, bytes)) << e.golden.toStdString();
        return;
    }
    QFile file(e.golden);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly))
        << "no golden file " << e.golden.toStdString() << "; run with BRIEFING_UPDATE_GOLDEN=1 to create it";
    const QByteArray have = file.readAll();
    if (have == bytes)
        return;
    ASSERT_FALSE(QJsonDocument::fromJson(have).isNull()) << e.golden.toStdString() << " is no JSON";
    QStringList want = QString::fromUtf8(have).split(u'\n');
    if (!want.isEmpty() && want.last().isEmpty())
        want.removeLast();
    ADD_FAILURE() << "parser output differs from " << QDir(kGoldenDir).relativeFilePath(e.golden).toStdString()
                  << " (- golden, + now; BRIEFING_UPDATE_GOLDEN=1 rewrites it if the change is deliberate):\n"
                  << diff(want, got).toStdString();
}

QStringList filesUnder(const QString &dir, const QString &pattern)
{
    QStringList out;
    QDirIterator it(dir, {pattern}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

// Every golden file must still have its input: a stale file is a case that vanished.
void expectNoOrphans(const QString &goldenDir, const QList<Entry> &entries)
{
    QStringList known;
    for (const Entry &e : entries)
        known << QFileInfo(e.golden).absoluteFilePath();
    for (const QString &json : filesUnder(goldenDir, QStringLiteral("*.json")))
        EXPECT_TRUE(known.contains(QFileInfo(json).absoluteFilePath())) << "golden file without input: " << json.toStdString();
}

} // namespace

TEST(Golden, WrittenCases)
{
    const QString dir = kGoldenDir + QStringLiteral("/cases");
    QList<Entry> entries;
    for (const QString &txt : filesUnder(dir, QStringLiteral("*.txt")))
        entries.append({txt, txt.chopped(4) + QStringLiteral(".json")});
    ASSERT_GE(entries.size(), 50);
    for (const Entry &e : std::as_const(entries))
        check(e);
    expectNoOrphans(dir, entries);
}

TEST(Golden, Draft)
{
    check({testsupport::dataDir() + QStringLiteral("/county-work-report-draft.txt"),
           kGoldenDir + QStringLiteral("/data/county-work-report-draft.json")});
}

TEST(Golden, SharedReports)
{
    const QString shared = testsupport::sharedReportsDir();
    if (!QFileInfo::exists(shared + QStringLiteral("/full")) && !QFileInfo::exists(shared + QStringLiteral("/real")))
        GTEST_SKIP() << "no shared reports at " << shared.toStdString();
    QList<Entry> entries;
    for (const QString &kind : {QStringLiteral("real"), QStringLiteral("full")}) {
        for (const QString &txt : filesUnder(shared + u'/' + kind, QStringLiteral("*.txt"))) {
            const QString name = QFileInfo(txt).completeBaseName();
            entries.append({txt, kGoldenDir + QStringLiteral("/shared/%1/%2.json").arg(kind, name), false});
        }
    }
    for (const Entry &e : std::as_const(entries))
        check(e);
    expectNoOrphans(kGoldenDir + QStringLiteral("/shared"), entries);
}
