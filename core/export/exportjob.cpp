#include "exportjob.h"

#include "csvexporter.h"
#include "jsonexporter.h"
#include "xlsxexporter.h"

namespace gk {

ExportJob::Result ExportJob::run(const ExportDocument &document, const ExportTargets &targets)
{
    Result result;
    if (targets.isEmpty()) {
        result.error = tr("Nothing to export: choose CSV, XLSX or JSON");
        return result;
    }
    if (!targets.csv.isEmpty() && !CsvExporter::write(document, targets.csv, &result.written, &result.error))
        return result;
    if (!targets.xlsx.isEmpty()) {
        if (!XlsxExporter::write(document, targets.xlsx, &result.error))
            return result;
        result.written.append(targets.xlsx);
    }
    if (!targets.json.isEmpty()) {
        if (!JsonExporter::write(document, targets.json, &result.error))
            return result;
        result.written.append(targets.json);
    }
    result.ok = true;
    return result;
}

} // namespace gk
