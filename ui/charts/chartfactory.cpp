#include "chartfactory.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace gk {

namespace {

const char messageProperty[] = "gkMessage";

/** Horizontal bars are drawn bottom-up; the template order should read top-down. */
template<typename T>
QList<T> inDrawingOrder(QList<T> list, bool horizontal)
{
    if (horizontal)
        std::reverse(list.begin(), list.end());
    return list;
}

QString titleHtml(const ChartData &data)
{
    QString html = QStringLiteral("<b>%1</b>").arg(data.title.toHtmlEscaped());
    const QString note = data.note();
    if (!note.isEmpty())
        html += QStringLiteral("<br/><small>%1</small>").arg(note.toHtmlEscaped());
    return html;
}

/** 1, 2 or 5 times a power of ten, about a fifth of the span: ticks people read at a glance. */
qreal niceInterval(qreal span)
{
    const qreal rough = span / 5;
    const qreal power = std::pow(10.0, std::floor(std::log10(rough)));
    for (qreal step : {1.0, 2.0, 5.0}) {
        if (step * power >= rough)
            return step * power;
    }
    return 10 * power;
}

void setValueRange(QValueAxis *axis, const ChartData &data)
{
    qreal low = 0;
    qreal high = 0;
    for (const ChartSet &set : data.sets) {
        for (qreal value : set.values) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    // Room beyond the longest bar for its value label; at least a few units so small counts stay whole.
    high = std::max(high, 4.0);
    const qreal room = (high - low) * 0.14;
    // Ticks at round numbers from 0, whatever the ends: a small negative bar must not push the
    // axis to a round negative number as large as the largest bar.
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(niceInterval(high - low));
    axis->setRange(low < 0 ? low * 1.14 : 0, high + room);
}

// Qt Charts gives the axes beside the plot at most 40% of the chart's width and clips longer labels.
const qreal sideAxisPortion = 0.4;
const qreal axisPadding = 24; // ticks and the gap to the plot
const qreal smallestLabelScale = 0.8;

qreal widestLabel(const QStringList &labels, const QFont &font)
{
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    return widest;
}

/**
 * The font of an axis title. Qt Charts reserves the title's height from the font's metrics but cuts
 * the title to "..." when the text drawn is taller: Chinese drawn in a Latin font comes from a
 * fallback font with taller lines (DejaVu Sans → Noto Sans CJK). A font that has the glyphs itself
 * measures what it draws.
 */
QFont axisTitleFont(const QString &title)
{
    QFont font;
    bool cjk = false;
    for (const QChar c : title)
        cjk = cjk || (c.unicode() >= 0x3000 && c.unicode() <= 0x9fff) || (c.unicode() >= 0xff00 && c.unicode() <= 0xffef);
    if (!cjk || QFontDatabase::writingSystems(font.family()).contains(QFontDatabase::SimplifiedChinese))
        return font;
    QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    // A sans face first, as the rest of the chart; the list is sorted, so the choice is stable.
    std::stable_partition(families.begin(), families.end(),
                          [](const QString &family) { return family.contains(QLatin1String("Sans")); });
    if (!families.isEmpty())
        font.setFamilies({families.constFirst(), font.family()});
    return font;
}

/** The width of the value axis and its title beside vertical bars. */
qreal valueAxisWidth()
{
    return 3 * QFontMetricsF(QFont()).height() + axisPadding;
}

/** The width one category label may take in a chart `width` pixels wide. */
qreal labelRoom(const ChartData &data, qreal width)
{
    if (data.horizontal)
        return sideAxisPortion * width - axisPadding;
    const qreal gap = 8;
    return (width - valueAxisWidth() - axisPadding) / std::max<qsizetype>(1, data.categories.size()) - gap;
}

/** Shrinks the category labels a little when the chart is narrow (never below 80%), not to lose any. */
void fitLabels(QChart *chart, QBarCategoryAxis *axis, const ChartData &data)
{
    QFont font;
    const qreal room = labelRoom(data, chart->size().width());
    const qreal widest = widestLabel(data.categories, font);
    if (room > 0 && widest > room)
        font.setPointSizeF(font.pointSizeF() * std::max(room / widest, smallestLabelScale));
    if (axis->labelsFont() != font)
        axis->setLabelsFont(font);
}

void centreMessage(QChart *chart, QGraphicsTextItem *item)
{
    const QRectF area = chart->boundingRect().adjusted(24, 48, -24, -24);
    item->setTextWidth(area.width());
    const QRectF text = item->boundingRect();
    item->setPos(area.left(), area.center().y() - text.height() / 2);
}

void addMessage(QChart *chart, const QString &message)
{
    auto *item = new QGraphicsTextItem(chart);
    item->setPlainText(message);
    QFont font = item->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    item->setFont(font);
    QTextOption option = item->document()->defaultTextOption();
    option.setAlignment(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    item->document()->setDefaultTextOption(option);
    chart->setProperty(messageProperty, message);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, item, [chart, item] { centreMessage(chart, item); });
    centreMessage(chart, item);
}

} // namespace

QChart *ChartFactory::create(const ChartData &data)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(titleHtml(data));
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(QFont().pointSizeF() * 1.2);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(6, 6, 12, 6));
    chart->legend()->setVisible(data.sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(QFont());

    if (data.isEmpty()) {
        addMessage(chart, data.emptyMessage);
        return chart;
    }

    QAbstractBarSeries *series = data.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                                 : new QBarSeries;
    for (const ChartSet &set : data.sets) {
        auto *bars = new QBarSet(set.name);
        bars->append(inDrawingOrder(set.values, data.horizontal));
        bars->setLabelColor(Qt::black);
        series->append(bars);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    series->setBarWidth(data.sets.size() > 1 ? 0.8 : 0.6);
    chart->addSeries(series);

    const QFont labelFont;
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(inDrawingOrder(data.categories, data.horizontal));
    categoryAxis->setLabelsFont(labelFont);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setTruncateLabels(false); // "…" in place of a template label would tell the reader nothing
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%g"));
    valueAxis->setTruncateLabels(false); // short numbers; a low panel must not turn them into "…"
    valueAxis->setLabelsFont(labelFont);
    valueAxis->setTitleText(data.valueAxisTitle);
    valueAxis->setTitleFont(axisTitleFont(data.valueAxisTitle));
    setValueRange(valueAxis, data);
    chart->addAxis(categoryAxis, data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, categoryAxis,
                     [chart, categoryAxis, data] { fitLabels(chart, categoryAxis, data); });
    return chart;
}

bool ChartFactory::update(QChart *chart, const ChartData &data, const ChartData &previous)
{
    if (!chart || !data.sameShape(previous))
        return false;
    if (data.note() != previous.note())
        chart->setTitle(titleHtml(data));
    if (data.isEmpty())
        return true;
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    if (!series || series->count() != data.sets.size())
        return false;
    const QList<QBarSet *> sets = series->barSets();
    for (int s = 0; s < data.sets.size(); ++s) {
        const QList<qreal> values = inDrawingOrder(data.sets.at(s).values, data.horizontal);
        QBarSet *bars = sets.at(s);
        for (int i = 0; i < values.size(); ++i) {
            if (bars->at(i) != values.at(i))
                bars->replace(i, values.at(i));
        }
    }
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *valueAxis = qobject_cast<QValueAxis *>(axis))
            setValueRange(valueAxis, data);
    }
    return true;
}

qreal ChartContents::value(int set, const QString &category) const
{
    const qsizetype index = categories.indexOf(category);
    if (set < 0 || set >= values.size() || index < 0 || index >= values.at(set).size())
        return qQNaN();
    return values.at(set).at(index);
}

ChartContents ChartFactory::contents(const QChart *chart)
{
    ChartContents contents;
    if (!chart)
        return contents;
    contents.title = chart->title();
    contents.message = message(chart);
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            contents.categories = categories->categories();
        if (auto *values = qobject_cast<QValueAxis *>(axis)) {
            contents.valueAxisTitle = values->titleText();
            contents.valueMin = values->min();
            contents.valueMax = values->max();
        }
    }
    if (auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0))) {
        for (const QBarSet *set : series->barSets()) {
            contents.setNames.append(set->label());
            QList<qreal> values;
            for (int i = 0; i < set->count(); ++i)
                values.append(set->at(i));
            contents.values.append(values);
        }
    }
    return contents;
}

ChartContents ChartFactory::contents(const ChartData &data)
{
    const std::unique_ptr<QChart> chart(create(data));
    return contents(chart.get());
}

int ChartFactory::minimumWidth(const ChartData &data)
{
    // The inverse of labelRoom() at the smallest label scale.
    const qreal widest = widestLabel(data.categories, QFont()) * smallestLabelScale;
    if (data.horizontal)
        return int((widest + axisPadding) / sideAxisPortion) + 1;
    const qreal gap = 8;
    return int(data.categories.size() * (widest + gap) + valueAxisWidth() + axisPadding) + 1;
}

int ChartFactory::minimumHeight(const ChartData &data)
{
    const int smallest = 240;
    if (!data.horizontal)
        return smallest;
    const QFontMetrics metrics{QFont()};
    return std::max<int>(smallest, int(data.categories.size()) * (metrics.height() * 7 / 4) + 10 * metrics.height());
}

QList<int> ChartFactory::stackedHeights(const QList<ChartData> &parts, int height)
{
    const int count = std::max<int>(1, int(parts.size()));
    // Title, axis labels, axis title and margins: about eight lines, never more than half the room.
    const int frame = std::min(8 * QFontMetrics(QFont()).height(), height / (2 * count));
    const int rest = height - frame * count;
    // A chart of one bar is given the room of two: Qt Charts shortens the axis title of a lower chart.
    const auto barsOf = [](const ChartData &part) { return std::max<qsizetype>(2, part.categories.size()); };
    qint64 bars = 0;
    for (const ChartData &part : parts)
        bars += barsOf(part);
    QList<int> heights;
    qint64 barsAbove = 0;
    int top = 0;
    for (int i = 0; i < parts.size(); ++i) {
        barsAbove += barsOf(parts.at(i));
        const int bottom = frame * (i + 1) + int(rest * barsAbove / bars);
        heights.append(bottom - top);
        top = bottom;
    }
    return heights;
}

QString ChartFactory::message(const QChart *chart)
{
    return chart ? chart->property(messageProperty).toString() : QString();
}

} // namespace gk
