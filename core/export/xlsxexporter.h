#pragma once

#include "exportdocument.h"
#include "model/templatespec.h"

#include <QCoreApplication>
#include <QString>

namespace gk {

/**
 * The fills an exported workbook carries, as 0xRRGGBB. They are part of the file, like its number
 * formats, not of the window's look (which stays in ui/); a caller may pass its own.
 */
struct XlsxPalette
{
    quint32 header = 0xDDEBF7;
    quint32 corrected = 0xFFE699;
    quint32 uncertain = 0xE4DFEC;
};

/**
 * The corrected tables as an Excel workbook: one sheet per table in the template's layout with its
 * merged headers; a corrected cell is highlighted and carries the value as read (and the reviewer's
 * note) in a cell comment; an uncertain cell is marked and says why; then a sheet of findings and a
 * sheet of the report's metadata. Counts are integers, amounts decimals, a blank stays blank.
 * Written to a temporary file beside the destination and renamed over it, so the destination is
 * never half written.
 */
class XlsxExporter
{
    Q_DECLARE_TR_FUNCTIONS(gk::XlsxExporter)
public:
    static bool write(const ExportDocument &document, const QString &path, QString *error,
                      const XlsxPalette &palette = XlsxPalette());
    /**
     * The sheet name of a table before XlsxWorkbook::sheetName() makes it valid: the table's title, or
     * its short title where the title would be cut (an English title is longer than the 31 characters
     * a sheet name holds).
     */
    static QString sheetTitle(const TableSpec &table);
};

} // namespace gk
