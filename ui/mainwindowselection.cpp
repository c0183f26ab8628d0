// MainWindow: keeping the tables, the source, the page view and the findings on the same cell or
// finding, and the find bar's matches.
#include "mainwindow.h"

#include "findbar.h"
#include "finder.h"
#include "findingsmodel.h"
#include "findingspane.h"
#include "pdfpageview.h"
#include "reporttablemodel.h"
#include "reviewdocument.h"
#include "severitystyle.h"
#include "sourceview.h"
#include "tablespane.h"

#include <QStatusBar>
#include <QTabWidget>

#include <algorithm>

namespace gk {

void MainWindow::showCellInSource(const QString &cellId)
{
    QList<SourceSpan> spans;
    for (int i : m_document->findingsOfCell(cellId)) {
        for (const QString &other : m_document->findings().at(i).cells) {
            if (const SourceSpan span = m_document->spanOf(other); span.isValid())
                spans.append(span);
        }
    }
    const SourceSpan current = m_document->spanOf(cellId);
    m_source->setHighlights(spans, current);
    const int worst = m_document->worstSeverity(cellId);
    m_pageView->setHighlights(spans, current, SeverityStyle::background(worst >= 0 ? Severity(worst) : Severity::Info));
}

void MainWindow::selectCell(const QString &cellId)
{
    m_tables->selectCell(cellId); // emits currentCellChanged → source
}

void MainWindow::selectFinding(int finding)
{
    if (finding < 0 || finding >= m_document->findings().size())
        return;
    const Finding &f = m_document->findings().at(finding);
    QStringList cells = f.cells;
    if (cells.isEmpty()) { // a finding about an extra row (layout.extra_row) names the row as its subject
        const QStringList subject = f.subject.split(QLatin1Char('.'));
        if (subject.size() == 2)
            cells = m_document->extraRowCellIds(subject.at(0), subject.at(1));
    }
    selectCellsAndSpans(cells, f.spans, f.severity);
}

void MainWindow::selectFindings(const QList<int> &findings)
{
    QStringList cells;
    for (int finding : findings)
        cells += m_document->findings().value(finding).cells;
    const Severity severity = findings.isEmpty() ? Severity::Info : m_document->findings().value(findings.first()).severity;
    selectCellsAndSpans(cells, {}, severity);
}

void MainWindow::selectCellsAndSpans(const QStringList &cells, const QList<SourceSpan> &otherSpans, Severity severity)
{
    m_syncing = true;
    m_tables->selectCells(cells);
    m_syncing = false;
    QList<SourceSpan> spans;
    for (const QString &cellId : cells) {
        if (const SourceSpan span = m_document->spanOf(cellId); span.isValid())
            spans.append(span);
    }
    for (const SourceSpan &span : otherSpans) {
        if (span.isValid() && !spans.contains(span))
            spans.append(span);
    }
    m_source->setHighlights(spans, SourceSpan());
    m_pageView->setHighlights(spans, SourceSpan(), SeverityStyle::background(severity));
}

void MainWindow::showPage()
{
    if (m_sourceTabs->isTabVisible(m_sourceTabs->indexOf(m_pageView)))
        m_sourceTabs->setCurrentWidget(m_pageView);
}

void MainWindow::nextFinding()
{
    m_findings->step(1);
}

void MainWindow::previousFinding()
{
    m_findings->step(-1);
}

void MainWindow::findInSource()
{
    if (!m_document->isOpen())
        return;
    QString initial = m_source->textCursor().selectedText();
    if (initial.size() > 60 || initial.contains(QChar(0x2029)))
        initial.clear();
    m_findBar->open(initial);
}

bool MainWindow::findAgain(bool backward)
{
    if (!m_document->isOpen())
        return false;
    if (m_findBar->text().isEmpty()) {
        m_findBar->open();
        return false;
    }
    m_findBar->show();
    if (!m_findBar->step(backward)) {
        statusBar()->showMessage(tr("“%1” is nowhere in this report").arg(m_findBar->text()), 5000);
        return false;
    }
    return true;
}

void MainWindow::markFindMatches(const QString &text, const QList<FindMatch> &matches)
{
    QList<SourceSpan> spans;
    for (const FindMatch &match : matches) {
        if (match.kind == FindMatch::Source) {
            SourceSpan span;
            span.start = match.position;
            span.length = match.length;
            spans.append(span);
        }
    }
    m_source->setFindMatches(spans, SourceSpan());
    for (const QString &tableId : m_tables->tableIds())
        m_tables->modelOf(tableId)->setFindText(text);
    m_findings->model()->setFindText(text);
}

void MainWindow::goToMatch(const FindMatch &match)
{
    switch (match.kind) {
    case FindMatch::Source: {
        SourceSpan span;
        span.start = match.position;
        span.length = match.length;
        QList<SourceSpan> spans;
        for (const FindMatch &m : m_findBar->matches()) {
            if (m.kind == FindMatch::Source) {
                SourceSpan s;
                s.start = m.position;
                s.length = m.length;
                spans.append(s);
            }
        }
        m_sourceTabs->setCurrentWidget(m_source);
        m_source->setFindMatches(spans, span);
        break;
    }
    case FindMatch::Cell:
    case FindMatch::RowLabel:
    case FindMatch::ColumnLabel:
        selectCell(match.cellId);
        break;
    case FindMatch::Finding:
        m_findings->showFinding(match.finding);
        selectFinding(match.finding);
        break;
    }
}

} // namespace gk
