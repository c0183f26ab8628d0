#pragma once

#include <QWidget>

class QListWidget;

namespace gk {

class RecentFiles;

/** Shown when no report is open: the bundled sample reports and the recent files, one click away. */
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    /** The bundled samples (resource paths ":/samples/…"). */
    static QStringList samples();
    /** "agency — year annual report  (file)" for the list; the file name alone when the heading says neither. */
    static QString sampleTitle(const QString &resourcePath);
    /**
     * Copies a bundled sample to a writable place (AppDataLocation/samples), since its review goes
     * beside it; an existing copy is kept so its review stays valid. Returns the path or empty.
     */
    static QString extractSample(const QString &resourcePath, QString *error);

    void setRecentFiles(const RecentFiles &recent);
    QListWidget *sampleList() const { return m_samples; }

Q_SIGNALS:
    void sampleChosen(const QString &resourcePath);
    void fileChosen(const QString &filePath);
    void openRequested();

private:
    QListWidget *m_samples = nullptr;
    QListWidget *m_recent = nullptr;
};

} // namespace gk
