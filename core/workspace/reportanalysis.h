#pragma once

#include "export/exportdocument.h"
#include "reportsummary.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace gk {

/** One report of a batch, read, checked and with the review beside it applied. */
struct AnalysedReport
{
    ReportSummary summary;
    /** The findings of the report as read (what `check` prints), when asked for. */
    QList<Finding> findingsAsRead;
    /** The long cells rows (ExportRows::cells, the file column the relative path), when asked for. */
    QList<QStringList> cells;
    /** The corrected document, when asked for (an export writes from it). */
    std::shared_ptr<const ExportDocument> document;
    /** A review beside the report that could not be applied (another report's, or unreadable). */
    QString reviewWarning;
};

/** The work a batch does for each file; safe to run on many threads at once. */
class ReportAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(gk::ReportAnalysis)
public:
    enum Part { Summary = 0x0, FindingsAsRead = 0x1, Cells = 0x2, Document = 0x4 };

    static AnalysedReport analyse(const QString &path, const QString &relativePath, int parts = Summary);
};

} // namespace gk
