#pragma once

#include "review.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace gk {

/**
 * Keeps a Review beside its report as `<report file>.gkreview.json` (format "gkreview-review",
 * version 1, with the SHA-256 of the report's bytes). Every write goes through QSaveFile, so a crash
 * leaves either the previous or the new file, never half of one. The report file is only read.
 */
class ReviewStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int formatVersion = 1;

    enum class LoadStatus {
        NoReview,     ///< nothing saved for this report yet
        Loaded,       ///< restored into the review
        HashMismatch, ///< a review exists but was made for other bytes; kept on disk, not applied
        Error         ///< unreadable or of an unknown format; kept on disk, not applied
    };

    /** What a saved review holds, independently of any Review object. */
    struct Data
    {
        QString reportHash;
        QString reportFileName;
        QString reviewerName;
        QDateTime created;
        QDateTime modified;
        QHash<QString, Correction> corrections;
        QHash<QString, Verdict> verdicts;
    };

    struct LoadResult
    {
        LoadStatus status = LoadStatus::NoReview;
        Data data;
        /** The hash of the report as it is now. */
        QString currentHash;
        /** For Error: one line naming the file and the cause. */
        QString error;
    };

    explicit ReviewStore(QObject *parent = nullptr);

    static QString reviewPathFor(const QString &reportPath);
    /** Hex SHA-256 of the file's bytes, empty when it cannot be read. */
    static QString hashOfFile(const QString &path);
    /**
     * The hash a review is tied to: of the report's file, or for a scan read from several page images
     * of all of them in page order (a review of three pages must not land on the first page alone, nor
     * survive a page scanned again unnoticed). Empty when a file cannot be read.
     */
    static QString hashOfReport(const Report &report, const QString &reportPath);

    /** The largest review file read (a review of every cell with long notes is far smaller). */
    static constexpr qint64 maxFileSize = 8 * 1024 * 1024;

    static QByteArray toJson(const Data &data);
    /**
     * Parses and validates a review against the format (every correction a known kind with a number
     * where one is needed, every verdict "accepted"); false with `error` at the first thing that does
     * not fit, and `data` is then not to be used: a review is applied whole or not at all.
     */
    static bool fromJson(const QByteArray &json, Data *data, QString *error);
    /** False with `error` naming the first corrected cell that `report` does not have. */
    static bool checkCells(const Data &data, const Report &report, QString *error);
    /**
     * Reads a review file: a regular file of at most maxFileSize bytes, valid, its cells those of
     * `report`; false with the cause in `error` (the caller names the file as its user knows it).
     */
    static bool readFile(const QString &path, const Report &report, Data *data, QString *error);
    static Data dataOf(const Review &review, const QString &reportHash);

    /** Reads the review saved beside `reportPath`; restores it into `review` only when the hash matches. */
    static LoadResult load(const QString &reportPath, Review *review);
    /** Restores loaded data into a review regardless of the hash (the reviewer chose "apply anyway"). */
    static void apply(const Data &data, Review *review);
    /**
     * Moves a review that does not match its report out of the way (kept as
     * `<report>.gkreview.json.set-aside-<time>.json`); returns the new path or an empty string.
     */
    static QString setAside(const QString &reportPath);
    /** Writes atomically; false with `error` set on failure. */
    static bool save(const Review &review, const QString &reportPath, QString *error = nullptr);

    /**
     * Saves `review` beside `reportPath` after every change until detach(). A save that fails keeps
     * the previous file whole; the review stays in memory, unsaved, and is saved again after the
     * next change or every retryInterval() until a save succeeds.
     */
    void attach(Review *review, const QString &reportPath);
    void detach();
    bool isAttached() const { return m_review != nullptr; }
    QString lastError() const { return m_lastError; }
    /** The last save failed: the reviewer's work exists only in memory. */
    bool hasUnsavedChanges() const { return m_unsaved; }
    /** Where the review is saved: beside the report, or where saveAs() last put it. */
    QString reviewPath() const { return m_reviewPath; }
    /** Saves the attached review now; true when it is on disk. */
    bool saveNow();
    /**
     * Saves the attached review to `path` and from now on there; never onto the report itself.
     * False with a one-line `error`, and nothing changes.
     */
    bool saveAs(const QString &path, QString *error);
    int retryInterval() const { return m_retry.interval(); }
    void setRetryInterval(int milliseconds) { m_retry.setInterval(milliseconds); }

Q_SIGNALS:
    void saved(const QString &reviewPath);
    void saveFailed(const QString &error);
    /** hasUnsavedChanges() changed. */
    void unsavedChanged(bool unsaved);

private:
    static bool write(const Review &review, const QString &path, const QString &hash, QString *error);
    void setUnsaved(bool unsaved);
    static bool readValue(const QJsonValue &json, CellValue *value, QString *error);

    QString m_reviewPath;
    bool m_unsaved = false;
    QTimer m_retry;

    QPointer<Review> m_review;
    QString m_reportPath;
    QString m_reportHash;
    QString m_lastError;
    QMetaObject::Connection m_connection;
};

} // namespace gk
