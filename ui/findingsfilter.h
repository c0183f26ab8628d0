#pragma once

#include <QSortFilterProxyModel>

namespace gk {

/** Filters findings by severity, rule and whether they were accepted; sorts worst first. */
class FindingsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilter(QObject *parent = nullptr);

    void setSeverityShown(int severity, bool shown);
    bool isSeverityShown(int severity) const { return m_shown[severity]; }
    /** Empty: every rule. */
    void setRule(const QString &rule);
    QString rule() const { return m_rule; }
    void setAcceptedShown(bool shown);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_shown[3] = {true, true, true};
    bool m_acceptedShown = true;
    QString m_rule;
};

} // namespace gk
