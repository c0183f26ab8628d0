#include "exportdialog.h"

#include "chartexporter.h"
#include "chartsizedialog.h"
#include "export/exportdocument.h"
#include "reviewdocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace gk {

namespace {

const QString folderKey = QStringLiteral("export/lastFolder");
const QString csvKey = QStringLiteral("export/csv");
const QString xlsxKey = QStringLiteral("export/xlsx");
const QString jsonKey = QStringLiteral("export/json");
const QString chartsKey = QStringLiteral("export/charts");

} // namespace

ExportDialog::ExportDialog(ReviewDocument *document, QWidget *parent)
    : QDialog(parent)
    // What is open now is what gets exported, even if another report finishes opening meanwhile.
    , m_snapshot(*document->review(), document->findings())
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Corrected Tables"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The tables with the reviewer's corrections, the findings and the report's details."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    m_csv = addRow(grid, 0, tr("&CSV files into the folder"), QStringLiteral("csv"), true, QString());
    m_xlsx = addRow(grid, 1, tr("E&xcel workbook (XLSX)"), QStringLiteral("xlsx"), false,
                    tr("Excel workbooks (*.xlsx)"));
    m_json = addRow(grid, 2, tr("&JSON"), QStringLiteral("json"), false, tr("JSON files (*.json)"));
    m_charts = addRow(grid, 3, tr("C&harts (PNG and SVG) into the folder"), QStringLiteral("charts"), true, QString());
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    layout->addWidget(buttons);

    loadDefaults();
    resize(640, sizeHint().height());
}

ExportDialog::Row ExportDialog::addRow(QGridLayout *grid, int row, const QString &text, const QString &objectName,
                                       bool folder, const QString &filter)
{
    Row r;
    r.check = new QCheckBox(text, this);
    r.check->setObjectName(objectName + QLatin1String("Check"));
    r.path = new QLineEdit(this);
    r.path->setObjectName(objectName + QLatin1String("Path"));
    r.path->setMinimumWidth(320);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(r.check, &QCheckBox::toggled, r.path, &QWidget::setEnabled);
    connect(r.check, &QCheckBox::toggled, browse, &QWidget::setEnabled);
    QLineEdit *path = r.path;
    connect(browse, &QPushButton::clicked, this, [this, path, folder, filter] {
        const QString chosen = folder
            ? QFileDialog::getExistingDirectory(this, tr("Export CSV Files Into"), path->text())
            : QFileDialog::getSaveFileName(this, tr("Export To"), path->text(), filter);
        if (!chosen.isEmpty())
            path->setText(QDir::toNativeSeparators(chosen));
    });
    grid->addWidget(r.check, row, 0);
    grid->addWidget(r.path, row, 1);
    grid->addWidget(browse, row, 2);
    return r;
}

void ExportDialog::loadDefaults()
{
    const QSettings settings;
    const QFileInfo report(m_snapshot.original().filePath);
    QString folder = settings.value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = report.absolutePath();
    const QDir dir(folder);
    const QString base = report.completeBaseName().isEmpty() ? QStringLiteral("report") : report.completeBaseName();
    m_csv.path->setText(QDir::toNativeSeparators(dir.filePath(base + QLatin1String("-csv"))));
    m_xlsx.path->setText(QDir::toNativeSeparators(dir.filePath(base + QLatin1String(".xlsx"))));
    m_json.path->setText(QDir::toNativeSeparators(dir.filePath(base + QLatin1String(".json"))));
    m_charts.path->setText(QDir::toNativeSeparators(dir.filePath(base + QLatin1String("-charts"))));
    m_csv.check->setChecked(settings.value(csvKey, false).toBool());
    m_xlsx.check->setChecked(settings.value(xlsxKey, true).toBool());
    m_json.check->setChecked(settings.value(jsonKey, false).toBool());
    m_charts.check->setChecked(settings.value(chartsKey, false).toBool());
    for (const Row &r : {m_csv, m_xlsx, m_json, m_charts})
        r.path->setEnabled(r.check->isChecked());
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(csvKey, m_csv.check->isChecked());
    settings.setValue(xlsxKey, m_xlsx.check->isChecked());
    settings.setValue(jsonKey, m_json.check->isChecked());
    settings.setValue(chartsKey, m_charts.check->isChecked());
    const ExportTargets t = targets();
    const QString first = !t.xlsx.isEmpty() ? t.xlsx : (!t.json.isEmpty() ? t.json : (!t.csv.isEmpty() ? t.csv : chartsFolder()));
    if (!first.isEmpty()) {
        // A CSV destination is itself a folder; the folder to remember is the one it sits in.
        settings.setValue(folderKey, QFileInfo(first).absolutePath());
    }
}

ExportTargets ExportDialog::targets() const
{
    const auto pathOf = [](const Row &r) {
        return r.check->isChecked() ? QDir::fromNativeSeparators(r.path->text().trimmed()) : QString();
    };
    return {pathOf(m_csv), pathOf(m_xlsx), pathOf(m_json)};
}

void ExportDialog::setTargets(const ExportTargets &targets)
{
    const auto set = [](const Row &r, const QString &path) {
        r.check->setChecked(!path.isEmpty());
        if (!path.isEmpty())
            r.path->setText(QDir::toNativeSeparators(path));
    };
    set(m_csv, targets.csv);
    set(m_xlsx, targets.xlsx);
    set(m_json, targets.json);
}

QString ExportDialog::chartsFolder() const
{
    return m_charts.check->isChecked() ? QDir::fromNativeSeparators(m_charts.path->text().trimmed()) : QString();
}

void ExportDialog::setChartsFolder(const QString &folder)
{
    m_charts.check->setChecked(!folder.isEmpty());
    if (!folder.isEmpty())
        m_charts.path->setText(QDir::toNativeSeparators(folder));
}

bool ExportDialog::exportNow(QString *error)
{
    if (targets().isEmpty() && chartsFolder().isEmpty()) {
        if (error)
            *error = tr("Choose at least one thing to export.");
        return false;
    }
    const ExportDocument &document = m_snapshot;
    ExportJob::Result result;
    result.ok = true;
    if (!targets().isEmpty())
        result = ExportJob::run(document, targets());
    if (result.ok && !chartsFolder().isEmpty()) {
        result.ok = ChartExporter::writeAll(document.corrected(), chartsFolder(), ChartSizeDialog::lastSize(),
                                            &result.written, &result.error);
    }
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    saveChoices();
    m_summary = summarize(result.written);
    return true;
}

QString ExportDialog::summarize(const QStringList &written)
{
    // Every destination is named: a file by its name, a folder by its path with how many files it got.
    QStringList folders;
    QList<QStringList> names;
    for (const QString &path : written) {
        const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
        qsizetype i = folders.indexOf(folder);
        if (i < 0) {
            folders.append(folder);
            names.append(QStringList());
            i = folders.size() - 1;
        }
        names[i].append(QFileInfo(path).fileName());
    }
    QStringList parts;
    for (qsizetype i = 0; i < folders.size(); ++i) {
        const QStringList &files = names.at(i);
        parts.append(files.size() <= 2 ? tr("%1 in %2").arg(files.join(QStringLiteral(", ")), folders.at(i))
                                       : tr("%n file(s) in %1", nullptr, int(files.size())).arg(folders.at(i)));
    }
    return tr("Exported %1").arg(parts.join(QStringLiteral("; ")));
}

void ExportDialog::accept()
{
    QString error;
    if (!exportNow(&error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    QDialog::accept();
}

} // namespace gk
