#include "reviewreportwriter.h"

#include "chartbuilder.h"
#include "chartexporter.h"
#include "export/exportfile.h"
#include "export/reviewreport.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace gk {

namespace {

const QSize chartSize(1200, 800);

QImage chartImage(const ChartData &data)
{
    QImage image(chartSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    ChartExporter::render(data, chartSize, &painter);
    return image;
}

/** The charts as (title, name) for the HTML, and their images by name. */
QList<ReviewReport::Chart> charts(const Report &report, QList<QPair<QString, QImage>> *images)
{
    QList<ReviewReport::Chart> list;
    for (const ChartBuilder *builder : ChartBuilder::all()) {
        const QString name = QStringLiteral("chart-%1.png").arg(builder->id());
        list.append({builder->title(), name});
        images->append({name, chartImage(builder->build(report))});
    }
    return list;
}

} // namespace

std::unique_ptr<QTextDocument> ReviewReportWriter::document(const ExportDocument &document)
{
    QList<QPair<QString, QImage>> images;
    const QList<ReviewReport::Chart> list = charts(document.corrected(), &images);
    auto text = std::make_unique<QTextDocument>();
    for (const auto &[name, image] : std::as_const(images))
        text->addResource(QTextDocument::ImageResource, QUrl(name), image);
    text->setHtml(ReviewReport::html(document, list, QDateTime::currentDateTime()));
    return text;
}

void ReviewReportWriter::print(const ExportDocument &document, QPagedPaintDevice *device)
{
    std::unique_ptr<QTextDocument> text = ReviewReportWriter::document(document);
    text->print(device);
}

bool ReviewReportWriter::write(const ExportDocument &document, const QString &filePath, QString *error)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("pdf")) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Review report: %1").arg(document.original().fileName));
        writer.setCreator(QStringLiteral("gkreview"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        print(document, &writer);
    } else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        // One file to send: the charts go inside it as data URLs.
        QList<QPair<QString, QImage>> images;
        QList<ReviewReport::Chart> list = charts(document.corrected(), &images);
        for (int i = 0; i < list.size(); ++i) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            images.at(i).second.save(&buffer, "PNG");
            list[i].source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        }
        bytes = ReviewReport::html(document, list, QDateTime::currentDateTime()).toUtf8();
    } else {
        if (error)
            *error = tr("%1: a review report is written as .pdf or .html").arg(QDir::toNativeSeparators(filePath));
        return false;
    }
    return ExportFile::save(filePath, bytes, error);
}

} // namespace gk
