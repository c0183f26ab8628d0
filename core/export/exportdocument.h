#pragma once

#include "model/finding.h"
#include "model/report.h"
#include "review/review.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace gk {

/**
 * What every export writes from: the report as read, the corrected report, the reviewer's
 * corrections and verdicts, and the findings on the corrected report. A snapshot: the exporters never
 * see the live Review, so an export is consistent even while the reviewer keeps editing.
 */
class ExportDocument
{
public:
    ExportDocument() = default;
    /** Takes the findings already computed on the corrected report (the window has them). */
    ExportDocument(const Review &review, const QList<Finding> &findings);
    /** Checks the corrected report itself. */
    static ExportDocument fromReview(const Review &review);

    const Report &original() const { return m_original; }
    const Report &corrected() const { return m_corrected; }
    const QList<Finding> &findings() const { return m_findings; }
    const QHash<QString, Correction> &corrections() const { return m_corrections; }
    std::optional<Correction> correction(const QString &cellId) const;
    std::optional<Verdict> verdict(const Finding &finding) const;
    QString reviewerName() const { return m_reviewerName; }
    QDateTime reviewModified() const { return m_reviewModified; }

    /** The value after review (corrected where corrected). */
    CellValue value(const QString &cellId) const { return m_corrected.value(cellId); }
    CellValue originalValue(const QString &cellId) const { return m_original.value(cellId); }
    /** After review: a corrected cell is no longer uncertain. */
    bool isUncertain(const QString &cellId) const;
    /** Indexes into findings() of the findings that name the cell. */
    QList<int> findingsOfCell(const QString &cellId) const { return m_findingsByCell.value(cellId); }
    /** The report's file name without its suffix: the stem of the exported files. */
    QString baseName() const;

private:
    Report m_original;
    Report m_corrected;
    QList<Finding> m_findings;
    QHash<QString, Correction> m_corrections;
    QHash<QString, Verdict> m_verdicts;
    QHash<QString, QList<int>> m_findingsByCell;
    QString m_reviewerName;
    QDateTime m_reviewModified;
};

} // namespace gk
