#pragma once

#include "model/finding.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace gk {

/** The one place where severities get colours, icons and names (colours live in ui/, never core/). */
class SeverityStyle
{
    Q_DECLARE_TR_FUNCTIONS(gk::SeverityStyle)
public:
    static QColor background(Severity severity);
    static QColor acceptedBackground();
    static QColor correctedMarker();
    /** Rows the report adds beyond its template: shown apart from the canonical ones. */
    static QColor extraRowBackground();
    static QColor extraRowForeground();
    /** A cell, label or finding that holds the text of the find bar. */
    static QColor findMatchBackground();
    static QIcon icon(Severity severity);
    /** A finding accepted as is: a check mark in place of its severity's icon. */
    static QIcon acceptedIcon();
    static QString name(Severity severity);
    /** "%n error(s)" etc. */
    static QString count(Severity severity, int n);
};

} // namespace gk
