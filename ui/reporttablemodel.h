#pragma once

#include <QAbstractTableModel>
#include <QLocale>
#include <QPointer>

namespace gk {

class ReviewDocument;
struct ExtraRow;
struct ReportTable;

/**
 * One canonical table of the open report in its template layout: rows are the template rows
 * (vertical header: RowSpec::displayLabel), columns the template columns (horizontal header: the
 * column label, with the group above it in HeaderGroupRole). Shows the reviewed value; editing pushes
 * an undo command through the document. Below the template rows come the report's extra rows
 * (ExtraRowRole, ids `table.extra_N.column`), as read and read-only.
 */
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    ReportTableModel(ReviewDocument *document, const QString &tableId, QObject *parent = nullptr);

    QString tableId() const { return m_tableId; }
    QString cellIdAt(const QModelIndex &index) const;
    QModelIndex indexOfCell(const QString &cellId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Parses what a reviewer typed: "" is a blank, else a number (a count must be whole). */
    static bool parseInput(const QString &text, bool amount, bool mayBeNegative, double *number);
    /** Marks the cells and labels holding `text` (the find bar's); empty clears. */
    void setFindText(const QString &text);
    /** The locale of the window's language, for dates and times people read. */
    static QLocale uiLocale();

private:
    const ReportTable *table() const;
    /** The extra row shown at `row`, or nullptr for a template row. */
    const ExtraRow *extraRowAt(int row) const;
    QVariant extraData(const QModelIndex &index, int role) const;
    QVariant extraHeaderData(const ExtraRow &extra, int role) const;
    void onCorrectionChanged(const QString &cellId);
    void onFindingsChanged();
    /** The template's labels in the current language, worked out once per report (headers are asked often). */
    void buildHeaderLabels();

    QPointer<ReviewDocument> m_document;
    QString m_tableId;
    QStringList m_rowLabels;
    QStringList m_rowToolTips;
    QStringList m_columnLeaves;
    QStringList m_columnGroups;
    QStringList m_columnToolTips;
    QString m_findText;
};

} // namespace gk
