#pragma once

#include "CurationHistory.h"
#include "Figure.h"
#include "FigureOverride.h"

#include <QList>
#include <QString>
#include <optional>

class Store;

// A new value and/or growth for one figure (a fill of a placeholder or a correction).
struct ValueEdit
{
    qint64 figureId = 0;
    std::optional<double> value;
    std::optional<double> growth;
};

// The staff's work on the wall, for the prepare console and for the wall itself: value
// fills and corrections (always against the figure's mask), and the overrides (label,
// hidden, pin and order, headline) that belong to a county and year and re-match their
// figure by key and name. Every write is one transaction that also records each changed
// field in change_history, so any change can be undone. Reads work on a read-only store.
class Curation
{
public:
    // Field names as change_history stores them.
    static const QString Value;
    static const QString Growth;
    static const QString Label;
    static const QString Hidden;
    static const QString Pin;
    static const QString Headline;

    explicit Curation(Store *store);

    // The overrides of a report, each with the id of the figure it applies to (the first
    // mention of its key and name), or figureId 0 when no figure matches any more.
    QList<FigureOverride> overrides(const QString &county, int year);
    // Only those whose figure is gone, e.g. after a new version of the report was imported.
    QList<FigureOverride> unmatched(const QString &county, int year);
    // The override of one figure; a default one (figureId set) when it has none.
    FigureOverride overrideFor(qint64 figureId);
    // The id of the figure that carries overrides for this one: itself, or the first
    // mention of the same key and name in its report.
    qint64 curatedFigureId(qint64 figureId);

    // Newest first.
    QList<ChangeRecord> history(const QString &county, int year, int limit = 1000);

    // Whether a value and/or growth fits the figure's masks. A figure keeps its mask after
    // it was filled, so corrections are checked as strictly as the first fill.
    static bool checkValue(const Figure &figure, const std::optional<double> &value,
                           const std::optional<double> &growth, QString *why);

    // All or nothing: every edit is checked first; nothing is written when one is refused.
    bool setValues(const QList<ValueEdit> &edits, QString *error);
    bool setLabel(qint64 figureId, const QString &label, QString *error);
    bool setHidden(qint64 figureId, bool hidden, QString *error);
    // Pins the figure to a page at a position among that page's pinned cards; an empty page
    // unpins it.
    bool setPin(qint64 figureId, const QString &page, int order, QString *error);
    // The pinned cards of a page in this order (0, 1, 2 ...); figures not yet pinned are pinned.
    bool setPinnedOrder(const QString &page, const QList<qint64> &figureIds, QString *error);
    // The overview's headline cards of a report, in this order; others lose theirs (none
    // chosen: the wall picks them itself).
    bool setHeadlines(const QString &county, int year, const QList<qint64> &figureIds, QString *error);

    // Puts the field back as it was before the change and records that as a change of its
    // own. Refused when the field changed again since (undo the later change first).
    bool undo(qint64 changeId, QString *error);

    // Who is making the change, as the operating system knows them.
    static QString osUser();

private:
    struct FieldEdit
    {
        qint64 figureId = 0;
        QString field;
        QString newValue;
        bool newNull = false;
    };

    bool writeFields(const QList<FieldEdit> &edits, qint64 undoneChangeId, QString *error);

    Store *m_store;
};
