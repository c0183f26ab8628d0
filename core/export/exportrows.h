#pragma once

#include "exportdocument.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace gk {

/**
 * The text rows the exports share, with their headers: one row per cell (the long shape), one row per
 * finding, and the report's metadata. CSV writes them as they are; the XLSX findings and metadata
 * sheets are the same rows, so the two files never disagree.
 */
class ExportRows
{
    Q_DECLARE_TR_FUNCTIONS(gk::ExportRows)
public:
    static QStringList cellsHeader();
    /** Every cell of every table (extra rows too), in template order. */
    static QList<QStringList> cells(const ExportDocument &document);

    static QStringList findingsHeader();
    static QList<QStringList> findings(const ExportDocument &document);

    /** Label and value pairs: file, agency, year, template, reviewer, … */
    static QList<QPair<QString, QString>> metadata(const ExportDocument &document);

    static QString severityName(Severity severity);
    static QString verdictText(const std::optional<Verdict> &verdict);
    /** "yes" for a cell whose column is a guess, else empty. */
    static QString uncertainText(bool uncertain);
    /** A cell as people read it: "row label · column label" in the installed language (its id if unknown). */
    static QString cellLabel(const Report &report, const QString &cellId);
    /** The rule ids of the findings on a cell, accepted ones marked. */
    static QString cellFindings(const ExportDocument &document, const QString &cellId);
    /** The comment of a corrected cell: the value as read, the note, who and when. */
    static QString correctionComment(const CellValue &asRead, const Correction &correction);
    /** The comment of an uncertain cell. */
    static QString uncertainComment(const QString &reason);
};

} // namespace gk
