// Web pages: charset, the markup scan, gumbo, the walker and its grids, then the whole pipeline.
#include "fuzzpipeline.h"

#include "io/htmlreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gkfuzz::ensureApplication();
    gkfuzz::runPipeline(gk::HtmlReader::read(QStringLiteral("fuzz.html"), gkfuzz::bytesOf(data, size)));
    return 0;
}
