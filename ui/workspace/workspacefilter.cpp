#include "workspacefilter.h"

#include "workspacemodel.h"

namespace gk {

WorkspaceFilter::WorkspaceFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(WorkspaceModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void WorkspaceFilter::setWorkspaceModel(WorkspaceModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void WorkspaceFilter::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void WorkspaceFilter::setStatus(int status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void WorkspaceFilter::setRule(const QString &rule)
{
    if (rule == m_rule)
        return;
    m_rule = rule;
    invalidateRowsFilter();
}

bool WorkspaceFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid() || sourceRow >= m_model->rowCount())
        return false;
    const ReportSummary &summary = m_model->summary(sourceRow);
    if (m_status >= 0 && int(summary.status()) != m_status)
        return false;
    if (!m_rule.isEmpty() && !summary.rules.contains(m_rule))
        return false;
    const QString text = m_text.trimmed();
    if (text.isEmpty())
        return true;
    return summary.relativePath.contains(text, Qt::CaseInsensitive) || summary.agency.contains(text, Qt::CaseInsensitive)
           || (summary.year > 0 && QString::number(summary.year) == text);
}

} // namespace gk
