#include "templatelabels.h"

#include <QCoreApplication>

namespace gk {

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
    return label(row.displayLabel);
}

QString TemplateLabels::column(const ColumnSpec &column)
{
    return label(column.label);
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
