#pragma once

#include "sourcespan.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gk {

enum class Severity { Info, Warning, Error };

QString severityId(Severity severity); // "info", "warning", "error"
Severity severityFromId(const QString &id);

/**
 * One consistency or compliance observation about a report. `rule` is a stable id of
 * report-model.md; `cells` are canonical `table.row.column` ids.
 */
struct Finding
{
    QString rule;
    Severity severity = Severity::Info;
    QStringList cells;
    /** The formula with both sides and the difference, e.g. "一+二 = 227 ≠ 三（七）+四 = 226 (差 1)". */
    QString expression;
    /** In the user's language (translated when produced). */
    QString message;
    QList<SourceSpan> spans;
    /** Extra cell-free subject for rules that concern no cell (a section, a sentence). */
    QString subject;
    /**
     * A likely correction the reviewer may accept as it is: `suggestedCell` should hold
     * `suggestedValue` (an OCR digit that the table's arithmetic points to). Empty when none.
     */
    QString suggestedCell;
    double suggestedValue = 0;

    /**
     * Stable across re-checks and re-parses: rule + sorted cells + subject. A reviewer's verdict is
     * attached to this, so it must not contain values or translated text.
     */
    QString fingerprint() const;
    QJsonObject toJson() const;
};

} // namespace gk
