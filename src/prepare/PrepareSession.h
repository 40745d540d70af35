#pragma once

#include "Curation.h"
#include "FigureListModel.h"
#include "HistoryModel.h"
#include "PendingModel.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QJSEngine;
class QQmlEngine;
class Store;

// The prepare console's one source of data and one writer: a read-write connection to the
// store, the report being prepared (county and year), its pending list, all its figures and
// its history. Every user action is one Curation call (one transaction); afterwards every
// model reloads and `changed` tells the preview (and the test) that the database moved.
class PrepareSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString databasePath READ databasePath NOTIFY reportsChanged)
    Q_PROPERTY(QStringList counties READ counties NOTIFY reportsChanged)
    Q_PROPERTY(QVariantList years READ years NOTIFY selectionChanged)
    Q_PROPERTY(QString county READ county NOTIFY selectionChanged)
    Q_PROPERTY(int year READ year NOTIFY selectionChanged)
    Q_PROPERTY(QString reportTitle READ reportTitle NOTIFY selectionChanged)
    // The wall shows the newest report; true when that is the one being prepared.
    Q_PROPERTY(bool onWall READ onWall NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList pages READ pages CONSTANT)
    Q_PROPERTY(PendingModel *pending READ pending CONSTANT)
    Q_PROPERTY(FigureListModel *figures READ figures CONSTANT)
    Q_PROPERTY(HistoryModel *history READ history CONSTANT)
    Q_PROPERTY(QVariantList headlines READ headlines NOTIFY curationChanged)
    Q_PROPERTY(QVariantList unmatched READ unmatched NOTIFY curationChanged)
    Q_PROPERTY(int revision READ revision NOTIFY curationChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    static PrepareSession *instance();
    static PrepareSession *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    ~PrepareSession() override;

    // Opens (creates or migrates) the database for writing and selects its newest report.
    bool open(const QString &path, QString *error);

    QString databasePath() const;
    QStringList counties() const;
    QVariantList years() const;
    QString county() const { return m_county; }
    int year() const { return m_year; }
    QString reportTitle() const { return m_title; }
    bool onWall() const;
    QVariantList pages() const;
    PendingModel *pending() const { return m_pending; }
    FigureListModel *figures() const { return m_figures; }
    HistoryModel *history() const { return m_history; }
    QVariantList headlines() const { return m_headlines; }
    QVariantList unmatched() const { return m_unmatched; }
    int revision() const { return m_revision; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    // Everything the editor shows about one figure (empty for an unknown id).
    Q_INVOKABLE QVariantMap figure(qint64 figureId) const;
    // The cards pinned to a page, in their order: [{figureId, name}].
    Q_INVOKABLE QVariantList pinned(const QString &page) const;
    // Why the text does not fit the figure's field ("value" or "growth"); "" when it does.
    Q_INVOKABLE QString check(qint64 figureId, const QString &field, const QString &text) const;

    // User actions; each writes one transaction and says what happened in `message`.
    Q_INVOKABLE void selectReport(const QString &county, int year);
    Q_INVOKABLE bool savePending();
    Q_INVOKABLE bool correct(qint64 figureId, const QString &valueText, const QString &growthText);
    Q_INVOKABLE bool rename(qint64 figureId, const QString &label);
    Q_INVOKABLE bool setHidden(qint64 figureId, bool hidden);
    Q_INVOKABLE bool pin(qint64 figureId, const QString &page);
    Q_INVOKABLE bool unpin(qint64 figureId);
    Q_INVOKABLE bool movePinned(qint64 figureId, int delta);
    Q_INVOKABLE bool toggleHeadline(qint64 figureId);
    Q_INVOKABLE bool moveHeadline(qint64 figureId, int delta);
    Q_INVOKABLE bool undo(qint64 changeId);

signals:
    void reportsChanged();
    void selectionChanged();
    void curationChanged();
    void messageChanged();
    // After every write that committed.
    void changed();

private:
    explicit PrepareSession(QObject *parent = nullptr);
    void reload();
    bool finish(bool ok, const QString &done, const QString &error);
    void setMessage(const QString &message, bool isError);
    const Figure *find(qint64 figureId) const;
    QList<qint64> headlineIds() const;

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Curation> m_curation;
    QString m_county;
    int m_year = 0;
    qint64 m_reportId = 0;
    QString m_title;
    QList<Figure> m_list;
    QHash<qint64, FigureOverride> m_overrides;  // by the figure they apply to
    QHash<qint64, qint64> m_curated;            // figure -> first mention of its key and name
    QVariantList m_headlines;
    QVariantList m_unmatched;
    int m_revision = 0;
    QString m_message;
    bool m_messageIsError = false;

    PendingModel *m_pending;
    FigureListModel *m_figures;
    HistoryModel *m_history;
};
