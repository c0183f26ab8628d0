#pragma once

#include "model/report.h"

#include <QString>

namespace gk {

/** The whole core pipeline for one file: read (io) → rows (layout) → canonical tables (template). */
class Extractor
{
public:
    struct Result
    {
        bool ok = false;
        Report report;
        /** One line naming the file and the cause, when !ok. */
        QString error;
    };

    static Result extract(const QString &filePath);
};

} // namespace gk
