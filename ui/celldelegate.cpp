#include "celldelegate.h"

#include "reporttablemodel.h"
#include "roles.h"
#include "severitystyle.h"

#include <QLineEdit>
#include <QPainter>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace gk {

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // A selected cell keeps its severity colour (the reason it was selected) under a frame and tint.
    const bool selected = option.state & QStyle::State_Selected;
    QStyleOptionViewItem plain = option;
    plain.state &= ~QStyle::State_Selected;
    plain.state &= ~QStyle::State_HasFocus;
    QStyledItemDelegate::paint(painter, plain, index);
    painter->save();
    if (selected) {
        QColor tint = option.palette.color(QPalette::Highlight);
        tint.setAlpha(45);
        painter->fillRect(option.rect, tint);
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }
    if (!index.data(CertaintyRole).toBool()) {
        painter->fillRect(option.rect.adjusted(1, 1, -1, -1), QBrush(QColor(90, 90, 90, 90), Qt::BDiagPattern));
        painter->setPen(QPen(QColor(90, 90, 90), 1, Qt::DashLine));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    }
    if (index.data(FindMatchRole).toBool()) {
        painter->setPen(QPen(QColor(0x1e, 0x78, 0xc8), 2, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(2, 2, -3, -3));
    }
    if (index.data(CorrectedRole).toBool()) {
        const QRect r = option.rect;
        const QPolygon corner({QPoint(r.right() - 8, r.top()), QPoint(r.right(), r.top()), QPoint(r.right(), r.top() + 8)});
        painter->setPen(Qt::NoPen);
        painter->setBrush(SeverityStyle::correctedMarker());
        painter->drawPolygon(corner);
    }
    painter->restore();
}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const ColumnKind kind = m_kinds.value(index.column());
    auto *editor = new QLineEdit(parent);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Blank is allowed (it is a value too: the checks then report it); counts are whole numbers.
    const QString sign = kind.mayBeNegative ? QStringLiteral("[-+]?") : QStringLiteral("\\+?");
    const QString pattern = kind.amount ? QStringLiteral("^(%1\\d{0,12}(\\.\\d{0,6})?)?$").arg(sign)
                                        : QStringLiteral("^(%1\\d{0,12})?$").arg(sign);
    editor->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), editor));
    editor->setPlaceholderText(tr("blank"));
    return editor;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *lineEdit = static_cast<QLineEdit *>(editor);
    if (lineEdit->isModified())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *lineEdit = static_cast<QLineEdit *>(editor);
    QString text = lineEdit->text().trimmed();
    if (text == QLatin1String("+") || text == QLatin1String("-"))
        text.clear();
    if (text == index.data(Qt::EditRole).toString())
        return;
    model->setData(index, text, Qt::EditRole);
}

} // namespace gk
