#pragma once

#include "DetailTrend.h"
#include "Figure.h"
#include "FigureModel.h"
#include "HighlightModel.h"
#include "SourceExcerpt.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class FigureSource;

// The drill-down of one figure: its value and change, the prior year (reported when a report
// states it, else derived from the change: 推算, never presented as reported), its trend
// across the years (the rows of this model, oldest first), its parts and its source.
// Opening a part pushes it, opening one already in the path returns there; back() pops;
// the breadcrumb names the path. Reads beyond the shown report go through a FigureSource.
class DetailModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The detail comes from Dashboard")
    Q_PROPERTY(bool open READ isOpen NOTIFY changed)
    Q_PROPERTY(int depth READ depth NOTIFY changed)
    Q_PROPERTY(QStringList breadcrumb READ breadcrumb NOTIFY changed)
    Q_PROPERTY(bool textOnly READ textOnly NOTIFY changed)
    Q_PROPERTY(qint64 figureId READ figureId NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString key READ key NOTIFY changed)
    Q_PROPERTY(QString domain READ domain NOTIFY changed)
    Q_PROPERTY(QVariant value READ value NOTIFY changed)
    Q_PROPERTY(QString displayValue READ displayValue NOTIFY changed)
    Q_PROPERTY(int decimals READ decimals NOTIFY changed)
    Q_PROPERTY(QString unit READ unit NOTIFY changed)
    Q_PROPERTY(QVariant growth READ growth NOTIFY changed)
    Q_PROPERTY(QString growthKind READ growthKind NOTIFY changed)
    Q_PROPERTY(bool pending READ pending NOTIFY changed)
    Q_PROPERTY(QString mask READ mask NOTIFY changed)
    Q_PROPERTY(bool growthPending READ growthPending NOTIFY changed)
    Q_PROPERTY(QString growthMask READ growthMask NOTIFY changed)
    Q_PROPERTY(QStringList qualifiers READ qualifiers NOTIFY changed)
    Q_PROPERTY(QString rank READ rank NOTIFY changed)
    Q_PROPERTY(QString section READ section NOTIFY changed)
    Q_PROPERTY(QString sentence READ sentence NOTIFY changed)
    Q_PROPERTY(bool demo READ demo NOTIFY changed)
    Q_PROPERTY(QVariant priorValue READ priorValue NOTIFY changed)
    Q_PROPERTY(QString priorDisplayValue READ priorDisplayValue NOTIFY changed)
    Q_PROPERTY(QString priorLabel READ priorLabel NOTIFY changed)
    Q_PROPERTY(bool priorDerived READ priorDerived NOTIFY changed)
    Q_PROPERTY(QString yearLabel READ yearLabel NOTIFY changed)
    // The source paragraph as pieces {text, kind: "context" | "sentence" | "mention",
    // placeholder, demo}; a piece with a placeholder is a value filled since the import.
    Q_PROPERTY(QVariantList source READ source NOTIFY changed)
    // Plain text: the sentence up to the figure's words, and those words.
    Q_PROPERTY(QString sourceHead READ sourceHead NOTIFY changed)
    Q_PROPERTY(QString sourceMention READ sourceMention NOTIFY changed)
    Q_PROPERTY(double trendMax READ trendMax NOTIFY changed)
    Q_PROPERTY(double trendMin READ trendMin NOTIFY changed)
    Q_PROPERTY(bool trendHasDerived READ trendHasDerived NOTIFY changed)
    // The rows as a list, for a chart that is refilled in one go.
    Q_PROPERTY(QVariantList trend READ trend NOTIFY changed)
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(FigureModel *parts READ parts CONSTANT)
    Q_PROPERTY(FigureModel *related READ related CONSTANT)

public:
    enum Role {
        YearRole = Qt::UserRole + 1,
        YearLabelRole,
        ValueRole,
        DisplayValueRole,
        DerivedRole,
        PendingRole,
        CurrentRole,
        FigureIdRole,
        BreakNoteRole,
        GrowthRole,
    };
    Q_ENUM(Role)

    explicit DetailModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What the detail shows and reads from; called after every reload. An open detail is
    // refreshed in place, or closed when its figure is gone. source outlives the model.
    void setSource(FigureSource *source, const QString &county, int year, const QString &text,
                   const QList<Figure> &figures, const HighlightModel *highlights);

    // A figure of the shown report, or a reported point of the open figure's trend (that
    // year's figure, from its own report).
    Q_INVOKABLE void openFigure(qint64 figureId);
    // A figure of the report reviewing reportYear: the shown one, or another year's (the
    // targets page's targets of last year's report).
    Q_INVOKABLE void openFigureOf(qint64 figureId, int reportYear);
    Q_INVOKABLE void openHighlight(qint64 highlightId);
    Q_INVOKABLE void back();
    // Back to a level of the path (1 = its first entry); 0 closes.
    Q_INVOKABLE void backTo(int depth);
    Q_INVOKABLE void close();

    bool isOpen() const { return !m_stack.isEmpty(); }
    int depth() const { return int(m_stack.size()); }
    QStringList breadcrumb() const;
    bool textOnly() const { return m_stack.isEmpty() || m_stack.last().figureId == 0; }
    qint64 figureId() const { return m_figure.id; }
    QString name() const { return m_figure.id ? m_figure.name : m_section; }
    QString key() const { return m_figure.key; }
    QString domain() const { return m_domainOverride.isEmpty() ? m_figure.domain : m_domainOverride; }
    QVariant value() const;
    QString displayValue() const;
    int decimals() const;
    QString unit() const { return m_figure.unit; }
    QVariant growth() const
    {
        return m_figure.growthPending || !m_figure.growth ? QVariant() : QVariant(*m_figure.growth);
    }
    QString growthKind() const { return m_figure.growthKind; }
    bool pending() const { return m_figure.pending; }
    QString mask() const { return m_figure.mask; }
    bool growthPending() const { return m_figure.growthPending; }
    QString growthMask() const { return m_figure.growthMask; }
    QStringList qualifiers() const { return m_figure.qualifier.split(u',', Qt::SkipEmptyParts); }
    QString rank() const { return m_figure.rank; }
    QString section() const { return m_section; }
    QString sentence() const { return m_sentence; }
    bool demo() const { return m_figure.demo; }
    QVariant priorValue() const { return priorPoint() ? QVariant(*priorPoint()->value) : QVariant(); }
    QString priorDisplayValue() const { return priorPoint() ? priorPoint()->displayValue : QString(); }
    QString priorLabel() const;
    bool priorDerived() const { return priorPoint() && priorPoint()->derived; }
    QString yearLabel() const { return labelForYear(m_figureYear, false); }
    QVariantList source() const;
    QString sourceHead() const;
    QString sourceMention() const;
    double trendMax() const;
    double trendMin() const;
    bool trendHasDerived() const;
    QVariantList trend() const;
    FigureModel *parts() const { return m_parts; }
    FigureModel *related() const { return m_related; }

signals:
    void changed();

private:
    struct Entry
    {
        qint64 figureId = 0;
        qint64 highlightId = 0;
        int year = 0; // of another report than the shown one; 0 for the shown one
    };
    // A figure of an earlier or later report, opened from the trend.
    struct Other
    {
        Figure figure;
        int year = 0;
        QString text;
    };
    void load();
    const Figure *find(const Entry &e) const;
    bool fetchOther(qint64 figureId, int year);
    bool truncateTo(qint64 figureId, qint64 highlightId);
    void loadSource(const QString &text, int sentenceStart, int sentenceEnd, int mentionStart, int mentionEnd,
                    const QList<Figure> &filled);
    QString labelForYear(int year, bool derived) const;
    const DetailPoint *priorPoint() const;

    FigureSource *m_source = nullptr;
    QString m_county;
    int m_year = 0;
    QString m_text;
    QList<Figure> m_figures;
    QHash<qint64, int> m_index;
    const HighlightModel *m_highlights = nullptr;

    QList<Entry> m_stack;
    QHash<qint64, Other> m_other;
    Figure m_figure;
    int m_figureYear = 0;
    QString m_section;
    QString m_sentence;
    QString m_domainOverride;
    QList<SourceExcerpt::Piece> m_excerpt;
    QList<DetailPoint> m_points;
    FigureModel *m_parts;
    FigureModel *m_related;
};
