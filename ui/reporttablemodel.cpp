#include "reporttablemodel.h"

#include "checks/rulenames.h"
#include "finder.h"
#include "i18n/translations.h"
#include "model/templatelabels.h"
#include "reviewdocument.h"
#include "roles.h"
#include "severitystyle.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace gk {

namespace {

/**
 * Extra rows often carry a long parenthetical (其他主动公开文件(含以本单位…名义正式签发的…)) that would be
 * clipped in the row header; the header shows the name before it, the tooltip the whole label.
 */
QString shortLabel(const QString &label)
{
    qsizetype cut = -1;
    for (const QChar open : {QChar(u'('), QChar(u'（')}) {
        const qsizetype at = label.indexOf(open);
        if (at > 0 && (cut < 0 || at < cut))
            cut = at;
    }
    QString shown = cut > 0 ? label.left(cut) + QStringLiteral("（…）") : label;
    if (shown.size() > 24)
        shown = shown.left(23) + QStringLiteral("…");
    return shown;
}

/**
 * A label in two lines where one would make its column (or the row labels) wide: Research
 * institutions, 本年新制作数量, 3(3)2. Withheld: prohibited by other laws or administrative
 * regulations. The tables then fit a 1366-pixel screen; the tooltip keeps the label whole.
 */
QString wrapHeader(const QString &label, int spacedLimit = 11, int cjkLimit = 6)
{
    const bool spaced = label.contains(QLatin1Char(' '));
    if (label.size() <= (spaced ? spacedLimit : cjkLimit))
        return label;
    if (!spaced) {
        // Chinese breaks between any two characters; a word of another script does not break.
        bool cjk = false;
        for (const QChar c : label)
            cjk = cjk || (c.unicode() >= 0x3000 && c.unicode() <= 0x9fff) || (c.unicode() >= 0xff00 && c.unicode() <= 0xffef);
        if (!cjk)
            return label;
        const qsizetype half = (label.size() + 1) / 2;
        return label.left(half) + QLatin1Char('\n') + label.mid(half);
    }
    // Break at the space nearest the middle.
    qsizetype best = -1;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == QLatin1Char(' ') && (best < 0 || qAbs(i - label.size() / 2) < qAbs(best - label.size() / 2)))
            best = i;
    }
    return label.left(best) + QLatin1Char('\n') + label.mid(best + 1);
}

} // namespace

QLocale ReportTableModel::uiLocale()
{
    // Dates follow the language of the window, not the system's locale (a Chinese window on an
    // English system still says 2026/12/2).
    const QString language = Translations::current();
    return language.isEmpty() ? QLocale() : QLocale(language);
}

ReportTableModel::ReportTableModel(ReviewDocument *document, const QString &tableId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_tableId(tableId)
{
    connect(document->review(), &Review::correctionChanged, this, &ReportTableModel::onCorrectionChanged);
    connect(document, &ReviewDocument::findingsChanged, this, &ReportTableModel::onFindingsChanged);
    connect(document, &ReviewDocument::reportChanged, this, [this] {
        beginResetModel();
        buildHeaderLabels();
        endResetModel();
    });
    buildHeaderLabels();
}

void ReportTableModel::buildHeaderLabels()
{
    m_rowLabels.clear();
    m_rowToolTips.clear();
    m_columnLeaves.clear();
    m_columnGroups.clear();
    m_columnToolTips.clear();
    const ReportTable *t = table();
    if (!t)
        return;
    for (const RowSpec &row : t->spec.rows) {
        const QString label = TemplateLabels::row(row);
        m_rowLabels.append(wrapHeader(label, 34, 20));
        m_rowToolTips.append(label);
    }
    for (const ColumnSpec &column : t->spec.columns) {
        m_columnLeaves.append(wrapHeader(TemplateLabels::columnLeaf(column)));
        m_columnGroups.append(TemplateLabels::columnGroup(m_tableId, column.id));
        m_columnToolTips.append(TemplateLabels::column(column));
    }
}

const ReportTable *ReportTableModel::table() const
{
    return m_document ? m_document->report().table(m_tableId) : nullptr;
}

const ExtraRow *ReportTableModel::extraRowAt(int row) const
{
    const ReportTable *t = table();
    if (!t)
        return nullptr;
    const qsizetype extra = row - t->spec.rows.size();
    return extra >= 0 && extra < t->extraRows.size() ? &t->extraRows.at(extra) : nullptr;
}

QString ReportTableModel::cellIdAt(const QModelIndex &index) const
{
    const ReportTable *t = table();
    if (!t || !index.isValid())
        return QString();
    if (const ExtraRow *extra = extraRowAt(index.row()))
        return CellId::join(m_tableId, extra->id, t->spec.columns.at(index.column()).id);
    const ReportCell *cell = t->cell(index.row(), index.column());
    return cell ? cell->id : QString();
}

QModelIndex ReportTableModel::indexOfCell(const QString &cellId) const
{
    const ReportTable *t = table();
    const CellId id = CellId::parse(cellId);
    if (!t || id.table != m_tableId)
        return QModelIndex();
    int row = t->spec.rowIndex(id.row);
    for (qsizetype i = 0; row < 0 && i < t->extraRows.size(); ++i) {
        if (t->extraRows.at(i).id == id.row)
            row = int(t->spec.rows.size() + i);
    }
    const int column = t->spec.columnIndex(id.column);
    return row >= 0 && column >= 0 ? index(row, column) : QModelIndex();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    const ReportTable *t = table();
    return parent.isValid() || !t ? 0 : int(t->spec.rows.size() + t->extraRows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    const ReportTable *t = table();
    return parent.isValid() || !t ? 0 : int(t->spec.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    const ReportTable *t = table();
    if (!t || !index.isValid())
        return QVariant();
    if (extraRowAt(index.row()))
        return extraData(index, role);
    const ReportCell *cell = t->cell(index.row(), index.column());
    if (!cell)
        return QVariant();
    const Review *review = m_document->review();
    const std::optional<Correction> correction = review->correction(cell->id);
    const bool uncertain = cell->uncertain && !correction;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return correction ? correction->value.displayText() : cell->value.displayText();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        const int worst = m_document->worstSeverity(cell->id);
        if (worst >= 0)
            return QBrush(SeverityStyle::background(Severity(worst)));
        if (!m_document->findingsOfCell(cell->id).isEmpty())
            return QBrush(SeverityStyle::acceptedBackground());
        return QVariant();
    }
    case Qt::FontRole: {
        if (!correction && !uncertain)
            return QVariant();
        QFont font;
        font.setBold(bool(correction));
        font.setItalic(uncertain);
        return font;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << QStringLiteral("<b>%1</b>").arg(m_document->cellName(cell->id).toHtmlEscaped());
        if (correction) {
            const QString when = uiLocale().toString(correction->time.toLocalTime(), QLocale::ShortFormat);
            const QString asRead = cell->value.isBlank() ? tr("(blank)") : cell->value.displayText().toHtmlEscaped();
            lines << (correction->reviewer.isEmpty()
                          ? tr("Corrected on %1; value as read: %2").arg(when, asRead)
                          : tr("Corrected by %1 on %2; value as read: %3")
                                .arg(correction->reviewer.toHtmlEscaped(), when, asRead));
            if (!correction->note.isEmpty())
                lines << tr("Note: %1").arg(correction->note.toHtmlEscaped());
        }
        if (uncertain)
            lines << tr("Uncertain column: %1")
                         .arg(cell->uncertainReason.isEmpty() ? tr("blank cells were lost when the table was flattened")
                                                              : cell->uncertainReason.toHtmlEscaped());
        for (int i : m_document->findingsOfCell(cell->id)) {
            const Finding &finding = m_document->findings().at(i);
            QString line = QStringLiteral("%1 <i>%2</i>: %3")
                               .arg(SeverityStyle::name(finding.severity), RuleNames::name(finding.rule),
                                    finding.message.toHtmlEscaped());
            if (!finding.expression.isEmpty())
                line += QStringLiteral("<br>&nbsp;&nbsp;") + finding.expression.toHtmlEscaped();
            if (m_document->isAccepted(i))
                line += QLatin1Char(' ') + tr("(accepted as is)");
            lines << line;
        }
        return lines.join(QStringLiteral("<br>"));
    }
    case FindingIdsRole: {
        QVariantList ids;
        for (int i : m_document->findingsOfCell(cell->id))
            ids.append(i);
        return ids;
    }
    case ProvenanceRole:
        if (!cell->span.isValid())
            return tr("not in the source");
        return tr("%1, characters %2–%3").arg(m_document->report().fileName).arg(cell->span.start).arg(cell->span.end());
    case CertaintyRole:
        return !uncertain;
    case CellIdRole:
        return cell->id;
    case CorrectedRole:
        return bool(correction);
    case OriginalValueRole:
        return cell->value.displayText();
    case NoteRole:
        return correction ? correction->note : QString();
    case SpanStartRole:
        return qlonglong(cell->span.start);
    case SpanLengthRole:
        return qlonglong(cell->span.length);
    case SeverityRole:
        return m_document->worstSeverity(cell->id);
    case ExtraRowRole:
        return false;
    case FindMatchRole:
        return Finder::matches(correction ? correction->value.displayText() : cell->value.displayText(), m_findText);
    default:
        break;
    }
    return QVariant();
}

void ReportTableModel::setFindText(const QString &text)
{
    if (text == m_findText)
        return;
    m_findText = text;
    if (rowCount() > 0 && columnCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {FindMatchRole});
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

QVariant ReportTableModel::extraData(const QModelIndex &index, int role) const
{
    const ReportTable *t = table();
    const ExtraRow *extra = extraRowAt(index.row());
    const int column = index.column();
    const bool hasValue = column < extra->values.size();
    const CellValue value = hasValue ? extra->values.at(column) : CellValue();
    const SourceSpan span = hasValue && column < extra->valueSpans.size() ? extra->valueSpans.at(column) : SourceSpan();
    // Values are shown in the order read; when their count differs from the columns', so may their place.
    const bool placed = extra->values.size() == t->spec.columns.size();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case OriginalValueRole:
        return value.displayText();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return QBrush(SeverityStyle::extraRowBackground());
    case Qt::ForegroundRole:
        return QBrush(SeverityStyle::extraRowForeground());
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << QStringLiteral("<b>%1 · %2</b>")
                     .arg(shortLabel(extra->label).toHtmlEscaped(),
                          TemplateLabels::column(t->spec.columns.at(column)).toHtmlEscaped());
        lines << tr("An extra row of this report, not in the template: “%1”.").arg(extra->label.toHtmlEscaped());
        lines << tr("Shown as read. No check uses it, and it cannot be edited here.");
        if (!placed)
            lines << tr("The report gives %n value(s) for this row; they are shown in the order read, so the "
                        "columns are a guess.",
                        nullptr, int(extra->values.size()));
        return lines.join(QStringLiteral("<br>"));
    }
    case ProvenanceRole:
        if (!span.isValid())
            return tr("not in the source");
        return tr("%1, characters %2–%3").arg(m_document->report().fileName).arg(span.start).arg(span.end());
    case CertaintyRole:
        return placed || !hasValue;
    case CellIdRole:
        return cellIdAt(index);
    case CorrectedRole:
        return false;
    case NoteRole:
        return QString();
    case SpanStartRole:
        return qlonglong(span.start);
    case SpanLengthRole:
        return qlonglong(span.length);
    case SeverityRole:
        return -1;
    case FindingIdsRole:
        return QVariantList();
    case ExtraRowRole:
        return true;
    case FindMatchRole:
        return Finder::matches(value.displayText(), m_findText);
    default:
        break;
    }
    return QVariant();
}

QVariant ReportTableModel::extraHeaderData(const ExtraRow &extra, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return tr("(extra) %1").arg(shortLabel(extra.label));
    case Qt::ToolTipRole:
        return tr("%1<br>An extra row of this report, not in the template: shown as read, read-only, not checked.")
            .arg(extra.label.toHtmlEscaped());
    case Qt::BackgroundRole:
        return QBrush(Finder::matches(extra.label, m_findText) ? SeverityStyle::findMatchBackground()
                                                                : SeverityStyle::extraRowBackground());
    case Qt::ForegroundRole:
        return QBrush(SeverityStyle::extraRowForeground());
    case ExtraRowRole:
        return true;
    default:
        return QVariant();
    }
}

bool ReportTableModel::parseInput(const QString &text, bool amount, bool mayBeNegative, double *number)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || (!mayBeNegative && value < 0) || (!amount && value != double(qint64(value))))
        return false;
    *number = value;
    return true;
}

bool ReportTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ReportTable *t = table();
    if (role != Qt::EditRole || !t || !index.isValid() || extraRowAt(index.row()))
        return false;
    const ColumnSpec &column = t->spec.columns.at(index.column());
    const QString text = value.toString().trimmed();
    CellValue cellValue;
    if (!text.isEmpty()) {
        double number = 0;
        if (!parseInput(text, column.amount, column.mayBeNegative, &number))
            return false;
        cellValue = CellValue::number(number, text);
    }
    m_document->setCellValue(cellIdAt(index), cellValue);
    return true;
}

Qt::ItemFlags ReportTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (extraRowAt(index.row()))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const ReportTable *t = table();
    if (!t)
        return QVariant();
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columnLeaves.size())
            return QVariant();
        switch (role) {
        case Qt::DisplayRole:
            return m_columnLeaves.at(section);
        case HeaderGroupRole:
            return m_columnGroups.at(section);
        case Qt::ToolTipRole:
            return m_columnToolTips.at(section);
        case Qt::BackgroundRole:
            return Finder::matches(m_columnToolTips.at(section), m_findText) ? QVariant(QBrush(SeverityStyle::findMatchBackground()))
                                                                            : QVariant();
        default:
            return QVariant();
        }
    }
    if (const ExtraRow *extra = extraRowAt(section))
        return extraHeaderData(*extra, role);
    if (section < 0 || section >= m_rowLabels.size())
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return m_rowLabels.at(section);
    case Qt::ToolTipRole:
        return m_rowToolTips.at(section);
    case Qt::BackgroundRole:
        return Finder::matches(m_rowLabels.at(section), m_findText) ? QVariant(QBrush(SeverityStyle::findMatchBackground()))
                                                                   : QVariant();
    default:
        return QVariant();
    }
}

void ReportTableModel::onCorrectionChanged(const QString &cellId)
{
    const QModelIndex index = indexOfCell(cellId);
    if (index.isValid())
        Q_EMIT dataChanged(index, index);
}

void ReportTableModel::onFindingsChanged()
{
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace gk
