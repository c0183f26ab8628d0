#include "tablespane.h"

#include "celldelegate.h"
#include "groupedheaderview.h"
#include "model/templatelabels.h"
#include "reporttablemodel.h"
#include "reviewdocument.h"

#include <QHeaderView>
#include <QItemSelection>
#include <QTableView>

namespace gk {

TablesPane::TablesPane(ReviewDocument *document, QWidget *parent)
    : QTabWidget(parent)
    , m_document(document)
{
    setDocumentMode(true);
    setUsesScrollButtons(true);
    connect(document, &ReviewDocument::reportChanged, this, &TablesPane::rebuild);
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (!m_selecting)
            Q_EMIT currentCellChanged(currentCellId());
    });
    rebuild();
}

void TablesPane::rebuild()
{
    while (count() > 0) {
        QWidget *page = widget(0);
        removeTab(0);
        delete page;
    }
    qDeleteAll(m_models);
    m_models.clear();
    m_views.clear();
    if (!m_document)
        return;
    for (const ReportTable &table : m_document->report().tables) {
        if (!table.present)
            continue;
        auto *model = new ReportTableModel(m_document, table.spec.id, this);
        auto *view = new QTableView(this);
        view->setObjectName(table.spec.id);
        view->setHorizontalHeader(new GroupedHeaderView(view));
        view->setModel(model);
        auto *delegate = new CellDelegate(view);
        QList<CellDelegate::ColumnKind> kinds;
        for (const ColumnSpec &column : table.spec.columns)
            kinds.append({column.amount, column.mayBeNegative});
        delegate->setColumnKinds(kinds);
        view->setItemDelegate(delegate);
        view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::AnyKeyPressed);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setMinimumSectionSize(44);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        view->verticalHeader()->setTextElideMode(Qt::ElideMiddle);
        view->verticalHeader()->setMaximumWidth(300);
        view->setWordWrap(false);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, model](const QModelIndex &current) {
                    if (!m_selecting)
                        Q_EMIT currentCellChanged(model->cellIdAt(current));
                });
        connect(view, &QWidget::customContextMenuRequested, this, [this, view, model](const QPoint &pos) {
            const QModelIndex index = view->indexAt(pos);
            if (index.isValid())
                Q_EMIT contextMenuRequested(model->cellIdAt(index), view->viewport()->mapToGlobal(pos));
        });
        m_models.append(model);
        m_views.append(view);
        addTab(view, TemplateLabels::shortTitle(table.spec));
        setTabToolTip(count() - 1, TemplateLabels::title(table.spec));
    }
}

QStringList TablesPane::tableIds() const
{
    QStringList ids;
    for (const ReportTableModel *model : m_models)
        ids.append(model->tableId());
    return ids;
}

QTableView *TablesPane::viewOf(const QString &tableId) const
{
    const qsizetype i = tableIds().indexOf(tableId);
    return i >= 0 ? m_views.at(i) : nullptr;
}

ReportTableModel *TablesPane::modelOf(const QString &tableId) const
{
    const qsizetype i = tableIds().indexOf(tableId);
    return i >= 0 ? m_models.at(i) : nullptr;
}

bool TablesPane::selectCell(const QString &cellId)
{
    const QString tableId = CellId::parse(cellId).table;
    QTableView *view = viewOf(tableId);
    if (!view)
        return false;
    const QModelIndex index = modelOf(tableId)->indexOfCell(cellId);
    if (!index.isValid())
        return false;
    m_selecting = true;
    setCurrentWidget(view);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(index);
    m_selecting = false;
    Q_EMIT currentCellChanged(cellId);
    return true;
}

void TablesPane::selectCells(const QStringList &cellIds)
{
    if (cellIds.isEmpty())
        return;
    const QString tableId = CellId::parse(cellIds.constFirst()).table;
    QTableView *view = viewOf(tableId);
    if (!view)
        return;
    ReportTableModel *model = modelOf(tableId);
    m_selecting = true;
    setCurrentWidget(view);
    QItemSelection selection;
    QModelIndex first;
    for (const QString &cellId : cellIds) {
        const QModelIndex index = model->indexOfCell(cellId);
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    if (first.isValid()) {
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        view->scrollTo(first);
    }
    m_selecting = false;
}

QString TablesPane::currentCellId() const
{
    auto *view = qobject_cast<QTableView *>(currentWidget());
    if (!view)
        return QString();
    const qsizetype i = m_views.indexOf(view);
    return i >= 0 ? m_models.at(i)->cellIdAt(view->currentIndex()) : QString();
}

QStringList TablesPane::selectedCellIds() const
{
    auto *view = qobject_cast<QTableView *>(currentWidget());
    const qsizetype i = view ? m_views.indexOf(view) : -1;
    if (i < 0)
        return {};
    QStringList ids;
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        ids.append(m_models.at(i)->cellIdAt(index));
    if (ids.isEmpty() && view->currentIndex().isValid())
        ids.append(m_models.at(i)->cellIdAt(view->currentIndex()));
    return ids;
}

void TablesPane::editCurrentCell()
{
    if (auto *view = qobject_cast<QTableView *>(currentWidget()))
        view->edit(view->currentIndex());
}

} // namespace gk
