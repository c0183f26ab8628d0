#include "severitystyle.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace gk {

QColor SeverityStyle::background(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xf6, 0xc1, 0xbc);
    case Severity::Warning:
        return QColor(0xfc, 0xe5, 0xa6);
    case Severity::Info:
        break;
    }
    return QColor(0xd3, 0xe4, 0xf8);
}

QColor SeverityStyle::acceptedBackground()
{
    return QColor(0xe4, 0xe9, 0xe4);
}

QColor SeverityStyle::correctedMarker()
{
    return QColor(0x1f, 0x5f, 0xbf);
}

QColor SeverityStyle::extraRowBackground()
{
    return QColor(0xe9, 0xe5, 0xf3);
}

QColor SeverityStyle::extraRowForeground()
{
    return QColor(0x4a, 0x3f, 0x6b);
}

QIcon SeverityStyle::icon(Severity severity)
{
    QStyle *style = QApplication::style();
    if (!style)
        return QIcon();
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QColor SeverityStyle::findMatchBackground()
{
    return QColor(0xb4, 0xe6, 0xff);
}

QIcon SeverityStyle::acceptedIcon()
{
    // Drawn here: not every style has an "apply" icon, and an accepted finding must never look open.
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x2e, 0x8b, 0x57), size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(QPolygonF({QPointF(size * 0.18, size * 0.55), QPointF(size * 0.42, size * 0.78),
                                        QPointF(size * 0.84, size * 0.24)}));
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString SeverityStyle::name(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

QString SeverityStyle::count(Severity severity, int n)
{
    switch (severity) {
    case Severity::Error:
        return tr("%n error(s)", nullptr, n);
    case Severity::Warning:
        return tr("%n warning(s)", nullptr, n);
    case Severity::Info:
        break;
    }
    return tr("%n note(s)", nullptr, n);
}

} // namespace gk
