#include "tablelayout.h"

#include "exportlabels.h"

#include <QCoreApplication>

#include <algorithm>

namespace gk {

namespace {

// Header and label pieces the template prints that the canonical model has no field for. Marked
// for lupdate in the context of ExportLabels.
const char *const applicantsHeader = QT_TRANSLATE_NOOP("gk::TemplateLabels", "申请人情况");
const char *const organisationsHeader = QT_TRANSLATE_NOOP("gk::TemplateLabels", "法人或其他组织");
const char *const resultsHeader = QT_TRANSLATE_NOOP("gk::TemplateLabels", "三、本年度办理结果");
const char *const contentHeader = QT_TRANSLATE_NOOP("gk::TemplateLabels", "信息内容");

struct ResultGroup
{
    const char *code;
    const char *title;
};
const ResultGroup resultGroups[] = {
    {"三（三）", QT_TRANSLATE_NOOP("gk::TemplateLabels", "（三）不予公开")},
    {"三（四）", QT_TRANSLATE_NOOP("gk::TemplateLabels", "（四）无法提供")},
    {"三（五）", QT_TRANSLATE_NOOP("gk::TemplateLabels", "（五）不予处理")},
    {"三（六）", QT_TRANSLATE_NOOP("gk::TemplateLabels", "（六）其他处理")},
};

QString templateText(const char *utf8)
{
    return ExportLabels::label(QString::fromUtf8(utf8));
}

/** The label pieces of an applications row, outermost first. */
QStringList applicationRowPath(const RowSpec &row)
{
    const QString display = row.displayLabel;
    const QString results = QStringLiteral("三（");
    if (!display.startsWith(results))
        return {ExportLabels::rowLabel(row)};
    if (row.group.isEmpty())
        return {templateText(resultsHeader), ExportLabels::label(display.mid(1))};
    for (const ResultGroup &group : resultGroups) {
        if (row.group == QString::fromUtf8(group.code)) {
            return {templateText(resultsHeader), templateText(group.title),
                    ExportLabels::label(display.mid(row.group.size()))};
        }
    }
    return {templateText(resultsHeader), ExportLabels::label(display.mid(1))};
}

bool isOrganisation(const QString &columnId)
{
    static const QStringList ids{QStringLiteral("commercial"), QStringLiteral("research"),
                                 QStringLiteral("social_welfare"), QStringLiteral("legal_service"),
                                 QStringLiteral("other_org")};
    return ids.contains(columnId);
}

/** The header pieces of a column, outermost first. */
QStringList columnPath(const TableSpec &table, const ColumnSpec &column)
{
    if (table.id == QLatin1String("applications")) {
        QStringList path{templateText(applicantsHeader)};
        if (isOrganisation(column.id))
            path.append(templateText(organisationsHeader));
        path.append(ExportLabels::label(column.label));
        return path;
    }
    if (table.id == QLatin1String("reviews")) {
        // "行政诉讼·未经复议直接起诉 结果维持" → 行政诉讼 › 未经复议直接起诉 › 结果维持
        const QString group = column.label.section(QLatin1Char(' '), 0, 0);
        const QString part = column.label.section(QLatin1Char(' '), 1);
        QStringList path;
        for (const QString &piece : group.split(QChar(0x00B7)))
            path.append(ExportLabels::label(piece));
        path.append(ExportLabels::label(part));
        return path;
    }
    return {ExportLabels::columnLabel(column)};
}

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
 * last fills the remaining depth; neighbouring lines sharing a piece (and all pieces before it)
 * share one merged block.
 */
QList<AxisBlock> nestBlocks(const QList<QStringList> &paths, int depth)
{
    QList<AxisBlock> blocks;
    const auto sameUpTo = [&paths](int a, int b, int level) {
        const QStringList &pa = paths.at(a);
        const QStringList &pb = paths.at(b);
        if (pa.size() <= level || pb.size() <= level)
            return false;
        if ((pa.size() - 1 == level) != (pb.size() - 1 == level))
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
        columnPaths.append(columnPath(spec, column));
    QList<QStringList> rowPaths;
    // The reviews table prints its one row without a label; extra rows need a label column.
    const bool rowLabels = !reviews || !table.extraRows.isEmpty();
    if (rowLabels) {
        for (const RowSpec &row : spec.rows)
            rowPaths.append(applications ? applicationRowPath(row) : QStringList{ExportLabels::rowLabel(row)});
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

    layout.m_blocks.append({LayoutBlock::Kind::Title, 0, 0, 1, layout.m_columnCount, ExportLabels::tableTitle(spec)});
    if (layout.m_labelColumnCount > 0) {
        const QString corner = applications ? QString() : templateText(contentHeader);
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
