#pragma once

#include "exportdocument.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gk {

/** What to export and where; an empty destination is skipped. */
struct ExportTargets
{
    /** A folder (every table, the cells, the findings) or a file ending in .csv (the cells). */
    QString csv;
    QString xlsx;
    QString json;

    bool isEmpty() const { return csv.isEmpty() && xlsx.isEmpty() && json.isEmpty(); }
};

/** Runs the exports of one document (the window's dialog and `gkreview-cli export` share it). */
class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(gk::ExportJob)
public:
    struct Result
    {
        bool ok = false;
        /** Every file written, in order (also those written before a failure). */
        QStringList written;
        /** One line naming the file and the cause, when !ok. */
        QString error;
    };

    /** Refuses (nothing written, the error names the path) a destination that is the report or its review, or twice given. */
    static Result run(const ExportDocument &document, const ExportTargets &targets,
                      const QStringList &reviewFiles = QStringList());
    /**
     * Why these destinations may not be written, else an empty string. `reviewFiles`: reviews read for
     * this export besides the one beside the report (`gkreview-cli export --review`), kept the same way.
     */
    static QString refuseDestinations(const ExportDocument &document, const ExportTargets &targets,
                                      const QStringList &reviewFiles = QStringList());
};

} // namespace gk
