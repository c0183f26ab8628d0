#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace gk {

/**
 * A thin Qt-facing wrapper over one libxlsxwriter workbook (normal mode: merges and comments need
 * it). Takes QStrings, remembers the first error of any call, and turns libxlsxwriter's error codes
 * into sentences. Not copyable; closing writes the file.
 */
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(gk::XlsxWorkbook)
public:
    explicit XlsxWorkbook(const QString &path);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    bool isValid() const { return m_workbook != nullptr; }
    lxw_format *addFormat();
    /** A sheet named `name` made valid for Excel (≤ 31 characters, none of []:*?/\, unique). */
    lxw_worksheet *addSheet(const QString &name);
    void setProperties(const QString &title, const QString &subject, const QString &author);

    void writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format);
    void writeNumber(lxw_worksheet *sheet, int row, int column, double number, lxw_format *format);
    void writeBlank(lxw_worksheet *sheet, int row, int column, lxw_format *format);
    void merge(lxw_worksheet *sheet, int row, int column, int lastRow, int lastColumn, const QString &text,
               lxw_format *format);
    void comment(lxw_worksheet *sheet, int row, int column, const QString &text, const QString &author);

    /** Writes the file; false with the cause (a sentence) when any call failed or the file could not be written. */
    bool close(QString *cause);

    /** The longest sheet name Excel accepts. */
    static constexpr int maxSheetNameLength = 31;
    /** A valid sheet name for `name`, not among `used` (compared without case). */
    static QString sheetName(const QString &name, const QStringList &used);

private:
    void check(int error);
    static QString describe(int error);

    lxw_workbook *m_workbook = nullptr;
    QStringList m_sheetNames;
    int m_firstError = 0;
};

} // namespace gk
