#include "exportlabels.h"

namespace gk {

QString ExportLabels::label(const QString &templateText)
{
    if (templateText.isEmpty())
        return templateText;
    const QByteArray source = templateText.toUtf8();
    return QCoreApplication::translate(context, source.constData());
}

QString ExportLabels::tableTitle(const TableSpec &table)
{
    return label(table.title);
}

QString ExportLabels::rowLabel(const RowSpec &row)
{
    return label(row.displayLabel.isEmpty() ? row.label : row.displayLabel);
}

QString ExportLabels::columnLabel(const ColumnSpec &column)
{
    if (column.amount)
        return label(column.label + QStringLiteral("（单位：万元）"));
    return label(column.label);
}

} // namespace gk
