#pragma once

#include "workspace/reportsummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>

namespace gk {

class AgencySeries;

/**
 * Every report of a workspace, one row each: agency, year, template, format, status, counts of
 * findings and corrections, and whether it carries over what the year before carried forward.
 * Filled from the indexer as it goes; data() only reads the summaries (house rule 4).
 */
class WorkspaceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, AgencyColumn, YearColumn, TemplateColumn, FormatColumn, StatusColumn,
                  ErrorsColumn, WarningsColumn, CorrectionsColumn, CarryColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< int: ReportSummary::Status
        RulesRole,                     ///< QStringList: the rule ids of the open findings
        PathRole,                      ///< QString: the report's absolute path
        SortRole,                      ///< numbers as numbers, text as text
    };

    explicit WorkspaceModel(QObject *parent = nullptr);
    ~WorkspaceModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFolder(const QString &folder) { m_folder = folder; }
    QString folder() const { return m_folder; }
    void setSummaries(const QList<ReportSummary> &summaries);
    /** Reports read by the indexer (indexes into the list it gave first). */
    void updateSummaries(const QList<int> &rows, const QList<ReportSummary> &summaries);
    /** A report changed under the reviewer's hands; false when it is not in the workspace. */
    bool updateSummary(const QString &path, const ReportSummary &summary);
    /** Links the years of each agency again (after indexing, after an update). */
    void refreshSeries();

    const QList<ReportSummary> &summaries() const { return m_summaries; }
    const ReportSummary &summary(int row) const { return m_summaries.at(row); }
    int rowOfPath(const QString &path) const { return m_rowOfPath.value(path, -1); }
    /** The years of every agency as of the last refreshSeries(); never null. */
    const AgencySeries &series() const { return *m_series; }
    /** The rule ids of the open findings of every report, sorted. */
    QStringList rules() const;
    int readCount() const;

Q_SIGNALS:
    void seriesRefreshed();

private:
    QString m_folder;
    QList<ReportSummary> m_summaries;
    QHash<QString, int> m_rowOfPath;
    QStringList m_carry;
    std::unique_ptr<AgencySeries> m_series;
};

} // namespace gk
