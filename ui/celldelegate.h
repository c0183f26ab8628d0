#pragma once

#include <QStyledItemDelegate>

namespace gk {

/**
 * Paints what the roles say a cell is (hatched when its column is a guess, a corner mark when it was
 * corrected) and edits it with a validating line edit: whole numbers for counts, decimals for amounts.
 */
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** Set by the view: which columns are amounts and which may be negative. */
    struct ColumnKind
    {
        bool amount = false;
        bool mayBeNegative = false;
    };
    void setColumnKinds(const QList<ColumnKind> &kinds) { m_kinds = kinds; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    /** Fills a fresh editor; one the reviewer has typed in keeps the typing (a re-check refreshes the whole table). */
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<ColumnKind> m_kinds;
};

} // namespace gk
