#pragma once

#include "clibatch.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace gk {

/** The sub-commands of gkreview-cli; each returns the process exit code. */
class ExportDocument;

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(gk::CliCommands)
public:
    CliCommands(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);
    /** One report file, or the page images of one scanned report in page order. */
    int extract(const QStringList &filePaths);
    /** Files and folders (read recursively), in the order given. */
    int check(const QStringList &paths);
    /**
     * `export --csv DIR|FILE --xlsx FILE --json FILE --charts DIR [--review REVIEWFILE] REPORT`; with a
     * folder or several reports every destination is a folder (CliBatch).
     */
    int exportReport(const QStringList &arguments, const CliBatch::Options &batchOptions = CliBatch::Options());
    int usage();

    /** Writes the charts of a document into a folder; false with a one-line error naming file and cause. */
    using ChartsExporter = std::function<bool(const ExportDocument &document, const QString &folder,
                                              QStringList *written, QString *error)>;
    /** The charts live in ui/ (Qt Gui): the main that links them registers their exporter here. */
    void setChartsExporter(const ChartsExporter &exporter) { m_chartsExporter = exporter; }

private:
    int runBatch(const QStringList &paths, const CliBatch::Options &options);
    /** Several reports, or a folder: each export destination is a folder. */
    static bool isBatch(const QStringList &paths);

    QTextStream &m_out;
    QTextStream &m_err;
    ChartsExporter m_chartsExporter;
};

} // namespace gk
