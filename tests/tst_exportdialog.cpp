#include "exporttesthelpers.h"

#include "exportdialog.h"
#include "mainwindow.h"
#include "reviewdocument.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gk;
using namespace gktest;

/** File ▸ Export… in the window: the action, the dialog's defaults, what it writes, what it remembers. */
class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("gkreview-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
        QSettings().clear();
    }

    void actionFollowsTheOpenReport()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("003.txt"));
        QVERIFY(QFile::copy(seedPath(seed003), report));
        MainWindow window;
        QAction *action = window.findChild<QAction *>(QStringLiteral("exportAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(!action->isEnabled());
        QVERIFY(window.openFile(report));
        QVERIFY(action->isEnabled());
        window.closeReport();
        QVERIFY(!action->isEnabled());
    }

    void exportsTheReviewedValues()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("003.txt"));
        QVERIFY(QFile::copy(seedPath(seed003), report));
        ReviewDocument document;
        QString error;
        QVERIFY2(document.open(report, &error), qPrintable(error));
        document.setCellValue(correctedCell, CellValue::number(221));

        ExportDialog dialog(&document);
        // Defaults: beside the report, named after it.
        QCOMPARE(QFileInfo(dialog.findChild<QLineEdit *>(QStringLiteral("xlsxPath"))->text()).absolutePath(),
                 QFileInfo(report).absolutePath());
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const ExportTargets targets{out + QLatin1String("/csv"), out + QLatin1String("/003.xlsx"),
                                    out + QLatin1String("/003.json")};
        dialog.setTargets(targets);
        dialog.setChartsFolder(out + QLatin1String("/charts"));
        QCOMPARE(dialog.targets().xlsx, targets.xlsx);
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        // The charts of the corrected report, PNG and SVG each, at the size chosen last.
        const QStringList charts = QDir(out + QLatin1String("/charts")).entryList(QDir::Files);
        QCOMPARE(charts.filter(QStringLiteral(".png")).size(), 4);
        QCOMPARE(charts.filter(QStringLiteral(".svg")).size(), 4);
        QVERIFY(dialog.summary().contains(QDir::toNativeSeparators(out)));
        QVERIFY(QFileInfo(targets.xlsx).size() > 0);
        const QJsonObject json = QJsonDocument::fromJson(readAll(targets.json)).object();
        QCOMPARE(json.value(QStringLiteral("cells")).toObject().value(correctedCell).toInt(), 221);

        // The next dialog starts in the folder used last, with the same choices.
        ExportDialog next(&document);
        QCOMPARE(QFileInfo(next.targets().xlsx).absolutePath(), out);
        QVERIFY(!next.targets().csv.isEmpty());
        QVERIFY(!next.targets().json.isEmpty());

        // A destination that cannot be written: the error names it, nothing is remembered.
        QVERIFY(!next.chartsFolder().isEmpty());
        next.setChartsFolder(QString());
        next.setTargets({QString(), QString(), QString()});
        QVERIFY(!next.exportNow(&error)); // nothing chosen
        next.setTargets({QString(), report + QLatin1String("/x.xlsx"), QString()});
        QVERIFY(!next.exportNow(&error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(report + QLatin1String("/x.xlsx"))), qPrintable(error));
    }

    /** A report that finishes opening while the dialog is up does not change what the dialog exports. */
    void exportsWhatWasOpenWhenItOpened()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("003.txt"));
        QVERIFY(QFile::copy(seedPath(seed003), report));
        ReviewDocument document;
        QString error;
        QVERIFY2(document.open(report, &error), qPrintable(error));
        document.setCellValue(correctedCell, CellValue::number(221));
        ExportDialog dialog(&document);

        const QString other = dir.filePath(QStringLiteral("other.txt"));
        QVERIFY(QFile::copy(QStringLiteral(GK_SHARED_DIR "/seeds/001_7097c5c10f7e9ea9.txt"), other));
        QVERIFY2(document.open(other, &error), qPrintable(error));

        const QString json = dir.filePath(QStringLiteral("out.json"));
        dialog.setTargets({QString(), QString(), json});
        dialog.setChartsFolder(QString());
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        const QJsonObject object = QJsonDocument::fromJson(readAll(json)).object();
        QCOMPARE(object.value(QStringLiteral("file")).toString(), QStringLiteral("003.txt"));
        QCOMPARE(object.value(QStringLiteral("cells")).toObject().value(correctedCell).toInt(), 221);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
