#include "chartsizedialog.h"

#include "chartexporter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace gk {

namespace {

const QString sizeKey = QStringLiteral("charts/exportSize");

QSpinBox *pixelBox(int value, int minimum, int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setSuffix(ChartSizeDialog::tr(" px"));
    box->setSingleStep(100);
    return box;
}

} // namespace

ChartSizeDialog::ChartSizeDialog(const QSize &size, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Chart Size"));
    const QSize low = ChartExporter::minimumSize();
    const QSize high = ChartExporter::maximumSize();
    m_width = pixelBox(size.width(), low.width(), high.width(), this);
    m_height = pixelBox(size.height(), low.height(), high.height(), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Each side may reach the maximum, not both at once: say so, and refuse what is too large.
    auto *limit = new QLabel(tr("At most %1 million pixels in all.").arg(ChartExporter::maximumPixels() / 1000000), this);
    const auto check = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ChartExporter::acceptsSize(chartSize()));
    };
    connect(m_width, &QSpinBox::valueChanged, this, check);
    connect(m_height, &QSpinBox::valueChanged, this, check);
    check();
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Width:"), m_width);
    layout->addRow(tr("&Height:"), m_height);
    layout->addRow(limit);
    layout->addRow(buttons);
}

QSize ChartSizeDialog::chartSize() const
{
    return QSize(m_width->value(), m_height->value());
}

QSize ChartSizeDialog::lastSize()
{
    // A size kept under older, looser limits must not make every later export fail.
    const QSize size = QSettings().value(sizeKey, ChartExporter::defaultSize()).toSize();
    return ChartExporter::acceptsSize(size) ? size : ChartExporter::defaultSize();
}

bool ChartSizeDialog::getSize(QWidget *parent, QSize *size)
{
    QSettings settings;
    ChartSizeDialog dialog(lastSize(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *size = dialog.chartSize();
    settings.setValue(sizeKey, *size);
    return true;
}

} // namespace gk
