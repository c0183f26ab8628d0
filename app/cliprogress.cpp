#include "cliprogress.h"

#include <cstdio>
#include <unistd.h>

namespace gk {

CliProgress::CliProgress(QTextStream &err, int total)
    : m_err(err)
    , m_total(total)
    , m_enabled(stderrIsTerminal() && total > 0)
{
    m_clock.start();
}

bool CliProgress::stderrIsTerminal()
{
    return isatty(fileno(stderr)) == 1;
}

void CliProgress::setDone(int done)
{
    m_done = done;
    if (!m_enabled)
        return;
    const qint64 now = m_clock.elapsed();
    // A terminal redrawn on every report of a fast corpus costs more than the reports.
    if (m_lastDraw >= 0 && now - m_lastDraw < 200 && done < m_total)
        return;
    m_lastDraw = now;
    draw(done);
}

void CliProgress::draw(int done)
{
    const double seconds = m_clock.elapsed() / 1000.0;
    const double rate = seconds > 0 ? done / seconds : 0;
    QString left;
    if (rate > 0 && done < m_total) {
        const int remaining = int((m_total - done) / rate + 0.5);
        left = tr("%1:%2 left").arg(remaining / 60).arg(remaining % 60, 2, 10, QLatin1Char('0'));
    }
    m_err << '\r' << tr("%1/%2 reports, %3 reports/s").arg(done).arg(m_total).arg(rate, 0, 'f', 1) << ' ' << left
          << QStringLiteral("\x1b[K") << Qt::flush;
    m_shown = true;
}

void CliProgress::clear()
{
    if (m_shown) {
        m_err << QStringLiteral("\r\x1b[K") << Qt::flush;
        m_shown = false;
        m_lastDraw = -1;
    }
}

void CliProgress::finish()
{
    if (m_enabled && m_total > 0) {
        draw(m_done);
        m_err << '\n' << Qt::flush;
        m_shown = false;
    }
}

} // namespace gk
