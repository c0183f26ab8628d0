#include "workspacemodel.h"

#include "severitystyle.h"
#include "workspace/agencyseries.h"

#include <QSet>

namespace gk {

WorkspaceModel::WorkspaceModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_series(std::make_unique<AgencySeries>(QList<ReportSummary>()))
{
}

WorkspaceModel::~WorkspaceModel() = default;

int WorkspaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summaries.size());
}

int WorkspaceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkspaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ReportSummary &s = m_summaries.at(index.row());
    const ReportSummary::Status status = s.status();
    switch (role) {
    case StatusRole:
        return int(status);
    case RulesRole:
        return s.rules;
    case PathRole:
        return s.path;
    case Qt::ToolTipRole:
        if (!s.error.isEmpty())
            return s.error;
        return index.column() == FileColumn ? s.path : QVariant();
    case Qt::BackgroundRole:
        if (index.column() != StatusColumn)
            return QVariant();
        if (status == ReportSummary::Status::Errors || status == ReportSummary::Status::Unreadable)
            return SeverityStyle::background(Severity::Error);
        if (status == ReportSummary::Status::Warnings)
            return SeverityStyle::background(Severity::Warning);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == YearColumn || index.column() == ErrorsColumn || index.column() == WarningsColumn
            || index.column() == CorrectionsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::DisplayRole:
    case SortRole: {
        const bool sort = role == SortRole;
        const bool read = s.read;
        switch (Column(index.column())) {
        case FileColumn: return s.relativePath;
        case AgencyColumn: return s.agency;
        case YearColumn: return s.year > 0 ? QVariant(s.year) : (sort ? QVariant(0) : QVariant(QString()));
        case TemplateColumn: return s.templateName;
        case FormatColumn: return s.format;
        case StatusColumn: return sort ? QVariant(int(status)) : QVariant(SummaryBuilder::statusText(status));
        case ErrorsColumn: return read || sort ? QVariant(s.errors) : QVariant(QString());
        case WarningsColumn: return read || sort ? QVariant(s.warnings) : QVariant(QString());
        case CorrectionsColumn: return read || sort ? QVariant(s.corrections) : QVariant(QString());
        case CarryColumn: return m_carry.value(index.row());
        case ColumnCount: break;
        }
        return QVariant();
    }
    default:
        return QVariant();
    }
}

QVariant WorkspaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case FileColumn: return tr("File");
    case AgencyColumn: return tr("Agency");
    case YearColumn: return tr("Year");
    case TemplateColumn: return tr("Template");
    case FormatColumn: return tr("Format");
    case StatusColumn: return tr("Status");
    case ErrorsColumn: return tr("Errors");
    case WarningsColumn: return tr("Warnings");
    case CorrectionsColumn: return tr("Corrections");
    case CarryColumn: return tr("Carried over");
    case ColumnCount: break;
    }
    return QVariant();
}

void WorkspaceModel::setSummaries(const QList<ReportSummary> &summaries)
{
    beginResetModel();
    m_summaries = summaries;
    m_rowOfPath.clear();
    m_rowOfPath.reserve(summaries.size());
    for (int i = 0; i < m_summaries.size(); ++i)
        m_rowOfPath.insert(m_summaries.at(i).path, i);
    m_carry.clear();
    m_series = std::make_unique<AgencySeries>(QList<ReportSummary>());
    endResetModel();
}

void WorkspaceModel::updateSummaries(const QList<int> &rows, const QList<ReportSummary> &summaries)
{
    int first = -1;
    int last = -1;
    for (int k = 0; k < rows.size() && k < summaries.size(); ++k) {
        const int row = rows.at(k);
        if (row < 0 || row >= m_summaries.size())
            continue;
        m_summaries[row] = summaries.at(k);
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    // One signal for the batch: a sorted proxy re-sorts once, not once per report.
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

bool WorkspaceModel::updateSummary(const QString &path, const ReportSummary &summary)
{
    const int row = rowOfPath(path);
    if (row < 0)
        return false;
    ReportSummary updated = summary;
    updated.path = m_summaries.at(row).path;
    updated.relativePath = m_summaries.at(row).relativePath;
    if (updated == m_summaries.at(row))
        return true;
    const ReportSummary &old = m_summaries.at(row);
    // Linking the years costs a pass over every report: only when what it reads has changed.
    const bool series = old.agency != updated.agency || old.year != updated.year || old.figures != updated.figures;
    m_summaries[row] = updated;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (series)
        refreshSeries();
    return true;
}

void WorkspaceModel::refreshSeries()
{
    m_series = std::make_unique<AgencySeries>(m_summaries);
    QStringList carry;
    carry.reserve(m_summaries.size());
    for (int i = 0; i < m_summaries.size(); ++i)
        carry.append(m_series->carryText(i));
    if (carry != m_carry) {
        m_carry = carry;
        if (!m_summaries.isEmpty())
            Q_EMIT dataChanged(index(0, CarryColumn), index(int(m_summaries.size()) - 1, CarryColumn));
    }
    Q_EMIT seriesRefreshed();
}

QStringList WorkspaceModel::rules() const
{
    QSet<QString> rules;
    for (const ReportSummary &summary : m_summaries) {
        for (const QString &rule : summary.rules)
            rules.insert(rule);
    }
    QStringList sorted(rules.cbegin(), rules.cend());
    sorted.sort();
    return sorted;
}

int WorkspaceModel::readCount() const
{
    int n = 0;
    for (const ReportSummary &summary : m_summaries)
        n += summary.status() != ReportSummary::Status::NotRead;
    return n;
}

} // namespace gk
