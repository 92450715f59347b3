#include "ReviewFilterBar.h"

#include "VerdictStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace eol::ui::review {

namespace {

constexpr int kDebounceMs = 250;

/// Replaces a combo's entries, keeping the selection when it is still offered.
void refill(QComboBox* box, const QString& anyText, const QList<QPair<QString, QVariant>>& items)
{
    const QVariant current = box->currentData();
    box->clear();
    box->addItem(anyText, QVariant());
    for (const auto& [text, data] : items)
        box->addItem(text, data);
    const int i = current.isValid() ? box->findData(current) : 0;
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

ReviewFilterBar::ReviewFilterBar(QWidget* parent) : QWidget(parent), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("filterBar"));
    // Three rows, so the bar fits a 1366-pixel screen: when / what; verdicts / step; who /
    // where / search, with the actions at the right ends.
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(10, 6, 10, 6);
    rows->setSpacing(5);
    auto* row0 = new QHBoxLayout();
    auto* row1 = new QHBoxLayout();
    auto* row2 = new QHBoxLayout();
    for (QHBoxLayout* r : {row0, row1, row2}) {
        r->setSpacing(8);
        rows->addLayout(r);
    }

    auto label = [this](const QString& text) {
        auto* l = new QLabel(text, this);
        l->setObjectName(QStringLiteral("filterLabel"));
        return l;
    };

    // Row 0: when, what, verdicts.
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeBox"));
    m_range->addItem(tr("Today"), int(Range::Today));
    m_range->addItem(tr("Yesterday"), int(Range::Yesterday));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(Range::Last30Days));
    m_range->addItem(tr("All time"), int(Range::AllTime));
    m_range->addItem(tr("Custom dates"), int(Range::Custom));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setToolTip(tr("First day (local time)"));
    m_to->setToolTip(tr("Last day, included (local time)"));

    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("productBox"));
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_product->setMinimumContentsLength(20);
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("planBox"));
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_plan->setMinimumContentsLength(16);

    auto* verdicts = new QHBoxLayout();
    verdicts->setSpacing(10);
    for (const QString& v :
         {QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("error"),
          QStringLiteral("aborted"), QStringLiteral("interrupted")}) {
        auto* box = new QCheckBox(VerdictStyle::label(v), this);
        box->setObjectName(QString(QStringLiteral("verdict_") + v));
        box->setProperty("verdict", v);
        box->setToolTip(tr("Tick the verdicts to show; none or all ticked = every run"));
        m_verdicts.insert(v, box);
        verdicts->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] { changed(); });
    }

    // Row 1: which step, which batch, who, where, and the free search.
    m_failingStep = new QComboBox(this);
    m_failingStep->setObjectName(QStringLiteral("failingStepBox"));
    m_failingStep->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_failingStep->setMinimumContentsLength(24);
    m_batch = new QLineEdit(this);
    m_batch->setObjectName(QStringLiteral("batchEdit"));
    m_batch->setPlaceholderText(tr("batch or work order"));
    m_batch->setClearButtonEnabled(true);
    m_batch->setMinimumWidth(150);
    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("operatorBox"));
    m_station = new QComboBox(this);
    m_station->setObjectName(QStringLiteral("stationBox"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Serial, IMEI or ICCID (start of it)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);

    // Actions.
    m_reset = new QPushButton(tr("Reset filters"), this);
    m_reset->setObjectName(QStringLiteral("resetFilters"));
    m_csv = new QPushButton(tr("Export CSV…"), this);
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_csv->setToolTip(tr("The runs of this filter as a CSV file"));
    m_xlsx = new QPushButton(tr("Export Excel…"), this);
    m_xlsx->setObjectName(QStringLiteral("exportXlsx"));
    m_xlsx->setToolTip(tr("The runs and their steps of this filter as an .xlsx workbook"));

    row0->addWidget(label(tr("When")));
    row0->addWidget(m_range);
    row0->addWidget(m_from);
    row0->addWidget(m_to);
    row0->addSpacing(10);
    row0->addWidget(label(tr("Product")));
    row0->addWidget(m_product);
    row0->addSpacing(10);
    row0->addWidget(label(tr("Plan")));
    row0->addWidget(m_plan);
    row0->addStretch(1);
    row0->addWidget(m_reset);

    row1->addWidget(label(tr("Verdict")));
    row1->addLayout(verdicts);
    row1->addSpacing(10);
    row1->addWidget(label(tr("Failing step")));
    row1->addWidget(m_failingStep, 1);

    row2->addWidget(label(tr("Batch")));
    row2->addWidget(m_batch);
    row2->addSpacing(10);
    row2->addWidget(label(tr("Operator")));
    row2->addWidget(m_operator);
    row2->addSpacing(10);
    row2->addWidget(label(tr("Station")));
    row2->addWidget(m_station);
    row2->addSpacing(10);
    row2->addWidget(m_search, 1);
    row2->addSpacing(10);
    row2->addWidget(m_csv);
    row2->addWidget(m_xlsx);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { changed(); });

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        updateDates();
        changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (Range(m_range->currentData().toInt()) == Range::Custom)
            changedSoon();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (Range(m_range->currentData().toInt()) == Range::Custom)
            changedSoon();
    });
    for (QComboBox* box : {m_product, m_plan, m_failingStep, m_operator, m_station})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { changed(); });
    connect(m_batch, &QLineEdit::textChanged, this, [this] { changedSoon(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { changedSoon(); });
    connect(m_batch, &QLineEdit::returnPressed, this, [this] { changed(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { changed(); });
    connect(m_reset, &QPushButton::clicked, this, [this] { resetAll(); });
    connect(m_csv, &QPushButton::clicked, this, [this] { Q_EMIT exportCsvRequested(); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { Q_EMIT exportXlsxRequested(); });

    m_quiet = true;
    setChoices({});
    m_range->setCurrentIndex(m_range->findData(int(Range::Last7Days)));
    updateDates();
    m_quiet = false;
}

void ReviewFilterBar::setChoices(const core::review::FilterChoices& choices)
{
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    QList<QPair<QString, QVariant>> items;
    for (const QString& p : choices.products)
        items.append({p, p});
    refill(m_product, tr("All products"), items);
    items.clear();
    for (const core::review::FilterChoices::Plan& p : choices.plans)
        items.append({tr("%1 rev %2").arg(p.planId).arg(p.revision),
                      QStringList{p.planId, QString::number(p.revision)}});
    refill(m_plan, tr("All plans"), items);
    items.clear();
    for (const core::review::FilterChoices::Step& s : choices.failingSteps)
        items.append({s.name.isEmpty() ? s.stepId : tr("%1 — %2").arg(s.stepId, s.name), s.stepId});
    refill(m_failingStep, tr("Any step"), items);
    items.clear();
    for (const QString& o : choices.operators)
        items.append({o, o});
    refill(m_operator, tr("Anyone"), items);
    items.clear();
    for (const QString& s : choices.stations)
        items.append({s, s});
    refill(m_station, tr("All stations"), items);
    auto* completer = new QCompleter(choices.batches, m_batch);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_batch->setCompleter(completer);
    m_quiet = wasQuiet;
}

void ReviewFilterBar::setToday(const QDate& today)
{
    m_today = today;
    updateDates();
}

void ReviewFilterBar::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void ReviewFilterBar::setCustomRange(const QDate& from, const QDate& to)
{
    m_quiet = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_quiet = false;
    if (Range(m_range->currentData().toInt()) == Range::Custom)
        changed();
    else
        setRange(Range::Custom);
}

void ReviewFilterBar::resetAll()
{
    m_quiet = true;
    m_range->setCurrentIndex(m_range->findData(int(Range::Last7Days)));
    for (QComboBox* box : {m_product, m_plan, m_failingStep, m_operator, m_station})
        box->setCurrentIndex(0);
    m_batch->clear();
    m_search->clear();
    for (QCheckBox* box : std::as_const(m_verdicts))
        box->setChecked(false);
    updateDates();
    m_quiet = false;
    changed();
}

void ReviewFilterBar::updateDates()
{
    const Range range = Range(m_range->currentData().toInt());
    const bool custom = range == Range::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom)
        return;
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    switch (range) {
    case Range::Today:
        m_from->setDate(m_today);
        m_to->setDate(m_today);
        break;
    case Range::Yesterday:
        m_from->setDate(m_today.addDays(-1));
        m_to->setDate(m_today.addDays(-1));
        break;
    case Range::Last7Days:
        m_from->setDate(m_today.addDays(-6));
        m_to->setDate(m_today);
        break;
    case Range::Last30Days:
        m_from->setDate(m_today.addDays(-29));
        m_to->setDate(m_today);
        break;
    case Range::AllTime:
    case Range::Custom:
        break;
    }
    m_from->setVisible(range != Range::AllTime);
    m_to->setVisible(range != Range::AllTime);
    m_quiet = wasQuiet;
}

void ReviewFilterBar::changedSoon()
{
    if (!m_quiet)
        m_debounce->start();
}

void ReviewFilterBar::changed()
{
    if (m_quiet)
        return;
    m_debounce->stop();
    Q_EMIT filterChanged(filter());
}

core::review::ReviewFilter ReviewFilterBar::filter() const
{
    core::review::ReviewFilter f;
    const Range range = Range(m_range->currentData().toInt());
    if (range != Range::AllTime) {
        // Local days: from the first day's midnight to the midnight after the last day.
        QDate from = m_from->date();
        QDate to = m_to->date();
        if (to < from)
            std::swap(from, to);
        f.fromUtc = QDateTime(from, QTime(0, 0)).toUTC();
        f.toUtc = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
    }
    f.product = m_product->currentData().toString();
    const QStringList plan = m_plan->currentData().toStringList();
    if (plan.size() == 2) {
        f.planId = plan[0];
        f.planRevision = plan[1].toInt();
    }
    QStringList ticked;
    for (auto it = m_verdicts.cbegin(); it != m_verdicts.cend(); ++it) {
        if (it.value()->isChecked())
            ticked << it.key();
    }
    if (ticked.size() < m_verdicts.size())
        f.verdicts = ticked;
    f.failingStep = m_failingStep->currentData().toString();
    f.batch = m_batch->text().trimmed();
    f.operatorName = m_operator->currentData().toString();
    f.stationId = m_station->currentData().toString();
    f.search = m_search->text().trimmed();
    return f;
}

} // namespace eol::ui::review
