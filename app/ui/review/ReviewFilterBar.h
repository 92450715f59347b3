#pragma once

#include "review/FilterChoices.h"
#include "review/ReviewFilter.h"

#include <QDate>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTimer;

namespace eol::ui::review {

/// The filter bar over the runs table: date range (quick ranges in the station's local days,
/// or custom dates), product, plan revision, verdicts, failing step, batch / work order,
/// operator, station and a free search on serial, IMEI or ICCID. Emits filterChanged once the
/// user stops changing things (typing is debounced), with the whole filter.
class ReviewFilterBar : public QWidget
{
    Q_OBJECT
public:
    /// The quick date ranges, in local days.
    enum class Range
    {
        Today,
        Yesterday,
        Last7Days,
        Last30Days,
        AllTime,
        Custom
    };

    explicit ReviewFilterBar(QWidget* parent = nullptr);

    void setChoices(const core::review::FilterChoices& choices);
    core::review::ReviewFilter filter() const;
    /// `today` is the local date the quick ranges count from (tests pin it).
    void setToday(const QDate& today);
    void setRange(Range range);
    void setCustomRange(const QDate& from, const QDate& to);
    void resetAll();

    QComboBox* rangeBox() const { return m_range; }
    QComboBox* productBox() const { return m_product; }
    QComboBox* planBox() const { return m_plan; }
    QComboBox* failingStepBox() const { return m_failingStep; }
    QComboBox* operatorBox() const { return m_operator; }
    QComboBox* stationBox() const { return m_station; }
    QLineEdit* batchEdit() const { return m_batch; }
    QLineEdit* searchEdit() const { return m_search; }
    QCheckBox* verdictBox(const QString& verdict) const { return m_verdicts.value(verdict); }
    QPushButton* csvButton() const { return m_csv; }
    QPushButton* xlsxButton() const { return m_xlsx; }

Q_SIGNALS:
    void filterChanged(const eol::core::review::ReviewFilter& filter);
    void exportCsvRequested();
    void exportXlsxRequested();

private:
    void changed();
    void changedSoon();
    void updateDates();

    QDate m_today;
    bool m_quiet = false;
    QComboBox* m_range = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_product = nullptr;
    QComboBox* m_plan = nullptr;
    QComboBox* m_failingStep = nullptr;
    QComboBox* m_operator = nullptr;
    QComboBox* m_station = nullptr;
    QLineEdit* m_batch = nullptr;
    QLineEdit* m_search = nullptr;
    QMap<QString, QCheckBox*> m_verdicts;
    QPushButton* m_reset = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_xlsx = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace eol::ui::review
