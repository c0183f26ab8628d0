#include "chartexporter.h"

#include "chartbuilder.h"
#include "chartfactory.h"
#include "export/exportfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace gk {

namespace {

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

bool ChartExporter::acceptsSize(const QSize &size)
{
    return size.width() >= minimumSize().width() && size.height() >= minimumSize().height()
        && size.width() <= maximumSize().width() && size.height() <= maximumSize().height()
        && qint64(size.width()) * size.height() <= maximumPixels();
}

void ChartExporter::render(const ChartData &data, const QSize &size, QPainter *painter)
{
    // The chart and its panels one under the other.
    const QList<ChartData> parts = data.parts();
    const QList<int> heights = ChartFactory::stackedHeights(parts, size.height());
    QGraphicsScene scene;
    int top = 0;
    for (int i = 0; i < parts.size(); ++i) {
        QChart *chart = ChartFactory::create(parts.at(i)); // the scene owns it
        scene.addItem(chart);
        chart->setGeometry(QRectF(0, top, size.width(), heights.at(i)));
        chart->layout()->activate();
        top += heights.at(i);
    }
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    scene.setSceneRect(rect);
    scene.render(painter, rect, rect);
}

QStringList ChartExporter::drawnTexts(const ChartData &data, const QSize &size)
{
    const QList<ChartData> parts = data.parts();
    const QList<int> heights = ChartFactory::stackedHeights(parts, size.height());
    QGraphicsScene scene;
    int top = 0;
    for (int i = 0; i < parts.size(); ++i) {
        QChart *chart = ChartFactory::create(parts.at(i));
        scene.addItem(chart);
        chart->setGeometry(QRectF(0, top, size.width(), heights.at(i)));
        chart->layout()->activate();
        top += heights.at(i);
    }
    QStringList texts;
    for (QGraphicsItem *item : scene.items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts.append(text->toPlainText());
        else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item); simple && simple->isVisible())
            texts.append(simple->text());
    }
    return texts;
}

bool ChartExporter::checkSize(const QString &filePath, const QSize &size, QString *error)
{
    if (acceptsSize(size))
        return true;
    const QString path = QDir::toNativeSeparators(filePath);
    if (qint64(size.width()) * size.height() > maximumPixels() && size.width() <= maximumSize().width()
        && size.height() <= maximumSize().height()) {
        ExportFile::setError(error, tr("Cannot write the chart %1: %2×%3 pixels is too large; a chart may have "
                                       "at most %4 million pixels (%5×%6, for example).")
                                        .arg(path)
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(maximumPixels() / 1000000)
                                        .arg(maximumSize().width())
                                        .arg(maximumPixels() / maximumSize().width()));
        return false;
    }
    ExportFile::setError(error, tr("Cannot write the chart %1: %2×%3 pixels is outside %4×%5 to %6×%7.")
                                    .arg(path)
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(minimumSize().width())
                                    .arg(minimumSize().height())
                                    .arg(maximumSize().width())
                                    .arg(maximumSize().height()));
    return false;
}

bool ChartExporter::write(const ChartData &data, const QString &filePath, const QSize &size, QString *error)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return writePng(data, filePath, size, error);
    if (suffix == QLatin1String("svg"))
        return writeSvg(data, filePath, size, error);
    ExportFile::setError(error, tr("Cannot write the chart %1: the name must end in .png or .svg.")
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
        ExportFile::setError(error, tr("Cannot write the chart %1: the PNG could not be encoded.")
                                        .arg(QDir::toNativeSeparators(filePath)));
        return false;
    }
    return ExportFile::save(filePath, bytes, error);
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
    return ExportFile::save(filePath, withPixelSize(bytes, size), error);
}

bool ChartExporter::writeAll(const Report &report, const QString &dir, const QSize &size, QStringList *written,
                             QString *error)
{
    if (!ExportFile::makeFolder(dir, error))
        return false;
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
