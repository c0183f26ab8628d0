#include "reportjson.h"

#include <QJsonArray>

namespace gk {

QJsonObject ReportJson::toJson(const Report &report, const QList<Finding> &findings)
{
    QJsonObject object;
    object.insert(QStringLiteral("file"), report.fileName);
    object.insert(QStringLiteral("format"), report.format);
    object.insert(QStringLiteral("encoding"), report.encoding);
    object.insert(QStringLiteral("agency"), report.agency.isEmpty() ? QJsonValue() : QJsonValue(report.agency));
    object.insert(QStringLiteral("year"), report.year > 0 ? QJsonValue(report.year) : QJsonValue());
    object.insert(QStringLiteral("published"), report.published.isValid()
                                                   ? QJsonValue(report.published.toString(Qt::ISODate))
                                                   : QJsonValue());
    const QString version = templateVersionId(report.templateVersion);
    object.insert(QStringLiteral("template"), version.isEmpty() ? QJsonValue() : QJsonValue(version));

    QJsonObject cells;
    QJsonArray uncertain;
    QJsonArray tables;
    for (const ReportTable &table : report.tables) {
        for (const ReportCell &cell : table.cells) {
            cells.insert(cell.id, cell.value.toJson());
            if (cell.uncertain)
                uncertain.append(cell.id);
        }
        QJsonObject t;
        t.insert(QStringLiteral("id"), table.spec.id);
        t.insert(QStringLiteral("present"), table.present);
        QJsonArray extras;
        for (const ExtraRow &extra : table.extraRows) {
            QJsonObject e;
            e.insert(QStringLiteral("id"), extra.id);
            e.insert(QStringLiteral("label"), extra.label);
            QJsonArray values;
            for (const CellValue &value : extra.values)
                values.append(value.toJson());
            e.insert(QStringLiteral("values"), values);
            extras.append(e);
        }
        if (!extras.isEmpty())
            t.insert(QStringLiteral("extra_rows"), extras);
        tables.append(t);
    }
    object.insert(QStringLiteral("cells"), cells);
    object.insert(QStringLiteral("uncertain"), uncertain);
    object.insert(QStringLiteral("tables"), tables);
    QJsonArray findingArray;
    for (const Finding &finding : findings)
        findingArray.append(finding.toJson());
    object.insert(QStringLiteral("findings"), findingArray);
    return object;
}

} // namespace gk
