#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace gk {

class ReviewDocument;

/** The findings of the latest check: severity (with icon), rule, message, cells, verdict. */
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, MessageColumn, CellsColumn, VerdictColumn, ColumnCount };

    explicit FindingsModel(ReviewDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<ReviewDocument> m_document;
    int m_rows = 0;
};

} // namespace gk
