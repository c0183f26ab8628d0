#include "exportdocument.h"

#include "checks/checker.h"

#include <QFileInfo>

namespace gk {

ExportDocument::ExportDocument(const Review &review, const QList<Finding> &findings)
    : m_original(review.report())
    , m_corrected(review.correctedReport())
    , m_findings(findings)
    , m_corrections(review.corrections())
    , m_verdicts(review.verdicts())
    , m_reviewerName(review.reviewerName())
    , m_reviewModified(review.modified())
{
    for (int i = 0; i < m_findings.size(); ++i) {
        for (const QString &cellId : m_findings.at(i).cells)
            m_findingsByCell[cellId].append(i);
    }
}

ExportDocument ExportDocument::fromReview(const Review &review)
{
    return ExportDocument(review, Checker::check(review.correctedReport()));
}

std::optional<Correction> ExportDocument::correction(const QString &cellId) const
{
    const auto it = m_corrections.constFind(cellId);
    if (it == m_corrections.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Verdict> ExportDocument::verdict(const Finding &finding) const
{
    const auto it = m_verdicts.constFind(finding.fingerprint());
    if (it == m_verdicts.constEnd())
        return std::nullopt;
    return *it;
}

bool ExportDocument::isUncertain(const QString &cellId) const
{
    const ReportCell *cell = m_corrected.cell(cellId);
    return cell && cell->uncertain;
}

QString ExportDocument::baseName() const
{
    const QString name = m_original.fileName.isEmpty() ? QFileInfo(m_original.filePath).fileName()
                                                        : m_original.fileName;
    const QString base = QFileInfo(name).completeBaseName();
    return base.isEmpty() ? QStringLiteral("report") : base;
}

} // namespace gk
