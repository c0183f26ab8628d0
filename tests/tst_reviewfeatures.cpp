// What issue 13 found missing in the review window, offscreen: zooming the page view, the find bar,
// typing in a table the parser did not find, filling blanks with 0 and grouping their findings, the
// review report (PDF, HTML, print), and Help.
#include "findbar.h"
#include "findingsfilter.h"
#include "findingsmodel.h"
#include "findingspane.h"
#include "helpdialogs.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "pdfpageview.h"
#include "pdfreader.h"
#include "pipeline/extractor.h"
#include "reporttablemodel.h"
#include "reviewdocument.h"
#include "reviewreportwriter.h"
#include "roles.h"
#include "scannedreport.h"
#include "sourceview.h"
#include "tablespane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>
#include <QUndoStack>
#include <QWheelEvent>

#include <memory>

using namespace gk;

namespace {

const QString seedName = QStringLiteral("003_a2303bdcaefa6cda.txt");
const QString totalCell = QStringLiteral("applications.new_received.total");

} // namespace

class tst_ReviewFeatures : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_report;

    std::unique_ptr<MainWindow> openWindow(const QString &path)
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1366, 768);
        window->show();
        QString error;
        if (!window->openFile(path, &error))
            qWarning("%s", qPrintable(error));
        return window;
    }

    Report seedReport() { return Extractor::extract(m_report).report; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        registerPdfReader();
        Translations::install(QStringLiteral("zh_CN"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_report = m_dir->filePath(seedName);
        QVERIFY(QFile::copy(QStringLiteral(GK_SHARED_DIR "/seeds/") + seedName, m_report));
    }

    // Zoom ------------------------------------------------------------------------------------------

    void zoomThePageView()
    {
        const QString pdf = m_dir->filePath(QStringLiteral("003.pdf"));
        QVERIFY(QFile::copy(QStringLiteral(GK_TEST_DATA_DIR "/formats/003.pdf"), pdf));
        auto window = openWindow(pdf);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        PdfPageView *view = window->pageView();
        QVERIFY(view->pageCount() > 0);
        QCOMPARE(view->zoomMode(), PdfPageView::ZoomMode::FitWidth);
        const double fitted = view->scale();

        // Ctrl+= zooms in, Ctrl+- out, by one step each.
        QTest::keyClick(window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(view->zoomMode(), PdfPageView::ZoomMode::Custom);
        QVERIFY(qFuzzyCompare(view->scale(), fitted * PdfPageView::zoomStep));
        QTest::keyClick(window.get(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(qFuzzyCompare(view->scale(), fitted));

        // Ctrl+wheel over the page zooms; the wheel alone does not.
        const QPointF at(view->viewport()->width() / 2.0, view->viewport()->height() / 2.0);
        QWheelEvent ctrlWheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                              Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &ctrlWheel);
        QVERIFY(qFuzzyCompare(view->scale(), fitted * PdfPageView::zoomStep * PdfPageView::zoomStep));
        const double zoomed = view->scale();
        QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QCOMPARE(view->scale(), zoomed);

        // Fit page shows a whole page; fit width comes back to where it began.
        window->findChild<QAction *>(QStringLiteral("fitPageAction"))->trigger();
        QCOMPARE(view->zoomMode(), PdfPageView::ZoomMode::FitPage);
        QVERIFY(view->viewportRect(1, QRectF(0, 0, 1, 842)).height() <= view->viewport()->height());
        window->findChild<QAction *>(QStringLiteral("fitWidthAction"))->trigger();
        QVERIFY(qFuzzyCompare(view->scale(), fitted));
    }

    void zoomKeysNeedAPage()
    {
        auto window = openWindow(m_report);
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("zoomInAction"))->isEnabled());
    }

    // Find ------------------------------------------------------------------------------------------

    void findBarCountsAndMarksEveryMatch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("inSource");
        QTest::addColumn<bool>("inTables");
        QTest::newRow("a word of the source and the row labels") << QStringLiteral("行政复议") << true << true;
        QTest::newRow("a value") << QStringLiteral("220") << true << true;
        QTest::newRow("nowhere") << QStringLiteral("没有这个词语") << false << false;
    }

    void findBarCountsAndMarksEveryMatch()
    {
        QFETCH(QString, text);
        QFETCH(bool, inSource);
        QFETCH(bool, inTables);
        auto window = openWindow(m_report);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = window->findBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(QApplication::focusWidget(), bar->edit());
        QVERIFY(!qobject_cast<QDialog *>(QApplication::activeModalWidget())); // a bar, not a modal box
        QVERIFY2(bar->height() <= 2 * bar->edit()->sizeHint().height(), "one line above the panes");
        bar->edit()->insert(text); // typed (QTest types ASCII only)
        QTest::keyClick(bar->edit(), Qt::Key_Return);

        const QList<FindMatch> matches = bar->matches();
        int source = 0, tables = 0;
        for (const FindMatch &m : matches) {
            source += m.kind == FindMatch::Source ? 1 : 0;
            tables += (m.kind == FindMatch::Cell || m.kind == FindMatch::RowLabel || m.kind == FindMatch::ColumnLabel) ? 1 : 0;
        }
        QCOMPARE(source > 0, inSource);
        QCOMPARE(tables > 0, inTables);
        QCOMPARE(source, int(window->document()->report().text.count(text)));
        // Every source match is marked, and the count says how many there are.
        QCOMPARE(window->sourceView()->findMatches().size(), source);
        if (matches.isEmpty()) {
            QVERIFY2(!bar->countText().isEmpty(), "no matches is said");
            return;
        }
        QVERIFY2(bar->countText().contains(QString::number(matches.size())), qPrintable(bar->countText()));
        QCOMPARE(bar->current(), 0);
        // F3 steps through every match and wraps around.
        for (int i = 1; i <= matches.size(); ++i)
            QTest::keyClick(window.get(), Qt::Key_F3);
        QCOMPARE(bar->current(), 0);
        QTest::keyClick(window.get(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->current(), int(matches.size()) - 1);
        // A cell holding the text is marked in its table.
        for (const FindMatch &m : matches) {
            if (m.kind != FindMatch::Cell)
                continue;
            const QModelIndex index = window->tablesPane()->modelOf(CellId::parse(m.cellId).table)->indexOfCell(m.cellId);
            QVERIFY(index.data(FindMatchRole).toBool());
        }
        // Esc closes the bar and clears the marks.
        bar->edit()->setFocus();
        QTest::keyClick(bar->edit(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(window->sourceView()->findMatches().isEmpty());
    }

    void findReachesTheFindings()
    {
        auto window = openWindow(m_report);
        window->document()->setCellValue(totalCell, CellValue::number(221));
        window->findBar()->open(QStringLiteral("221"));
        bool finding = false;
        for (const FindMatch &m : window->findBar()->matches())
            finding = finding || m.kind == FindMatch::Finding;
        QVERIFY(finding);
    }

    // A table typed in by hand ----------------------------------------------------------------------

    void aMissingTableIsTypedIn()
    {
        Report report = seedReport();
        ReportTable *reviews = report.table(QStringLiteral("reviews"));
        QVERIFY(reviews && reviews->present);
        reviews->present = false;
        for (ReportCell &cell : reviews->cells) {
            cell.value = CellValue();
            cell.span = SourceSpan();
        }
        Finding missing;
        missing.rule = QStringLiteral("table.missing");
        missing.severity = Severity::Warning;
        missing.subject = QStringLiteral("reviews");
        missing.message = QStringLiteral("missing");
        report.parseFindings.append(missing);

        auto window = std::make_unique<MainWindow>();
        window->show();
        ReviewDocument *document = window->document();
        document->openReport(report);
        // Its tab is there, with the empty template and a message that says what to do.
        QTableView *view = window->tablesPane()->viewOf(QStringLiteral("reviews"));
        QVERIFY(view);
        window->tablesPane()->selectCell(QStringLiteral("reviews.all.review_upheld"));
        auto *message = window->tablesPane()->currentWidget()->findChild<QLabel *>(QStringLiteral("missingTableMessage"));
        QVERIFY(message && !message->text().isEmpty());
        QCOMPARE(view->model()->columnCount(), 15);
        const QModelIndex index = view->model()->index(0, 0);
        QVERIFY(index.flags() & Qt::ItemIsEditable);
        QVERIFY(index.data().toString().isEmpty());

        // Each value typed is a correction from blank, undoable; the table is then checked.
        QVERIFY(view->model()->setData(index, QStringLiteral("3")));
        QVERIFY(view->model()->setData(view->model()->index(0, 4), QStringLiteral("5")));
        QCOMPARE(document->undoStack()->count(), 2);
        QVERIFY(document->review()->originalValue(QStringLiteral("reviews.all.review_upheld")).isBlank());
        QCOMPARE(document->review()->value(QStringLiteral("reviews.all.review_upheld")).number(), 3.0);
        bool groupTotal = false, stillMissing = false;
        for (const Finding &f : document->findings()) {
            groupTotal = groupTotal || f.rule == QLatin1String("reviews.group_total");
            stillMissing = stillMissing || (f.rule == QLatin1String("table.missing") && f.subject == QLatin1String("reviews"));
        }
        QVERIFY2(groupTotal, "3 ≠ 5: the typed-in table is checked");
        QVERIFY(!stillMissing);
        document->undoStack()->undo();
        document->undoStack()->undo();
        QVERIFY(document->review()->corrections().isEmpty());
    }

    // Blanks ----------------------------------------------------------------------------------------

    void blanksAreFilledInOneStepAndGrouped()
    {
        Report report = seedReport();
        ReportTable *applications = report.table(QStringLiteral("applications"));
        QStringList blanks;
        for (int c = 0; c < 6; ++c) { // six rows of six applicant columns: 36 blank cells
            for (int r = 4; r < 10; ++r) {
                ReportCell *cell = applications->cell(r, c);
                cell->value = CellValue();
                blanks.append(cell->id);
            }
        }
        auto window = std::make_unique<MainWindow>();
        window->show();
        ReviewDocument *document = window->document();
        document->openReport(report);

        // The 24 value.blank warnings are one row that expands to them.
        FindingsModel *model = window->findingsPane()->model();
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, window.get());
        new QAbstractItemModelTester(window->findingsPane()->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     window.get());
        int blankFindings = 0;
        for (const Finding &f : document->findings())
            blankFindings += f.rule == QLatin1String("value.blank") ? 1 : 0;
        QVERIFY(blankFindings >= FindingsModel::groupFrom);
        QModelIndex group;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(RuleRole).toString() == QLatin1String("value.blank"))
                group = model->index(row, 0);
        }
        QVERIFY(group.isValid() && model->isGroup(group));
        QCOMPARE(model->rowCount(group), blankFindings);
        QVERIFY2(model->index(group.row(), FindingsModel::MessageColumn).data().toString().contains(QStringLiteral("36")),
                 qPrintable(model->index(group.row(), FindingsModel::MessageColumn).data().toString()));
        QVERIFY(model->rowCount() < document->findings().size());

        // Fill blanks over the table: one undo command, every blank 0.
        window->tablesPane()->selectCell(totalCell);
        const int before = document->undoStack()->count();
        window->findChild<QAction *>(QStringLiteral("fillTableAction"))->trigger();
        QCOMPARE(document->undoStack()->count(), before + 1);
        for (const QString &cell : std::as_const(blanks)) {
            QCOMPARE(document->review()->value(cell).number(), 0.0);
            QVERIFY(document->review()->originalValue(cell).isBlank());
        }
        for (const Finding &f : document->findings())
            QVERIFY(f.rule != QLatin1String("value.blank") || !f.cells.contains(blanks.first()));
        document->undoStack()->undo();
        for (const QString &cell : std::as_const(blanks))
            QVERIFY(document->review()->value(cell).isBlank());

        // Over a selection: only the selected blanks.
        window->tablesPane()->selectCells(blanks.mid(0, 2));
        window->findChild<QAction *>(QStringLiteral("fillSelectionAction"))->trigger();
        QCOMPARE(document->review()->corrections().size(), 2);
    }

    void ocrSuggestionIsAcceptedWithOneKey()
    {
        // A scanned report whose doubtful 8 the sums want as 3: the finding offers 3.
        const QString disclosed = QStringLiteral("applications.disclosed.natural_person");
        const Report report = test::scanned(
            QStringLiteral("applications.new_received.natural_person=3,applications.new_received.total=3,"
                           "applications.disclosed.natural_person=8,applications.disclosed.total=3,"
                           "applications.result_total.natural_person=3,applications.result_total.total=3"),
            {disclosed});
        auto window = std::make_unique<MainWindow>();
        window->show();
        ReviewDocument *document = window->document();
        document->openReport(report);
        int suggesting = -1;
        int other = -1;
        for (int i = 0; i < document->findings().size(); ++i) {
            if (document->findings().at(i).suggestedCell == disclosed)
                suggesting = i;
            else if (document->findings().at(i).suggestedCell.isEmpty())
                other = i;
        }
        QVERIFY(suggesting >= 0 && other >= 0);
        QAction *apply = window->findChild<QAction *>(QStringLiteral("applySuggestionAction"));
        QVERIFY(apply && apply->isEnabled());
        QVERIFY(apply->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));

        // A finding that suggests nothing: nothing changes.
        QVERIFY(window->findingsPane()->showFinding(other));
        apply->trigger();
        QCOMPARE(document->undoStack()->count(), 0);

        // The suggesting one: one edit, the value as read kept, the sums hold again.
        QVERIFY(window->findingsPane()->showFinding(suggesting));
        apply->trigger();
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(document->review()->value(disclosed).number(), 3.0);
        QCOMPARE(document->review()->originalValue(disclosed).number(), 8.0);
        for (const Finding &f : document->findings())
            QVERIFY2(f.suggestedCell.isEmpty(), qPrintable(f.rule));
        document->undoStack()->undo();
        QCOMPARE(document->review()->value(disclosed).number(), 8.0);
    }

    // The review report -----------------------------------------------------------------------------

    void reviewReportHoldsTheReview_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("PDF") << QStringLiteral("pdf");
        QTest::newRow("HTML") << QStringLiteral("html");
    }

    void reviewReportHoldsTheReview()
    {
        QFETCH(QString, suffix);
        auto window = openWindow(m_report);
        ReviewDocument *document = window->document();
        document->setCellValue(totalCell, CellValue::number(221));
        document->setCellNote(totalCell, QStringLiteral("与原件核对"));
        int accepted = -1;
        for (int i = 0; i < document->findings().size(); ++i) {
            if (document->findings().at(i).rule == QLatin1String("label.variant"))
                accepted = i;
        }
        QVERIFY(accepted >= 0);
        document->acceptFinding(accepted, QStringLiteral("原文笔误"));
        const ExportDocument snapshot(*document->review(), document->findings());

        // What it says: identity, corrected values with the value as read, verdicts with reviewer and note.
        const std::unique_ptr<QTextDocument> text = ReviewReportWriter::document(snapshot);
        const QString plain = text->toPlainText();
        for (const QString &expected : {document->report().agency, QStringLiteral("221"), QStringLiteral("220"),
                                        QStringLiteral("与原件核对"), QStringLiteral("原文笔误"), document->reviewer()})
            QVERIFY2(plain.contains(expected), qPrintable(expected));
        QVERIFY(!plain.contains(QLatin1String("applications.new_received")));
        // The charts are drawn in.
        const QVariant chart = text->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-outcomes.png")));
        QVERIFY(!chart.value<QImage>().isNull());

        const QString path = m_dir->filePath(QStringLiteral("review.") + suffix);
        QString error;
        QVERIFY2(ReviewReportWriter::write(snapshot, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (suffix == QLatin1String("pdf")) {
            QVERIFY(bytes.startsWith("%PDF"));
            QVERIFY(bytes.size() > 20000); // text and four charts
        } else {
            const QString html = QString::fromUtf8(bytes);
            QVERIFY(html.contains(QStringLiteral("与原件核对")));
            QCOMPARE(html.count(QLatin1String("data:image/png;base64,")), 4);
        }
        QVERIFY(!ReviewReportWriter::write(snapshot, m_dir->filePath(QStringLiteral("review.txt")), &error));
        QVERIFY(error.contains(QLatin1String("review.txt")));
    }

    void reviewReportActionsNeedAReport()
    {
        auto window = std::make_unique<MainWindow>();
        for (const char *name : {"exportReviewReportAction", "printAction"})
            QVERIFY2(!window->findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
    }

    // Help ------------------------------------------------------------------------------------------

    void helpShowsRulesShortcutsAndAbout()
    {
        RulesDialog rules;
        const QString text = rules.browser()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("applications.balance")) && text.contains(QStringLiteral("勾稽关系"))
                     && text.contains(QLatin1String("Arithmetic")),
                 qPrintable(text.left(200)));
        QVERIFY(!text.contains(QLatin1String("## "))); // rendered, not shown as Markdown source

        auto window = openWindow(m_report);
        const QList<QPair<QString, QString>> keys = ShortcutsDialog::shortcuts(window.get());
        bool find = false, zoom = false;
        for (const auto &[action, key] : keys) {
            find = find || key.contains(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
            zoom = zoom || key.contains(QKeySequence(Qt::CTRL | Qt::Key_Equal).toString(QKeySequence::NativeText));
        }
        QVERIFY(find && zoom);
        QVERIFY(AboutBox::text().contains(QCoreApplication::applicationVersion()));
        for (const char *name : {"rulesAction", "shortcutsAction"})
            QVERIFY(window->findChild<QAction *>(QLatin1String(name)));
    }
};

QTEST_MAIN(tst_ReviewFeatures)
#include "tst_reviewfeatures.moc"
