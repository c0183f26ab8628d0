#pragma once

#include <QHeaderView>

namespace gk {

/**
 * A horizontal header in two tiers, like the printed template: the group label (HeaderGroupRole)
 * spans its columns above their own labels. Columns without a group use the full height.
 */
class GroupedHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit GroupedHeaderView(QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QString groupOf(int logicalIndex) const;
    bool hasGroups() const;
    int groupBand() const;
};

} // namespace gk
