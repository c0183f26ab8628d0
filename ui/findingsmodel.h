#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>

namespace gk {

class ReviewDocument;

/**
 * The findings of the latest check, worst first: severity (with icon), rule, message, cells, verdict.
 * Many findings of one rule and severity (24 blank cells, thousands of extra rows) are one row that
 * expands to them, so that a long list stays readable and quick.
 */
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, MessageColumn, CellsColumn, VerdictColumn, ColumnCount };
    /** From this many findings of one rule and severity on, they are grouped. */
    static constexpr int groupFrom = 5;

    explicit FindingsModel(ReviewDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** Marks the findings that hold `text` (the find bar's); empty clears. */
    void setFindText(const QString &text);

    /** The finding (index into ReviewDocument::findings()) at an index; -1 for a group. */
    int findingAt(const QModelIndex &index) const;
    /** The findings of a group row, or the one finding of a finding row. */
    QList<int> findingsAt(const QModelIndex &index) const;
    bool isGroup(const QModelIndex &index) const;
    /** Where a finding is shown (inside its group when it has one). */
    QModelIndex indexOfFinding(int finding, int column = 0) const;

private:
    /** A top-level row: one finding, or a group of findings of one rule and severity. */
    struct Entry
    {
        QList<int> findings;
        bool group = false;
    };
    void rebuild();
    QVariant groupData(const Entry &entry, int column, int role) const;
    /** The cells' labels ("row · column"), the first `shown` of them, then how many more. */
    QString cellNames(const QStringList &cells, int shown) const;
    bool matchesFind(int finding) const;

    QPointer<ReviewDocument> m_document;
    QList<Entry> m_entries;
    /** Per finding: its top-level entry and its row inside the entry. */
    QList<QPair<int, int>> m_place;
    QString m_findText;
};

} // namespace gk
