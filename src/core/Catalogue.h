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

    // Canonical spelling used to compare names: 规上/规模 -> 规模以上, leading 全县/全区/
    // 全年/全社会/限额以上 dropped.
    static QString canonicalName(const QString &name);

    const QList<Entry> &entries() const { return m_entries; }

private:
    Catalogue();
    const Entry *lookup(const QString &name) const;
    QList<Entry> m_entries;
};
