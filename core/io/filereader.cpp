#include "filereader.h"

#include "docxreader.h"
#include "htmlreader.h"
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

} // namespace

QString FileReader::formatOf(const QString &filePath, const QByteArray &head)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (head.startsWith("%PDF") || suffix == QLatin1String("pdf"))
        return QStringLiteral("pdf");
    if (suffix == QLatin1String("docx") || (head.startsWith("PK\x03\x04") && suffix != QLatin1String("zip")))
        return QStringLiteral("docx");
    if (suffix == QLatin1String("doc") || suffix == QLatin1String("wps") ||
        head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return QStringLiteral("doc");
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("shtml") ||
        suffix == QLatin1String("xhtml"))
        return QStringLiteral("html");
    return QStringLiteral("text");
}

QStringList FileReader::nameFilters()
{
    return {tr("Reports (*.txt *.html *.htm *.shtml *.docx *.pdf *.doc *.wps)"), tr("Text (*.txt)"),
            tr("Web pages (*.html *.htm *.shtml)"), tr("Word documents (*.docx *.doc *.wps)"),
            tr("PDF documents (*.pdf)"), tr("All files (*)")};
}

void FileReader::registerReader(const QString &format, FormatReader reader)
{
    QMutexLocker lock(&registryMutex);
    registry().insert(format, reader);
}

ReadResult FileReader::read(const QString &filePath)
{
    const QFileInfo info(filePath);
    const QString name = info.fileName().isEmpty() ? filePath : info.fileName();
    if (!info.exists())
        return ReadResult::failure(tr("%1: no such file").arg(name));
    if (info.isDir())
        return ReadResult::failure(tr("%1: is a folder, not a report file").arg(name));
    if (!info.isFile()) // a FIFO or a device would block read() or never end
        return ReadResult::failure(tr("%1: is not a regular file").arg(name));
    if (info.size() > maximumFileSize) {
        return ReadResult::failure(tr("%1: too large (%2; reports are read up to %3)")
                                       .arg(name, sizeText(info.size()), sizeText(maximumFileSize)));
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return ReadResult::failure(tr("%1: cannot be opened: %2").arg(name, file.errorString()));
    // Read at most one byte past the limit: a file that grows while we read cannot exhaust memory.
    const QByteArray bytes = file.read(maximumFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return ReadResult::failure(tr("%1: cannot be read: %2").arg(name, file.errorString()));
    if (bytes.size() > maximumFileSize) {
        return ReadResult::failure(
            tr("%1: too large (more than %2; reports are read up to that size)").arg(name, sizeText(maximumFileSize)));
    }
    if (bytes.isEmpty())
        return ReadResult::failure(tr("%1: the file is empty").arg(name));

    const QString format = formatOf(filePath, bytes.left(16));
    ReadResult result;
    if (format == QLatin1String("text")) {
        result = TextFileReader::read(filePath, bytes);
    } else if (format == QLatin1String("html")) {
        result = HtmlReader::read(filePath, bytes);
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
