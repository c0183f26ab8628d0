#include "report.h"

#include <algorithm>

namespace gk {

SourceSpan SourceSpan::covering(const SourceSpan &a, const SourceSpan &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    SourceSpan span = a;
    span.start = std::min(a.start, b.start);
    span.length = std::max(a.end(), b.end()) - span.start;
    span.box = a.page == b.page ? a.box.united(b.box) : a.box;
    return span;
}

ReportCell *ReportTable::cell(int row, int column)
{
    if (row < 0 || column < 0 || row >= spec.rows.size() || column >= spec.columns.size())
        return nullptr;
    return &cells[row * spec.columns.size() + column];
}

const ReportCell *ReportTable::cell(int row, int column) const
{
    if (row < 0 || column < 0 || row >= spec.rows.size() || column >= spec.columns.size())
        return nullptr;
    return &cells.at(row * spec.columns.size() + column);
}

const ReportCell *ReportTable::cell(const QString &rowId, const QString &columnId) const
{
    return cell(spec.rowIndex(rowId), spec.columnIndex(columnId));
}

const ReportTable *Report::table(const QString &tableId) const
{
    for (const ReportTable &t : tables) {
        if (t.spec.id == tableId)
            return &t;
    }
    return nullptr;
}

ReportTable *Report::table(const QString &tableId)
{
    for (ReportTable &t : tables) {
        if (t.spec.id == tableId)
            return &t;
    }
    return nullptr;
}

const ReportCell *Report::cell(const QString &cellId) const
{
    const CellId id = CellId::parse(cellId);
    const ReportTable *t = table(id.table);
    return t ? t->cell(id.row, id.column) : nullptr;
}

ReportCell *Report::cell(const QString &cellId)
{
    const CellId id = CellId::parse(cellId);
    ReportTable *t = table(id.table);
    return t ? t->cell(t->spec.rowIndex(id.row), t->spec.columnIndex(id.column)) : nullptr;
}

QStringList Report::cellIds() const
{
    QStringList ids;
    for (const ReportTable &t : tables) {
        for (const ReportCell &c : t.cells)
            ids.append(c.id);
    }
    return ids;
}

CellValue Report::value(const QString &cellId) const
{
    const ReportCell *c = cell(cellId);
    return c ? c->value : CellValue();
}

CellId CellId::parse(const QString &cellId)
{
    const QStringList parts = cellId.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return {parts.at(0), parts.at(1), parts.at(2)};
}

QString CellId::join(const QString &table, const QString &row, const QString &column)
{
    return table + QLatin1Char('.') + row + QLatin1Char('.') + column;
}

} // namespace gk
