// Helper of tst_reviewcrash: applies corrections one by one through Review/ReviewStore, printing
// "saved N" after each save returns, until it is killed. Usage: gk_review_helper REPORT
#include "pipeline/extractor.h"
#include "review/review.h"
#include "review/reviewstore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString reportPath = QString::fromLocal8Bit(argv[1]);
    const gk::Extractor::Result result = gk::Extractor::extract(reportPath);
    if (!result.ok)
        return 2;
    gk::Review review;
    review.setReport(result.report);
    review.setReviewerName(QStringLiteral("helper"));
    gk::ReviewStore store;
    store.attach(&review, reportPath);
    const QStringList cells = result.report.cellIds();
    for (int i = 0; i < cells.size(); ++i) {
        review.correct(cells.at(i), gk::CellValue::number(1000 + i), QStringLiteral("edit %1").arg(i + 1));
        std::printf("saved %d\n", i + 1);
        std::fflush(stdout);
        QThread::msleep(15);
    }
    std::printf("done\n");
    std::fflush(stdout);
    QThread::sleep(60); // wait to be killed
    return 0;
}
