#include "workspacepane.h"

#include "workspacefilter.h"
#include "workspacemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace gk {

WorkspacePane::WorkspacePane(WorkspaceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new WorkspaceFilter(this))
    , m_text(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_rule(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
{
    m_filter->setWorkspaceModel(model);
    m_text->setObjectName(QStringLiteral("workspaceText"));
    m_text->setPlaceholderText(tr("Filter by file, agency or year"));
    m_text->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("workspaceStatus"));
    m_status->addItem(tr("Every status"), -1);
    for (ReportSummary::Status status :
         {ReportSummary::Status::NotRead, ReportSummary::Status::Unreadable, ReportSummary::Status::Errors,
          ReportSummary::Status::Warnings, ReportSummary::Status::Clean, ReportSummary::Status::Reviewed})
        m_status->addItem(SummaryBuilder::statusText(status), int(status));
    m_rule->setObjectName(QStringLiteral("workspaceRule"));
    m_rule->addItem(tr("Every rule"), QString());
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_view->setObjectName(QStringLiteral("workspaceList"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the folder's order until the reviewer sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(WorkspaceModel::FileColumn, 220);
    m_view->setColumnWidth(WorkspaceModel::AgencyColumn, 200);

    m_progress->setObjectName(QStringLiteral("workspaceProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_rule);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_counts, 1);
    bottom->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_text, &QLineEdit::textChanged, m_filter, &WorkspaceFilter::setText);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_status->currentData().toInt()); });
    connect(m_rule, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setRule(m_rule->currentData().toString()); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(WorkspaceModel::PathRole).toString();
        if (!path.isEmpty())
            Q_EMIT reportActivated(path);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentReportChanged(current.isValid() ? m_filter->mapToSource(current).row() : -1);
            });
    const auto counts = [this] {
        m_counts->setText(tr("%1 of %n report(s) shown", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
    };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, counts);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, counts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, counts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, counts);
    counts();
}

void WorkspacePane::setProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 read").arg(done).arg(total));
    m_progress->setVisible(done < total);
}

void WorkspacePane::updateRules()
{
    const QString current = m_rule->currentData().toString();
    const QStringList rules = m_model->rules();
    QSignalBlocker blocker(m_rule);
    m_rule->clear();
    m_rule->addItem(tr("Every rule"), QString());
    for (const QString &rule : rules)
        m_rule->addItem(rule, rule);
    const int at = m_rule->findData(current);
    m_rule->setCurrentIndex(at >= 0 ? at : 0);
    if (at < 0)
        m_filter->setRule(QString());
}

QString WorkspacePane::currentPath() const
{
    return m_view->currentIndex().data(WorkspaceModel::PathRole).toString();
}

bool WorkspacePane::selectPath(const QString &path)
{
    const int row = m_model->rowOfPath(path);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_text->clear();
        m_status->setCurrentIndex(0);
        m_rule->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return index.isValid();
}

QString WorkspacePane::adjacentPath(const QString &path, int delta) const
{
    const int row = m_model->rowOfPath(path);
    const QModelIndex index = row >= 0 ? m_filter->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    const int from = index.isValid() ? index.row() : (delta > 0 ? -1 : m_filter->rowCount());
    const int to = from + delta;
    if (to < 0 || to >= m_filter->rowCount())
        return QString();
    return m_filter->index(to, 0).data(WorkspaceModel::PathRole).toString();
}

} // namespace gk
