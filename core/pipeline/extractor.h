#pragma once

#include "io/sourcedocument.h"
#include "model/report.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gk {

/** The whole core pipeline for one file: read (io) → rows (layout) → canonical tables (template). */
class Extractor
{
    Q_DECLARE_TR_FUNCTIONS(gk::Extractor)
public:
    struct Result
    {
        bool ok = false;
        Report report;
        /** One line naming the file and the cause, when !ok. */
        QString error;
    };

    /** Reads and parses; the reader's warnings (undecodable characters…) become `source.decoding` findings. */
    static Result extract(const QString &filePath);
    /** The same for the page images of one scanned report, in page order (FileReader::readPages). */
    static Result extract(const QStringList &filePaths);
    /** The same for a document already read (the fuzz targets read from memory). */
    static Result fromDocument(ReadResult read);

    /** Sources of more lines (or rows) than this are refused before the layout stage. */
    static constexpr qsizetype maxLines = 200000;
};

} // namespace gk
