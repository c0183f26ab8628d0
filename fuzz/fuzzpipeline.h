// What every fuzz target does with what a reader made: the rest of the pipeline (layout, template,
// checks) and the exports' JSON, so that a reader's odd output is fuzzed all the way through.
#pragma once

#include "checks/checker.h"
#include "io/sourcedocument.h"
#include "pipeline/extractor.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

namespace gkfuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "gkfuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void runPipeline(const gk::ReadResult &read)
{
    // A failure must say what failed; a success must hold text.
    if (!read.ok && read.error.isEmpty())
        std::abort();
    const gk::Extractor::Result result = gk::Extractor::fromDocument(read);
    if (!result.ok)
        return;
    const QList<gk::Finding> findings = gk::Checker::check(result.report);
    for (const gk::Finding &finding : findings) {
        if (finding.rule.isEmpty() || finding.message.isEmpty())
            std::abort();
    }
}

} // namespace gkfuzz
