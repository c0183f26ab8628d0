#include "tablelayout.h"

#include "model/templatelabels.h"

#include <QCoreApplication>

#include <algorithm>

namespace gk {

namespace {

// The corner above the row labels of the Article 20 tables.
const char *const contentHeader = QT_TRANSLATE_NOOP("gk::TemplateLabels", "信息内容");

/** A block along one axis: `line` runs across the lines (columns or rows), `depth` into the headers. */
struct AxisBlock
{
    int line;
    int lineSpan;
    int depth;
    int depthSpan;
    QString text;
};

/**
 * Lays out nested labels like the template: every piece but the last takes one step of depth, the
 * last fills the remaining depth; neighbouring lines sharing a piece that is not the last of either
 * (and all pieces before it) share one merged block.
 */
QList<AxisBlock> nestBlocks(const QList<QStringList> &paths, int depth)
{
    QList<AxisBlock> blocks;
    const auto sameUpTo = [&paths](int a, int b, int level) {
        const QStringList &pa = paths.at(a);
        const QStringList &pb = paths.at(b);
        if (pa.size() <= level || pb.size() <= level)
            return false;
        // A line's last piece is its own (two extra rows both called 其他 are two rows, not one).
        if (pa.size() - 1 == level || pb.size() - 1 == level)
            return false;
        for (int k = 0; k <= level; ++k) {
            if (pa.at(k) != pb.at(k))
                return false;
        }
        return true;
    };
    for (int level = 0; level < depth; ++level) {
        for (int line = 0; line < paths.size();) {
            const QStringList &path = paths.at(line);
            if (path.size() <= level) {
                ++line;
                continue;
            }
            int end = line + 1;
            while (end < paths.size() && sameUpTo(line, end, level))
                ++end;
            const bool last = level == path.size() - 1;
            blocks.append({line, end - line, level, last ? depth - level : 1, path.at(level)});
            line = end;
        }
    }
    return blocks;
}

int maxSize(const QList<QStringList> &paths)
{
    int size = 0;
    for (const QStringList &path : paths)
        size = std::max(size, int(path.size()));
    return size;
}

} // namespace

TableLayout TableLayout::of(const ReportTable &table)
{
    const TableSpec &spec = table.spec;
    const bool applications = spec.id == QLatin1String("applications");
    const bool reviews = spec.id == QLatin1String("reviews");

    QList<QStringList> columnPaths;
    for (const ColumnSpec &column : spec.columns)
        columnPaths.append(TemplateLabels::columnPath(spec.id, column));
    QList<QStringList> rowPaths;
    // The reviews table prints its one row without a label; extra rows need a label column.
    const bool rowLabels = !reviews || !table.extraRows.isEmpty();
    if (rowLabels) {
        for (const RowSpec &row : spec.rows)
            rowPaths.append(TemplateLabels::rowPath(row));
        for (const ExtraRow &extra : table.extraRows)
            rowPaths.append({extra.label});
    }

    TableLayout layout;
    const int headerDepth = std::max(1, maxSize(columnPaths));
    layout.m_labelColumnCount = rowLabels ? std::max(1, maxSize(rowPaths)) : 0;
    layout.m_headerRowCount = 1 + headerDepth;
    int valueColumns = int(spec.columns.size());
    for (const ExtraRow &extra : table.extraRows)
        valueColumns = std::max(valueColumns, int(extra.values.size()));
    layout.m_columnCount = layout.m_labelColumnCount + std::max(1, valueColumns);
    layout.m_rowCount = layout.m_headerRowCount + int(spec.rows.size() + table.extraRows.size());

    layout.m_blocks.append({LayoutBlock::Kind::Title, 0, 0, 1, layout.m_columnCount, TemplateLabels::title(spec)});
    if (layout.m_labelColumnCount > 0) {
        const QString corner = applications ? QString() : TemplateLabels::label(QString::fromUtf8(contentHeader));
        layout.m_blocks.append({LayoutBlock::Kind::Header, 1, 0, headerDepth, layout.m_labelColumnCount, corner});
    }
    for (const AxisBlock &block : nestBlocks(columnPaths, headerDepth)) {
        layout.m_blocks.append({LayoutBlock::Kind::Header, 1 + block.depth, layout.m_labelColumnCount + block.line,
                                block.depthSpan, block.lineSpan, block.text});
    }
    for (const AxisBlock &block : nestBlocks(rowPaths, layout.m_labelColumnCount)) {
        layout.m_blocks.append({LayoutBlock::Kind::RowLabel, layout.m_headerRowCount + block.line, block.depth,
                                block.lineSpan, block.depthSpan, block.text});
    }

    for (int r = 0; r < spec.rows.size(); ++r) {
        for (int c = 0; c < spec.columns.size(); ++c) {
            LayoutValue value;
            value.row = layout.m_headerRowCount + r;
            value.column = layout.m_labelColumnCount + c;
            const ReportCell *cell = table.cell(r, c);
            value.cellId = cell ? cell->id : CellId::join(spec.id, spec.rows.at(r).id, spec.columns.at(c).id);
            layout.m_values.append(value);
        }
    }
    for (int e = 0; e < table.extraRows.size(); ++e) {
        for (int k = 0; k < table.extraRows.at(e).values.size(); ++k) {
            LayoutValue value;
            value.row = layout.m_headerRowCount + int(spec.rows.size()) + e;
            value.column = layout.m_labelColumnCount + k;
            value.extraRow = e;
            value.extraIndex = k;
            layout.m_values.append(value);
        }
    }
    return layout;
}

QList<QStringList> TableLayout::textGrid(const std::function<QString(const LayoutValue &)> &valueText) const
{
    QList<QStringList> grid(m_rowCount, QStringList(m_columnCount));
    for (const LayoutBlock &block : m_blocks)
        grid[block.row][block.column] = block.text;
    for (const LayoutValue &value : m_values)
        grid[value.row][value.column] = valueText(value);
    return grid;
}

} // namespace gk
