#pragma once

#include "exportdocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gk {

/**
 * The corrected tables as CSV (UTF-8 with BOM, RFC 4180): one file per table laid out as the template
 * prints it, one long file with a row per cell, and the findings. Every file is written atomically.
 */
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(gk::CsvExporter)
public:
    /** The table as the template prints it (title, headers, row labels, corrected values). */
    static QList<QStringList> tableRecords(const ExportDocument &document, const ReportTable &table);

    static QString tableFileName(const ExportDocument &document, const QString &tableId);
    static QString cellsFileName(const ExportDocument &document);
    static QString findingsFileName(const ExportDocument &document);

    static bool writeTable(const ExportDocument &document, const QString &tableId, const QString &path,
                           QString *error);
    static bool writeCells(const ExportDocument &document, const QString &path, QString *error);
    static bool writeFindings(const ExportDocument &document, const QString &path, QString *error);
    /** Writes every table, the cells and the findings into `folder` (created if missing). */
    static bool writeFolder(const ExportDocument &document, const QString &folder, QStringList *written,
                            QString *error);
    /** A target ending in .csv that is not a folder gets the long file of cells; anything else is a folder. */
    static bool write(const ExportDocument &document, const QString &target, QStringList *written, QString *error);
};

} // namespace gk
