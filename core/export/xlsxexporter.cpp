#include "xlsxexporter.h"

#include "exportfile.h"
#include "exportrows.h"
#include "model/templatelabels.h"
#include "tablelayout.h"
#include "xlsxworkbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace gk {

namespace {

enum class CellState { Normal, Corrected, Uncertain };

/** The formats of one workbook, made once. */
class SheetFormats
{
public:
    SheetFormats(XlsxWorkbook &book, const XlsxPalette &palette)
    {
        title = book.addFormat();
        format_set_bold(title);
        format_set_font_size(title, 13);
        format_set_align(title, LXW_ALIGN_CENTER);
        format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);

        header = bordered(book);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bg_color(header, palette.header);

        label = bordered(book);
        format_set_text_wrap(label);
        format_set_align(label, LXW_ALIGN_VERTICAL_CENTER);

        text = book.addFormat();
        format_set_text_wrap(text);
        format_set_align(text, LXW_ALIGN_VERTICAL_TOP);

        const quint32 fills[3] = {0, palette.corrected, palette.uncertain};
        for (int state = 0; state < 3; ++state) {
            for (int integral = 0; integral < 2; ++integral) {
                lxw_format *format = bordered(book);
                if (integral)
                    format_set_num_format(format, "0");
                if (state != int(CellState::Normal))
                    format_set_bg_color(format, fills[state]);
                if (state == int(CellState::Corrected))
                    format_set_bold(format);
                if (state == int(CellState::Uncertain))
                    format_set_italic(format);
                values[state][integral] = format;
            }
        }
    }

    lxw_format *value(CellState state, bool integral) const { return values[int(state)][integral ? 1 : 0]; }

    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *label = nullptr;
    lxw_format *text = nullptr;

private:
    static lxw_format *bordered(XlsxWorkbook &book)
    {
        lxw_format *format = book.addFormat();
        format_set_border(format, LXW_BORDER_THIN);
        return format;
    }

    lxw_format *values[3][2] = {};
};

void writeValue(XlsxWorkbook &book, lxw_worksheet *sheet, int row, int column, const CellValue &value,
                bool amount, CellState state, const SheetFormats &formats)
{
    // A count is shown as an integer; an amount (and a fractional count, itself a finding) as it is.
    lxw_format *format = formats.value(state, value.isIntegral() && !amount);
    if (value.isNumber())
        book.writeNumber(sheet, row, column, value.number(), format);
    else if (value.isInvalid())
        book.writeText(sheet, row, column, value.text(), format);
    else
        book.writeBlank(sheet, row, column, format);
}

void writeTableSheet(XlsxWorkbook &book, const ExportDocument &document, const ReportTable &table,
                     const SheetFormats &formats)
{
    lxw_worksheet *sheet = book.addSheet(XlsxExporter::sheetTitle(table.spec));
    if (!sheet)
        return;
    const TableLayout layout = TableLayout::of(table);
    for (const LayoutBlock &block : layout.blocks()) {
        lxw_format *format = block.kind == LayoutBlock::Kind::Title    ? formats.title
                             : block.kind == LayoutBlock::Kind::Header ? formats.header
                                                                       : formats.label;
        if (block.isMerged())
            book.merge(sheet, block.row, block.column, block.row + block.rowSpan - 1,
                       block.column + block.columnSpan - 1, block.text, format);
        else
            book.writeText(sheet, block.row, block.column, block.text, format);
    }
    for (const LayoutValue &value : layout.values()) {
        const int columnIndex = value.column - layout.labelColumnCount();
        const bool amount = columnIndex < table.spec.columns.size() && table.spec.columns.at(columnIndex).amount;
        if (value.isExtra()) {
            writeValue(book, sheet, value.row, value.column,
                       table.extraRows.at(value.extraRow).values.at(value.extraIndex), amount, CellState::Normal,
                       formats);
            continue;
        }
        const std::optional<Correction> correction = document.correction(value.cellId);
        const bool uncertain = document.isUncertain(value.cellId);
        const CellState state = correction ? CellState::Corrected
                                           : (uncertain ? CellState::Uncertain : CellState::Normal);
        writeValue(book, sheet, value.row, value.column, document.value(value.cellId), amount, state, formats);
        if (correction) {
            book.comment(sheet, value.row, value.column,
                         ExportRows::correctionComment(document.originalValue(value.cellId), *correction),
                         correction->reviewer);
        } else if (uncertain) {
            const ReportCell *cell = document.corrected().cell(value.cellId);
            book.comment(sheet, value.row, value.column,
                         ExportRows::uncertainComment(cell ? cell->uncertainReason : QString()), QString());
        }
    }

    const int labels = layout.labelColumnCount();
    if (labels == 1) {
        worksheet_set_column(sheet, 0, 0, 26, nullptr);
    } else if (labels > 1) {
        worksheet_set_column(sheet, 0, lxw_col_t(labels - 2), 12, nullptr);
        worksheet_set_column(sheet, lxw_col_t(labels - 1), lxw_col_t(labels - 1), 34, nullptr);
    }
    worksheet_set_column(sheet, lxw_col_t(labels), lxw_col_t(layout.columnCount() - 1), 11, nullptr);
    worksheet_set_row(sheet, 0, 24, nullptr);
    worksheet_freeze_panes(sheet, lxw_row_t(layout.headerRowCount()), lxw_col_t(labels));
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
}

void writeListSheet(XlsxWorkbook &book, const QString &name, const QStringList &header,
                    const QList<QStringList> &rows, const QList<double> &widths, const SheetFormats &formats)
{
    lxw_worksheet *sheet = book.addSheet(name);
    if (!sheet)
        return;
    for (int c = 0; c < header.size(); ++c)
        book.writeText(sheet, 0, c, header.at(c), formats.header);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            book.writeText(sheet, r + 1, c, rows.at(r).at(c), formats.text);
    }
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (!rows.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(header.size() - 1));
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
}

bool isCompleteZip(const QByteArray &bytes)
{
    // A zip ends with its end-of-central-directory record (22 bytes, no comment from libxlsxwriter).
    static const char signature[] = {'P', 'K', 5, 6};
    return bytes.startsWith("PK") && bytes.size() >= 22
        && bytes.sliced(bytes.size() - 22, 4) == QByteArray::fromRawData(signature, 4);
}

} // namespace

QString XlsxExporter::sheetTitle(const TableSpec &table)
{
    const QString title = TemplateLabels::title(table);
    return title.size() <= XlsxWorkbook::maxSheetNameLength ? title : TemplateLabels::shortTitle(table);
}

bool XlsxExporter::write(const ExportDocument &document, const QString &path, QString *error,
                         const XlsxPalette &palette)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const QString shown = QDir::toNativeSeparators(path);
    if (!ExportFile::checkParentFolder(path, error))
        return false;
    if (QFileInfo(path).isDir()) {
        message = tr("Cannot write %1: it is a folder").arg(shown);
        return false;
    }
    // libxlsxwriter writes through stdio and may miss a short write: the workbook is made in the
    // temporary folder, checked to end in a complete zip directory, then written like every export.
    QTemporaryFile temporary(QDir::temp().filePath(QStringLiteral("gkreview-XXXXXX.xlsx")));
    if (!temporary.open()) {
        message = tr("Cannot write %1: %2").arg(shown, temporary.errorString());
        return false;
    }
    temporary.close();

    QString cause;
    {
        XlsxWorkbook book(temporary.fileName());
        if (book.isValid()) {
            const SheetFormats formats(book, palette);
            const Report &report = document.corrected();
            book.setProperties(tr("%1 %2 government information disclosure annual report").arg(report.agency).arg(report.year),
                               report.fileName, document.reviewerName());
            for (const ReportTable &table : report.tables)
                writeTableSheet(book, document, table, formats);
            writeListSheet(book, tr("Findings"), ExportRows::findingsHeader(), ExportRows::findings(document),
                           {24, 9, 36, 40, 60, 12, 30}, formats);
            QList<QStringList> metadata;
            for (const auto &pair : ExportRows::metadata(document))
                metadata.append({pair.first, pair.second});
            writeListSheet(book, tr("Report"), {tr("Field"), tr("Value")}, metadata, {24, 60}, formats);
        }
        if (!book.close(&cause)) {
            message = tr("Cannot write %1: %2").arg(shown, cause);
            return false;
        }
    }
    if (!temporary.open()) {
        message = tr("Cannot write %1: %2").arg(shown, temporary.errorString());
        return false;
    }
    const QByteArray bytes = temporary.readAll();
    if (!isCompleteZip(bytes)) {
        message = tr("Cannot write %1: the workbook was not written in full (is the temporary folder %2 full?)")
                      .arg(shown, QDir::toNativeSeparators(QDir::tempPath()));
        return false;
    }
    return ExportFile::save(path, bytes, error);
    return true;
}

} // namespace gk
