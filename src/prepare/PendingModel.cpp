#include "PendingModel.h"

#include "SourceExcerpt.h"
#include "ValueInput.h"

PendingModel::PendingModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int PendingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

QVariant PendingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure &f = m_figures.at(index.row());
    const Draft d = m_drafts.value(f.id);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return f.name;
    case FigureIdRole:
        return f.id;
    case UnitRole:
        return f.unit;
    case MaskRole:
        return f.mask;
    case GrowthMaskRole:
        return f.growthMask;
    case ValuePendingRole:
        return f.pending;
    case GrowthPendingRole:
        return f.growthPending;
    case GrowthKindRole:
        return f.growthKind;
    case SectionRole:
        return f.section;
    case SentenceRole:
        return SourceExcerpt::around(f, 110);
    case ValueDraftRole:
        return d.value;
    case GrowthDraftRole:
        return d.growth;
    case ValueProblemRole:
        return d.valueProblem;
    case GrowthProblemRole:
        return d.growthProblem;
    }
    return {};
}

QHash<int, QByteArray> PendingModel::roleNames() const
{
    return {
        {FigureIdRole, "figureId"},
        {NameRole, "name"},
        {UnitRole, "unit"},
        {MaskRole, "mask"},
        {GrowthMaskRole, "growthMask"},
        {ValuePendingRole, "valuePending"},
        {GrowthPendingRole, "growthPending"},
        {GrowthKindRole, "growthKind"},
        {SectionRole, "section"},
        {SentenceRole, "sentence"},
        {ValueDraftRole, "valueDraft"},
        {GrowthDraftRole, "growthDraft"},
        {ValueProblemRole, "valueProblem"},
        {GrowthProblemRole, "growthProblem"},
    };
}

void PendingModel::setFigures(const QList<Figure> &figures)
{
    QList<Figure> pending;
    for (const Figure &f : figures) {
        if (f.pending || f.growthPending)
            pending.append(f);
    }
    QList<qint64> oldIds;
    QList<qint64> newIds;
    for (const Figure &f : std::as_const(m_figures))
        oldIds.append(f.id);
    for (const Figure &f : std::as_const(pending))
        newIds.append(f.id);
    QHash<qint64, Draft> kept;
    for (qint64 id : std::as_const(newIds)) {
        if (m_drafts.contains(id))
            kept.insert(id, m_drafts.value(id));
    }
    const bool draftsDiffer = kept.size() != m_drafts.size();
    m_drafts = kept;
    if (oldIds == newIds) {
        // Same rows: update in place so the fields being typed in keep their focus.
        m_figures = pending;
        if (!m_figures.isEmpty())
            emit dataChanged(index(0), index(int(m_figures.size()) - 1));
    } else {
        beginResetModel();
        m_figures = pending;
        endResetModel();
        emit countChanged();
    }
    if (draftsDiffer)
        emit draftsChanged();
}

int PendingModel::draftCount() const
{
    int n = 0;
    for (const Draft &d : m_drafts)
        n += (!d.value.trimmed().isEmpty() || !d.growth.trimmed().isEmpty()) ? 1 : 0;
    return n;
}

int PendingModel::problemCount() const
{
    int n = 0;
    for (const Draft &d : m_drafts)
        n += (!d.valueProblem.isEmpty() || !d.growthProblem.isEmpty()) ? 1 : 0;
    return n;
}

void PendingModel::setDraft(qint64 figureId, const QString &field, const QString &text)
{
    const auto it = std::find_if(m_figures.cbegin(), m_figures.cend(), [&](const Figure &f) { return f.id == figureId; });
    if (it == m_figures.cend())
        return;
    const int row = int(it - m_figures.cbegin());
    Draft &d = m_drafts[figureId];
    if (field == QLatin1String("growth")) {
        d.growth = text;
        d.growthProblem = ValueInput::problem(*it, ValueInput::Field::Growth, text);
    } else {
        d.value = text;
        d.valueProblem = ValueInput::problem(*it, ValueInput::Field::Value, text);
    }
    emit dataChanged(index(row), index(row), {ValueDraftRole, GrowthDraftRole, ValueProblemRole, GrowthProblemRole});
    emit draftsChanged();
}

bool PendingModel::edits(QList<ValueEdit> *out, QString *why) const
{
    out->clear();
    for (const Figure &f : m_figures) {
        const Draft d = m_drafts.value(f.id);
        if (!d.valueProblem.isEmpty() || !d.growthProblem.isEmpty()) {
            *why = tr("%1：%2").arg(f.name, d.valueProblem.isEmpty() ? d.growthProblem : d.valueProblem);
            return false;
        }
        QString ignored;
        ValueEdit e;
        e.figureId = f.id;
        e.value = ValueInput::parse(d.value, ValueInput::Field::Value, f.mask.isEmpty(), &ignored);
        e.growth = ValueInput::parse(d.growth, ValueInput::Field::Growth, true, &ignored);
        if (e.value || e.growth)
            out->append(e);
    }
    return true;
}

void PendingModel::clearDrafts()
{
    if (m_drafts.isEmpty())
        return;
    m_drafts.clear();
    if (!m_figures.isEmpty())
        emit dataChanged(index(0), index(int(m_figures.size()) - 1));
    emit draftsChanged();
}
