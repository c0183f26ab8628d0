#include "xlsxworkbook.h"

#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

#include <cerrno>
#include <cstring>

namespace gk {

XlsxWorkbook::XlsxWorkbook(const QString &path)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_workbook) {
        QString ignored;
        close(&ignored);
    }
}

lxw_format *XlsxWorkbook::addFormat()
{
    return workbook_add_format(m_workbook);
}

lxw_worksheet *XlsxWorkbook::addSheet(const QString &name)
{
    const QString valid = sheetName(name, m_sheetNames);
    m_sheetNames.append(valid);
    lxw_worksheet *sheet = workbook_add_worksheet(m_workbook, valid.toUtf8().constData());
    if (!sheet)
        check(LXW_ERROR_PARAMETER_VALIDATION);
    return sheet;
}

void XlsxWorkbook::setProperties(const QString &title, const QString &subject, const QString &author)
{
    const QByteArray t = title.toUtf8();
    const QByteArray s = subject.toUtf8();
    const QByteArray a = author.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(t.constData());
    properties.subject = const_cast<char *>(s.constData());
    properties.author = const_cast<char *>(a.constData());
    check(workbook_set_properties(m_workbook, &properties));
}

void XlsxWorkbook::writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    if (text.isEmpty()) {
        writeBlank(sheet, row, column, format);
        return;
    }
    check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format));
}

void XlsxWorkbook::writeNumber(lxw_worksheet *sheet, int row, int column, double number, lxw_format *format)
{
    check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), number, format));
}

void XlsxWorkbook::writeBlank(lxw_worksheet *sheet, int row, int column, lxw_format *format)
{
    check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format));
}

void XlsxWorkbook::merge(lxw_worksheet *sheet, int row, int column, int lastRow, int lastColumn,
                         const QString &text, lxw_format *format)
{
    check(worksheet_merge_range(sheet, lxw_row_t(row), lxw_col_t(column), lxw_row_t(lastRow), lxw_col_t(lastColumn),
                                text.toUtf8().constData(), format));
}

void XlsxWorkbook::comment(lxw_worksheet *sheet, int row, int column, const QString &text, const QString &author)
{
    const QByteArray a = author.toUtf8();
    lxw_comment_options options{};
    options.author = author.isEmpty() ? nullptr : const_cast<char *>(a.constData());
    options.x_scale = 2.2; // room for a note without scrolling
    options.y_scale = 1.6;
    check(worksheet_write_comment_opt(sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), &options));
}

bool XlsxWorkbook::close(QString *cause)
{
    if (!m_workbook) {
        *cause = tr("the workbook could not be created (out of memory)");
        return false;
    }
    errno = 0;
    const lxw_error error = workbook_close(m_workbook);
    const int savedErrno = errno;
    m_workbook = nullptr;
    if (error == LXW_NO_ERROR && m_firstError == 0)
        return true;
    if (error == LXW_ERROR_CREATING_XLSX_FILE && savedErrno != 0)
        *cause = tr("the file cannot be created: %1").arg(QString::fromLocal8Bit(std::strerror(savedErrno)));
    else
        *cause = describe(error != LXW_NO_ERROR ? int(error) : m_firstError);
    return false;
}

void XlsxWorkbook::check(int error)
{
    if (error != LXW_NO_ERROR && m_firstError == 0)
        m_firstError = error;
}

QString XlsxWorkbook::describe(int error)
{
    switch (lxw_error(error)) {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return tr("out of memory");
    case LXW_ERROR_CREATING_XLSX_FILE:
        return tr("the file cannot be created");
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
        return tr("no temporary file could be written in %1").arg(QDir::toNativeSeparators(QDir::tempPath()));
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        return tr("the archive could not be written (is the disk full?)");
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
        return tr("a text is longer than a cell can hold (32767 characters)");
    default:
        break;
    }
    return tr("libxlsxwriter error %1: %2").arg(error).arg(QString::fromUtf8(lxw_strerror(lxw_error(error))));
}

QString XlsxWorkbook::sheetName(const QString &name, const QStringList &used)
{
    constexpr int maxLength = maxSheetNameLength;
    QString base = name.trimmed();
    for (QChar &c : base) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    }
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    const auto taken = [&used](const QString &candidate) {
        for (const QString &u : used) {
            if (u.compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString candidate = base.left(maxLength);
    for (int n = 2; taken(candidate); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = base.left(maxLength - suffix.size()) + suffix;
    }
    return candidate;
}

} // namespace gk
