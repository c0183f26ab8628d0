#include "filereader.h"

#include "docxreader.h"
#include "formatsniffer.h"
#include "htmlreader.h"
#include "mhtmlreader.h"
#include "rtfreader.h"
#include "textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace gk {

namespace {

QString sizeText(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

QMutex registryMutex;

QHash<QString, FileReader::FormatReader> &registry()
{
    static QHash<QString, FileReader::FormatReader> readers;
    return readers;
}

FileReader::FormatReader registeredReader(const QString &format)
{
    QMutexLocker lock(&registryMutex);
    return registry().value(format, nullptr);
}

FileReader::PagesReader &pagesReader()
{
    static FileReader::PagesReader reader = nullptr;
    return reader;
}

QString nameOf(const QFileInfo &info, const QString &filePath)
{
    return info.fileName().isEmpty() ? filePath : info.fileName();
}

/** Why a path cannot be read as a file at all (empty when it can be opened and is not too large). */
QString fileProblem(const QFileInfo &info, const QString &name)
{
    if (!info.exists())
        return FileReader::tr("%1: no such file").arg(name);
    if (info.isDir())
        return FileReader::tr("%1: is a folder, not a report file").arg(name);
    if (!info.isFile()) // a FIFO or a device would block read() or never end
        return FileReader::tr("%1: is not a regular file").arg(name);
    if (info.size() > FileReader::maximumFileSize) {
        return FileReader::tr("%1: too large (%2; reports are read up to %3)")
            .arg(name, sizeText(info.size()), sizeText(FileReader::maximumFileSize));
    }
    return QString();
}

} // namespace

// Scanned pages (read by OCR where gkocr is registered): PNG, JPEG, TIFF, by their suffix.
bool FileReader::isPageImage(const QString &filePath)
{
    static const QStringList imageSuffixes{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                           QStringLiteral("tif"), QStringLiteral("tiff")};
    return imageSuffixes.contains(QFileInfo(filePath).suffix().toLower());
}

QString FileReader::formatOf(const QString &filePath, const QByteArray &head)
{
    if (isPageImage(filePath))
        return QStringLiteral("image");
    return FormatSniffer::name(FormatSniffer::sniff(filePath, head));
}

QStringList FileReader::nameFilters()
{
    return {tr("Reports (*.txt *.html *.htm *.shtml *.mht *.mhtml *.docx *.pdf *.doc *.wps *.rtf *.png *.jpg *.jpeg *.tif *.tiff)"),
            tr("Text (*.txt)"), tr("Web pages (*.html *.htm *.shtml *.mht *.mhtml)"),
            tr("Word documents (*.docx *.doc *.wps *.rtf)"), tr("PDF documents (*.pdf)"),
            tr("Scanned pages (*.png *.jpg *.jpeg *.tif *.tiff)"), tr("All files (*)")};
}

void FileReader::registerReader(const QString &format, FormatReader reader)
{
    QMutexLocker lock(&registryMutex);
    registry().insert(format, reader);
}

void FileReader::registerPagesReader(PagesReader reader)
{
    QMutexLocker lock(&registryMutex);
    pagesReader() = reader;
}

ReadResult FileReader::readPages(const QStringList &filePaths)
{
    if (filePaths.size() == 1)
        return read(filePaths.constFirst());
    if (filePaths.isEmpty())
        return ReadResult::failure(tr("no file given"));
    if (filePaths.size() > maximumPageFiles) {
        return ReadResult::failure(tr("%1 files: the pages of one report are read from up to %2 images")
                                       .arg(filePaths.size())
                                       .arg(maximumPageFiles));
    }
    qint64 total = 0;
    for (const QString &path : filePaths) {
        const QFileInfo info(path);
        const QString name = nameOf(info, path);
        if (!isPageImage(path)) {
            return ReadResult::failure(
                tr("%1: only page images (PNG, JPEG, TIFF) are read together as the pages of one report; "
                   "open other reports one at a time, or their folder to compare them")
                    .arg(name));
        }
        if (const QString problem = fileProblem(info, name); !problem.isEmpty())
            return ReadResult::failure(problem);
        total += info.size();
    }
    const QString first = nameOf(QFileInfo(filePaths.constFirst()), filePaths.constFirst());
    if (total > maximumFileSize) {
        return ReadResult::failure(tr("%1 and the other %2 pages: too large together (%3; reports are read up to %4)")
                                       .arg(first)
                                       .arg(filePaths.size() - 1)
                                       .arg(sizeText(total), sizeText(maximumFileSize)));
    }
    PagesReader reader = nullptr;
    {
        QMutexLocker lock(&registryMutex);
        reader = pagesReader();
    }
    if (!reader)
        return ReadResult::failure(tr("%1: scanned pages are not supported in this build").arg(first));
    ReadResult result = reader(filePaths);
    if (result.ok) {
        result.document.filePath = filePaths.constFirst();
        result.document.fileName = first;
        result.document.pageFiles = filePaths;
    }
    return result;
}

ReadResult FileReader::read(const QString &filePath)
{
    const QFileInfo info(filePath);
    const QString name = nameOf(info, filePath);
    if (const QString problem = fileProblem(info, name); !problem.isEmpty())
        return ReadResult::failure(problem);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return ReadResult::failure(tr("%1: cannot be opened: %2").arg(name, file.errorString()));
    // Read at most one byte past the limit: a file that grows while we read cannot exhaust memory.
    // Asked for its size first (QIODevice::read allocates what it is asked for), then for whatever
    // it grew by (a file whose size the system does not know reads as empty at first).
    QByteArray bytes = file.read(std::min<qint64>(info.size(), maximumFileSize) + 1);
    if (bytes.size() > info.size() && file.error() == QFileDevice::NoError)
        bytes += file.read(maximumFileSize + 1 - bytes.size());
    if (file.error() != QFileDevice::NoError)
        return ReadResult::failure(tr("%1: cannot be read: %2").arg(name, file.errorString()));
    if (bytes.size() > maximumFileSize) {
        return ReadResult::failure(
            tr("%1: too large (more than %2; reports are read up to that size)").arg(name, sizeText(maximumFileSize)));
    }
    if (bytes.isEmpty())
        return ReadResult::failure(tr("%1: the file is empty").arg(name));

    const FormatSniffer::Format sniffed = FormatSniffer::sniff(filePath, bytes.left(FormatSniffer::headSize));
    const QString format = isPageImage(filePath) ? QStringLiteral("image") : FormatSniffer::name(sniffed);
    ReadResult result;
    if (format == QLatin1String("image")) {
        const FormatReader reader = registeredReader(format);
        // Without OCR in this build a page image is refused as binary, like any other picture.
        result = reader ? reader(filePath, bytes) : TextFileReader::read(filePath, bytes);
    } else if (sniffed == FormatSniffer::Format::Text) {
        result = TextFileReader::read(filePath, bytes);
    } else if (sniffed == FormatSniffer::Format::Mhtml) {
        result = MhtmlReader::read(filePath, bytes);
    } else if (sniffed == FormatSniffer::Format::Html) {
        result = HtmlReader::read(filePath, bytes);
    } else if (sniffed == FormatSniffer::Format::Rtf) {
        result = RtfReader::read(filePath, bytes);
    } else if (format == QLatin1String("docx")) {
        result = DocxReader::read(filePath, bytes);
    } else if (format == QLatin1String("doc")) {
        result = LegacyWordReader::read(filePath);
    } else if (const FormatReader reader = registeredReader(format)) {
        result = reader(filePath, bytes);
    } else {
        result = ReadResult::failure(tr("%1: %2 files are not supported in this build").arg(name, format.toUpper()));
    }
    if (result.ok) {
        result.document.filePath = filePath;
        result.document.fileName = name;
        if (result.document.format.isEmpty())
            result.document.format = format;
    }
    return result;
}

ReadResult TextFileReader::read(const QString &filePath, const QByteArray &bytes)
{
    const QString name = QFileInfo(filePath).fileName();
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok)
        return ReadResult::failure(name + QStringLiteral(": ") + decoded.error);
    ReadResult result;
    result.ok = true;
    result.document.format = QStringLiteral("text");
    result.document.encoding = decoded.encoding;
    result.document.text = decoded.text;
    result.document.warnings = decoded.warnings;
    return result;
}

} // namespace gk
