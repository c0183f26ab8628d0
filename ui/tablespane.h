#pragma once

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTabWidget>

class QTableView;

namespace gk {

class ReportTableModel;
class ReviewDocument;

/** The reconstructed tables, one tab (QTableView over a ReportTableModel) per table present. */
class TablesPane : public QTabWidget
{
    Q_OBJECT
public:
    explicit TablesPane(ReviewDocument *document, QWidget *parent = nullptr);

    /** Shows the cell's tab and makes it current. */
    bool selectCell(const QString &cellId);
    /** Selects every cell (those of the first cell's table, shown) without moving the source view. */
    void selectCells(const QStringList &cellIds);
    QString currentCellId() const;
    /** The selected cells of the shown table (the current one when none is selected). */
    QStringList selectedCellIds() const;
    /** Every cell of the shown table (its template rows). */
    QStringList currentTableCellIds() const;
    QTableView *viewOf(const QString &tableId) const;
    ReportTableModel *modelOf(const QString &tableId) const;
    QStringList tableIds() const;
    /** Opens the editor on the current cell. */
    void editCurrentCell();

Q_SIGNALS:
    void currentCellChanged(const QString &cellId);
    void contextMenuRequested(const QString &cellId, const QPoint &globalPosition);

private:
    void rebuild();
    static void fitColumns(QTableView *view);
    QWidget *missingTablePage(QTableView *view);
    /** The view of the shown tab (a missing table's view sits inside its page). */
    QTableView *currentView() const;

    QPointer<ReviewDocument> m_document;
    QList<QTableView *> m_views;
    QList<ReportTableModel *> m_models;
    bool m_selecting = false;
};

} // namespace gk
