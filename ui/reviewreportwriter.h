#pragma once

#include "export/exportdocument.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace gk {

/**
 * The review report (ReviewReport's HTML with the charts drawn in) as a PDF or an HTML file, or on a
 * printer: one QTextDocument laid out on pages, so the PDF and the print are the same.
 */
class ReviewReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(gk::ReviewReportWriter)
public:
    /** The report laid out, its charts as image resources. */
    static std::unique_ptr<QTextDocument> document(const ExportDocument &document);
    /** PDF or HTML by the file's suffix (.pdf, .html/.htm); atomic; false with an error naming the file. */
    static bool write(const ExportDocument &document, const QString &filePath, QString *error);
    /** Prints (or writes a PDF) on any paged device: a QPrinter, a QPdfWriter. */
    static void print(const ExportDocument &document, QPagedPaintDevice *device);
};

} // namespace gk
