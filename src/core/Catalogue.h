#pragma once

#include <QString>
#include <QStringList>

// The indicators the screens know by name. Reports word the same statistic many ways
// (规上 / 规模以上 / 规模, 公共财政收入 / 一般公共预算收入); the catalogue gives each
// one key so a county's figures line up across years and pages.
class Catalogue
{
public:
    struct Entry
    {
        QString key;
        QString domain;
        QStringList synonyms;
        QString shortLabel;     // what a chart axis shows (规上工业增加值, 社零总额)
        int headlineRank = -1;  // place among the leaders' first indicators; -1: not one
    };

    static const Catalogue &instance();

    // The entry for a figure name as the report words it, or nullptr when uncatalogued.
    const Entry *find(const QString &name) const;

    // The catalogue key, or the name itself with stray qualifiers removed.
    QString keyFor(const QString &name) const;

    // economy, agriculture, industry, urban, social or governance, from the indicator
    // when catalogued, else from the titles of the sections it stands in (innermost first).
    QString domainFor(const QString &name, const QStringList &sectionTitles) const;

    static QString domainForSectionTitle(const QString &title);

    // The name a card shows: the report's wording when it is the indicator itself or a
    // known scope of it (规模以上固定资产投资, 城乡居民人均可支配收入), the catalogue key when
    // the report wrote it short (生产总值 -> 地区生产总值) or with leftovers in front.
    QString displayName(const QString &name) const;
    // A label for a chart axis, never cut with "…": the catalogue's short label, else the
    // display name with 规模以上/限额以上 abbreviated.
    QString shortLabel(const QString &name) const;
    // Where the indicator stands among those leaders look for first (0 = GDP); -1 otherwise.
    int headlineRank(const QString &name) const;

    // Canonical spelling used to compare names: 规上/规模 -> 规模以上, leading 全县/全区/
    // 全年/全社会/限额以上 dropped.
    static QString canonicalName(const QString &name);

    const QList<Entry> &entries() const { return m_entries; }

private:
    Catalogue();
    const Entry *lookup(const QString &name) const;
    QList<Entry> m_entries;
};
