#pragma once

#include <Qt>

namespace gk {

/** Custom item roles of the review models (house rule 4: from Qt::UserRole + 1). */
enum ItemRole {
    FindingIdsRole = Qt::UserRole + 1, ///< QVariantList of indices into ReviewDocument::findings()
    ProvenanceRole,                    ///< QString: where the value came from in the source
    CertaintyRole,                     ///< bool: true when the column of the value is certain
    CellIdRole,                        ///< QString: table.row.column
    CorrectedRole,                     ///< bool: the reviewer corrected this cell
    OriginalValueRole,                 ///< QString: the value as read
    NoteRole,                          ///< QString: the reviewer's note
    SpanStartRole,                     ///< qlonglong: first character of the source span, -1 when none
    SpanLengthRole,                    ///< qlonglong
    SeverityRole,                      ///< int (gk::Severity) of the worst open finding, -1 when none
    FingerprintRole,                   ///< QString: Finding::fingerprint()
    RuleRole,                          ///< QString: rule id
    CellsRole,                         ///< QStringList: the finding's cells
    AcceptedRole,                      ///< bool: the finding was accepted as is
    HeaderGroupRole,                   ///< horizontal header: the group label above the column
    ExtraRowRole,                      ///< bool: a row the report adds beyond its template (read-only)
    FindMatchRole,                     ///< bool: holds the text of the find bar
};

} // namespace gk
