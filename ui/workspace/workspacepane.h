#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;

namespace gk {

class WorkspaceFilter;
class WorkspaceModel;

/**
 * The list of a workspace's reports with its filters (text, status, rule) and the progress of the
 * indexing. A double click (or Enter) asks for the report to be opened.
 */
class WorkspacePane : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspacePane(WorkspaceModel *model, QWidget *parent = nullptr);

    WorkspaceModel *model() const { return m_model; }
    WorkspaceFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *ruleFilter() const { return m_rule; }
    QProgressBar *progressBar() const { return m_progress; }

    void setProgress(int done, int total);
    /** The rule filter offers the rules of the open findings of every report read so far. */
    void updateRules();
    /** The report of the current row, or empty. */
    QString currentPath() const;
    /** Makes the report's row current (clearing filters that hide it); false when it is not listed. */
    bool selectPath(const QString &path);
    /** The report `delta` rows after (or before) `path` in the list as sorted and filtered, or empty. */
    QString adjacentPath(const QString &path, int delta) const;

Q_SIGNALS:
    void reportActivated(const QString &path);
    /** The current row changed: a row of the model, or −1. */
    void currentReportChanged(int sourceRow);

private:
    WorkspaceModel *m_model = nullptr;
    WorkspaceFilter *m_filter = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_rule = nullptr;
    QTableView *m_view = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace gk
