#include "reportanalysis.h"

#include "checks/checker.h"
#include "export/exportrows.h"
#include "pipeline/extractor.h"
#include "review/review.h"
#include "review/reviewstore.h"

#include <QDir>

namespace gk {

AnalysedReport ReportAnalysis::analyse(const QString &path, const QString &relativePath, int parts)
{
    AnalysedReport result;
    const Extractor::Result extracted = Extractor::extract(path);
    if (!extracted.ok) {
        result.summary = SummaryBuilder::unreadable(path, relativePath, extracted.error);
        return result;
    }
    Review review;
    review.setReport(extracted.report);
    const ReviewStore::LoadResult loaded = ReviewStore::load(path, &review);
    if (loaded.status == ReviewStore::LoadStatus::Error) {
        result.reviewWarning = tr("%1: the review beside it cannot be read and is not applied: %2")
                                   .arg(relativePath, loaded.error);
    } else if (loaded.status == ReviewStore::LoadStatus::HashMismatch) {
        result.reviewWarning = tr("%1: the review %2 was made for other contents of the report and is not applied")
                                   .arg(relativePath, QDir::toNativeSeparators(ReviewStore::reviewPathFor(path)));
    }
    auto document = std::make_shared<const ExportDocument>(ExportDocument::fromReview(review));
    result.summary = SummaryBuilder::fromDocument(*document, path, relativePath);
    if (parts & FindingsAsRead) {
        const bool reviewed = !review.corrections().isEmpty() || !review.verdicts().isEmpty();
        result.findingsAsRead = reviewed ? Checker::check(extracted.report) : document->findings();
    }
    if (parts & Cells) {
        result.cells = ExportRows::cells(*document);
        for (QStringList &row : result.cells)
            row[0] = relativePath;
    }
    if (parts & Document)
        result.document = std::move(document);
    return result;
}

} // namespace gk
