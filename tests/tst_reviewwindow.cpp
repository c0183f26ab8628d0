// The review window, offscreen: tables against the golden values, linking cells and source both
// ways, edits as undoable commands that re-run the checks, and the review surviving a reopen.
#include "checks/rulenames.h"
#include "findingsfilter.h"
#include "i18n/translations.h"
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
#include <QApplication>
#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDockWidget>
#include <QListWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTimer>
#include <QScopeGuard>
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

    void labelsAndHeadersAreNotClipped_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("language");
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            QTest::newRow(qPrintable(QStringLiteral("seed 003, both templates' tables, ") + language))
                << QStringLiteral(GK_SHARED_DIR "/seeds/") + seedName << language;
            QTest::newRow(qPrintable(QStringLiteral("a provincial extra row with a long label, ") + language))
                << QStringLiteral(GK_TEST_DATA_DIR "/fixtures/provincial_extra_row/shenhe_2020_extra_row.txt") << language;
        }
    }

    void labelsAndHeadersAreNotClipped()
    {
        QFETCH(QString, source);
        QFETCH(QString, language);
        QVERIFY(Translations::install(language));
        const auto restore = qScopeGuard([] { Translations::remove(); });
        QVERIFY(QFile::remove(m_report));
        QVERIFY(QFile::copy(source, m_report));
        auto window = openWindow();
        window->resize(1366, 768);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        for (const QString &tableId : window->tablesPane()->tableIds()) {
            QTableView *view = window->tablesPane()->viewOf(tableId);
            window->tablesPane()->setCurrentWidget(view);
            QCoreApplication::processEvents();
            QAbstractItemModel *model = view->model();
            const QFontMetrics vertical(view->verticalHeader()->font());
            for (int row = 0; row < model->rowCount(); ++row) {
                // A long label comes in two lines, in a row tall enough for them.
                const QString label = model->headerData(row, Qt::Vertical).toString();
                const QSize size = vertical.size(0, label);
                QVERIFY2(size.width() <= view->verticalHeader()->width() && size.height() <= view->rowHeight(row),
                         qPrintable(tableId + QLatin1Char(' ') + label));
            }
            QFont bold = view->horizontalHeader()->font();
            bold.setBold(true); // the header of the current column is bold
            const QFontMetrics horizontal(bold);
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString label = model->headerData(column, Qt::Horizontal).toString();
                QVERIFY2(horizontal.size(0, label).width() <= view->horizontalHeader()->sectionSize(column),
                         qPrintable(tableId + QLatin1Char(' ') + label));
            }
        }
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
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(RuleNames::name(QStringLiteral("applications.row_total"))));
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

    /** The history reads as the table does: row and column labels, not ids. */
    void historyNamesCellsByTheirLabels()
    {
        auto window = openWindow();
        ReviewDocument *document = window->document();
        document->setCellValue(totalCell, CellValue::number(221));
        const QString text = document->undoStack()->text(0);
        QVERIFY2(text.contains(QStringLiteral("本年新收政府信息公开申请数量")) && text.contains(QStringLiteral("总计"))
                     && text.contains(QLatin1String("221")),
                 qPrintable(text));
        QVERIFY2(!text.contains(totalCell), qPrintable(text));
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

    void editWhilePendingIsSavedAndTheOldReviewKept_data()
    {
        QTest::addColumn<bool>("unreadableReview");
        QTest::newRow("review made for other bytes of the report") << false;
        QTest::newRow("review file that cannot be read") << true;
    }

    void editWhilePendingIsSavedAndTheOldReviewKept()
    {
        QFETCH(bool, unreadableReview);
        const QString reviewPath = ReviewStore::reviewPathFor(m_report);
        if (unreadableReview) {
            QFile garbage(reviewPath);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write("{\"format\": \"gkreview-review\", \"version\": 99}");
        } else {
            {
                auto window = openWindow();
                window->document()->setCellValue(totalCell, CellValue::number(221));
            }
            QFile report(m_report);
            QVERIFY(report.open(QIODevice::Append));
            report.write("\n（本报告已更新）\n");
        }
        QFile reviewFile(reviewPath);
        QVERIFY(reviewFile.open(QIODevice::ReadOnly));
        const QByteArray kept = reviewFile.readAll();
        reviewFile.close();

        auto window = openWindow();
        ReviewDocument *document = window->document();
        QVERIFY(document->hasPendingReview());
        QVERIFY(window->pendingReviewBar()->isVisible());
        QVERIFY(!window->pendingReviewBar()->isNotice());
        QCOMPARE(document->canApplyPendingReview(), !unreadableReview); // nothing to apply from an unreadable file

        // The reviewer ignores the bar and corrects a cell, as a user would: through the table.
        const QString cell = QStringLiteral("applications.carried_over.total");
        const QModelIndex index = indexOf(window.get(), cell);
        QVERIFY(const_cast<QAbstractItemModel *>(index.model())->setData(index, QStringLiteral("8")));

        // The edit is on disk, in the review beside the report, for the report as it is now.
        QVERIFY(!document->hasPendingReview());
        QVERIFY(!document->canApplyPendingReview()); // applying now would replace the edit
        Review fresh;
        fresh.setReport(Extractor::extract(m_report).report);
        QCOMPARE(ReviewStore::load(m_report, &fresh).status, ReviewStore::LoadStatus::Loaded);
        QVERIFY(fresh.hasCorrection(cell));
        QCOMPARE(fresh.value(cell).number(), 8.0);
        QVERIFY(!fresh.hasCorrection(totalCell)); // the old review was not applied behind the reviewer's back

        // The old review still exists, byte for byte, under a new name, and the bar says where.
        const QString aside = document->setAsideReviewPath();
        QVERIFY(!aside.isEmpty());
        QVERIFY(aside != reviewPath);
        QFile asideFile(aside);
        QVERIFY(asideFile.open(QIODevice::ReadOnly));
        QCOMPARE(asideFile.readAll(), kept);
        QVERIFY(window->pendingReviewBar()->isVisible());
        QVERIFY(window->pendingReviewBar()->isNotice());
        QVERIFY2(window->pendingReviewBar()->message().contains(QFileInfo(aside).fileName()),
                 qPrintable(window->pendingReviewBar()->message()));

        // Later edits, undo included, keep being saved.
        document->undoStack()->undo();
        Review afterUndo;
        afterUndo.setReport(Extractor::extract(m_report).report);
        QCOMPARE(ReviewStore::load(m_report, &afterUndo).status, ReviewStore::LoadStatus::Loaded);
        QVERIFY(!afterUndo.hasCorrection(cell));
    }

    void extraRowsAreShownMarkedAndLinked()
    {
        const QString fixture = QStringLiteral("shenhe_2020_extra_row.txt");
        const QString path = m_dir->filePath(fixture);
        QVERIFY(QFile::copy(QStringLiteral(GK_TEST_DATA_DIR "/fixtures/provincial_extra_row/") + fixture, path));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.openFile(path, &error), qPrintable(error));
        const Report &report = window.document()->report();

        int extraRows = 0;
        for (const ReportTable &table : report.tables) {
            if (table.extraRows.isEmpty())
                continue;
            ReportTableModel *model = window.tablesPane()->modelOf(table.spec.id);
            QVERIFY(model);
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(model->rowCount(), int(table.spec.rows.size() + table.extraRows.size()));
            for (int e = 0; e < table.extraRows.size(); ++e) {
                const ExtraRow &extra = table.extraRows.at(e);
                const int row = int(table.spec.rows.size()) + e;
                ++extraRows;
                // Below the template rows, labelled and marked as not canonical.
                // The header shows the name (a long parenthetical would be clipped), the tooltip all.
                QVERIFY(model->headerData(row, Qt::Vertical).toString().contains(extra.label.left(4)));
                QVERIFY(model->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString().contains(extra.label));
                QTableView *tableView = window.tablesPane()->viewOf(table.spec.id);
                const QFontMetrics metrics(tableView->verticalHeader()->font());
                QVERIFY(metrics.horizontalAdvance(model->headerData(row, Qt::Vertical).toString())
                        < tableView->verticalHeader()->maximumWidth() - 20);
                QVERIFY(model->headerData(row, Qt::Vertical, ExtraRowRole).toBool());
                QVERIFY(!model->headerData(row - 1, Qt::Vertical, ExtraRowRole).toBool());
                const QModelIndex first = model->index(row, 0);
                QVERIFY(first.data(ExtraRowRole).toBool());
                QVERIFY(!model->index(0, 0).data(ExtraRowRole).toBool());
                QVERIFY(first.data(Qt::BackgroundRole).isValid());
                QVERIFY(first.data(Qt::BackgroundRole) != model->index(0, 0).data(Qt::BackgroundRole));
                // Read-only, and the tooltip says so.
                QVERIFY(!(first.flags() & Qt::ItemIsEditable));
                QVERIFY(first.flags() & Qt::ItemIsSelectable);
                QVERIFY(!model->setData(first, QStringLiteral("1")));
                QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("cannot be edited")));
                // Every value as read, each linked to its source span both ways.
                for (int c = 0; c < extra.values.size() && c < model->columnCount(); ++c) {
                    const QModelIndex index = model->index(row, c);
                    QCOMPARE(index.data().toString(), extra.values.at(c).displayText());
                    const SourceSpan span = extra.valueSpans.at(c);
                    QVERIFY(span.isValid());
                    QCOMPARE(report.text.mid(span.start, span.length).trimmed(), index.data().toString());
                    QTableView *view = window.tablesPane()->viewOf(table.spec.id);
                    window.tablesPane()->setCurrentWidget(view);
                    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
                    QCOMPARE(window.sourceView()->currentSpan(), span);
                    const QString cellId = index.data(CellIdRole).toString();
                    QCOMPARE(window.document()->cellAt(span.start), cellId);
                    window.selectCell(QStringLiteral("applications.new_received.total"));
                    window.selectCell(cellId);
                    QCOMPARE(window.tablesPane()->currentCellId(), cellId);
                }
            }
        }
        QVERIFY(extraRows > 0);

        // The finding about the extra row selects the row.
        const QList<Finding> &findings = window.document()->findings();
        const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                     [](const Finding &f) { return f.rule == QLatin1String("layout.extra_row"); });
        QVERIFY(it != findings.cend());
        window.selectFinding(int(it - findings.cbegin()));
        const QString tableId = it->subject.section(QLatin1Char('.'), 0, 0);
        QTableView *view = window.tablesPane()->viewOf(tableId);
        QCOMPARE(window.tablesPane()->currentWidget(), view);
        const QModelIndexList selected = view->selectionModel()->selectedIndexes();
        QCOMPARE(selected.size(), view->model()->columnCount());
        for (const QModelIndex &index : selected)
            QVERIFY(index.data(ExtraRowRole).toBool());
    }

    void keyboardReachesEveryAction_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("open") << QKeySequence(QKeySequence::Open);
        QTest::newRow("close report") << QKeySequence(Qt::CTRL | Qt::Key_W);
        QTest::newRow("quit") << QKeySequence(Qt::CTRL | Qt::Key_Q);
        QTest::newRow("undo") << QKeySequence(QKeySequence::Undo);
        QTest::newRow("redo") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
        QTest::newRow("next finding") << QKeySequence(Qt::Key_F8);
        QTest::newRow("previous finding") << QKeySequence(Qt::SHIFT | Qt::Key_F8);
        QTest::newRow("find in source") << QKeySequence(QKeySequence::Find);
        QTest::newRow("find next") << QKeySequence(Qt::Key_F3);
        QTest::newRow("revert cell") << QKeySequence(Qt::CTRL | Qt::Key_R);
        QTest::newRow("revert with delete") << QKeySequence(Qt::Key_Delete);
        QTest::newRow("accept finding") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    }

    void keyboardReachesEveryAction()
    {
        QFETCH(QKeySequence, keys);
        auto window = openWindow();
        bool found = false;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcuts().contains(keys))
                found = true;
        }
        QVERIFY2(found, qPrintable(keys.toString()));
    }

    void keysEditRevertAndClose()
    {
        auto window = openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTableView *view = window->tablesPane()->viewOf(QStringLiteral("applications"));
        const QModelIndex index = indexOf(window.get(), totalCell);
        window->selectCell(totalCell);
        QCOMPARE(window->tablesPane()->currentWidget(), view);
        view->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), view);

        // F2 opens the validating editor; typing and Enter is one undoable edit.
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor && view->isAncestorOf(editor));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("225"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(index.data().toString(), QStringLiteral("225")); // the delegate commits queued
        QCOMPARE(window->document()->undoStack()->count(), 1);

        // Delete reverts the selected cell to the value as read (undoable).
        QApplication::setActiveWindow(window.get());
        view->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), view);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(index.data().toString(), QStringLiteral("220"));
        QVERIFY(!window->document()->review()->hasCorrection(totalCell));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(index.data().toString(), QStringLiteral("225"));

        // Ctrl+W closes the report.
        QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
        QVERIFY(window->isStartPageShown());
    }

    // Find: tst_reviewfeatures (the find bar over the source, the tables and the findings).

    void tabGoesFromSourceToTablesToFindings()
    {
        auto window = openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        for (int round = 0; round < 2; ++round) { // the table views are new after a reopen
            window->sourceView()->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), window->sourceView());
            QTest::keyClick(window->sourceView(), Qt::Key_Tab);
            QVERIFY(qobject_cast<QTabBar *>(QApplication::focusWidget()));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), window->tablesPane()->currentWidget());
            // Inside a table Tab moves between cells, as in a spreadsheet; Ctrl+Tab (Ctrl+PgDown) shows
            // the next table, focus kept; Alt+3 goes on to the findings.
            auto *view = qobject_cast<QTableView *>(QApplication::focusWidget());
            QVERIFY(view);
            view->setCurrentIndex(view->model()->index(0, 0));
            QTest::keyClick(view, Qt::Key_Tab);
            QCOMPARE(view->currentIndex(), view->model()->index(0, 1));
            QCOMPARE(QApplication::focusWidget(), view);
            const int tab = window->tablesPane()->currentIndex();
            QTest::keyClick(view, Qt::Key_Tab, Qt::ControlModifier);
            QCOMPARE(window->tablesPane()->currentIndex(), (tab + 1) % window->tablesPane()->count());
            QCOMPARE(QApplication::focusWidget(), window->tablesPane()->currentWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
            QCOMPARE(window->tablesPane()->currentIndex(), tab);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), window->findingsPane()->view());
            QString error;
            QVERIFY(window->openFile(m_report, &error));
        }
    }

    void startPageOpensASample()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.isStartPageShown());
        QListWidget *samples = window.startPage()->sampleList();
        QCOMPARE(samples->count(), 5);
        // Each sample is named by its agency and year, with its file in brackets.
        QListWidgetItem *item = samples->findItems(seedName, Qt::MatchContains).value(0);
        QVERIFY(item);
        QVERIFY2(item->text().startsWith(QStringLiteral("沈阳市沈河区人民政府")) && item->text().contains(QLatin1String("2020")),
                 qPrintable(item->text()));
        // The docks speak of a report: hidden on the start page, back once one is open.
        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>(QStringLiteral("findingsDock"));
        QCOMPARE(docks.size(), 1);
        QVERIFY(docks.constFirst()->isHidden());
        window.showCharts();
        QDockWidget *charts = window.findChild<QDockWidget *>(QStringLiteral("chartsDock"));
        QVERIFY(charts && !charts->isHidden());
        QSignalSpy opened(&window, &MainWindow::openFinished);
        QTest::mouseClick(samples->viewport(), Qt::LeftButton, {}, samples->visualItemRect(item).center());
        QVERIFY(opened.wait(10000));
        QVERIFY(opened.constFirst().at(1).toBool());
        QVERIFY(!window.isStartPageShown());
        QVERIFY(!docks.constFirst()->isHidden());
        QVERIFY(!charts->isHidden()); // asked for on the start page, kept when the report came
        QVERIFY(window.document()->filePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                                         + QStringLiteral("/gkreview/samples/")));
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
