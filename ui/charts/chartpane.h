#pragma once

#include "chartdata.h"

#include <QList>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QTabWidget;
class QToolButton;
class QVBoxLayout;
QT_END_NAMESPACE

namespace gk {

class ChartBuilder;
class Report;

/**
 * The charts of the open report, one tab each, following every correction. Only the chart on show
 * is brought up to date at once; the others when they are shown, so editing never waits for them.
 */
class ChartPane : public QWidget
{
    Q_OBJECT
public:
    /** Gives the report to chart, with the reviewer's corrections applied. */
    using ReportSource = std::function<Report()>;

    explicit ChartPane(QWidget *parent = nullptr);
    ~ChartPane() override;

    void setReportSource(ReportSource source);

    int count() const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    /** Shows the chart with this id ("outcomes", "applicants", "reviews", "art20"); false if none has it. */
    bool setCurrentChart(const QString &chartId);
    QString chartId(int index) const;
    /** The chart as drawn now (possibly stale when not on show); part 1 on: its panels. */
    QChart *chart(int index, int part = 0) const;
    /** How many charts the tab shows: the chart and its panels. */
    int partCount(int index) const;
    const ChartData &chartData(int index) const;
    /** Nanoseconds the last update of a chart took (building the data and drawing it). */
    qint64 lastUpdateNanoseconds() const { return m_lastUpdateNs; }

    /** Asks for a file (PNG or SVG by suffix) and a size, and writes the chart on show. */
    void exportCurrentChart();
    /** Asks for a folder and a size, and writes every chart there as PNG and SVG. */
    void exportAllCharts();

public Q_SLOTS:
    /** The report or its corrections changed. */
    void invalidate();

Q_SIGNALS:
    /** A chart file was written (for the status bar). */
    void exported(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addView(int index, QChart *chart);
    void updateCurrent();
    void updateActions();
    Report report() const;

    QTabWidget *m_tabs = nullptr;
    QToolButton *m_exportButton = nullptr;
    QToolButton *m_exportAllButton = nullptr;
    QList<const ChartBuilder *> m_builders;
    QList<QVBoxLayout *> m_layouts;
    /** Per tab, one view per part of its chart. */
    QList<QList<QChartView *>> m_views;
    QList<ChartData> m_data;
    QList<quint64> m_revisionShown;
    quint64 m_revision = 1;
    ReportSource m_source;
    bool m_reportOpen = false;
    qint64 m_lastUpdateNs = 0;
};

} // namespace gk
