#pragma once

#include "model/cellvalue.h"
#include "model/report.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace gk {

/** A reviewer's value for one cell, layered over the value as read (which stays in the Report). */
struct Correction
{
    CellValue value;
    QString note;
    QString reviewer;
    QDateTime time;

    bool operator==(const Correction &other) const
    {
        return value == other.value && note == other.note && reviewer == other.reviewer && time == other.time;
    }
    bool operator!=(const Correction &other) const { return !(*this == other); }
};

/** A reviewer's decision to accept a finding as is (keyed by Finding::fingerprint()). */
struct Verdict
{
    QString note;
    QString reviewer;
    QDateTime time;

    bool operator==(const Verdict &other) const
    {
        return note == other.note && reviewer == other.reviewer && time == other.time;
    }
    bool operator!=(const Verdict &other) const { return !(*this == other); }
};

/**
 * A reviewer's work on one report: corrections layered over the cells, verdicts on findings, who and
 * when. The Report itself (the values as read) is never changed; correctedReport() applies the
 * corrections to a copy for re-checking and export.
 */
class Review : public QObject
{
    Q_OBJECT
public:
    explicit Review(QObject *parent = nullptr);

    const Report &report() const { return m_report; }
    void setReport(const Report &report);
    /**
     * Takes the texts of reading (parse findings, reasons for uncertain cells) from the same report
     * read again, e.g. in another language; values, corrections and verdicts stay. Emits nothing.
     */
    void takeMessagesFrom(const Report &reread);

    QString reviewerName() const { return m_reviewerName; }
    void setReviewerName(const QString &name);
    QDateTime created() const { return m_created; }
    QDateTime modified() const { return m_modified; }
    /** For loading a saved review: restores the times without emitting changed(). */
    void setTimes(const QDateTime &created, const QDateTime &modified);

    bool hasCorrection(const QString &cellId) const { return m_corrections.contains(cellId); }
    std::optional<Correction> correction(const QString &cellId) const;
    const QHash<QString, Correction> &corrections() const { return m_corrections; }
    /** Sets (or with std::nullopt removes) the correction of a cell; stamps reviewer and time when empty. */
    void setCorrection(const QString &cellId, const std::optional<Correction> &correction);
    /** Convenience: corrects a cell to `value` with `note`, by the current reviewer, now. */
    void correct(const QString &cellId, const CellValue &value, const QString &note = QString());
    void removeCorrection(const QString &cellId) { setCorrection(cellId, std::nullopt); }

    /** The corrected value where there is one, else the value as read. */
    CellValue value(const QString &cellId) const;
    /** The value as read. */
    CellValue originalValue(const QString &cellId) const { return m_report.value(cellId); }

    bool isAccepted(const QString &fingerprint) const { return m_verdicts.contains(fingerprint); }
    std::optional<Verdict> verdict(const QString &fingerprint) const;
    const QHash<QString, Verdict> &verdicts() const { return m_verdicts; }
    void setVerdict(const QString &fingerprint, const std::optional<Verdict> &verdict);
    void accept(const QString &fingerprint, const QString &note = QString());

    /** Replaces all corrections and verdicts at once (loading); emits reset(). */
    void restore(const QHash<QString, Correction> &corrections, const QHash<QString, Verdict> &verdicts);
    void clear();

    /** A copy of the report with every correction applied; a corrected cell is no longer uncertain. */
    Report correctedReport() const;

Q_SIGNALS:
    void correctionChanged(const QString &cellId);
    void verdictChanged(const QString &fingerprint);
    void reviewerNameChanged(const QString &name);
    /** Everything may have changed (a new report or a restored review). */
    void reset();
    /** Emitted after every change of any kind: the signal to save on. */
    void changed();

private:
    void touch();

    Report m_report;
    QString m_reviewerName;
    QDateTime m_created;
    QDateTime m_modified;
    QHash<QString, Correction> m_corrections;
    QHash<QString, Verdict> m_verdicts;
};

} // namespace gk
