#pragma once

#include "sourcedocument.h"

#include <QCoreApplication>
#include <QString>

namespace gk {

/**
 * Opens a report file of any supported format and returns its SourceDocument, or a one-line error
 * that names the file and the cause. Never throws, never hangs on large input.
 */
class FileReader
{
    Q_DECLARE_TR_FUNCTIONS(gk::FileReader)
public:
    static constexpr qint64 maximumFileSize = 64ll * 1024 * 1024;

    static ReadResult read(const QString &filePath);
    /**
     * The pages of one scanned report chosen as several image files (PNG, JPEG, TIFF), read in the
     * order given; one file is read as read(filePath) reads it. Every file must be a page image, and
     * together they are read up to maximumFileSize.
     */
    static ReadResult readPages(const QStringList &filePaths);
    /** Page images read together as one report at most (as many pages as a PDF is read up to). */
    static constexpr int maximumPageFiles = 500;
    /** True when the file's name says it is a page image (read by OCR where gkocr is registered). */
    static bool isPageImage(const QString &filePath);
    /** The format a file will be read as, from its first bytes (its name breaks ties): text, html, rtf,
     *  docx, pdf, doc. See FormatSniffer. */
    static QString formatOf(const QString &filePath, const QByteArray &head);
    /** Name filters for an open dialog. */
    static QStringList nameFilters();

    /**
     * A reader for one format that lives outside gkcore. PDF needs Poppler-Qt6, which links Qt Gui;
     * gkcore must stay Qt Core only (the GK_CORE_ONLY build proves it), so the PDF reader is the
     * small library gkpdf, and the programs that link it register it here at start-up
     * (gk::registerPdfReader()). Without it, PDF files get a clear "not supported in this build".
     */
    using FormatReader = ReadResult (*)(const QString &filePath, const QByteArray &bytes);
    static void registerReader(const QString &format, FormatReader reader);
    /** The reader of several page images as one report (gkocr's), registered like the format readers. */
    using PagesReader = ReadResult (*)(const QStringList &filePaths);
    static void registerPagesReader(PagesReader reader);
};

/** Plain text (.txt and anything not recognised otherwise). */
class TextFileReader
{
    Q_DECLARE_TR_FUNCTIONS(gk::TextFileReader)
public:
    static ReadResult read(const QString &filePath, const QByteArray &bytes);
};

} // namespace gk
