#include "summarywriter.h"

#include "agencyseries.h"
#include "export/csvwriter.h"
#include "export/exportfile.h"
#include "export/exportrows.h"
#include "export/xlsxworkbook.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace gk {

namespace {

QString stem(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx"))
        return path.left(path.size() - info.suffix().size() - 1);
    return path;
}

QByteArray recordLine(const QStringList &fields)
{
    return (CsvWriter::record(fields) + QLatin1String("\r\n")).toUtf8();
}

} // namespace

SummaryWriter::SummaryWriter(const QString &path)
    : m_path(path)
{
}

SummaryWriter::~SummaryWriter() = default;

bool SummaryWriter::isWorkbook() const
{
    return QFileInfo(m_path).suffix().toLower() == QLatin1String("xlsx");
}

QString SummaryWriter::cellsPath() const
{
    return stem(m_path) + QLatin1String(".cells.csv");
}

QString SummaryWriter::yearsPath() const
{
    return isWorkbook() ? QString() : stem(m_path) + QLatin1String(".years.csv");
}

bool SummaryWriter::begin(QString *error)
{
    if (!ExportFile::checkParentFolder(m_path, error))
        return false;
    m_cells = std::make_unique<QSaveFile>(cellsPath());
    if (!m_cells->open(QIODevice::WriteOnly)) {
        ExportFile::setError(error, tr("Cannot write %1: %2")
                                        .arg(QDir::toNativeSeparators(cellsPath()), m_cells->errorString()));
        m_cells.reset();
        return false;
    }
    m_cells->write("\xEF\xBB\xBF");
    m_cells->write(recordLine(ExportRows::cellsHeader()));
    return true;
}

QByteArray SummaryWriter::encodeCells(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        text += CsvWriter::record(row) + QLatin1String("\r\n");
    return text.toUtf8();
}

void SummaryWriter::addEncodedCells(const QByteArray &bytes)
{
    if (m_cells)
        m_cells->write(bytes);
}

bool SummaryWriter::finish(const QList<ReportSummary> &summaries, const AgencySeries &series, QStringList *written,
                           QString *error)
{
    QList<QStringList> reports = {SummaryBuilder::header()};
    for (const ReportSummary &summary : summaries)
        reports.append(SummaryBuilder::row(summary));
    QList<QStringList> years = {AgencySeries::yearsHeader()};
    years.append(series.yearsRows());

    if (isWorkbook()) {
        if (!writeWorkbook({reports, years}, {tr("reports"), tr("years")}, error))
            return false;
        written->append(m_path);
    } else {
        if (!ExportFile::save(m_path, CsvWriter::document(reports), error))
            return false;
        written->append(m_path);
        if (!ExportFile::save(yearsPath(), CsvWriter::document(years), error))
            return false;
        written->append(yearsPath());
    }
    if (m_cells) {
        if (!m_cells->commit()) {
            ExportFile::setError(error, tr("Cannot write %1: %2")
                                            .arg(QDir::toNativeSeparators(cellsPath()), m_cells->errorString()));
            m_cells.reset();
            return false;
        }
        m_cells.reset();
        written->append(cellsPath());
    }
    return true;
}

bool SummaryWriter::writeWorkbook(const QList<QList<QStringList>> &sheets, const QStringList &names,
                                  QString *error) const
{
    XlsxWorkbook book(m_path);
    if (!book.isValid()) {
        ExportFile::setError(error, tr("Cannot write %1").arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    lxw_format *header = book.addFormat();
    format_set_bold(header);
    format_set_text_wrap(header);
    for (int s = 0; s < sheets.size(); ++s) {
        const QList<QStringList> &rows = sheets.at(s);
        lxw_worksheet *sheet = book.addSheet(names.at(s));
        for (int r = 0; r < rows.size(); ++r) {
            const QStringList &row = rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                const QString &text = row.at(c);
                bool number = false;
                // Counts and figures are numbers; a file or agency name that happens to be digits stays text.
                const double value = r > 0 && c > 2 ? text.toDouble(&number) : 0;
                if (r == 0)
                    book.writeText(sheet, r, c, text, header);
                else if (number)
                    book.writeNumber(sheet, r, c, value, nullptr);
                else if (!text.isEmpty())
                    book.writeText(sheet, r, c, text, nullptr);
            }
        }
        worksheet_freeze_panes(sheet, 1, 1);
    }
    QString cause;
    if (!book.close(&cause)) {
        ExportFile::setError(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), cause));
        return false;
    }
    return true;
}

} // namespace gk
