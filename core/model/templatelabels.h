#pragma once

#include "templatespec.h"

#include <QString>
#include <QStringList>

namespace gk {

/**
 * The national template's labels in the user's language. The labels in TemplateSpec are the
 * template's own Chinese text (data for matching); they are marked for lupdate in the context
 * "gk::TemplateLabels", so any label translates with
 * QCoreApplication::translate("gk::TemplateLabels", label): in zh_CN to itself, in en to English.
 */
class TemplateLabels
{
public:
    /** The translation context of every template label. */
    static constexpr const char *context = "gk::TemplateLabels";

    /** Any marked template label (a title, row, column, column group or part). */
    static QString label(const QString &chineseLabel);
    static QString title(const TableSpec &table);
    /** A short title for a tab: 依申请公开, 复议·诉讼, 二十条（一）. */
    static QString shortTitle(const TableSpec &table);
    /** The row's full label with its numbering (RowSpec::displayLabel). */
    static QString row(const RowSpec &row);
    /**
     * The row label in the pieces the printed template nests it in, outermost first:
     * 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 for a grouped result row, 三、本年度办理结果 ›
     * （一）予以公开 for another result row, else the full label alone.
     */
    static QStringList rowPath(const RowSpec &row);
    /** The column's full label ("行政复议 结果维持" for a reviews column). */
    static QString column(const ColumnSpec &column);
    /** A cell of the table by its id, as a reviewer reads it: "row · column"; the id when the table
     *  has no such cell. */
    static QString cell(const TableSpec &table, const QString &cellId);
    /** The column's full label as exports print it: an amount names its unit (采购总金额（单位：万元）). */
    static QString columnWithUnit(const ColumnSpec &column);
    /**
     * The column header in the pieces the printed template nests it in, outermost first:
     * 申请人情况 › 法人或其他组织 › 商业企业, 行政诉讼 › 未经复议直接起诉 › 结果维持, else
     * columnWithUnit() alone.
     */
    static QStringList columnPath(const QString &tableId, const ColumnSpec &column);
    /** The column's own label without its group ("结果维持"); the full label where there is no group. */
    static QString columnLeaf(const ColumnSpec &column);
    /** The label printed above a group of columns (法人或其他组织, 行政复议, …), else empty. */
    static QString columnGroup(const QString &tableId, const QString &columnId);
};

} // namespace gk
