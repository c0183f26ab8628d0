#pragma once

#include "exportdocument.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace gk {

/**
 * The review report an office files or sends back to the agency, as HTML: the report's identity,
 * every table as corrected (corrected cells marked, with the value as read), every finding with its
 * verdict, note and reviewer, the corrections, and the charts. The charts are images the caller
 * supplies (core draws nothing): `<img src="NAME">` for each (id, name) given. The window prints it
 * and writes it as PDF through QTextDocument, so the HTML keeps to what QTextDocument renders.
 */
class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(gk::ReviewReport)
public:
    struct Chart
    {
        QString title;
        QString source; ///< what `<img src>` names
    };
    static QString html(const ExportDocument &document, const QList<Chart> &charts, const QDateTime &made);
};

} // namespace gk
