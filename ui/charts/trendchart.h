#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace gk {

/** One line of a trend: a key figure year by year (a year without the figure has no point). */
struct TrendLine
{
    QString label;
    QList<std::optional<double>> values;
};

/** An agency's key figures across its years, one line each (the workspace's agency view). */
class TrendChart : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setTrend(const QString &title, const QList<int> &years, const QList<TrendLine> &lines);
    void clear();
    QChart *chart() const;
    /** The points of a line as drawn (year, value), for tests. */
    QList<QPointF> points(int line) const;
    int lineCount() const;

private:
    QChartView *m_view = nullptr;
};

} // namespace gk
