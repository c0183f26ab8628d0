// Review files: parsed and validated against a real report; what is accepted must apply, save and
// read back to the same data (a review the program writes, it must read).
#include "fuzzpipeline.h"

#include "io/filereader.h"
#include "review/review.h"
#include "review/reviewstore.h"

namespace {

const gk::Report &seedReport()
{
    static const gk::Report report = [] {
        const gk::Extractor::Result result
            = gk::Extractor::extract(QStringLiteral(GK_SHARED_DIR "/seeds/003_a2303bdcaefa6cda.txt"));
        if (!result.ok)
            std::abort();
        return result.report;
    }();
    return report;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gkfuzz::ensureApplication();
    gk::ReviewStore::Data parsed;
    QString error;
    if (!gk::ReviewStore::fromJson(gkfuzz::bytesOf(data, size), &parsed, &error)) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    if (!gk::ReviewStore::checkCells(parsed, seedReport(), &error))
        return 0;
    gk::Review review;
    review.setReport(seedReport());
    gk::ReviewStore::apply(parsed, &review);
    gk::ReviewStore::Data again;
    if (!gk::ReviewStore::fromJson(gk::ReviewStore::toJson(gk::ReviewStore::dataOf(review, parsed.reportHash)), &again,
                                   &error))
        std::abort();
    if (again.corrections.size() != parsed.corrections.size() || again.verdicts.size() != parsed.verdicts.size())
        std::abort();
    (void)gk::Checker::check(review.correctedReport());
    return 0;
}
