#include "ReportParser.h"
#include "ReportReader.h"
#include "TestSupport.h"
#include "parse/rules/Registry.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <gtest/gtest.h>

#include <cstdio>

// The phrasing rules of src/core/parse/rules/: the registry is whole, every rule reads its
// own example sentences as its record says (and is the one that decides there), and every
// rule decides something on the golden corpus — a rule nothing needs is dead weight.
// BRIEFING_PRINT_RULE_EXAMPLES=1 prints what the parser reads from each example sentence.
namespace {

using parse::Registry;
using parse::Rule;

// The form of RuleExample::expected (see parse/Rule.h).
QString describe(const Figure &f)
{
    QString s = f.name;
    if (f.value || f.pending)
        s += QStringLiteral(" = ") + (f.pending ? f.mask : QString::number(*f.value)) + f.unit;
    if (f.growth || f.growthPending)
        s += QStringLiteral(" Δ ") + (f.growthPending ? f.growthMask : QString::number(*f.growth)) + u' ' + f.growthKind;
    if (!f.qualifier.isEmpty())
        s += QStringLiteral(" [") + f.qualifier + u']';
    if (!f.rank.isEmpty())
        s += QStringLiteral(" @") + f.rank;
    if (f.parentIndex >= 0)
        s += QStringLiteral(" ^") + QString::number(f.parentIndex);
    return s;
}

QString describe(const ParsedReport &r)
{
    QStringList out;
    for (const Figure &f : r.figures)
        out << describe(f);
    return out.join(QStringLiteral(" | "));
}

// Parses text and returns the ids of the rules that decided while reading it.
QSet<QString> decided(const QString &text, ParsedReport *report = nullptr)
{
    QSet<QString> ids;
    Registry::setObserver([&ids](const Rule &r) { ids.insert(QString::fromLatin1(r.id)); });
    ParsedReport r = ReportParser::parse(text);
    Registry::setObserver({});
    if (report)
        *report = std::move(r);
    return ids;
}

QStringList corpusFiles()
{
    QStringList files;
    QDirIterator cases(QStringLiteral(BRIEFING_SOURCE_DIR "/tests/golden/cases"), {QStringLiteral("*.txt")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (cases.hasNext())
        files << cases.next();
    files << testsupport::dataDir() + QStringLiteral("/county-work-report-draft.txt");
    for (const QString &kind : {QStringLiteral("/real"), QStringLiteral("/full")}) {
        QDirIterator shared(testsupport::sharedReportsDir() + kind, {QStringLiteral("*.txt")}, QDir::Files);
        while (shared.hasNext())
            files << shared.next();
    }
    return files;
}

} // namespace

TEST(Rules, RegistryIsWhole)
{
    EXPECT_TRUE(Registry::unordered().isEmpty()) << "rules missing from Registry.cpp: "
                                                 << Registry::unordered().join(u' ').toStdString();
    EXPECT_TRUE(Registry::unknown().isEmpty()) << "ids in Registry.cpp no family defines: "
                                               << Registry::unknown().join(u' ').toStdString();
    QSet<QString> ids;
    for (const Rule *r : Registry::all()) {
        EXPECT_FALSE(ids.contains(QString::fromLatin1(r->id))) << "duplicate id " << r->id;
        ids.insert(QString::fromLatin1(r->id));
    }
    EXPECT_GE(ids.size(), 20);
}

TEST(Rules, EveryRuleReadsItsExamples)
{
    for (const Rule *rule : Registry::all()) {
        SCOPED_TRACE(rule->id);
        EXPECT_FALSE(rule->examples.isEmpty()) << "a rule needs an example sentence";
        for (const parse::RuleExample &e : rule->examples) {
            SCOPED_TRACE(e.sentence.toStdString());
            ParsedReport r;
            const QSet<QString> ids = decided(e.sentence, &r);
            if (qEnvironmentVariableIntValue("BRIEFING_PRINT_RULE_EXAMPLES") == 1)
                std::printf("EXAMPLE\t%s\t%s\n", qPrintable(e.sentence), qPrintable(describe(r)));
            EXPECT_TRUE(ids.contains(QString::fromLatin1(rule->id))) << rule->id << " does not decide on its own example; deciding: " << QStringList(ids.values()).join(u' ').toStdString();
            EXPECT_EQ(describe(r).toStdString(), e.expected.toStdString()) << "example of " << rule->id;
        }
    }
}

TEST(Rules, EveryRuleDecidesOnTheCorpus)
{
    QSet<QString> seen;
    const QStringList files = corpusFiles();
    ASSERT_GE(files.size(), 50);
    for (const QString &path : files) {
        const ReadResult read = readReportFile(path);
        ASSERT_TRUE(read.ok) << path.toStdString();
        seen.unite(decided(read.text));
    }
    for (const Rule *rule : Registry::all())
        EXPECT_TRUE(seen.contains(QString::fromLatin1(rule->id))) << rule->id << " decides nothing on the golden corpus";
}
