#include "agencyview.h"

#include "severitystyle.h"
#include "trendchart.h"
#include "workspace/agencyseries.h"
#include "workspacemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gk {

AgencyView::AgencyView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_chart(new TrendChart(this))
{
    m_title->setObjectName(QStringLiteral("agencyTitle"));
    m_title->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("agencyYears"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    showAgencyOf(-1);
}

void AgencyView::setModel(WorkspaceModel *model)
{
    m_model = model;
    connect(model, &WorkspaceModel::seriesRefreshed, this, &AgencyView::refresh);
    connect(model, &WorkspaceModel::modelReset, this, [this] { showAgencyOf(-1); });
}

QString AgencyView::agency() const
{
    return m_title->text();
}

void AgencyView::showAgencyOf(int row)
{
    m_row = row;
    refresh();
}

void AgencyView::refresh()
{
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_chart->clear();
    if (!m_model || m_row < 0 || m_row >= m_model->rowCount()) {
        m_title->setText(tr("Select a report to see its agency's years side by side."));
        return;
    }
    const AgencySeries &series = m_model->series();
    const ReportSummary &chosen = m_model->summary(m_row);
    const AgencyYears *agency = nullptr;
    for (const AgencyYears &candidate : series.agencies()) {
        if (candidate.reports.contains(m_row)) {
            agency = &candidate;
            break;
        }
    }
    if (!agency) {
        m_title->setText(chosen.read ? tr("%1: no agency and year read from this report").arg(chosen.relativePath)
                                     : tr("%1 has not been read yet").arg(chosen.relativePath));
        return;
    }
    m_title->setText(agency->agency);
    const QStringList figures = SummaryBuilder::keyFigures();
    m_table->setColumnCount(int(agency->reports.size()));
    m_table->setRowCount(int(figures.size()) + 1);
    QStringList rowLabels;
    for (const QString &id : figures)
        rowLabels.append(SummaryBuilder::keyFigureLabel(id));
    rowLabels.append(tr("Carried over as forwarded"));
    m_table->setVerticalHeaderLabels(rowLabels);
    QList<int> years;
    QList<TrendLine> lines;
    const QStringList charted = {QStringLiteral("new_received"), QStringLiteral("result_total"),
                                 QStringLiteral("carried_forward")};
    for (const QString &id : charted)
        lines.append({SummaryBuilder::keyFigureLabel(id), {}});
    for (int c = 0; c < agency->reports.size(); ++c) {
        const int report = agency->reports.at(c);
        const ReportSummary &summary = m_model->summary(report);
        auto *header = new QTableWidgetItem(QString::number(summary.year));
        header->setToolTip(summary.relativePath);
        m_table->setHorizontalHeaderItem(c, header);
        for (int r = 0; r < figures.size(); ++r) {
            auto *item = new QTableWidgetItem(SummaryBuilder::figureText(summary, figures.at(r)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        const QList<Finding> findings = series.findingsInto(report);
        auto *carry = new QTableWidgetItem(series.carryText(report));
        if (!findings.isEmpty()) {
            carry->setBackground(SeverityStyle::background(Severity::Warning));
            QStringList messages;
            for (const Finding &f : findings)
                messages.append(f.message);
            carry->setToolTip(messages.join(QLatin1Char('\n')));
        }
        m_table->setItem(int(figures.size()), c, carry);
        if (report == m_row)
            m_table->setCurrentCell(0, c);
        // Two reports of one year: the chart takes the first, the table shows both.
        if (!years.isEmpty() && years.constLast() == summary.year)
            continue;
        years.append(summary.year);
        for (int l = 0; l < charted.size(); ++l) {
            const auto it = summary.figures.constFind(charted.at(l));
            lines[l].values.append(it == summary.figures.cend() ? std::nullopt : std::optional<double>(it.value()));
        }
    }
    m_chart->setTrend(tr("%1, year by year").arg(agency->agency), years, lines);
}

} // namespace gk
