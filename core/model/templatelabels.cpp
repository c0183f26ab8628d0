#include "templatelabels.h"

#include "report.h"

#include <QCoreApplication>

namespace gk {

namespace {

// Pieces of the printed template that the canonical model has no field for.
const char *const applicantsHeader = QT_TRANSLATE_NOOP("gk::TemplateLabels", "申请人情况");
const char *const resultsHeader = QT_TRANSLATE_NOOP("gk::TemplateLabels", "三、本年度办理结果");
const char *const amountUnit = QT_TRANSLATE_NOOP("gk::TemplateLabels", "%1（单位：万元）");

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

// The row labels below their heading (rowPath() cuts them from RowSpec::displayLabel) and the two tiers
// of the litigation header (columnPath() splits 行政诉讼·复议后起诉): marked for lupdate only.
// tst_translations checks that every piece of both templates has a translation.
[[maybe_unused]] const char *const nestedPieces[] = {
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "（一）予以公开"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "（二）部分公开"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "（七）总计"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "1.属于国家秘密"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "2.其他法律行政法规禁止公开"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "3.危及“三安全一稳定”"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "4.保护第三方合法权益"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "5.属于三类内部事务信息"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "6.属于四类过程性信息"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "7.属于行政执法案卷"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "8.属于行政查询事项"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "1.本机关不掌握相关政府信息"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "2.没有现成信息需要另行制作"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "3.补正后申请内容仍不明确"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "1.信访举报投诉类申请"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "2.重复申请"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "3.要求提供公开出版物"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "4.无正当理由大量反复申请"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "5.要求行政机关确认或重新出具已获取信息"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels",
                      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels",
                      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "3.其他"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政诉讼"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "未经复议直接起诉"),
    QT_TRANSLATE_NOOP("gk::TemplateLabels", "复议后起诉"),
};

QString translated(const char *source)
{
    return QCoreApplication::translate(TemplateLabels::context, source);
}

bool isOrganisation(const QString &columnId)
{
    static const QStringList ids{QStringLiteral("commercial"), QStringLiteral("research"),
                                 QStringLiteral("social_welfare"), QStringLiteral("legal_service"),
                                 QStringLiteral("other_org")};
    return ids.contains(columnId);
}

} // namespace

QString TemplateLabels::label(const QString &chineseLabel)
{
    return QCoreApplication::translate(context, chineseLabel.toUtf8().constData());
}

QString TemplateLabels::title(const TableSpec &table)
{
    return label(table.title);
}

QString TemplateLabels::shortTitle(const TableSpec &table)
{
    if (table.id == QLatin1String("applications"))
        return label(QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "依申请公开")));
    if (table.id == QLatin1String("reviews"))
        return label(QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "复议·诉讼")));
    static const struct
    {
        const char *id;
        const char *text;
    } art20[] = {
        {"art20_1", QT_TRANSLATE_NOOP("gk::TemplateLabels", "二十条（一）")},
        {"art20_5", QT_TRANSLATE_NOOP("gk::TemplateLabels", "二十条（五）")},
        {"art20_6", QT_TRANSLATE_NOOP("gk::TemplateLabels", "二十条（六）")},
        {"art20_8", QT_TRANSLATE_NOOP("gk::TemplateLabels", "二十条（八）")},
        {"art20_9", QT_TRANSLATE_NOOP("gk::TemplateLabels", "二十条（九）")},
    };
    for (const auto &entry : art20) {
        if (table.id == QLatin1String(entry.id))
            return QCoreApplication::translate(context, entry.text);
    }
    return title(table);
}

QString TemplateLabels::row(const RowSpec &row)
{
    return label(row.displayLabel.isEmpty() ? row.label : row.displayLabel);
}

QStringList TemplateLabels::rowPath(const RowSpec &row)
{
    const QString display = row.displayLabel;
    if (!display.startsWith(QStringLiteral("三（")))
        return {TemplateLabels::row(row)};
    for (const ResultGroup &group : resultGroups) {
        if (!row.group.isEmpty() && row.group == QString::fromUtf8(group.code))
            return {translated(resultsHeader), translated(group.title), label(display.mid(row.group.size()))};
    }
    return {translated(resultsHeader), label(display.mid(1))};
}

QString TemplateLabels::column(const ColumnSpec &column)
{
    return label(column.label);
}

QString TemplateLabels::cell(const TableSpec &table, const QString &cellId)
{
    const CellId id = CellId::parse(cellId);
    const int row = id.table == table.id ? table.rowIndex(id.row) : -1;
    const int column = id.table == table.id ? table.columnIndex(id.column) : -1;
    if (row < 0 || column < 0)
        return cellId;
    return TemplateLabels::row(table.rows.at(row)) + QStringLiteral(" · ") + TemplateLabels::column(table.columns.at(column));
}

QString TemplateLabels::columnWithUnit(const ColumnSpec &column)
{
    const QString label = TemplateLabels::column(column);
    return column.amount ? translated(amountUnit).arg(label) : label;
}

QStringList TemplateLabels::columnPath(const QString &tableId, const ColumnSpec &column)
{
    if (tableId == QLatin1String("applications")) {
        QStringList path{translated(applicantsHeader)};
        if (isOrganisation(column.id))
            path.append(columnGroup(tableId, column.id));
        path.append(TemplateLabels::column(column));
        return path;
    }
    if (tableId == QLatin1String("reviews")) {
        // "行政诉讼·未经复议直接起诉 结果维持" → 行政诉讼 › 未经复议直接起诉 › 结果维持
        const QString group = column.label.section(QLatin1Char(' '), 0, 0);
        QStringList path;
        for (const QString &piece : group.split(QChar(0x00B7)))
            path.append(label(piece));
        path.append(columnLeaf(column));
        return path;
    }
    return {columnWithUnit(column)};
}

QString TemplateLabels::columnLeaf(const ColumnSpec &column)
{
    // The reviews columns carry their group in the label ("行政复议 结果维持"); each part is marked.
    const qsizetype space = column.label.lastIndexOf(QLatin1Char(' '));
    return label(space >= 0 ? column.label.mid(space + 1) : column.label);
}

QString TemplateLabels::columnGroup(const QString &tableId, const QString &columnId)
{
    if (tableId == QLatin1String("applications")) {
        if (columnId == QLatin1String("natural_person") || columnId == QLatin1String("total"))
            return QString();
        return label(QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "法人或其他组织")));
    }
    if (tableId == QLatin1String("reviews")) {
        if (columnId.startsWith(QLatin1String("review_")))
            return label(QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政复议")));
        if (columnId.startsWith(QLatin1String("direct_")))
            return label(QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政诉讼·未经复议直接起诉")));
        return label(QStringLiteral(QT_TRANSLATE_NOOP("gk::TemplateLabels", "行政诉讼·复议后起诉")));
    }
    return QString();
}

} // namespace gk
