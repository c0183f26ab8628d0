#pragma once

#include <QDialog>

class QSpinBox;

namespace gk {

/** Asks for the pixel size of an exported chart. */
class ChartSizeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChartSizeDialog(const QSize &size, QWidget *parent = nullptr);

    QSize chartSize() const;

    /** Shows the dialog with the last size used (1200×800 the first time); false when cancelled. */
    static bool getSize(QWidget *parent, QSize *size);
    /** The size chosen last (the default size before any choice). */
    static QSize lastSize();

private:
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
};

} // namespace gk
