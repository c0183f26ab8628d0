#pragma once

#include "review.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

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

    static QByteArray toJson(const Data &data);
    static bool fromJson(const QByteArray &json, Data *data, QString *error);
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

    /** Saves `review` beside `reportPath` after every change until detach(). */
    void attach(Review *review, const QString &reportPath);
    void detach();
    bool isAttached() const { return m_review != nullptr; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void saved(const QString &reviewPath);
    void saveFailed(const QString &error);

private:
    static bool write(const Review &review, const QString &reportPath, const QString &hash, QString *error);
    void saveNow();

    QPointer<Review> m_review;
    QString m_reportPath;
    QString m_reportHash;
    QString m_lastError;
    QMetaObject::Connection m_connection;
};

} // namespace gk
