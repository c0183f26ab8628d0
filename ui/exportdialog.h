#pragma once

#include "export/exportdocument.h"
#include "export/exportjob.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QGridLayout;
class QLineEdit;

namespace gk {

class ReviewDocument;

/**
 * File ▸ Export…: picks what to export of the open report (a CSV folder, an XLSX workbook, a JSON
 * file, the charts as PNG and SVG) and where; remembers the last folder and choices. Exporting failures stay in the dialog with a
 * message naming the file and the cause; success closes it with a summary for the status bar.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(ReviewDocument *document, QWidget *parent = nullptr);

    /** The checked destinations. */
    ExportTargets targets() const;
    /** Sets (and checks) the destinations; an empty one is unchecked. */
    void setTargets(const ExportTargets &targets);
    /** The folder the charts go into (PNG and SVG of each), empty when they are not exported. */
    QString chartsFolder() const;
    void setChartsFolder(const QString &folder);
    /** Exports now without any message box; false with the error. */
    bool exportNow(QString *error);
    /** One sentence for the status bar after a successful export. */
    QString summary() const { return m_summary; }
    /** What an export wrote, for the status bar: every destination named. */
    static QString summarize(const QStringList &written);

    void accept() override;

private:
    struct Row
    {
        QCheckBox *check = nullptr;
        QLineEdit *path = nullptr;
    };
    Row addRow(QGridLayout *grid, int row, const QString &text, const QString &objectName, bool folder,
               const QString &filter);
    void loadDefaults();
    void saveChoices() const;

    ExportDocument m_snapshot;
    Row m_csv;
    Row m_xlsx;
    Row m_json;
    Row m_charts;
    QString m_summary;
};

} // namespace gk
