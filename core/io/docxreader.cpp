#include "docxreader.h"

#include "documentbuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <zip.h>

#include <atomic>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace gk {

namespace {

// A report's word/document.xml is a few MB; 250 MB of XML (from a 741 KB file) took 2.8 GB to read.
constexpr qint64 maximumXmlSize = 64ll * 1024 * 1024;
// Paragraphs and table rows: each becomes a row of the document (see Extractor::maxLines).
constexpr int maximumBlocks = 200000;

// Reads one member of a zip held in memory; empty with *error set when it cannot.
QByteArray zipMember(const QByteArray &bytes, const char *member, QString *error)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zipError);
    if (!source) {
        *error = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        return {};
    }
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &zipError);
    if (!archive) {
        *error = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_source_free(source);
        zip_error_fini(&zipError);
        return {};
    }
    zip_error_fini(&zipError);
    QByteArray data;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, member, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        *error = DocxReader::tr("it has no %1, so it is not a Word document").arg(QString::fromLatin1(member));
    } else if (stat.size > zip_uint64_t(maximumXmlSize)) {
        *error = DocxReader::tr("%1 is too large").arg(QString::fromLatin1(member));
    } else if (zip_file_t *file = zip_fopen(archive, member, 0)) {
        data.resize(qsizetype(stat.size));
        const zip_int64_t n = zip_fread(file, data.data(), stat.size);
        if (n < 0 || zip_uint64_t(n) != stat.size) {
            *error = QString::fromUtf8(zip_file_strerror(file));
            data.clear();
        }
        zip_fclose(file);
    } else {
        *error = QString::fromUtf8(zip_strerror(archive));
    }
    zip_discard(archive); // also frees the source
    return data;
}

struct Cell
{
    QString text;
    int gridSpan = 1;
    enum class Merge { None, Restart, Continue } merge = Merge::None;
};

struct Table
{
    QList<QList<Cell>> rows;
    QList<int> gridBefore;
};

class DocumentXml
{
public:
    DocumentXml(const QByteArray &xml, DocumentBuilder *builder)
        : m_xml(xml)
        , m_builder(builder)
    {
    }

    bool read(QString *error)
    {
        while (!m_xml.atEnd() && !m_tooLong) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_xml.name() == QLatin1String("body"))
                blockContainer(nullptr);
        }
        if (m_tooLong) {
            *error = DocxReader::tr("more than %1 paragraphs and table rows; a report has far fewer").arg(maximumBlocks);
            return false;
        }
        if (m_xml.hasError()) {
            *error = DocxReader::tr("word/document.xml is broken at line %1: %2")
                         .arg(m_xml.lineNumber())
                         .arg(m_xml.errorString());
            return false;
        }
        return true;
    }

private:
    // Nothing here recurses once per level of the XML: a 1 KB file can nest content controls,
    // hyperlinks or tables ten thousand deep. Transparent wrappers (w:sdt, w:hyperlink, w:ins…) are
    // counted, not descended into, and a table inside a cell is read as flat text.

    /** readNextStartElement() that also steps out of the `wrappers` entered in the same loop. */
    bool nextStartElement(int *wrappers)
    {
        for (;;) {
            if (m_xml.readNextStartElement())
                return true;
            if (*wrappers == 0 || m_xml.atEnd() || m_xml.hasError())
                return false;
            --*wrappers; // the end of a wrapper: go on with what follows it
        }
    }

    /** The text of the current element (a table inside a cell): cells and paragraphs apart by a space. */
    void flatText(QString *text)
    {
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                --depth;
            } else if (token == QXmlStreamReader::StartElement) {
                const QStringView name = m_xml.name();
                if (name == QLatin1String("t")) {
                    *text += m_xml.readElementText(QXmlStreamReader::SkipChildElements);
                } else if (name == QLatin1String("tc") || name == QLatin1String("p") || name == QLatin1String("tab")
                           || name == QLatin1String("ptab") || name == QLatin1String("br")
                           || name == QLatin1String("cr")) {
                    *text += QLatin1Char(' ');
                    ++depth;
                } else if (name == QLatin1String("noBreakHyphen")) {
                    *text += QLatin1Char('-');
                    ++depth;
                } else if (name == QLatin1String("del") || name == QLatin1String("moveFrom")
                           || name == QLatin1String("delText") || name == QLatin1String("instrText")
                           || name == QLatin1String("pPr") || name == QLatin1String("rPr")
                           || name == QLatin1String("tcPr") || name == QLatin1String("trPr")
                           || name == QLatin1String("tblPr") || name == QLatin1String("tblGrid")
                           || name == QLatin1String("drawing") || name == QLatin1String("pict")
                           || name == QLatin1String("AlternateContent")) {
                    m_xml.skipCurrentElement();
                } else {
                    ++depth;
                }
            }
        }
    }

    // Body, cell or content-control content: paragraphs and tables. Inside a cell (cellText set), all
    // text goes into the cell, nested tables included.
    void blockContainer(QString *cellText)
    {
        int wrappers = 0;
        while (nextStartElement(&wrappers)) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("p")) {
                QString text;
                paragraph(&text);
                if (cellText) {
                    if (!cellText->isEmpty())
                        *cellText += QLatin1Char(' ');
                    *cellText += text;
                } else {
                    m_builder->addParagraph(text);
                    if (++m_blocks > maximumBlocks) {
                        m_tooLong = true;
                        return;
                    }
                }
            } else if (name == QLatin1String("tbl")) {
                if (cellText) {
                    flatText(cellText); // a table inside a cell: its text belongs to the cell
                } else {
                    Table t;
                    table(&t);
                    emitTable(t);
                    m_blocks += int(qMin<qsizetype>(t.rows.size(), maximumBlocks + 1));
                    if (m_blocks > maximumBlocks) {
                        m_tooLong = true;
                        return;
                    }
                }
            } else if (name == QLatin1String("sdt") || name == QLatin1String("sdtContent") ||
                       name == QLatin1String("customXml") || name == QLatin1String("ins") ||
                       name == QLatin1String("moveTo")) {
                ++wrappers;
            } else {
                m_xml.skipCurrentElement(); // sectPr, bookmarks, w:del of whole paragraphs, …
            }
        }
    }

    // Paragraph or run container content.
    void paragraph(QString *text)
    {
        int wrappers = 0;
        while (nextStartElement(&wrappers)) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("r")) {
                run(text);
            } else if (name == QLatin1String("hyperlink") || name == QLatin1String("ins") ||
                       name == QLatin1String("moveTo") || name == QLatin1String("fldSimple") ||
                       name == QLatin1String("smartTag") || name == QLatin1String("sdt") ||
                       name == QLatin1String("sdtContent") || name == QLatin1String("customXml") ||
                       name == QLatin1String("dir") || name == QLatin1String("bdo")) {
                ++wrappers;
            } else if (name == QLatin1String("p")) {
                ++wrappers; // text box content reached through a run's drawing
            } else {
                // pPr, del, moveFrom, bookmarkStart/End, proofErr, commentRangeStart, …
                m_xml.skipCurrentElement();
            }
        }
    }

    void run(QString *text)
    {
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("t")) {
                *text += m_xml.readElementText(QXmlStreamReader::SkipChildElements);
            } else if (name == QLatin1String("tab") || name == QLatin1String("ptab")) {
                *text += QLatin1Char(' ');
                m_xml.skipCurrentElement();
            } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
                *text += QLatin1Char(' ');
                m_xml.skipCurrentElement();
            } else if (name == QLatin1String("noBreakHyphen")) {
                *text += QLatin1Char('-');
                m_xml.skipCurrentElement();
            } else if (name == QLatin1String("sym")) {
                m_xml.skipCurrentElement();
            } else {
                // rPr, instrText (field codes), delText, fldChar, drawing/pict (images), AlternateContent
                m_xml.skipCurrentElement();
            }
        }
    }

    void table(Table *t)
    {
        int wrappers = 0;
        while (nextStartElement(&wrappers)) {
            if (m_xml.name() == QLatin1String("tr")) {
                t->rows.append(QList<Cell>());
                t->gridBefore.append(0);
                tableRow(&t->rows.last(), &t->gridBefore.last());
            } else if (m_xml.name() == QLatin1String("sdt") || m_xml.name() == QLatin1String("sdtContent")) {
                ++wrappers;
            } else {
                m_xml.skipCurrentElement(); // tblPr, tblGrid
            }
        }
    }

    static int intValue(const QXmlStreamAttributes &attributes, int fallback)
    {
        for (const QXmlStreamAttribute &attribute : attributes) {
            if (attribute.name() == QLatin1String("val")) {
                bool ok = false;
                const int v = attribute.value().toInt(&ok);
                return ok ? v : fallback;
            }
        }
        return fallback;
    }

    void tableRow(QList<Cell> *row, int *gridBefore)
    {
        int wrappers = 0;
        while (nextStartElement(&wrappers)) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("tc")) {
                Cell cell;
                tableCell(&cell);
                row->append(cell);
            } else if (name == QLatin1String("trPr")) {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == QLatin1String("gridBefore"))
                        *gridBefore = qBound(0, intValue(m_xml.attributes(), 0), 1000);
                    m_xml.skipCurrentElement();
                }
            } else if (name == QLatin1String("sdt") || name == QLatin1String("sdtContent") ||
                       name == QLatin1String("customXml") || name == QLatin1String("ins")) {
                ++wrappers;
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void tableCell(Cell *cell)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("tcPr")) {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == QLatin1String("gridSpan")) {
                        cell->gridSpan = qBound(1, intValue(m_xml.attributes(), 1), 1000);
                    } else if (m_xml.name() == QLatin1String("vMerge")) {
                        const QStringView value = m_xml.attributes().value(QLatin1String("w:val"));
                        cell->merge = value == QLatin1String("restart") ? Cell::Merge::Restart : Cell::Merge::Continue;
                    }
                    m_xml.skipCurrentElement();
                }
            } else {
                // The rest of the cell is block content; read it with the same rules as the body.
                QString text;
                if (m_xml.name() == QLatin1String("p")) {
                    paragraph(&text);
                    if (!cell->text.isEmpty() && !text.isEmpty())
                        cell->text += QLatin1Char(' ');
                    cell->text += text;
                } else if (m_xml.name() == QLatin1String("tbl")) {
                    flatText(&cell->text);
                } else if (m_xml.name() == QLatin1String("sdt") || m_xml.name() == QLatin1String("customXml")) {
                    blockContainer(&cell->text);
                } else {
                    m_xml.skipCurrentElement();
                }
            }
        }
    }

    void emitTable(const Table &t)
    {
        QList<GridRow> grid;
        // For each grid column, where the merge it belongs to started: (row, cell index) in `grid`.
        QList<QPair<int, int>> mergeOrigin;
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            GridRow out;
            int column = 0;
            if (t.gridBefore.at(r) > 0) {
                GridCell lead;
                lead.columnSpan = t.gridBefore.at(r);
                out.append(lead);
                column += lead.columnSpan;
            }
            for (const Cell &cell : t.rows.at(r)) {
                GridCell g;
                g.columnSpan = cell.gridSpan;
                if (mergeOrigin.size() < column + cell.gridSpan)
                    mergeOrigin.resize(column + cell.gridSpan, qMakePair(-1, -1));
                if (cell.merge == Cell::Merge::Continue && mergeOrigin.at(column).first >= 0) {
                    g.placeholder = true;
                    const QPair<int, int> origin = mergeOrigin.at(column);
                    GridCell &top = grid[origin.first][origin.second];
                    top.rowSpan = int(r) - origin.first + 1;
                    // Text typed into a continued cell is rare but real: keep it with the merged cell.
                    if (!DocumentBuilder::simplified(cell.text).isEmpty())
                        top.text += QLatin1Char(' ') + cell.text;
                } else {
                    g.text = cell.text;
                    const QPair<int, int> origin = cell.merge == Cell::Merge::Restart
                                                       ? qMakePair(int(r), int(out.size()))
                                                       : qMakePair(-1, -1);
                    for (int c = column; c < column + cell.gridSpan; ++c)
                        mergeOrigin[c] = origin;
                }
                out.append(g);
                column += cell.gridSpan;
            }
            grid.append(out);
        }
        m_builder->addTable(grid);
    }

    QXmlStreamReader m_xml;
    DocumentBuilder *m_builder;
    int m_blocks = 0;
    bool m_tooLong = false;
};

} // namespace

ReadResult DocxReader::read(const QString &filePath, const QByteArray &bytes)
{
    const QString name = QFileInfo(filePath).fileName();
    QString error;
    const QByteArray xml = zipMember(bytes, "word/document.xml", &error);
    if (xml.isEmpty()) {
        return ReadResult::failure(error.isEmpty() ? tr("%1: word/document.xml is empty").arg(name)
                                                   : tr("%1: cannot be unpacked: %2").arg(name, error));
    }
    ReadResult result;
    result.document.format = QStringLiteral("docx");
    result.document.encoding = QStringLiteral("UTF-8");
    DocumentBuilder builder(&result.document);
    DocumentXml reader(xml, &builder);
    if (!reader.read(&error))
        return ReadResult::failure(name + QStringLiteral(": ") + error);
    if (result.document.text.isEmpty())
        return ReadResult::failure(tr("%1: the document has no text").arg(name));
    result.ok = true;
    return result;
}

namespace {

std::atomic_bool conversionsAborted{false};

} // namespace

void LegacyWordReader::abortConversions()
{
    conversionsAborted = true;
}

ReadResult LegacyWordReader::read(const QString &filePath)
{
    const QFileInfo info(filePath);
    const QString name = info.fileName();
    QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        soffice = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (soffice.isEmpty()) {
        return ReadResult::failure(tr("%1: .%2 files are read through LibreOffice, which is not installed "
                                      "(apt-get install libreoffice-writer)")
                                       .arg(name, info.suffix().toLower()));
    }
    QTemporaryDir outDir;
    QTemporaryDir profileDir; // a private profile: a running LibreOffice must not swallow the request
    if (!outDir.isValid() || !profileDir.isValid())
        return ReadResult::failure(tr("%1: cannot make a temporary folder for the conversion").arg(name));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_UNIX
    // `soffice` is a script that starts soffice.bin: a group of their own lets a kill reach both.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    process.start(soffice, {QStringLiteral("-env:UserInstallation=") +
                                QString::fromUtf8(QUrl::fromLocalFile(profileDir.path()).toEncoded()),
                            QStringLiteral("--headless"), QStringLiteral("--norestore"),
                            QStringLiteral("--convert-to"), QStringLiteral("docx"), QStringLiteral("--outdir"),
                            outDir.path(), info.absoluteFilePath()});
    if (!process.waitForStarted(10000))
        return ReadResult::failure(tr("%1: LibreOffice did not start: %2").arg(name, process.errorString()));
    QElapsedTimer waited;
    waited.start();
    // In short steps, so that an application quitting need not wait for the whole timeout.
    while (process.state() != QProcess::NotRunning && !process.waitForFinished(100)) {
        if (conversionsAborted || waited.elapsed() > conversionTimeoutMs) {
#ifdef Q_OS_UNIX
            // Never kill(0): that would be this process's own group.
            if (const qint64 pid = process.processId(); pid > 0)
                ::kill(-pid_t(pid), SIGKILL);
#endif
            process.kill();
            process.waitForFinished(2000);
            if (conversionsAborted)
                return ReadResult::failure(tr("%1: the conversion was stopped").arg(name));
            return ReadResult::failure(
                tr("%1: LibreOffice took more than %2 s to convert it").arg(name).arg(conversionTimeoutMs / 1000));
        }
    }
    const QString converted = QDir(outDir.path()).filePath(info.completeBaseName() + QStringLiteral(".docx"));
    QFile file(converted);
    if (process.exitCode() != 0 || !file.open(QIODevice::ReadOnly)) {
        const QString output = QString::fromLocal8Bit(process.readAll()).simplified().left(200);
        return ReadResult::failure(tr("%1: LibreOffice could not convert it%2")
                                       .arg(name, output.isEmpty() ? QString() : QStringLiteral(": ") + output));
    }
    ReadResult result = DocxReader::read(filePath, file.readAll());
    if (result.ok)
        result.document.format = QStringLiteral("doc");
    return result;
}

} // namespace gk
