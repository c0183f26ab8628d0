// Plain text of any bytes: charset detection, decoding, layout, template, checks.
#include "fuzzpipeline.h"

#include "io/filereader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gkfuzz::ensureApplication();
    gkfuzz::runPipeline(gk::TextFileReader::read(QStringLiteral("fuzz.txt"), gkfuzz::bytesOf(data, size)));
    return 0;
}
