#include "chartexporter.h"

#include "chartbuilder.h"
#include "chartfactory.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

namespace gk {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

/** QSvgGenerator gives the size in millimetres; a chart asked for in pixels should say pixels. */
QByteArray withPixelSize(QByteArray svg, const QSize &size)
{
    static const QRegularExpression sizeAttributes(QStringLiteral("<svg([^>]*?)\\swidth=\"[^\"]*\"\\s+height=\"[^\"]*\""));
    QString text = QString::fromUtf8(svg);
    const QRegularExpressionMatch match = sizeAttributes.match(text);
    if (match.hasMatch()) {
        text.replace(match.capturedStart(), match.capturedLength(),
                     QStringLiteral("<svg%1 width=\"%2\" height=\"%3\"")
                         .arg(match.captured(1))
                         .arg(size.width())
                         .arg(size.height()));
    }
    return text.toUtf8();
}

} // namespace

void ChartExporter::render(const ChartData &data, const QSize &size, QPainter *painter)
{
    QGraphicsScene scene;
    QChart *chart = ChartFactory::create(data); // the scene owns it
    scene.addItem(chart);
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    chart->setGeometry(rect);
    chart->layout()->activate();
    scene.setSceneRect(rect);
    scene.render(painter, rect, rect);
}

bool ChartExporter::checkSize(const QString &filePath, const QSize &size, QString *error)
{
    if (size.width() < minimumSize().width() || size.height() < minimumSize().height()
        || size.width() > maximumSize().width() || size.height() > maximumSize().height()) {
        setError(error, tr("Cannot write the chart %1: %2×%3 pixels is outside %4×%5 to %6×%7.")
                            .arg(QDir::toNativeSeparators(filePath))
                            .arg(size.width())
                            .arg(size.height())
                            .arg(minimumSize().width())
                            .arg(minimumSize().height())
                            .arg(maximumSize().width())
                            .arg(maximumSize().height()));
        return false;
    }
    return true;
}

bool ChartExporter::save(const QString &filePath, const QByteArray &bytes, QString *error)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("Cannot write the chart %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        setError(error, tr("Cannot write the chart %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
        return false;
    }
    return true;
}

bool ChartExporter::write(const ChartData &data, const QString &filePath, const QSize &size, QString *error)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return writePng(data, filePath, size, error);
    if (suffix == QLatin1String("svg"))
        return writeSvg(data, filePath, size, error);
    setError(error, tr("Cannot write the chart %1: the name must end in .png or .svg.")
                        .arg(QDir::toNativeSeparators(filePath)));
    return false;
}

bool ChartExporter::writePng(const ChartData &data, const QString &filePath, const QSize &size, QString *error)
{
    if (!checkSize(filePath, size, error))
        return false;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        render(data, size, &painter);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        setError(error, tr("Cannot write the chart %1: the PNG could not be encoded.").arg(QDir::toNativeSeparators(filePath)));
        return false;
    }
    return save(filePath, bytes, error);
}

bool ChartExporter::writeSvg(const ChartData &data, const QString &filePath, const QSize &size, QString *error)
{
    if (!checkSize(filePath, size, error))
        return false;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(QImage(1, 1, QImage::Format_ARGB32).logicalDpiX()); // text as large as in the PNG
    generator.setTitle(data.title);
    {
        QPainter painter(&generator);
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        render(data, size, &painter);
    }
    return save(filePath, withPixelSize(bytes, size), error);
}

bool ChartExporter::writeAll(const Report &report, const QString &dir, const QSize &size, QStringList *written,
                             QString *error)
{
    if (!QDir().mkpath(dir)) {
        setError(error, tr("Cannot write the charts into %1: the folder cannot be created.").arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    const QDir folder(dir);
    for (const ChartBuilder *builder : ChartBuilder::all()) {
        const ChartData data = builder->build(report);
        for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg")}) {
            const QString path = folder.filePath(builder->id() + QLatin1Char('.') + suffix);
            if (!write(data, path, size, error))
                return false;
            if (written)
                written->append(path);
        }
    }
    return true;
}

} // namespace gk
