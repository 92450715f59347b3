#pragma once

#include "plan/Plan.h"
#include "store/StepRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace eol::ui {

/// The live step list of the run in progress: every step of the plan (setup, steps, teardown)
/// in order, with its state, measured value against its limits, and time.
class StepTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StateColumn,
        ValueColumn,
        LimitsColumn,
        TimeColumn,
        ColumnCount
    };
    enum class State
    {
        Waiting,
        Running,
        Pass,
        Skipped,
        Fail,
        Error,
        Aborted
    };

    explicit StepTableModel(QObject* parent = nullptr);

    /// Lists the plan's steps as waiting.
    void reset(const core::plan::Plan& plan);
    void clear();
    void markStarted(const QString& phase, const QString& stepId);
    /// Returns the row updated (a step the plan does not list, e.g. "open the port", is added).
    int markFinished(const core::store::StepRecord& step);

    State state(int row) const;
    int finishedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString phase;
        QString stepId;
        QString name;
        State state = State::Waiting;
        core::store::StepRecord record;
    };
    int find(const QString& phase, const QString& stepId) const;
    QString stateText(State s) const;

    QList<Row> m_rows;
};

} // namespace eol::ui
