#include "groupedheaderview.h"

#include "roles.h"

#include <QPainter>

namespace gk {

GroupedHeaderView::GroupedHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignCenter);
}

QString GroupedHeaderView::groupOf(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, Qt::Horizontal, HeaderGroupRole).toString() : QString();
}

bool GroupedHeaderView::hasGroups() const
{
    for (int i = 0; model() && i < count(); ++i) {
        if (!groupOf(i).isEmpty())
            return true;
    }
    return false;
}

int GroupedHeaderView::groupBand() const
{
    // One line for the group label: the column labels below may take two.
    return fontMetrics().height() + 8;
}

QSize GroupedHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    if (hasGroups())
        size.setHeight(size.height() + groupBand());
    return size;
}

QSize GroupedHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    size.setWidth(size.width() + 8);
    return size;
}

void GroupedHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    const QString group = groupOf(logicalIndex);
    if (group.isEmpty()) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    const int half = qMin(groupBand(), rect.height() / 2);
    const QRect lower(rect.left(), rect.top() + half, rect.width(), rect.height() - half);
    QHeaderView::paintSection(painter, lower, logicalIndex);

    // The upper half: the group label centred over all of its columns; each section paints its part.
    int first = logicalIndex;
    int last = logicalIndex;
    while (first > 0 && groupOf(first - 1) == group)
        --first;
    while (last + 1 < count() && groupOf(last + 1) == group)
        ++last;
    const int left = sectionViewportPosition(first);
    const int right = sectionViewportPosition(last) + sectionSize(last);
    const QRect groupRect(left, rect.top(), right - left, half);

    painter->save();
    painter->setClipRect(QRect(rect.left(), rect.top(), rect.width(), half));
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = groupRect;
    option.section = first;
    option.text = group;
    option.textAlignment = Qt::AlignCenter;
    option.position = QStyleOptionHeader::Middle;
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
}

} // namespace gk
