#pragma once

#include "model/sourcespan.h"

#include <QList>

namespace gk {

/**
 * One piece of a report's text as the table parser sees it, whatever the shape of the text: a run of
 * label text, a run of digits (one value, or several whose separators were lost), or a blank cell.
 * Line breaks carry no meaning of their own; what separated a token from the one before is kept.
 */
struct Token
{
    enum class Kind {
        Text,   // label or prose text
        Marker, // a list number glued before a label: "2." in "00000002.其他法律…"
        Number, // digits, maybe signed, with a decimal part or a unit ("2笔", "984361元")
        Blank,  // an empty table cell or a placeholder ("-", "—", "/", "无")
    };
    /** What stood between this token and the one before it. */
    enum class Gap {
        None,  // glued: "规章000"
        Space, // one space, which may or may not fall between two cells: "10 0 00 0 1"
        Cell,  // a cell boundary for sure: a line break, a tab, a pipe, a box rule, a run of spaces
    };

    Kind kind = Kind::Text;
    Gap gap = Gap::Cell;
    SourceSpan span;
    /** A blank that really stands at its position (a true grid cell), not padding of a pipe row. */
    bool positional = false;
    /** The number has a decimal point or a unit: it is one value, never cut. */
    bool atomic = false;
    /** A value of a grid row whose columns its reader could not decide: its position is a guess. */
    bool undecided = false;

    bool isValue() const { return kind == Kind::Number || kind == Kind::Blank; }
};

using TokenList = QList<Token>;

} // namespace gk
