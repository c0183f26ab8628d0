#include "csvexporter.h"

#include "csvwriter.h"
#include "exportfile.h"
#include "exportrows.h"
#include "tablelayout.h"

#include <QDir>
#include <QFileInfo>

namespace gk {

QList<QStringList> CsvExporter::tableRecords(const ExportDocument &document, const ReportTable &table)
{
    const TableLayout layout = TableLayout::of(table);
    return layout.textGrid([&](const LayoutValue &value) {
        if (value.isExtra())
            return table.extraRows.at(value.extraRow).values.at(value.extraIndex).displayText();
        return document.value(value.cellId).displayText();
    });
}

QString CsvExporter::tableFileName(const ExportDocument &document, const QString &tableId)
{
    return document.baseName() + QLatin1Char('.') + tableId + QLatin1String(".csv");
}

QString CsvExporter::cellsFileName(const ExportDocument &document)
{
    return document.baseName() + QLatin1String(".cells.csv");
}

QString CsvExporter::findingsFileName(const ExportDocument &document)
{
    return document.baseName() + QLatin1String(".findings.csv");
}

bool CsvExporter::writeTable(const ExportDocument &document, const QString &tableId, const QString &path,
                             QString *error)
{
    const ReportTable *table = document.corrected().table(tableId);
    if (!table) {
        if (error)
            *error = tr("Cannot write %1: the report has no table %2").arg(QDir::toNativeSeparators(path), tableId);
        return false;
    }
    return ExportFile::save(path, CsvWriter::document(tableRecords(document, *table)), error);
}

bool CsvExporter::writeCells(const ExportDocument &document, const QString &path, QString *error)
{
    QList<QStringList> records{ExportRows::cellsHeader()};
    records += ExportRows::cells(document);
    return ExportFile::save(path, CsvWriter::document(records), error);
}

bool CsvExporter::writeFindings(const ExportDocument &document, const QString &path, QString *error)
{
    QList<QStringList> records{ExportRows::findingsHeader()};
    records += ExportRows::findings(document);
    return ExportFile::save(path, CsvWriter::document(records), error);
}

bool CsvExporter::writeFolder(const ExportDocument &document, const QString &folder, QStringList *written,
                              QString *error)
{
    if (!ExportFile::makeFolder(folder, error))
        return false;
    const QDir dir(folder);
    for (const ReportTable &table : document.corrected().tables) {
        const QString path = dir.filePath(tableFileName(document, table.spec.id));
        if (!writeTable(document, table.spec.id, path, error))
            return false;
        if (written)
            written->append(path);
    }
    const QString cells = dir.filePath(cellsFileName(document));
    if (!writeCells(document, cells, error))
        return false;
    const QString findings = dir.filePath(findingsFileName(document));
    if (!writeFindings(document, findings, error))
        return false;
    if (written)
        *written << cells << findings;
    return true;
}

bool CsvExporter::write(const ExportDocument &document, const QString &target, QStringList *written,
                        QString *error)
{
    const bool file = target.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && !QFileInfo(target).isDir();
    if (!file)
        return writeFolder(document, target, written, error);
    if (!writeCells(document, target, error))
        return false;
    if (written)
        written->append(target);
    return true;
}

} // namespace gk
