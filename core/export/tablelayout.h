#pragma once

#include "model/report.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace gk {

/** A titled, header or label area of a printed table; it may span several grid cells. */
struct LayoutBlock
{
    enum class Kind { Title, Header, RowLabel };
    Kind kind = Kind::Header;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString text;

    bool isMerged() const { return rowSpan > 1 || columnSpan > 1; }
};

/** Where a value of the table goes: a canonical cell, or one value of an extra row. */
struct LayoutValue
{
    int row = 0;
    int column = 0;
    /** The canonical `table.row.column` id; empty for a value of an extra row. */
    QString cellId;
    /** For an extra row: its index in ReportTable::extraRows and the value's index in it. */
    int extraRow = -1;
    int extraIndex = -1;

    bool isExtra() const { return extraRow >= 0; }
};

/**
 * One table laid out as the national template prints it: a title row, the header rows (the
 * applications table groups its applicants under 申请人情况 and 法人或其他组织; the reviews table
 * groups 行政复议 and 行政诉讼), the row labels in as many columns as their numbering needs
 * (三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密), then the values; rows the report added beyond
 * the template follow the canonical rows. The CSV and XLSX exporters both write from this, so the
 * two files always have the same shape. Labels and their nesting come from TemplateLabels.
 */
class TableLayout
{
public:
    static TableLayout of(const ReportTable &table);

    int rowCount() const { return m_rowCount; }
    int columnCount() const { return m_columnCount; }
    /** Rows above the first value row (title and headers). */
    int headerRowCount() const { return m_headerRowCount; }
    /** Columns left of the first value column (row labels). */
    int labelColumnCount() const { return m_labelColumnCount; }
    const QList<LayoutBlock> &blocks() const { return m_blocks; }
    const QList<LayoutValue> &values() const { return m_values; }

    /** The table as a grid of text: a block's text in its top-left cell, values through `valueText`. */
    QList<QStringList> textGrid(const std::function<QString(const LayoutValue &)> &valueText) const;

private:
    int m_rowCount = 0;
    int m_columnCount = 0;
    int m_headerRowCount = 0;
    int m_labelColumnCount = 0;
    QList<LayoutBlock> m_blocks;
    QList<LayoutValue> m_values;
};

} // namespace gk
