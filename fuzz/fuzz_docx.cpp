// Word documents: the zip (libzip), word/document.xml, then the whole pipeline.
#include "fuzzpipeline.h"

#include "io/docxreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gkfuzz::ensureApplication();
    gkfuzz::runPipeline(gk::DocxReader::read(QStringLiteral("fuzz.docx"), gkfuzz::bytesOf(data, size)));
    return 0;
}
