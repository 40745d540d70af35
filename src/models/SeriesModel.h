#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// The points of one chart, all in one unit (亿元 and 万元 are converted, never mixed).
// QML binds a BarSet's values to `values` and the axis to `labels`, so the ChartView and
// its series stay alive across reloads.
class SeriesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Series come from Dashboard")
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString unit READ unit NOTIFY changed)
    // What the chart compares (growth, totals, percapita, measures, parts, rates) and
    // whether its values are levels ("value") or changes ("growth").
    Q_PROPERTY(QString kind READ kind NOTIFY changed)
    Q_PROPERTY(QString measure READ measure NOTIFY changed)
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(QStringList labels READ labels NOTIFY changed)
    // "years" charts: the indicators, in the order their points come.
    Q_PROPERTY(QStringList seriesNames READ seriesNames NOTIFY changed)
    Q_PROPERTY(QStringList pointSeries READ pointSeries NOTIFY changed)
    // The words of the breaks the points carry (口径调整 …), each once.
    Q_PROPERTY(QStringList breakNotes READ breakNotes NOTIFY changed)
    Q_PROPERTY(QVariantList values READ values NOTIFY changed)
    Q_PROPERTY(QVariantList figureIds READ figureIds NOTIFY changed)
    Q_PROPERTY(double maxValue READ maxValue NOTIFY changed)
    Q_PROPERTY(double minValue READ minValue NOTIFY changed)
    // Figures that belong on this chart but are still placeholders (not drawn).
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)

public:
    struct Point
    {
        qint64 figureId = 0;
        QString label;
        QString name;
        double value = 0;
        QString displayValue;
        QString series;      // the indicator of a "years" chart
        QString breakNote;   // the report's words for a change of basis since the year before
    };

    enum Role {
        FigureIdRole = Qt::UserRole + 1,
        LabelRole,
        NameRole,
        ValueRole,
        DisplayValueRole,
        SeriesRole,
        BreakNoteRole,
    };
    Q_ENUM(Role)

    explicit SeriesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSeries(const QString &title, const QString &unit, const QList<Point> &points,
                   int pendingCount, const QString &kind = QString(), const QString &measure = QString());
    void clear() { setSeries({}, {}, {}, 0); }

    QString title() const { return m_title; }
    QString unit() const { return m_unit; }
    QString kind() const { return m_kind; }
    QString measure() const { return m_measure; }
    QStringList labels() const;
    QStringList seriesNames() const;
    QStringList pointSeries() const;
    QStringList breakNotes() const;
    QVariantList values() const;
    QVariantList figureIds() const;
    double maxValue() const;
    double minValue() const;
    int pendingCount() const { return m_pendingCount; }
    const QList<Point> &points() const { return m_points; }

signals:
    void changed();

private:
    QString m_title;
    QString m_unit;
    QString m_kind;
    QString m_measure;
    QList<Point> m_points;
    int m_pendingCount = 0;
};
