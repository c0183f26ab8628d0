#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace gk {

class TrendChart;
class WorkspaceModel;

/**
 * One agency across its years: the key figures side by side (a column per year), the carry-over
 * check between consecutive years, and a trend chart of the main figures.
 */
class AgencyView : public QWidget
{
    Q_OBJECT
public:
    explicit AgencyView(QWidget *parent = nullptr);

    void setModel(WorkspaceModel *model);
    /** Shows the agency of this report (a row of the model); −1 clears. */
    void showAgencyOf(int row);
    /** The row shown, or −1. */
    int shownRow() const { return m_row; }
    QTableWidget *table() const { return m_table; }
    TrendChart *trendChart() const { return m_chart; }
    QString agency() const;

private:
    void refresh();

    WorkspaceModel *m_model = nullptr;
    int m_row = -1;
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    TrendChart *m_chart = nullptr;
};

} // namespace gk
