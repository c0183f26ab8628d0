#pragma once

#include "exportdocument.h"

#include <QJsonObject>
#include <QString>

namespace gk {

/**
 * The JSON of report-model.md for the corrected report (`cells` hold the values after review), plus
 * `corrections` (each with the value as read, the corrected value, note, reviewer and time), the
 * review's metadata, and each finding's verdict.
 */
class JsonExporter
{
public:
    static QJsonObject toJson(const ExportDocument &document);
    static bool write(const ExportDocument &document, const QString &path, QString *error);
};

} // namespace gk
