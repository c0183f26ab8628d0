#include "trendchart.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>


namespace gk {

TrendChart::TrendChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
}

QChart *TrendChart::chart() const
{
    return m_view->chart();
}

void TrendChart::clear()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(QString());
}

void TrendChart::setTrend(const QString &title, const QList<int> &years, const QList<TrendLine> &lines)
{
    clear();
    QChart *chart = m_view->chart();
    chart->setTitle(title);
    if (years.isEmpty())
        return;
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    x->setRange(years.first() - 0.5, years.last() + 0.5);
    x->setTickCount(std::min(int(years.last() - years.first()) + 2, 12));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double top = 0;
    for (const TrendLine &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.label);
        series->setPointsVisible(true);
        for (int i = 0; i < years.size() && i < line.values.size(); ++i) {
            if (line.values.at(i)) {
                series->append(years.at(i), *line.values.at(i));
                top = std::max(top, *line.values.at(i));
            }
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();
}

int TrendChart::lineCount() const
{
    return int(m_view->chart()->series().size());
}

QList<QPointF> TrendChart::points(int line) const
{
    const QList<QAbstractSeries *> series = m_view->chart()->series();
    if (line < 0 || line >= series.size())
        return {};
    auto *xy = qobject_cast<QXYSeries *>(series.at(line));
    return xy ? xy->points() : QList<QPointF>();
}

} // namespace gk
