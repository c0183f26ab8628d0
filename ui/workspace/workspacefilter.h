#pragma once

#include <QSortFilterProxyModel>

namespace gk {

class WorkspaceModel;

/** The workspace list as the reviewer narrows it: by text (file or agency), by status, by rule. */
class WorkspaceFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit WorkspaceFilter(QObject *parent = nullptr);

    void setWorkspaceModel(WorkspaceModel *model);
    void setText(const QString &text);
    /** −1: every status; else a ReportSummary::Status. */
    void setStatus(int status);
    /** Empty: every report; else only those with an open finding of this rule. */
    void setRule(const QString &rule);
    QString text() const { return m_text; }
    int status() const { return m_status; }
    QString rule() const { return m_rule; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    WorkspaceModel *m_model = nullptr;
    QString m_text;
    int m_status = -1;
    QString m_rule;
};

} // namespace gk
