#include "findingspane.h"

#include "findingsfilter.h"
#include "findingsmodel.h"
#include "checks/rulenames.h"
#include "reviewdocument.h"
#include "roles.h"
#include "severitystyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <set>

namespace gk {

FindingsPane::FindingsPane(ReviewDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new FindingsModel(document, this))
    , m_filter(new FindingsFilter(this))
{
    m_filter->setSourceModel(m_model); // the model itself lists the worst first

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    const Severity severities[] = {Severity::Error, Severity::Warning, Severity::Info};
    for (Severity severity : severities) {
        auto *box = new QCheckBox(this);
        box->setIcon(SeverityStyle::icon(severity));
        box->setChecked(true);
        box->setToolTip(tr("Show findings of this severity"));
        connect(box, &QCheckBox::toggled, this, [this, severity](bool on) {
            m_filter->setSeverityShown(int(severity), on);
            updateState();
        });
        m_severity[int(severity)] = box;
        bar->addWidget(box);
    }
    m_rule = new QComboBox(this);
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rule->setToolTip(tr("Show findings of one rule"));
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRule(m_rule->currentData().toString());
        updateState();
    });
    bar->addWidget(m_rule);
    m_showAccepted = new QCheckBox(tr("Show accepted"), this);
    m_showAccepted->setChecked(true);
    connect(m_showAccepted, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setAcceptedShown(on);
        updateState();
    });
    bar->addWidget(m_showAccepted);
    bar->addStretch();
    m_accept = new QPushButton(tr("Accept as is…"), this);
    m_accept->setToolTip(tr("Keep the value as printed and record why (Ctrl+Shift+A)"));
    connect(m_accept, &QPushButton::clicked, this, &FindingsPane::acceptCurrent);
    bar->addWidget(m_accept);
    m_reopen = new QPushButton(tr("Reopen"), this);
    connect(m_reopen, &QPushButton::clicked, this, &FindingsPane::reopenCurrent);
    bar->addWidget(m_reopen);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setRootIsDecorated(true); // groups of many findings of one rule expand
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::RuleColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::CellsColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(FindingsModel::VerdictColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(FindingsModel::CellsColumn, 170);
    m_view->header()->resizeSection(FindingsModel::VerdictColumn, 120);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("findingsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_currentFingerprint = current.data(FingerprintRole).toString();
        updateState();
        if (current.isValid())
            activate(current);
    });
    connect(m_view, &QTreeView::activated, this, &FindingsPane::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateRules();
        // Keep the reviewer's place across re-checks: the same finding by fingerprint.
        const QString fingerprint = m_currentFingerprint;
        const QModelIndex found = fingerprint.isEmpty() ? QModelIndex() : findFingerprint(fingerprint);
        if (found.isValid()) {
            const QSignalBlocker blocker(m_view->selectionModel());
            if (found.parent().isValid())
                m_view->expand(found.parent());
            m_view->selectionModel()->setCurrentIndex(found, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        m_currentFingerprint = fingerprint;
        updateState();
    });
    updateRules();
    updateState();
}

void FindingsPane::updateRules()
{
    const QString current = m_rule->currentData().toString();
    std::set<QString> rules;
    for (const Finding &finding : m_document->findings())
        rules.insert(finding.rule);
    const QSignalBlocker blocker(m_rule);
    m_rule->clear();
    m_rule->addItem(tr("All rules"), QString());
    for (const QString &rule : rules)
        m_rule->addItem(RuleNames::name(rule), rule);
    const int index = m_rule->findData(current);
    m_rule->setCurrentIndex(index >= 0 ? index : 0);
    m_filter->setRule(m_rule->currentData().toString());
}

void FindingsPane::updateState()
{
    for (int s = 0; s < 3; ++s)
        m_severity[s]->setText(SeverityStyle::count(Severity(s), m_document->openCount(Severity(s))));
    if (m_filter->rowCount() == 0) {
        m_empty->setText(emptyText());
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    const QList<int> current = currentFindings();
    bool open = false;
    bool accepted = false;
    for (int finding : current) {
        open = open || !m_document->isAccepted(finding);
        accepted = accepted || m_document->isAccepted(finding);
    }
    m_accept->setEnabled(open);
    m_reopen->setEnabled(accepted);
}

QString FindingsPane::emptyText() const
{
    if (!m_document->isOpen())
        return tr("No report is open.");
    if (m_document->findings().isEmpty())
        return tr("No findings: every check passed for this report.");
    return tr("No finding matches the filters above (%n hidden).", nullptr, int(m_document->findings().size()));
}

bool FindingsPane::isEmptyShown() const
{
    return m_stack->currentWidget() == m_empty;
}

int FindingsPane::currentFinding() const
{
    return m_model->findingAt(m_filter->mapToSource(m_view->currentIndex()));
}

QList<int> FindingsPane::currentFindings() const
{
    return m_model->findingsAt(m_filter->mapToSource(m_view->currentIndex()));
}

void FindingsPane::activate(const QModelIndex &index)
{
    const QModelIndex source = m_filter->mapToSource(index);
    if (m_model->isGroup(source))
        Q_EMIT findingsActivated(m_model->findingsAt(source));
    else if (const int finding = m_model->findingAt(source); finding >= 0)
        Q_EMIT findingActivated(finding);
}

QModelIndex FindingsPane::findFingerprint(const QString &fingerprint) const
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(FingerprintRole).toString() == fingerprint)
            return index;
        for (int child = 0; child < m_filter->rowCount(index); ++child) {
            const QModelIndex inner = m_filter->index(child, 0, index);
            if (inner.data(FingerprintRole).toString() == fingerprint)
                return inner;
        }
    }
    return QModelIndex();
}

void FindingsPane::setCurrentRow(int row)
{
    if (row < 0 || row >= m_filter->rowCount()) {
        m_view->selectionModel()->clearCurrentIndex();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(m_filter->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_filter->index(row, 0));
}

bool FindingsPane::showFinding(int finding)
{
    QModelIndex index = m_filter->mapFromSource(m_model->indexOfFinding(finding));
    if (!index.isValid()) { // hidden by the filters: show everything again
        for (QCheckBox *box : m_severity)
            box->setChecked(true);
        m_showAccepted->setChecked(true);
        m_rule->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->indexOfFinding(finding));
    }
    if (!index.isValid())
        return false;
    if (index.parent().isValid())
        m_view->expand(index.parent());
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void FindingsPane::step(int delta)
{
    if (m_filter->rowCount() == 0)
        return;
    // Through the rows as shown: into a group only when it is expanded.
    QModelIndex current = m_view->currentIndex();
    QModelIndex next;
    if (!current.isValid())
        next = delta > 0 ? m_filter->index(0, 0) : m_view->indexAbove(QModelIndex());
    else
        next = delta > 0 ? m_view->indexBelow(current) : m_view->indexAbove(current);
    if (!next.isValid()) { // wrap around
        if (delta > 0) {
            next = m_filter->index(0, 0);
        } else {
            next = m_filter->index(m_filter->rowCount() - 1, 0);
            while (m_view->isExpanded(next) && m_filter->rowCount(next) > 0)
                next = m_filter->index(m_filter->rowCount(next) - 1, 0, next);
        }
    }
    m_view->selectionModel()->setCurrentIndex(next.siblingAtColumn(0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(next);
}

void FindingsPane::acceptCurrent()
{
    QList<int> open;
    for (int finding : currentFindings()) {
        if (!m_document->isAccepted(finding))
            open.append(finding);
    }
    if (open.isEmpty())
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Accept as is"),
                                               tr("Why is this finding acceptable as printed? (optional)"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        m_document->acceptFindings(open, note.trimmed());
}

void FindingsPane::reopenCurrent()
{
    m_document->reopenFindings(currentFindings());
}

} // namespace gk
