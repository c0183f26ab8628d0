// Times the re-check that follows every edit in the review window: a correction on the Review, the
// corrected copy of the report, and every rule family over it. Median of many runs, per part.
// Usage: gkbench-recheck [REPORT] (default: seed 003 of the shared folder)
#include "checks/applicationrules.h"
#include "checks/checker.h"
#include "checks/compliancerules.h"
#include "checks/narrativerules.h"
#include "checks/plausibilityrules.h"
#include "checks/reviewrules.h"
#include "checks/valuerules.h"
#include "pipeline/extractor.h"
#include "review/review.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

double medianMs(int runs, const std::function<void(int)> &work)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work(i);
        times.append(timer.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QStringLiteral(GK_SHARED_DIR "/seeds/003_a2303bdcaefa6cda.txt");
    const gk::Extractor::Result result = gk::Extractor::extract(path);
    if (!result.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error));
        return 2;
    }
    gk::Review review;
    review.setReport(result.report);
    const QString cell = QStringLiteral("applications.new_received.total");
    const int runs = 201;
    const gk::Report corrected = review.correctedReport();
    std::printf("median of %d runs, ms\n", runs);
    std::printf("  correct + correctedReport  %8.3f\n", medianMs(runs, [&](int i) {
                    review.correct(cell, gk::CellValue::number(220 + i % 3));
                    (void)review.correctedReport();
                }));
    std::printf("  ValueRules                 %8.3f\n", medianMs(runs, [&](int) { (void)gk::ValueRules::check(corrected); }));
    std::printf("  ApplicationRules           %8.3f\n", medianMs(runs, [&](int) { (void)gk::ApplicationRules::check(corrected); }));
    std::printf("  ReviewRules                %8.3f\n", medianMs(runs, [&](int) { (void)gk::ReviewRules::check(corrected); }));
    std::printf("  PlausibilityRules          %8.3f\n", medianMs(runs, [&](int) { (void)gk::PlausibilityRules::check(corrected); }));
    std::printf("  NarrativeRules             %8.3f\n", medianMs(runs, [&](int) { (void)gk::NarrativeRules::check(corrected); }));
    std::printf("  ComplianceRules            %8.3f\n", medianMs(runs, [&](int) { (void)gk::ComplianceRules::check(corrected); }));
    std::printf("  whole re-check             %8.3f\n", medianMs(runs, [&](int i) {
                    review.correct(cell, gk::CellValue::number(220 + i % 3));
                    (void)gk::Checker::check(review.correctedReport());
                }));
    return 0;
}
