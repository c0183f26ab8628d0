#pragma once

#include "checks/checker.h"
#include "reportbuilder.h"

#include <QRegularExpression>
#include <QTest>

namespace gk::test {

/** "a.x.y" → "applications.x.y", "r.y" → "reviews.all.y": keeps _data() rows short. */
inline QString expandIds(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("(?<![A-Za-z_])a\\.")), QStringLiteral("applications."));
    text.replace(QRegularExpression(QStringLiteral("(?<![A-Za-z_])r\\.")), QStringLiteral("reviews.all."));
    return text;
}

/**
 * The common shape of a rule test row: a report edited from all-zero, a rule, a cell, and the
 * expected severity of that rule's finding on that cell ("none" when it must not fire).
 */
inline void verifyRule(const Report &report, const QString &rule, const QString &cell, const QString &severity,
                       const QString &mentions)
{
    const QList<Finding> findings = withRule(Checker::check(report), rule);
    QList<Finding> onCell;
    for (const Finding &f : findings) {
        if (cell.isEmpty() || f.cells.contains(cell))
            onCell.append(f);
    }
    if (severity == QLatin1String("none")) {
        if (!onCell.isEmpty())
            QFAIL(qPrintable(QStringLiteral("unexpected: ") + onCell.constFirst().expression + QStringLiteral(" / ") +
                             onCell.constFirst().message));
        return;
    }
    QCOMPARE(onCell.size(), 1);
    const Finding &f = onCell.constFirst();
    QCOMPARE(severityId(f.severity), severity);
    QVERIFY(!f.message.isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(QString(f.expression + QLatin1Char(' ') + f.message).contains(mentions),
                 qPrintable(f.expression + QStringLiteral(" / ") + f.message));
}

} // namespace gk::test
