#include "findingsfilter.h"

#include "roles.h"

namespace gk {

FindingsFilter::FindingsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void FindingsFilter::setSeverityShown(int severity, bool shown)
{
    if (severity < 0 || severity > 2 || m_shown[severity] == shown)
        return;
    m_shown[severity] = shown;
    invalidateFilter();
}

void FindingsFilter::setRule(const QString &rule)
{
    if (rule == m_rule)
        return;
    m_rule = rule;
    invalidateFilter();
}

void FindingsFilter::setAcceptedShown(bool shown)
{
    if (shown == m_acceptedShown)
        return;
    m_acceptedShown = shown;
    invalidateFilter();
}

bool FindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int severity = index.data(SeverityRole).toInt();
    if (severity < 0 || severity > 2 || !m_shown[severity])
        return false;
    if (!m_rule.isEmpty() && index.data(RuleRole).toString() != m_rule)
        return false;
    return m_acceptedShown || !index.data(AcceptedRole).toBool();
}

bool FindingsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == 0 && right.column() == 0) {
        // Worst first, then in the order the checks reported them.
        const int a = left.data(SeverityRole).toInt();
        const int b = right.data(SeverityRole).toInt();
        if (a != b)
            return a > b;
        return left.row() < right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace gk
