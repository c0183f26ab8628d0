#include "review.h"

namespace gk {

Review::Review(QObject *parent)
    : QObject(parent)
    , m_created(QDateTime::currentDateTimeUtc())
    , m_modified(m_created)
{
}

void Review::setReport(const Report &report)
{
    m_report = report;
    m_corrections.clear();
    m_verdicts.clear();
    m_created = m_modified = QDateTime::currentDateTimeUtc();
    Q_EMIT reset();
}

void Review::takeMessagesFrom(const Report &reread)
{
    m_report.parseFindings = reread.parseFindings;
    for (ReportTable &table : m_report.tables) {
        for (ReportCell &cell : table.cells) {
            if (const ReportCell *again = reread.cell(cell.id))
                cell.uncertainReason = again->uncertainReason;
        }
    }
}

void Review::setReviewerName(const QString &name)
{
    if (name == m_reviewerName)
        return;
    m_reviewerName = name;
    Q_EMIT reviewerNameChanged(name);
}

void Review::setTimes(const QDateTime &created, const QDateTime &modified)
{
    m_created = created;
    m_modified = modified;
}

std::optional<Correction> Review::correction(const QString &cellId) const
{
    const auto it = m_corrections.constFind(cellId);
    if (it == m_corrections.constEnd())
        return std::nullopt;
    return *it;
}

void Review::setCorrection(const QString &cellId, const std::optional<Correction> &correction)
{
    if (!correction) {
        if (m_corrections.remove(cellId) == 0)
            return;
    } else {
        Correction stamped = *correction;
        if (stamped.reviewer.isEmpty())
            stamped.reviewer = m_reviewerName;
        if (!stamped.time.isValid())
            stamped.time = QDateTime::currentDateTimeUtc();
        const auto it = m_corrections.constFind(cellId);
        if (it != m_corrections.constEnd() && *it == stamped)
            return;
        m_corrections.insert(cellId, stamped);
    }
    touch();
    Q_EMIT correctionChanged(cellId);
    Q_EMIT changed();
}

void Review::correct(const QString &cellId, const CellValue &value, const QString &note)
{
    setCorrection(cellId, Correction{value, note, m_reviewerName, QDateTime::currentDateTimeUtc()});
}

CellValue Review::value(const QString &cellId) const
{
    const auto it = m_corrections.constFind(cellId);
    return it != m_corrections.constEnd() ? it->value : m_report.value(cellId);
}

std::optional<Verdict> Review::verdict(const QString &fingerprint) const
{
    const auto it = m_verdicts.constFind(fingerprint);
    if (it == m_verdicts.constEnd())
        return std::nullopt;
    return *it;
}

void Review::setVerdict(const QString &fingerprint, const std::optional<Verdict> &verdict)
{
    if (!verdict) {
        if (m_verdicts.remove(fingerprint) == 0)
            return;
    } else {
        Verdict stamped = *verdict;
        if (stamped.reviewer.isEmpty())
            stamped.reviewer = m_reviewerName;
        if (!stamped.time.isValid())
            stamped.time = QDateTime::currentDateTimeUtc();
        const auto it = m_verdicts.constFind(fingerprint);
        if (it != m_verdicts.constEnd() && *it == stamped)
            return;
        m_verdicts.insert(fingerprint, stamped);
    }
    touch();
    Q_EMIT verdictChanged(fingerprint);
    Q_EMIT changed();
}

void Review::accept(const QString &fingerprint, const QString &note)
{
    setVerdict(fingerprint, Verdict{note, m_reviewerName, QDateTime::currentDateTimeUtc()});
}

void Review::restore(const QHash<QString, Correction> &corrections, const QHash<QString, Verdict> &verdicts)
{
    m_corrections = corrections;
    m_verdicts = verdicts;
    Q_EMIT reset();
    Q_EMIT changed();
}

void Review::clear()
{
    if (m_corrections.isEmpty() && m_verdicts.isEmpty())
        return;
    restore({}, {});
}

Report Review::correctedReport() const
{
    Report corrected = m_report;
    for (auto it = m_corrections.constBegin(); it != m_corrections.constEnd(); ++it) {
        if (ReportCell *cell = corrected.cell(it.key())) {
            cell->value = it->value;
            cell->uncertain = false;
            cell->uncertainReason.clear();
            // A table the parser did not find, typed in by the reviewer, is there now and checked.
            if (ReportTable *table = corrected.table(CellId::parse(it.key()).table); table && !table->present)
                table->present = true;
        }
    }
    // A reading finding about cells the reviewer has since corrected no longer applies.
    QList<Finding> kept;
    for (const Finding &finding : std::as_const(corrected.parseFindings)) {
        const bool aboutValues = finding.rule.startsWith(QLatin1String("value."))
            || finding.rule == QLatin1String("layout.ambiguous_columns") || finding.rule == QLatin1String("ocr.unconfirmed");
        bool allCorrected = !finding.cells.isEmpty();
        for (const QString &cellId : finding.cells)
            allCorrected = allCorrected && m_corrections.contains(cellId);
        const bool typedIn = finding.rule == QLatin1String("table.missing") && m_report.table(finding.subject)
            && !m_report.table(finding.subject)->present && corrected.table(finding.subject)->present;
        if (!(aboutValues && allCorrected) && !typedIn)
            kept.append(finding);
    }
    corrected.parseFindings = kept;
    return corrected;
}

void Review::touch()
{
    m_modified = QDateTime::currentDateTimeUtc();
}

} // namespace gk
