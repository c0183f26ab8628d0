#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace gk {

/**
 * "done/total, reports/s, time left" on one line of stderr, rewritten in place; shown only when
 * stderr is a terminal, so scripts reading stderr see only the errors.
 */
class CliProgress
{
    Q_DECLARE_TR_FUNCTIONS(gk::CliProgress)
public:
    CliProgress(QTextStream &err, int total);
    static bool stderrIsTerminal();

    void setDone(int done);
    /** Clears the line before an error is printed on stderr. */
    void clear();
    void finish();

private:
    void draw(int done);

    QTextStream &m_err;
    int m_total = 0;
    bool m_enabled = false;
    bool m_shown = false;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1;
    int m_done = 0;
};

} // namespace gk
