#include "ui/editor/StepListModel.h"

#include <QApplication>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QStyle>

namespace eol::ui::editor {

using core::plan::JsonNode;
using core::plan::PlanDocument;
using Section = PlanDocument::Section;

namespace {

QString problemKey(Section s, int index)
{
    return PlanDocument::sectionKey(s) + QLatin1Char('/') + QString::number(index);
}

} // namespace

StepListModel::StepListModel(QObject* parent) : QAbstractItemModel(parent) {}

void StepListModel::setDocument(const PlanDocument* document)
{
    beginResetModel();
    m_document = document;
    m_counts = stepCounts();
    endResetModel();
}

QList<int> StepListModel::stepCounts() const
{
    QList<int> counts;
    if (m_document) {
        for (Section s : PlanDocument::sections())
            counts.append(m_document->stepCount(s));
    }
    return counts;
}

void StepListModel::refresh()
{
    if (stepCounts() != m_counts) {
        setDocument(m_document);
        return;
    }
    // Same shape: a step moved within its section or a text changed; repaint every row.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int row = 1; row < rowCount(); ++row) {
        const QModelIndex section = index(row, 0);
        if (rowCount(section) > 0)
            Q_EMIT dataChanged(index(0, 0, section),
                               index(rowCount(section) - 1, ColumnCount - 1, section));
    }
}

void StepListModel::setProblemSteps(const QSet<QString>& steps)
{
    if (steps == m_problemSteps)
        return;
    m_problemSteps = steps;
    // Icons only: no reset, so selection and expansion stay.
    for (int row = 1; row < rowCount(); ++row) {
        const QModelIndex section = index(row, 0);
        if (rowCount(section) > 0)
            Q_EMIT dataChanged(index(0, NameColumn, section),
                               index(rowCount(section) - 1, NameColumn, section),
                               {Qt::DecorationRole, Qt::ToolTipRole});
    }
    Q_EMIT dataChanged(index(0, NameColumn), index(0, NameColumn), {Qt::DecorationRole});
}

void StepListModel::setEditable(bool editable)
{
    m_editable = editable;
}

QModelIndex StepListModel::indexOf(const EditorSelection& selection) const
{
    switch (selection.kind) {
    case EditorSelection::Kind::Header:
        return index(0, 0);
    case EditorSelection::Kind::Section:
        return index(sectionRow(selection.section), 0);
    case EditorSelection::Kind::Step: {
        const QModelIndex section = index(sectionRow(selection.section), 0);
        if (selection.index < 0 || selection.index >= rowCount(section))
            return section;
        return index(selection.index, 0, section);
    }
    }
    return {};
}

EditorSelection StepListModel::selectionAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return EditorSelection::header();
    if (index.internalId() == kTopLevel) {
        if (index.row() == 0)
            return EditorSelection::header();
        return EditorSelection::ofSection(Section(index.row() - 1));
    }
    return EditorSelection::step(Section(index.internalId() - 1), index.row());
}

QModelIndex StepListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex StepListModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()), 0, kTopLevel);
}

int StepListModel::rowCount(const QModelIndex& parent) const
{
    if (!m_document)
        return 0;
    if (!parent.isValid())
        return 4;
    if (parent.column() != 0 || parent.internalId() != kTopLevel || parent.row() == 0)
        return 0;
    return m_document->stepCount(Section(parent.row() - 1));
}

int StepListModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant StepListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    if (index.internalId() == kTopLevel) {
        if (index.column() != NameColumn && role == Qt::DisplayRole)
            return {};
        if (index.row() == 0) {
            if (role == Qt::DisplayRole) {
                const QString product =
                    PlanDocument::stringOf(m_document->root(), QStringLiteral("product"));
                return product.isEmpty() ? tr("Plan") : tr("Plan — %1").arg(product);
            }
            if (role == Qt::ToolTipRole)
                return tr("Plan id, revision, product, serial link, variables");
            if (role == Qt::DecorationRole && m_problemSteps.contains(QStringLiteral("header")))
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        } else {
            const Section s = Section(index.row() - 1);
            static const QStringList kTitles = {tr("Setup"), tr("Steps"), tr("Teardown")};
            static const QStringList kTips = {
                tr("Runs first, e.g. wait for the boot banner, sync AT. A failing setup step "
                   "skips the steps."),
                tr("The tests. At least one."),
                tr("Always runs last, also after a failure or an abort.")};
            if (role == Qt::DisplayRole)
                return QStringLiteral("%1  (%2)")
                    .arg(kTitles.at(int(s)))
                    .arg(m_document->stepCount(s));
            if (role == Qt::ToolTipRole)
                return kTips.at(int(s));
        }
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }

    const Section s = Section(index.internalId() - 1);
    if (index.row() >= m_document->stepCount(s))
        return {};
    const JsonNode& step = m_document->step(s, index.row());
    const QString id = PlanDocument::stringOf(step, QStringLiteral("id"));
    const QString name = PlanDocument::stringOf(step, QStringLiteral("name"));
    const QString kind = PlanDocument::stringOf(step, QStringLiteral("kind"));
    const bool problem = m_problemSteps.contains(problemKey(s, index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return name.isEmpty() ? id : name;
        case IdColumn:
            return id;
        case KindColumn:
            return kind;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == NameColumn && problem)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        return problem ? tr("Step '%1' has problems: see the Problems list").arg(id)
                       : tr("Step '%1' (%2) — drag to reorder").arg(id, kind);
    default:
        return {};
    }
}

QVariant StepListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Step");
    case IdColumn:
        return tr("Id");
    case KindColumn:
        return tr("Kind");
    default:
        return {};
    }
}

Qt::ItemFlags StepListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_editable)
        return f;
    if (index.internalId() == kTopLevel) {
        // A section accepts steps dropped on it (appended) or between its steps.
        if (index.row() > 0)
            f |= Qt::ItemIsDropEnabled;
        return f;
    }
    return f | Qt::ItemIsDragEnabled;
}

Qt::DropActions StepListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions StepListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList StepListModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* StepListModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || index.internalId() == kTopLevel)
            continue;
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << int(index.internalId() - 1) << index.row();
        auto* data = new QMimeData;
        data->setData(QString::fromLatin1(kMimeType), bytes);
        return data; // one step at a time: the list is single-selection
    }
    return nullptr;
}

bool StepListModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                    const QModelIndex& parent) const
{
    return m_editable && action == Qt::MoveAction && data &&
           data->hasFormat(QString::fromLatin1(kMimeType)) && parent.isValid() &&
           parent.internalId() == kTopLevel && parent.row() > 0;
}

bool StepListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QByteArray bytes = data->data(QString::fromLatin1(kMimeType));
    QDataStream in(&bytes, QIODevice::ReadOnly);
    int fromSection = -1;
    int fromIndex = -1;
    in >> fromSection >> fromIndex;
    if (in.status() != QDataStream::Ok || fromSection < 0 || fromSection > 2 || fromIndex < 0 ||
        fromIndex >= m_document->stepCount(Section(fromSection)))
        return false;
    const Section from = Section(fromSection);
    const Section to = Section(parent.row() - 1);
    int target = row < 0 ? m_document->stepCount(to) : row;
    if (from == to && fromIndex < target)
        --target; // counted after the step is taken out
    if (from == to && target == fromIndex)
        return false; // dropped where it was
    // The view would remove the dragged rows itself after a successful move; this model has no
    // removeRows, so only the editor's command changes the document.
    Q_EMIT moveRequested(from, fromIndex, to, target);
    return true;
}

} // namespace eol::ui::editor
