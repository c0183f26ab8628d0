#include "chartpane.h"

#include "chartbuilder.h"
#include "chartexporter.h"
#include "chartfactory.h"
#include "chartsizedialog.h"
#include "model/report.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gk {

namespace {

const QString folderKey = QStringLiteral("charts/exportFolder");
const int minimumViewWidth = 320;

/** The report source gives a Report without tables when no report is open. */
bool isOpen(const Report &report)
{
    return !report.tables.isEmpty() || !report.filePath.isEmpty();
}

ChartData noReportChart(const ChartBuilder *builder)
{
    ChartData data;
    data.id = builder->id();
    data.title = builder->title();
    data.emptyMessage = ChartPane::tr("No report is open.");
    return data;
}

} // namespace

ChartPane::ChartPane(QWidget *parent)
    : QWidget(parent)
    , m_builders(ChartBuilder::all())
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    for (const ChartBuilder *builder : m_builders) {
        const ChartData data = noReportChart(builder);
        // A chart with many bars scrolls rather than dropping every other label in a small dock.
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto *box = new QWidget(scroll);
        box->setObjectName(builder->id());
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        scroll->setWidget(box);
        m_tabs->addTab(scroll, builder->shortTitle());
        m_tabs->setTabToolTip(m_tabs->count() - 1, builder->title());
        m_layouts.append(layout);
        m_views.append(QList<QChartView *>());
        addView(m_views.size() - 1, ChartFactory::create(data));
        m_data.append(data);
        m_revisionShown.append(0);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            updateCurrent();
        updateActions();
    });

    m_exportButton = new QToolButton(this);
    m_exportButton->setText(tr("Export Chart…"));
    m_exportButton->setToolTip(tr("Save the chart on show as PNG or SVG at a size you choose"));
    connect(m_exportButton, &QToolButton::clicked, this, &ChartPane::exportCurrentChart);
    m_exportAllButton = new QToolButton(this);
    m_exportAllButton->setText(tr("Export All…"));
    m_exportAllButton->setToolTip(tr("Save every chart as PNG and SVG into a folder"));
    connect(m_exportAllButton, &QToolButton::clicked, this, &ChartPane::exportAllCharts);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_exportAllButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    updateActions();
}

ChartPane::~ChartPane() = default;

void ChartPane::setReportSource(ReportSource source)
{
    m_source = std::move(source);
    invalidate();
}

int ChartPane::count() const
{
    return m_views.size();
}

int ChartPane::currentIndex() const
{
    return m_tabs->currentIndex();
}

void ChartPane::setCurrentIndex(int index)
{
    m_tabs->setCurrentIndex(index);
}

bool ChartPane::setCurrentChart(const QString &chartId)
{
    for (int i = 0; i < m_builders.size(); ++i) {
        if (m_builders.at(i)->id() == chartId) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QString ChartPane::chartId(int index) const
{
    return m_builders.at(index)->id();
}

QChart *ChartPane::chart(int index, int part) const
{
    return m_views.at(index).at(part)->chart();
}

int ChartPane::partCount(int index) const
{
    return m_views.at(index).size();
}

void ChartPane::addView(int index, QChart *chart)
{
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(minimumViewWidth, ChartFactory::minimumHeight(ChartData()));
    m_layouts.at(index)->addWidget(view);
    m_views[index].append(view);
}

const ChartData &ChartPane::chartData(int index) const
{
    return m_data.at(index);
}

void ChartPane::invalidate()
{
    ++m_revision;
    if (isVisible())
        updateCurrent();
}

void ChartPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateCurrent();
}

Report ChartPane::report() const
{
    return m_source ? m_source() : Report();
}

void ChartPane::updateCurrent()
{
    const int index = m_tabs->currentIndex();
    if (index < 0 || m_revisionShown.at(index) == m_revision)
        return;
    QElapsedTimer timer;
    timer.start();
    const ChartBuilder *builder = m_builders.at(index);
    const Report current = report();
    const ChartData data = isOpen(current) ? builder->build(current) : noReportChart(builder);
    // One view per part: the chart and its panels, each with its own value axis.
    const QList<ChartData> parts = data.parts();
    const QList<ChartData> shownParts = m_data.at(index).parts();
    QList<QChartView *> &views = m_views[index];
    while (views.size() > parts.size())
        delete views.takeLast(); // the view owns its chart
    for (int i = 0; i < parts.size(); ++i) {
        const ChartData &part = parts.at(i);
        if (i == views.size()) {
            addView(index, ChartFactory::create(part));
        } else if (!ChartFactory::update(views.at(i)->chart(), part, shownParts.value(i))) {
            QChart *old = views.at(i)->chart();
            views.at(i)->setChart(ChartFactory::create(part));
            delete old; // setChart() gives up ownership of the previous chart
        }
        const int height = ChartFactory::minimumHeight(part);
        views.at(i)->setMinimumSize(std::max(minimumViewWidth, ChartFactory::minimumWidth(part)), height);
        m_layouts.at(index)->setStretch(i, height);
    }
    m_data[index] = data;
    m_revisionShown[index] = m_revision;
    m_reportOpen = isOpen(current);
    m_lastUpdateNs = timer.nsecsElapsed();
    updateActions();
}

void ChartPane::updateActions()
{
    m_exportButton->setEnabled(m_reportOpen);
    m_exportAllButton->setEnabled(m_reportOpen);
}

void ChartPane::exportCurrentChart()
{
    const int index = currentIndex();
    if (index < 0)
        return;
    updateCurrent();
    if (!m_reportOpen) {
        QMessageBox::information(this, tr("Export Chart"), tr("Open a report first: the charts show its tables."));
        return;
    }
    // The chart as it is now: a report that finishes opening behind the dialogs must not change it.
    const ChartData chart = m_data.at(index);
    QSettings settings;
    const QString folder = settings.value(folderKey, QDir::homePath()).toString();
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                QDir(folder).filePath(chartId(index) + QStringLiteral(".png")),
                                                png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QSize size;
    if (!ChartSizeDialog::getSize(this, &size))
        return;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    QString error;
    if (!ChartExporter::write(chart, path, size, &error)) {
        QMessageBox::warning(this, tr("Chart not exported"), error);
        return;
    }
    Q_EMIT exported(tr("Chart written to %1").arg(QDir::toNativeSeparators(path)));
}

void ChartPane::exportAllCharts()
{
    const Report current = report();
    if (!isOpen(current)) {
        QMessageBox::information(this, tr("Export All Charts"), tr("Open a report first: the charts show its tables."));
        return;
    }
    QSettings settings;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export All Charts Into"),
                                                          settings.value(folderKey, QDir::homePath()).toString());
    if (dir.isEmpty())
        return;
    QSize size;
    if (!ChartSizeDialog::getSize(this, &size))
        return;
    settings.setValue(folderKey, dir);
    QStringList written;
    QString error;
    if (!ChartExporter::writeAll(current, dir, size, &written, &error)) {
        QMessageBox::warning(this, tr("Charts not exported"), error);
        return;
    }
    Q_EMIT exported(tr("%n chart file(s) written to %1", nullptr, int(written.size())).arg(QDir::toNativeSeparators(dir)));
}

} // namespace gk
