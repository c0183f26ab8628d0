// The review window, offscreen: tables against the golden values, linking cells and source both
// ways, edits as undoable commands that re-run the checks, and the review surviving a reopen.
#include "findingsfilter.h"
#include "findingsmodel.h"
#include "findingspane.h"
#include "mainwindow.h"
#include "pipeline/extractor.h"
#include "pendingreviewbar.h"
#include "reporttablemodel.h"
#include "reviewdocument.h"
#include "roles.h"
#include "sourceview.h"
#include "startpage.h"
#include "tablespane.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace gk;

namespace {

const QString seedName = QStringLiteral("003_a2303bdcaefa6cda.txt");
const QString totalCell = QStringLiteral("applications.new_received.total");

bool hasFinding(const ReviewDocument *document, const QString &rule, const QString &cellId)
{
    for (const Finding &finding : document->findings()) {
        if (finding.rule == rule && finding.cells.contains(cellId))
            return true;
    }
    return false;
}

} // namespace

class tst_ReviewWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_report;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        QString error;
        if (!window->openFile(m_report, &error))
            qWarning("%s", qPrintable(error));
        return window;
    }

    QModelIndex indexOf(MainWindow *window, const QString &cellId)
    {
        ReportTableModel *model = window->tablesPane()->modelOf(CellId::parse(cellId).table);
        return model ? model->indexOfCell(cellId) : QModelIndex();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        // Every test starts from a fresh copy of the seed, without a review beside it.
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_report = m_dir->filePath(seedName);
        QVERIFY(QFile::copy(QStringLiteral(GK_SHARED_DIR "/seeds/") + seedName, m_report));
    }

    void modelsPassTheModelTester()
    {
        auto window = openWindow();
        QList<QAbstractItemModelTester *> testers;
        for (const QString &tableId : window->tablesPane()->tableIds())
            testers << new QAbstractItemModelTester(window->tablesPane()->modelOf(tableId),
                                                    QAbstractItemModelTester::FailureReportingMode::QtTest,
                                                    window.get());
        testers << new QAbstractItemModelTester(window->findingsPane()->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest, window.get());
        testers << new QAbstractItemModelTester(window->findingsPane()->filter(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest, window.get());
        QVERIFY(testers.size() >= 4);
        // Exercise the change paths with the testers watching.
        window->document()->setCellValue(totalCell, CellValue::number(221));
        window->document()->undoStack()->undo();
        window->findingsPane()->filter()->setSeverityShown(int(Severity::Info), false);
        window->findingsPane()->filter()->setRule(QStringLiteral("label.variant"));
        window->closeReport();
        QVERIFY(window->isStartPageShown());
    }

    void tablesShowTheGoldenValues()
    {
        auto window = openWindow();
        QFile file(QStringLiteral(GK_SHARED_DIR "/golden/003_a2303bdcaefa6cda.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject cells = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cells")).toObject();
        QVERIFY(cells.size() > 100);
        for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
            const QModelIndex index = indexOf(window.get(), it.key());
            QVERIFY2(index.isValid(), qPrintable(it.key()));
            const QString expected = it.value().isNull() ? QString() : CellValue::number(it.value().toDouble()).displayText();
            QCOMPARE(index.data(Qt::DisplayRole).toString(), expected);
            QCOMPARE(index.data(CellIdRole).toString(), it.key());
        }
        // Row labels are the template's, column groups are in the header.
        ReportTableModel *applications = window->tablesPane()->modelOf(QStringLiteral("applications"));
        QCOMPARE(applications->headerData(0, Qt::Vertical).toString(), QStringLiteral("一、本年新收政府信息公开申请数量"));
        QCOMPARE(applications->headerData(1, Qt::Horizontal, HeaderGroupRole).toString(), QStringLiteral("法人或其他组织"));
        QCOMPARE(applications->headerData(0, Qt::Horizontal).toString(), QStringLiteral("自然人"));
    }

    void selectingACellMarksItsSpanAndBack()
    {
        auto window = openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const Report &report = window->document()->report();
        const ReportCell *cell = report.cell(totalCell);
        QVERIFY(cell && cell->span.isValid());
        QCOMPARE(report.text.mid(cell->span.start, cell->span.length), QStringLiteral("220"));

        QTableView *view = window->tablesPane()->viewOf(QStringLiteral("applications"));
        view->selectionModel()->setCurrentIndex(indexOf(window.get(), totalCell), QItemSelectionModel::ClearAndSelect);
        QCOMPARE(window->sourceView()->currentSpan(), cell->span);
        QCOMPARE(window->sourceView()->textCursor().position(), int(cell->span.start));
        QCOMPARE(window->sourceView()->extraSelections().constLast().cursor.selectedText(), QStringLiteral("220"));

        // The reverse: a click on a number in the source selects its cell.
        const ReportCell *other = report.cell(QStringLiteral("art20_6.penalty.change"));
        QVERIFY(other && other->span.isValid());
        SourceView *source = window->sourceView();
        QTextCursor cursor(source->document());
        cursor.setPosition(int(other->span.start + 1));
        source->setTextCursor(cursor);
        source->ensureCursorVisible();
        const QPoint point = source->cursorRect(cursor).center();
        QTest::mouseClick(source->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(window->tablesPane()->currentCellId(), QStringLiteral("art20_6.penalty.change"));
        QCOMPARE(window->sourceView()->currentSpan(), other->span);
        QCOMPARE(window->document()->cellAt(other->span.start), QStringLiteral("art20_6.penalty.change"));
        QVERIFY(window->document()->cellAt(0).isEmpty());
    }

    void editRechecksAndUndoRestoresBoth()
    {
        auto window = openWindow();
        ReviewDocument *document = window->document();
        QVERIFY(!hasFinding(document, QStringLiteral("applications.row_total"), totalCell));
        const QModelIndex index = indexOf(window.get(), totalCell);
        QVERIFY(index.flags() & Qt::ItemIsEditable);

        auto *model = const_cast<QAbstractItemModel *>(index.model());
        QVERIFY(!model->setData(index, QStringLiteral("22.5"))); // a count is whole
        QVERIFY(!model->setData(index, QStringLiteral("-3")));   // and not negative
        QVERIFY(model->setData(index, QStringLiteral("221")));
        QCOMPARE(index.data().toString(), QStringLiteral("221"));
        QVERIFY(index.data(CorrectedRole).toBool());
        QCOMPARE(index.data(OriginalValueRole).toString(), QStringLiteral("220"));
        QVERIFY(hasFinding(document, QStringLiteral("applications.row_total"), totalCell));
        QCOMPARE(index.data(SeverityRole).toInt(), int(Severity::Error));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("applications.row_total")));
        QVERIFY(!index.data(FindingIdsRole).toList().isEmpty());
        QCOMPARE(document->review()->originalValue(totalCell).number(), 220.0);

        // Repeated edits of one cell are one step.
        QVERIFY(model->setData(index, QStringLiteral("223")));
        QCOMPARE(document->undoStack()->count(), 1);

        document->undoStack()->undo();
        QCOMPARE(index.data().toString(), QStringLiteral("220"));
        QVERIFY(!index.data(CorrectedRole).toBool());
        QVERIFY(!hasFinding(document, QStringLiteral("applications.row_total"), totalCell));
        document->undoStack()->redo();
        QCOMPARE(index.data().toString(), QStringLiteral("223"));
        QVERIFY(hasFinding(document, QStringLiteral("applications.row_total"), totalCell));

        // An amount takes decimals.
        const QModelIndex amount = indexOf(window.get(), QStringLiteral("art20_9.procurement.amount"));
        QVERIFY(const_cast<QAbstractItemModel *>(amount.model())->setData(amount, QStringLiteral("21350.4601")));
        QCOMPARE(amount.data().toString(), QStringLiteral("21350.4601"));
        QCOMPARE(document->undoStack()->count(), 2);
    }

    void movingAValueToAnotherColumnIsOneEdit()
    {
        auto window = openWindow();
        ReviewDocument *document = window->document();
        const QString from = QStringLiteral("applications.new_received.natural_person");
        const QString to = QStringLiteral("applications.new_received.commercial");
        document->moveValue(from, to);
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(indexOf(window.get(), to).data().toString(), QStringLiteral("219"));
        QCOMPARE(indexOf(window.get(), from).data().toString(), QStringLiteral("1"));
        QVERIFY(indexOf(window.get(), to).data(CertaintyRole).toBool());
        QVERIFY(!indexOf(window.get(), to).data(NoteRole).toString().isEmpty());
        document->undoStack()->undo();
        QCOMPARE(indexOf(window.get(), from).data().toString(), QStringLiteral("219"));
        QVERIFY(!document->review()->hasCorrection(to));
        QVERIFY(!document->review()->hasCorrection(from));
    }

    void recheckIsWellUnderAFrame()
    {
        auto window = openWindow();
        ReviewDocument *document = window->document();
        QList<qint64> checks;
        QList<qint64> edits;
        for (int i = 0; i < 101; ++i) {
            QElapsedTimer timer;
            timer.start();
            // Alternate cells so the edits do not merge.
            document->setCellValue(i % 2 ? totalCell : QStringLiteral("applications.carried_over.total"),
                                   CellValue::number(300 + i));
            edits << timer.nsecsElapsed();
            checks << document->lastCheckNanoseconds();
        }
        std::sort(checks.begin(), checks.end());
        std::sort(edits.begin(), edits.end());
        const double checkMs = checks.at(checks.size() / 2) / 1e6;
        const double editMs = edits.at(edits.size() / 2) / 1e6;
        qInfo("re-check median %.3f ms, whole edit (command, re-check, views, save) median %.3f ms over %d edits",
              checkMs, editMs, int(checks.size()));
        QVERIFY2(checkMs < 5.0, qPrintable(QString::number(checkMs)));
    }

    void reopenRestoresCorrectionsNotesAndVerdicts()
    {
        QString fingerprint;
        {
            auto window = openWindow();
            ReviewDocument *document = window->document();
            document->setCellValue(totalCell, CellValue::number(221));
            document->setCellNote(totalCell, QStringLiteral("新收 219+1+0… = 220, printed 221?"));
            const int finding = int(std::find_if(document->findings().cbegin(), document->findings().cend(),
                                                 [](const Finding &f) { return f.rule == QLatin1String("label.variant"); })
                                    - document->findings().cbegin());
            QVERIFY(finding < document->findings().size());
            fingerprint = document->findings().at(finding).fingerprint();
            document->acceptFinding(finding, QStringLiteral("a typo of the print"));
            QVERIFY(document->isAccepted(finding));
            window->closeReport();
        }
        auto window = openWindow();
        ReviewDocument *document = window->document();
        QVERIFY(!document->hasPendingReview());
        const QModelIndex index = indexOf(window.get(), totalCell);
        QCOMPARE(index.data().toString(), QStringLiteral("221"));
        QCOMPARE(index.data(NoteRole).toString(), QStringLiteral("新收 219+1+0… = 220, printed 221?"));
        QVERIFY(index.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(document->review()->isAccepted(fingerprint));
        QCOMPARE(document->review()->verdict(fingerprint)->note, QStringLiteral("a typo of the print"));
        QVERIFY(hasFinding(document, QStringLiteral("applications.row_total"), totalCell));
        QVERIFY(window->findingsPane()->view()->model()->rowCount() > 0);
    }

    void changedReportKeepsTheReviewAndSaysSo()
    {
        {
            auto window = openWindow();
            window->document()->setCellValue(totalCell, CellValue::number(221));
        }
        QFile reviewFile(ReviewStore::reviewPathFor(m_report));
        QVERIFY(reviewFile.open(QIODevice::ReadOnly));
        const QByteArray saved = reviewFile.readAll();
        reviewFile.close();
        {
            QFile report(m_report);
            QVERIFY(report.open(QIODevice::Append));
            report.write("\n（本报告已更新）\n");
        }
        auto window = openWindow();
        ReviewDocument *document = window->document();
        QVERIFY(document->hasPendingReview());
        QVERIFY(window->pendingReviewBar()->isVisible());
        QVERIFY(window->pendingReviewBar()->message().contains(QStringLiteral("different version")));
        QCOMPARE(indexOf(window.get(), totalCell).data().toString(), QStringLiteral("220")); // not applied
        // An edit now must not overwrite the kept file either: it stays until the reviewer decides.
        QVERIFY(reviewFile.open(QIODevice::ReadOnly));
        QCOMPARE(reviewFile.readAll(), saved);
        reviewFile.close();

        document->applyPendingReview();
        QVERIFY(!window->pendingReviewBar()->isVisible());
        QCOMPARE(indexOf(window.get(), totalCell).data().toString(), QStringLiteral("221"));
        Review fresh;
        Extractor::Result parsed = Extractor::extract(m_report);
        fresh.setReport(parsed.report);
        QCOMPARE(ReviewStore::load(m_report, &fresh).status, ReviewStore::LoadStatus::Loaded);
    }

    void setAsideKeepsTheOldReview()
    {
        {
            auto window = openWindow();
            window->document()->setCellValue(totalCell, CellValue::number(221));
        }
        {
            QFile report(m_report);
            QVERIFY(report.open(QIODevice::Append));
            report.write("\n");
        }
        auto window = openWindow();
        const QString aside = window->document()->setPendingReviewAside();
        QVERIFY(QFile::exists(aside));
        QVERIFY(!window->document()->hasPendingReview());
        window->document()->setCellValue(totalCell, CellValue::number(222));
        QVERIFY(QFile::exists(ReviewStore::reviewPathFor(m_report)));
        QVERIFY(QFile::exists(aside));
    }

    void findingStepsSelectCellsAndSpans()
    {
        auto window = openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->document()->setCellValue(totalCell, CellValue::number(221));
        QTest::keyClick(window.get(), Qt::Key_F8);
        const int first = window->findingsPane()->currentFinding();
        QVERIFY(first >= 0);
        const Finding finding = window->document()->findings().at(first);
        QCOMPARE(finding.severity, Severity::Error); // worst first
        QTableView *view = window->tablesPane()->viewOf(CellId::parse(finding.cells.constFirst()).table);
        QCOMPARE(window->tablesPane()->currentWidget(), view);
        QCOMPARE(view->selectionModel()->selectedIndexes().size(), finding.cells.size());
        QCOMPARE(window->sourceView()->highlightedSpans().size(), finding.cells.size());
        QTest::keyClick(window.get(), Qt::Key_F8);
        QVERIFY(window->findingsPane()->currentFinding() != first);
        QTest::keyClick(window.get(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(window->findingsPane()->currentFinding(), first);
        QVERIFY(window->statusCounts().contains(QStringLiteral("error")));
    }

    void filtersAndTheEmptyPane()
    {
        auto window = openWindow();
        FindingsPane *pane = window->findingsPane();
        QVERIFY(!pane->isEmptyShown());
        const int all = pane->filter()->rowCount();
        pane->filter()->setRule(QStringLiteral("label.variant"));
        QVERIFY(pane->filter()->rowCount() > 0 && pane->filter()->rowCount() <= all);
        const auto boxes = pane->findChildren<QCheckBox *>();
        for (QCheckBox *box : boxes) {
            if (box->icon().isNull())
                continue;
            box->setChecked(false);
        }
        QCOMPARE(pane->filter()->rowCount(), 0);
        QVERIFY(pane->isEmptyShown());
        QVERIFY(pane->emptyText().contains(QStringLiteral("No finding")));

        window->closeReport();
        QVERIFY(pane->isEmptyShown());
    }

    void startPageOpensASample()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.isStartPageShown());
        QListWidget *samples = window.startPage()->sampleList();
        QCOMPARE(samples->count(), 5);
        QListWidgetItem *item = samples->findItems(seedName, Qt::MatchExactly).value(0);
        QVERIFY(item);
        QTest::mouseClick(samples->viewport(), Qt::LeftButton, {}, samples->visualItemRect(item).center());
        QVERIFY(!window.isStartPageShown());
        QVERIFY(window.document()->filePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(window.document()->report().cell(totalCell));
    }

    void unreadableFileNamesFileAndCause()
    {
        MainWindow window;
        QString error;
        QVERIFY(!window.openFile(m_dir->filePath(QStringLiteral("missing.txt")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing.txt")), qPrintable(error));
        QVERIFY(window.isStartPageShown());
    }
};

QTEST_MAIN(tst_ReviewWindow)
#include "tst_reviewwindow.moc"
