#include "startpage.h"

#include "recentfiles.h"

#include "io/textdecoder.h"
#include "template/metadataextractor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gk {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("<h2>Review a government information-disclosure annual report</h2>"
                                "<p>Open a report (text, HTML, Word, PDF, or the page images of a scan, "
                                "chosen together), drop one on this window, or start with one of the sample "
                                "reports below.</p>"),
                             this);
    title->setWordWrap(true);

    m_samples = new QListWidget(this);
    m_samples->setObjectName(QStringLiteral("sampleList"));
    for (const QString &sample : samples()) {
        auto *item = new QListWidgetItem(sampleTitle(sample), m_samples);
        item->setData(Qt::UserRole, sample);
        item->setToolTip(tr("Open a copy of this sample report (%1)").arg(QFileInfo(sample).fileName()));
    }
    connect(m_samples, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT sampleChosen(item->data(Qt::UserRole).toString());
    });
    connect(m_samples, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT sampleChosen(item->data(Qt::UserRole).toString());
    });

    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT fileChosen(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT fileChosen(item->data(Qt::UserRole).toString());
    });

    auto *open = new QPushButton(tr("Open a Report…"), this);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("<b>Sample reports</b> (one click opens a copy)"), this));
    layout->addWidget(m_samples, 2);
    layout->addWidget(new QLabel(tr("<b>Recent reports</b>"), this));
    layout->addWidget(m_recent, 1);
    layout->addWidget(open, 0, Qt::AlignLeft);
}

QStringList StartPage::samples()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/samples"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QString StartPage::sampleTitle(const QString &resourcePath)
{
    // The samples are small text files: their heading names the agency and the year.
    const QString name = QFileInfo(resourcePath).fileName();
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return name;
    const TextDecoder::Result decoded = TextDecoder::decode(file.readAll());
    const MetadataExtractor::Metadata metadata = MetadataExtractor::extract(decoded.text);
    if (metadata.agency.isEmpty() || metadata.year == 0)
        return name;
    return tr("%1 — %2 annual report  (%3)").arg(metadata.agency).arg(metadata.year).arg(name);
}

QString StartPage::extractSample(const QString &resourcePath, QString *error)
{
    // AppDataLocation is …/ORGANIZATION/APPLICATION, both "gkreview" here: one level is enough.
    const QString dirPath = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/gkreview/samples");
    if (!QDir().mkpath(dirPath)) {
        if (error)
            *error = tr("%1: cannot create the folder for sample reports").arg(dirPath);
        return QString();
    }
    const QString target = dirPath + QLatin1Char('/') + QFileInfo(resourcePath).fileName();
    if (QFile::exists(target))
        return target;
    if (!QFile::copy(resourcePath, target)) {
        if (error)
            *error = tr("%1: cannot copy the sample report there").arg(target);
        return QString();
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return target;
}

void StartPage::setRecentFiles(const RecentFiles &recent)
{
    m_recent->clear();
    for (const QString &file : recent.files()) {
        auto *item = new QListWidgetItem(recent.title(file) + QStringLiteral("  —  ") + QFileInfo(file).absolutePath(),
                                         m_recent);
        item->setData(Qt::UserRole, file);
        item->setToolTip(file);
    }
}

} // namespace gk
