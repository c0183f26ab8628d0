// PDF through Poppler: words, ruling lines, borderless tables, then the whole pipeline.
#include "fuzzpipeline.h"

#include "pdfreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gkfuzz::ensureApplication();
    gkfuzz::runPipeline(gk::PdfReader::read(QStringLiteral("fuzz.pdf"), gkfuzz::bytesOf(data, size)));
    return 0;
}
