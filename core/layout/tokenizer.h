#pragma once

#include "io/sourcedocument.h"
#include "token.h"

namespace gk {

/**
 * Turns a document into one stream of tokens, the same way for every shape of text: prose lines,
 * a whole report on one line with its cells glued, one cell per line, pipe or box-drawn rows, and
 * the true grids of HTML, DOCX and PDF. Only what separated two tokens is kept of the layout.
 */
class Tokenizer
{
public:
    /** `simple` is the document's text after LabelNormalizer::simplifiedSameLength(). */
    static TokenList tokens(const SourceDocument &document, const QString &simple);
    /** The tokens of one piece of text, the first one with gap `first`. */
    static void scan(const QString &simple, qsizetype from, qsizetype to, Token::Gap first, TokenList &out);
};

} // namespace gk
