#pragma once

#include "cellvalue.h"
#include "finding.h"
#include "sourcespan.h"
#include "templatespec.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace gk {

/** One canonical cell of a report: its value as read, where it came from, how sure we are. */
struct ReportCell
{
    QString id; // table.row.column
    CellValue value;
    SourceSpan span;
    /** The column of this value is a guess (blank cells lost in flattening). */
    bool uncertain = false;
    QString uncertainReason;
};

/** A row the report adds beyond its template (kept, shown, exported, not canonical). */
struct ExtraRow
{
    QString id; // extra_1, extra_2, ...
    QString label;
    SourceSpan labelSpan;
    QList<CellValue> values;
    QList<SourceSpan> valueSpans;
};

/** One table of a report: its actual rows and columns (a mixed template keeps what it has). */
struct ReportTable
{
    TableSpec spec;
    bool present = false;
    SourceSpan titleSpan;
    /** spec.rows.size() * spec.columns.size() cells, row-major. */
    QList<ReportCell> cells;
    QList<ExtraRow> extraRows;
    /** How many times the report prints this table (a file holding one report pasted again). */
    int copies = 1;

    ReportCell *cell(int row, int column);
    const ReportCell *cell(int row, int column) const;
    const ReportCell *cell(const QString &rowId, const QString &columnId) const;
};

/**
 * A report reconstructed into the canonical tables of report-model.md. Produced by the core
 * pipeline (io → layout → template); never refers back to the file.
 */
class Report
{
public:
    QString filePath;
    QString fileName;
    /** A report read from several page images: every file, in page order; empty for one file. */
    QStringList pageFiles;
    /** The size in points of each page of a paged source (a PDF, a scan), in order; empty for text. */
    QList<QSizeF> pageSizes;
    QString format;   // text, html, docx, pdf
    QString encoding; // UTF-8, GB18030, ...
    /** The source text every span refers to. */
    QString text;

    QString agency;
    int year = 0;
    QDate published;
    TemplateVersion templateVersion = TemplateVersion::Unknown;

    QList<ReportTable> tables;
    /** Findings of reading and matching: layout.*, value.*, table.*, label.variant. */
    QList<Finding> parseFindings;

    const ReportTable *table(const QString &tableId) const;
    ReportTable *table(const QString &tableId);
    /** A cell by its canonical id `table.row.column`, or nullptr. */
    const ReportCell *cell(const QString &cellId) const;
    ReportCell *cell(const QString &cellId);
    /** Every canonical cell id, in template order. */
    QStringList cellIds() const;
    /** The value of a cell, blank when the cell does not exist. */
    CellValue value(const QString &cellId) const;
};

/** Splits "applications.new_received.total" into its three ids. */
struct CellId
{
    QString table;
    QString row;
    QString column;
    static CellId parse(const QString &cellId);
    static QString join(const QString &table, const QString &row, const QString &column);
};

} // namespace gk
