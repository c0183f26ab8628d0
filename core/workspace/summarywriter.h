#pragma once

#include "reportsummary.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

class QSaveFile;

namespace gk {

class AgencySeries;

/**
 * Writes the summary of a batch: `NAME.csv` (or `NAME.xlsx`, a sheet of reports and a sheet of years)
 * with a row per report, `NAME.years.csv` (CSV only: in a workbook it is a sheet) with the key figures
 * of each agency year by year, and beside them `NAME.cells.csv`, the long file of every cell of every
 * report. The cells are streamed as the reports come, in order, so 10,000 reports never sit in memory.
 * Every file is written atomically.
 */
class SummaryWriter
{
    Q_DECLARE_TR_FUNCTIONS(gk::SummaryWriter)
public:
    explicit SummaryWriter(const QString &path);
    ~SummaryWriter();

    /** A .xlsx name writes a workbook; anything else CSV. */
    bool isWorkbook() const;
    QString cellsPath() const;
    QString yearsPath() const;

    /** Checks the destinations and starts the cells file; false with a one-line error. */
    bool begin(QString *error);
    void addCells(const QList<QStringList> &rows) { addEncodedCells(encodeCells(rows)); }
    /** Cells rows as the cells file holds them; thread-safe, so a batch encodes on its worker threads. */
    static QByteArray encodeCells(const QList<QStringList> &rows);
    void addEncodedCells(const QByteArray &bytes);
    /** Writes the summary (and years) and finishes the cells file; `written` gets every file. */
    bool finish(const QList<ReportSummary> &summaries, const AgencySeries &series, QStringList *written,
                QString *error);

private:
    bool writeWorkbook(const QList<QList<QStringList>> &sheets, const QStringList &names, QString *error) const;

    QString m_path;
    std::unique_ptr<QSaveFile> m_cells;
};

} // namespace gk
