#include "tablespane.h"

#include "celldelegate.h"
#include "groupedheaderview.h"
#include "model/templatelabels.h"
#include "reporttablemodel.h"
#include "reviewdocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>
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
    // Detach every view from its model before any tab goes: removing a tab lays the others out again,
    // and a view still showing a model whose report is gone would size its columns over rows that
    // no longer exist (issue 13: minutes at full CPU on Ctrl+W).
    const QList<QTableView *> views = std::exchange(m_views, {});
    const QList<ReportTableModel *> models = std::exchange(m_models, {});
    for (QTableView *view : views) {
        view->setUpdatesEnabled(false);
        view->setModel(nullptr);
    }
    while (count() > 0) {
        QWidget *page = widget(0);
        removeTab(0);
        delete page;
    }
    qDeleteAll(models);
    if (!m_document)
        return;
    for (const ReportTable &table : m_document->report().tables) {
        if (!table.present && table.cells.isEmpty())
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
        // Widths are fitted once per report (fitColumns), never on every layout pass: a resize-to-contents
        // header measures up to a thousand rows per column each time anything around it moves.
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view->horizontalHeader()->setResizeContentsPrecision(200);
        view->horizontalHeader()->setMinimumSectionSize(44);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        // Long row labels come in two lines (ReportTableModel): those rows are made tall enough for them,
        // measured on the label itself (Chinese comes from a fallback font with taller lines).
        for (int row = 0; row < table.spec.rows.size(); ++row) {
            const QString label = model->headerData(row, Qt::Vertical).toString();
            if (label.contains(QLatin1Char('\n')))
                view->verticalHeader()->resizeSection(
                    row, std::max(view->verticalHeader()->defaultSectionSize(),
                                  view->verticalHeader()->fontMetrics().size(0, label).height() + 6));
        }
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
        fitColumns(view);
        if (table.present) {
            addTab(view, TemplateLabels::shortTitle(table.spec));
            setTabToolTip(count() - 1, TemplateLabels::title(table.spec));
        } else {
            addTab(missingTablePage(view), tr("%1 (not found)").arg(TemplateLabels::shortTitle(table.spec)));
            setTabToolTip(count() - 1, tr("%1: not found in the report; type it in from the source")
                                           .arg(TemplateLabels::title(table.spec)));
        }
    }
}

QWidget *TablesPane::missingTablePage(QTableView *view)
{
    // The template, empty, under a message that says why and what to do: a table the parser missed
    // (an image, a layout it does not know) is typed in by hand, each value a correction from blank.
    auto *page = new QWidget(this);
    page->setObjectName(view->objectName() + QStringLiteral("Page"));
    auto *message = new QLabel(tr("<b>This table was not found in the report.</b> Its template is shown empty: "
                                  "type each value in from the source (F2 or just type). Every value is kept as a "
                                  "correction from blank, can be undone, and is checked like the others."),
                               page);
    message->setObjectName(QStringLiteral("missingTableMessage"));
    message->setWordWrap(true);
    message->setAutoFillBackground(true);
    QPalette palette = message->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    palette.setColor(QPalette::WindowText, Qt::black);
    message->setPalette(palette);
    message->setMargin(8);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(message);
    layout->addWidget(view, 1);
    page->setFocusProxy(view);
    return page;
}

QTableView *TablesPane::currentView() const
{
    const int i = currentIndex();
    return i >= 0 && i < m_views.size() ? m_views.at(i) : nullptr;
}

void TablesPane::fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
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
    setCurrentIndex(int(m_views.indexOf(view)));
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
    setCurrentIndex(int(m_views.indexOf(view)));
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
    QTableView *view = currentView();
    if (!view)
        return QString();
    const qsizetype i = m_views.indexOf(view);
    return i >= 0 ? m_models.at(i)->cellIdAt(view->currentIndex()) : QString();
}

QStringList TablesPane::selectedCellIds() const
{
    QTableView *view = currentView();
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

QStringList TablesPane::currentTableCellIds() const
{
    QTableView *view = currentView();
    const qsizetype i = view ? m_views.indexOf(view) : -1;
    if (i < 0 || !m_document)
        return {};
    QStringList ids;
    if (const ReportTable *table = m_document->report().table(m_models.at(i)->tableId())) {
        for (const ReportCell &cell : table->cells)
            ids.append(cell.id);
    }
    return ids;
}

void TablesPane::editCurrentCell()
{
    if (QTableView *view = currentView())
        view->edit(view->currentIndex());
}

} // namespace gk
