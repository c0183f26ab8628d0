#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gk {

class ExportDocument;

/**
 * What a batch keeps of one report: its metadata, the counts of its findings still open after the
 * review beside it, the status of each arithmetic rule and the key figures. Small on purpose: a
 * workspace holds one per report (10,000 of them) and its store saves them.
 */
struct ReportSummary
{
    enum class Status { NotRead, Unreadable, Errors, Warnings, Clean, Reviewed };

    QString path;
    QString relativePath;
    bool read = false;
    /** Why the file could not be read (one line naming the file and the cause). */
    QString error;

    QString format;
    QString agency;
    /** SeriesRules::agencyKey(agency), worked out once where the report is read. */
    QString agencyKey;
    int year = 0;
    QString templateName;
    QDate published;
    /** -1 unknown (no date or no year), 0 published after the deadline, 1 in time. */
    int deadlineMet = -1;
    /** Open findings (not accepted by the reviewer), by severity. */
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    int corrections = 0;
    int accepted = 0;
    /** Arithmetic rule id → "ok", "error", "accepted" or "missing" (its table is absent). */
    QMap<QString, QString> ruleStatus;
    /** The rule ids of the open findings, sorted, each once. */
    QStringList rules;
    /** Key figure id (or applications cell id, for the carry-over check) → value; absent when blank. */
    QMap<QString, double> figures;

    Status status() const;
    bool operator==(const ReportSummary &other) const;
    bool operator!=(const ReportSummary &other) const { return !(*this == other); }
};

/** Makes summaries and lays them out as rows (the summary file, the store). */
class SummaryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(gk::SummaryBuilder)
public:
    static ReportSummary fromDocument(const ExportDocument &document, const QString &path,
                                      const QString &relativePath);
    static ReportSummary unreadable(const QString &path, const QString &relativePath, const QString &error);

    /** The rules whose status is a column: the arithmetic of the tables. */
    static const QStringList &arithmeticRules();
    /** The key figures, in column order: new_received, carried_over, result_total, … */
    static const QStringList &keyFigures();
    /** The label of a key figure in the user's language. */
    static QString keyFigureLabel(const QString &id);
    /** The cells a key figure adds up (applications.*.total, reviews.all.*). */
    static QStringList keyFigureCells(const QString &id);
    /** The applications cells kept for the carry-over check across years. */
    static QStringList carryCells();

    static QStringList header();
    static QStringList row(const ReportSummary &summary);
    static QString statusId(ReportSummary::Status status);
    static QString statusText(ReportSummary::Status status);
    static QString figureText(const ReportSummary &summary, const QString &id);

    /**
     * A summary as bytes for the store (QDataStream: 10,000 of them decode in a fraction of the time
     * JSON takes) and back; false for bytes that are not one of this version (path and relative path
     * are the store's keys, not encoded).
     */
    static QByteArray encode(const ReportSummary &summary);
    static bool decode(const QByteArray &bytes, ReportSummary *summary);
    static constexpr quint32 encodingVersion = 1;
};

} // namespace gk
