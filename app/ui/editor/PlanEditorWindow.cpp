#include "ui/editor/PlanEditorWindow.h"

#include "plan/PlanFormat.h"
#include "plan/PlanLoader.h"
#include "plan/PositionedJsonParser.h"
#include "plan/TryoutPlan.h"
#include "ui/editor/EditorLog.h"
#include "ui/editor/EditorStyle.h"
#include "ui/editor/PlanEditCommand.h"
#include "ui/editor/PlanHeaderForm.h"
#include "ui/editor/StepForm.h"
#include "ui/editor/StepListModel.h"
#include "ui/editor/TryRunPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace eol::ui::editor {

using core::plan::JsonNode;
using core::plan::PlanDocument;
using core::plan::PlanFormat;
using Section = PlanDocument::Section;

namespace {

constexpr int kHeaderPage = 0;
constexpr int kStepPage = 1;
constexpr int kSectionPage = 2;
constexpr int kMaxRecentFiles = 8;
constexpr int kStatusMessageMs = 8000;
constexpr int kProblemDockHeight = 190;
constexpr int kRunDockHeight = 380;
const QString kRecentKey = QStringLiteral("editor/recentPlans");

// Problem list item roles.
constexpr int kAreaRole = Qt::UserRole;
constexpr int kSectionRole = Qt::UserRole + 1;
constexpr int kIndexRole = Qt::UserRole + 2;
constexpr int kKeyRole = Qt::UserRole + 3;
constexpr int kSubKeyRole = Qt::UserRole + 4;

QString stepKey(Section s, int index)
{
    return PlanDocument::sectionKey(s) + QLatin1Char('/') + QString::number(index);
}

void repolish(QWidget* w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

} // namespace

eol::Result<std::unique_ptr<PlanEditorWindow>> PlanEditorWindow::create(Options options,
                                                                        QWidget* parent)
{
    if (!options.access.canEdit) {
        const QString who =
            options.access.userName.isEmpty() ? tr("This account") : options.access.userName;
        qCInfo(lcEditor) << "plan editor refused for" << options.access.userName;
        return eol::makeError(QStringLiteral("plan_editor_forbidden"),
                              tr("%1 may not edit test plans: the plan editor is for hardware "
                                 "leads and administrators. Ask a lead to sign in.")
                                  .arg(who));
    }
    return std::unique_ptr<PlanEditorWindow>(new PlanEditorWindow(std::move(options), parent));
}

PlanEditorWindow::PlanEditorWindow(Options options, QWidget* parent)
    : QMainWindow(parent), m_options(std::move(options))
{
    setObjectName(QStringLiteral("planEditor"));
    setStyleSheet(EditorStyle::styleSheet());
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_undo = new QUndoStack(this);
    buildUi();
    buildActions();
    connect(m_undo, &QUndoStack::indexChanged, this, &PlanEditorWindow::updateState);
    newPlan();
    resize(1440, 900);
}

PlanEditorWindow::~PlanEditorWindow()
{
    // ~QWidget deletes the children after the members are gone: nothing may call back then.
    // The undo stack announces its clear() on destruction, and the step list still lays out.
    m_undo->disconnect(this);
    delete m_undo;
    m_model->setDocument(nullptr);
}

void PlanEditorWindow::buildUi()
{
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("editorCentral"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);

    m_banner = new QWidget(central);
    m_banner->setObjectName(QStringLiteral("bannerBox"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(0, 0, 8, 0);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("readOnlyBanner"));
    m_bannerText->setStyleSheet(QStringLiteral("border: none;"));
    m_bannerText->setWordWrap(true);
    m_bannerEdit = new QPushButton(tr("Edit as new draft"), m_banner);
    m_bannerEdit->setObjectName(QStringLiteral("editAsDraft"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerEdit);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    connect(m_bannerEdit, &QPushButton::clicked, this,
            [this] { report(editAsNewDraft(), tr("Edit as new draft")); });

    auto* split = new QSplitter(Qt::Horizontal, central);
    m_model = new StepListModel(this);
    m_tree = new QTreeView(split);
    m_tree->setObjectName(QStringLiteral("stepList"));
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(StepListModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(StepListModel::IdColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(StepListModel::KindColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->setMinimumWidth(420);
    split->addWidget(m_tree);
    connect(m_model, &StepListModel::moveRequested, this,
            [this](Section from, int fromIndex, Section to, int toIndex) {
                PlanDocument next = m_document;
                next.moveStep(from, fromIndex, to, toIndex);
                const QString id =
                    PlanDocument::stringOf(m_document.step(from, fromIndex), QStringLiteral("id"));
                pushEdit(tr("Move step '%1'").arg(id), next.root(),
                         EditorSelection::step(to, toIndex));
            });
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);

    m_scroll = new QScrollArea(split);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("formPage"));
    m_headerForm = new PlanHeaderForm(m_pages);
    m_stepForm = new StepForm(m_pages);
    m_sectionPage = new QLabel(m_pages);
    m_sectionPage->setObjectName(QStringLiteral("help"));
    m_sectionPage->setWordWrap(true);
    m_sectionPage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_sectionPage->setMargin(12);
    m_pages->addWidget(m_headerForm);
    m_pages->addWidget(m_stepForm);
    m_pages->addWidget(m_sectionPage);
    auto* pageHolder = new QWidget;
    auto* pageLayout = new QVBoxLayout(pageHolder);
    pageLayout->setContentsMargins(10, 6, 10, 10);
    pageLayout->addWidget(m_pages);
    m_scroll->setWidget(pageHolder);
    split->addWidget(m_scroll);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({480, 960});
    layout->addWidget(split, 1);
    setCentralWidget(central);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (m_syncingSelection || !current.isValid())
                    return;
                m_selection = m_model->selectionAt(current);
                ++m_mergeEpoch; // typing in another field is a new undo step
                showSelection();
                updateState();
            });
    connect(m_stepForm, &StepForm::stepEdited, this,
            [this](const JsonNode& step, const QString& text, const QString& mergeKey) {
                if (m_selection.kind != EditorSelection::Kind::Step)
                    return;
                PlanDocument next = m_document;
                next.setStep(m_selection.section, m_selection.index, step);
                pushEdit(text, next.root(), m_selection,
                         mergeKey.isEmpty() ? QString()
                                            : stepKey(m_selection.section, m_selection.index) +
                                                  QLatin1Char('/') + mergeKey);
            });
    connect(m_headerForm, &PlanHeaderForm::headerEdited, this,
            [this](const QString& key, const JsonNode& value, const QString& text,
                   const QString& mergeKey) {
                JsonNode root = m_document.root();
                PlanDocument::setOrRemove(&root, key, value);
                pushEdit(text, root, m_selection,
                         mergeKey.isEmpty() ? QString() : QStringLiteral("header/") + mergeKey);
            });

    // Problems: the plan-check messages, live.
    m_problemList = new QListWidget(this);
    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_problemList->setWordWrap(true);
    m_problemList->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_problemDock = new QDockWidget(tr("Problems"), this);
    m_problemDock->setObjectName(QStringLiteral("problemDock"));
    m_problemDock->setWidget(m_problemList);
    m_problemDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemDock);
    connect(m_problemList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { goToProblem(m_problemList->row(item)); });
    connect(m_problemList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { goToProblem(m_problemList->row(item)); });

    m_run = new TryRunPanel(this);
    m_runDock = new QDockWidget(tr("Try-out run"), this);
    m_runDock->setObjectName(QStringLiteral("runDock"));
    m_runDock->setWidget(m_run);
    m_runDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_runDock);
    tabifyDockWidget(m_problemDock, m_runDock);
    m_problemDock->raise();
    resizeDocks({m_problemDock}, {kProblemDockHeight}, Qt::Vertical);
    connect(m_run, &TryRunPanel::runPlanRequested, this,
            [this] { report(runPlan(), tr("Run the plan")); });
    connect(m_run, &TryRunPanel::runStepRequested, this,
            [this] { report(runSelectedStep(), tr("Run this step")); });
    connect(m_run, &TryRunPanel::runningChanged, this, [this](bool running) {
        if (running) {
            // The verdicts and the transcript need room; the problems list does not.
            m_runDock->raise();
            if (m_runDock->height() < kRunDockHeight)
                resizeDocks({m_runDock}, {kRunDockHeight}, Qt::Vertical);
        }
        updateState();
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("validationSummary"));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("documentState"));
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_stateLabel);
}

void PlanEditorWindow::buildActions()
{
    const auto make = [this](const QString& name, const QString& text, QStyle::StandardPixmap icon,
                             const QKeySequence& keys = {}) {
        auto* action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(name);
        if (!keys.isEmpty())
            action->setShortcut(keys);
        return action;
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_actNew =
        make(QStringLiteral("actionNew"), tr("&New plan"), QStyle::SP_FileIcon, QKeySequence::New);
    m_actOpen = make(QStringLiteral("actionOpen"), tr("&Open…"), QStyle::SP_DialogOpenButton,
                     QKeySequence::Open);
    m_actSave = make(QStringLiteral("actionSave"), tr("&Save"), QStyle::SP_DialogSaveButton,
                     QKeySequence::Save);
    m_actSaveAs = make(QStringLiteral("actionSaveAs"), tr("Save &as…"), QStyle::SP_DialogSaveButton,
                       QKeySequence::SaveAs);
    auto* close = make(QStringLiteral("actionClose"), tr("&Close"), QStyle::SP_DialogCloseButton,
                       QKeySequence::Close);
    file->addAction(m_actNew);
    file->addAction(m_actOpen);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_actSave);
    file->addAction(m_actSaveAs);
    file->addSeparator();
    file->addAction(close);
    connect(m_actNew, &QAction::triggered, this, [this] {
        if (confirmDiscard())
            newPlan();
    });
    connect(m_actOpen, &QAction::triggered, this, [this] {
        if (!confirmDiscard())
            return;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open test plan"), m_options.plansDirectory, tr("Test plans (*.json)"));
        if (!path.isEmpty())
            report(openFile(path), tr("Open"));
    });
    connect(m_actSave, &QAction::triggered, this, [this] {
        if (m_source.filePath.isEmpty() && m_source.repositoryRef.isEmpty())
            m_actSaveAs->trigger();
        else
            report(save(), tr("Save"));
    });
    connect(m_actSaveAs, &QAction::triggered, this, [this] {
        const QString start =
            m_source.filePath.isEmpty()
                ? QDir(m_options.plansDirectory)
                      .filePath(PlanDocument::stringOf(m_document.root(), QStringLiteral("id")) +
                                QStringLiteral(".json"))
                : m_source.filePath;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save test plan as"), start,
                                                          tr("Test plans (*.json)"));
        if (!path.isEmpty())
            report(saveAs(path), tr("Save as"));
    });
    connect(close, &QAction::triggered, this, [this] {
        m_closingByUser = true;
        QWidget::close();
    });
    rebuildRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_actUndo = m_undo->createUndoAction(this, tr("&Undo"));
    m_actUndo->setObjectName(QStringLiteral("actionUndo"));
    m_actUndo->setShortcut(QKeySequence::Undo);
    m_actUndo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_actRedo = m_undo->createRedoAction(this, tr("&Redo"));
    m_actRedo->setObjectName(QStringLiteral("actionRedo"));
    m_actRedo->setShortcut(QKeySequence::Redo);
    m_actRedo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    // A new epoch after undo/redo: the next keystroke must not merge into an older command.
    connect(m_actUndo, &QAction::triggered, this, [this] { ++m_mergeEpoch; });
    connect(m_actRedo, &QAction::triggered, this, [this] { ++m_mergeEpoch; });
    edit->addAction(m_actUndo);
    edit->addAction(m_actRedo);
    edit->addSeparator();
    m_addMenu = edit->addMenu(tr("&Add step"));
    m_addMenu->setObjectName(QStringLiteral("addStepMenu"));
    m_addMenu->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    const QStringList kindTexts = {tr("AT command"), tr("Check a value"), tr("Wait for a line"),
                                   tr("Delay"), tr("Ask the operator")};
    for (int i = 0; i < PlanFormat::kinds().size(); ++i) {
        const QString kind = PlanFormat::kinds().at(i);
        auto* add = new QAction(QStringLiteral("%1  (%2)").arg(kindTexts.at(i), kind), this);
        add->setObjectName(QStringLiteral("actionAdd_") + kind);
        if (i == 0)
            add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
        m_addMenu->addAction(add);
        connect(add, &QAction::triggered, this, [this, kind] { addStep(kind); });
    }
    m_actDuplicate = make(QStringLiteral("actionDuplicate"), tr("D&uplicate step"),
                          QStyle::SP_FileLinkIcon, QKeySequence(Qt::CTRL | Qt::Key_D));
    m_actRemove = make(QStringLiteral("actionRemove"), tr("&Remove step"), QStyle::SP_TrashIcon,
                       QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_actUp = make(QStringLiteral("actionMoveUp"), tr("Move step &up"), QStyle::SP_ArrowUp,
                   QKeySequence(Qt::ALT | Qt::Key_Up));
    m_actDown = make(QStringLiteral("actionMoveDown"), tr("Move step &down"), QStyle::SP_ArrowDown,
                     QKeySequence(Qt::ALT | Qt::Key_Down));
    edit->addAction(m_actDuplicate);
    edit->addAction(m_actRemove);
    edit->addAction(m_actUp);
    edit->addAction(m_actDown);
    connect(m_actDuplicate, &QAction::triggered, this, &PlanEditorWindow::duplicateStep);
    connect(m_actRemove, &QAction::triggered, this, &PlanEditorWindow::removeStep);
    connect(m_actUp, &QAction::triggered, this, [this] { moveStep(-1); });
    connect(m_actDown, &QAction::triggered, this, [this] { moveStep(1); });

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    m_actRunStep = make(QStringLiteral("actionRunStep"), tr("Run this &step"),
                        QStyle::SP_MediaSeekForward, QKeySequence(Qt::Key_F6));
    m_actRunPlan = make(QStringLiteral("actionRunPlan"), tr("Run the &plan"), QStyle::SP_MediaPlay,
                        QKeySequence(Qt::Key_F5));
    run->addAction(m_actRunStep);
    run->addAction(m_actRunPlan);
    connect(m_actRunStep, &QAction::triggered, this,
            [this] { report(runSelectedStep(), tr("Run this step")); });
    connect(m_actRunPlan, &QAction::triggered, this,
            [this] { report(runPlan(), tr("Run the plan")); });

    QMenu* revision = menuBar()->addMenu(tr("Re&vision"));
    m_actEditDraft = make(QStringLiteral("actionEditAsDraft"), tr("&Edit as new draft"),
                          QStyle::SP_FileDialogContentsView);
    m_actRelease =
        make(QStringLiteral("actionRelease"), tr("&Release…"), QStyle::SP_DialogApplyButton);
    revision->addAction(m_actEditDraft);
    revision->addAction(m_actRelease);
    connect(m_actEditDraft, &QAction::triggered, this,
            [this] { report(editAsNewDraft(), tr("Edit as new draft")); });
    connect(m_actRelease, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString note = QInputDialog::getMultiLineText(
            this, tr("Release revision"),
            tr("What changed in this revision (kept with the release):"), QString(), &ok);
        if (ok)
            report(release(note), tr("Release"));
    });

    // Short words on the toolbar; the menus keep the full names.
    const QList<std::pair<QAction*, QString>> shortNames = {
        {m_actNew, tr("New")},          {m_actOpen, tr("Open…")},
        {m_actSave, tr("Save")},        {m_actUndo, tr("Undo")},
        {m_actRedo, tr("Redo")},        {m_actDuplicate, tr("Duplicate")},
        {m_actRemove, tr("Remove")},    {m_actUp, tr("Up")},
        {m_actDown, tr("Down")},        {m_actRunStep, tr("Run step")},
        {m_actRunPlan, tr("Run plan")}, {m_actRelease, tr("Release…")}};
    for (const auto& [a, text] : shortNames) {
        a->setIconText(text);
        a->setToolTip(a->text().remove(QLatin1Char('&')) + QStringLiteral(" (") +
                      a->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
    }
    QToolBar* bar = addToolBar(tr("Plan"));
    bar->setObjectName(QStringLiteral("editorToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_actNew);
    bar->addAction(m_actOpen);
    bar->addAction(m_actSave);
    bar->addSeparator();
    bar->addAction(m_actUndo);
    bar->addAction(m_actRedo);
    bar->addSeparator();
    auto* addButton = new QToolButton(bar);
    addButton->setObjectName(QStringLiteral("addStepButton"));
    addButton->setMenu(m_addMenu);
    addButton->setPopupMode(QToolButton::InstantPopup);
    addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addButton->setIcon(m_addMenu->icon());
    addButton->setText(tr("Add step"));
    bar->addWidget(addButton);
    bar->addAction(m_actDuplicate);
    bar->addAction(m_actRemove);
    bar->addAction(m_actUp);
    bar->addAction(m_actDown);
    bar->addSeparator();
    bar->addAction(m_actRunStep);
    bar->addAction(m_actRunPlan);
    bar->addSeparator();
    bar->addAction(m_actRelease);
}

void PlanEditorWindow::newPlan()
{
    PlanSource source;
    source.displayName = QStringLiteral("untitled.json");
    source.revision = 1;
    loadDocument(PlanDocument(), source);
}

eol::Result<void> PlanEditorWindow::openFile(const QString& path)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return eol::makeError(QStringLiteral("plan_unreadable"),
                              tr("cannot open test plan '%1': %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > core::plan::PositionedJsonParser::kMaxBytes) {
        return eol::makeError(QStringLiteral("plan_too_large"),
                              tr("'%1' is %2 bytes; plans are limited to 4 MiB. Check that the "
                                 "right file was selected.")
                                  .arg(info.fileName())
                                  .arg(file.size()));
    }
    PlanSource source;
    source.bytes = file.readAll();
    source.displayName = info.fileName();
    source.filePath = info.absoluteFilePath();
    auto result = openSource(source);
    if (result)
        addRecentFile(source.filePath);
    return result;
}

eol::Result<void> PlanEditorWindow::openSource(const PlanSource& source)
{
    const QString name =
        source.displayName.isEmpty() ? QStringLiteral("plan.json") : source.displayName;
    auto document = PlanDocument::fromBytes(source.bytes, name);
    if (!document) {
        // Not JSON (or not an object): there are no fields to show. Say where, like plan check.
        return eol::makeError(document.error().code,
                              tr("%1\nThe editor opens plans that are JSON objects; fix this "
                                 "in a text editor first.")
                                  .arg(document.error().message));
    }
    PlanSource loaded = source;
    loaded.displayName = name;
    if (loaded.revision == 0) {
        const JsonNode* revision = document->root().find(QStringLiteral("revision"));
        loaded.revision = revision && revision->isInteger() ? int(revision->toDouble()) : 0;
    }
    loadDocument(std::move(document).value(), loaded);
    return {};
}

void PlanEditorWindow::loadDocument(PlanDocument document, const PlanSource& source)
{
    m_document = std::move(document);
    m_source = source;
    m_undo->clear();
    m_mergeEpoch++;
    m_stepForm->setPlanDirectory(source.filePath.isEmpty()
                                     ? m_options.plansDirectory
                                     : QFileInfo(source.filePath).absolutePath());
    m_model->setDocument(&m_document);
    m_selection = EditorSelection::header();
    setReadOnly(source.released);
    applyState(m_document.root(), m_selection);
}

void PlanEditorWindow::applyState(const JsonNode& root, const EditorSelection& selection)
{
    m_document.setRoot(root);
    m_model->refresh();
    m_selection = selection;
    syncTreeSelection();
    revalidate();
    showSelection();
    updateState();
}

void PlanEditorWindow::pushEdit(const QString& text, JsonNode after,
                                const EditorSelection& selectionAfter, const QString& mergeKey)
{
    if (m_readOnly)
        return;
    if (after.sameValue(m_document.root()) && selectionAfter == m_selection)
        return;
    const QString key = mergeKey.isEmpty()
                            ? QString()
                            : QString::number(m_mergeEpoch) + QLatin1Char(':') + mergeKey;
    m_undo->push(new PlanEditCommand(
        text, m_document.root(), std::move(after), m_selection, selectionAfter, key,
        [this](const JsonNode& r, const EditorSelection& s) { applyState(r, s); }));
}

void PlanEditorWindow::select(const EditorSelection& selection)
{
    m_selection = selection;
    ++m_mergeEpoch;
    syncTreeSelection();
    showSelection();
    updateState();
}

void PlanEditorWindow::syncTreeSelection()
{
    // Keep the step addressed by the selection valid (e.g. after undoing an "add").
    if (m_selection.kind == EditorSelection::Kind::Step &&
        (m_selection.index < 0 || m_selection.index >= m_document.stepCount(m_selection.section)))
        m_selection = EditorSelection::ofSection(m_selection.section);
    m_syncingSelection = true;
    const QModelIndex index = m_model->indexOf(m_selection);
    m_tree->expandAll();
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    m_syncingSelection = false;
}

void PlanEditorWindow::showSelection()
{
    switch (m_selection.kind) {
    case EditorSelection::Kind::Header:
        m_pages->setCurrentIndex(kHeaderPage);
        break;
    case EditorSelection::Kind::Section: {
        static const QStringList kText = {
            tr("<h3>Setup</h3><p>Runs first: wait for the boot banner, get the modem to answer, "
               "switch on verbose errors. A setup step that stops the run skips all steps; "
               "teardown still runs.</p>"),
            tr("<h3>Steps</h3><p>The tests of the unit, in order. A plan needs at least one "
               "step.</p>"),
            tr("<h3>Teardown</h3><p>Always runs last, also after a failure or an abort: leave "
               "the unit in a safe state.</p>")};
        m_sectionPage->setText(
            kText.at(int(m_selection.section)) +
            tr("<p>Add a step with <b>Add step</b>; drag steps to reorder them, also between "
               "sections.</p>"));
        m_pages->setCurrentIndex(kSectionPage);
        break;
    }
    case EditorSelection::Kind::Step:
        m_pages->setCurrentIndex(kStepPage);
        break;
    }
    refreshForms();
}

void PlanEditorWindow::refreshForms()
{
    m_headerForm->load(m_document.root());
    m_headerForm->setProblems(m_fieldProblems.value(QStringLiteral("header")));
    if (m_selection.kind == EditorSelection::Kind::Step &&
        m_selection.index < m_document.stepCount(m_selection.section)) {
        m_stepForm->setKnownVariables(knownVariables());
        m_stepForm->load(m_document.step(m_selection.section, m_selection.index));
        m_stepForm->setProblems(
            m_fieldProblems.value(stepKey(m_selection.section, m_selection.index)));
    }
}

QStringList PlanEditorWindow::knownVariables() const
{
    QStringList names = core::plan::PlanLoader::builtinVariables();
    const JsonNode* variables = m_document.root().find(QStringLiteral("variables"));
    if (variables && variables->isObject()) {
        for (int i = 0; i < variables->size(); ++i)
            names.append(variables->keyAt(i));
    }
    if (m_validPlan) {
        for (const auto* section :
             {&m_validPlan->setup, &m_validPlan->steps, &m_validPlan->teardown}) {
            for (const core::plan::Step& step : *section)
                names += core::plan::TryoutPlan::outputsOf(step);
        }
    } else {
        // Not valid yet: collect the named groups straight from the document.
        static const QRegularExpression kGroup(QStringLiteral("\\(\\?<([A-Za-z_][A-Za-z0-9_]*)>"));
        for (Section s : PlanDocument::sections()) {
            for (int i = 0; i < m_document.stepCount(s); ++i) {
                for (const char* key : {"expect", "pattern"}) {
                    const QString text =
                        PlanDocument::stringOf(m_document.step(s, i), QLatin1String(key));
                    auto it = kGroup.globalMatch(text);
                    while (it.hasNext())
                        names.append(it.next().captured(1));
                }
            }
        }
    }
    names.removeDuplicates();
    names.sort();
    return names;
}

void PlanEditorWindow::revalidate()
{
    const QByteArray bytes = m_document.toBytes();
    const QString name = displayName();
    auto result = core::plan::PlanLoader::loadBytes(bytes, name);
    m_problems.clear();
    m_fieldProblems.clear();
    m_problemList->clear();
    QSet<QString> problemSteps;
    if (result) {
        m_validPlan = std::move(result).value();
        m_validPlan->sourcePath = m_source.filePath;
    } else {
        m_validPlan.reset();
        m_problems = result.error().message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto parsed = core::plan::PositionedJsonParser::parse(bytes, name);
        static const QRegularExpression kPosition(QStringLiteral("^(\\d+):(\\d+): (.*)$"));
        for (const QString& line : std::as_const(m_problems)) {
            auto* item = new QListWidgetItem(line, m_problemList);
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setData(kAreaRole, int(PlanDocument::Field::Area::None));
            const QString rest =
                line.startsWith(name + QLatin1Char(':')) ? line.mid(name.size() + 1) : QString();
            const auto match = kPosition.match(rest);
            if (!match.hasMatch() || !parsed)
                continue;
            const core::plan::SourceLocation at{match.captured(1).toInt(),
                                                match.captured(2).toInt()};
            const auto field = PlanDocument::fieldAt(parsed.value(), at);
            item->setData(kAreaRole, int(field.area));
            item->setData(kSectionRole, int(field.section));
            item->setData(kIndexRole, field.index);
            item->setData(kKeyRole, field.key);
            item->setData(kSubKeyRole, field.subKey);
            const QString message = match.captured(3);
            QString where;
            if (field.area == PlanDocument::Field::Area::Step) {
                const QString owner = stepKey(field.section, field.index);
                problemSteps.insert(owner);
                auto& fields = m_fieldProblems[owner];
                fields[field.key] = fields.value(field.key).isEmpty()
                                        ? message
                                        : fields.value(field.key) + QLatin1Char('\n') + message;
                where = tr("step '%1'")
                            .arg(PlanDocument::stringOf(m_document.step(field.section, field.index),
                                                        QStringLiteral("id")));
            } else if (field.area == PlanDocument::Field::Area::Header) {
                problemSteps.insert(QStringLiteral("header"));
                const QString key = field.subKey.isEmpty()
                                        ? field.key
                                        : field.key + QLatin1Char('/') + field.subKey;
                auto& fields = m_fieldProblems[QStringLiteral("header")];
                fields[key] = fields.value(key).isEmpty()
                                  ? message
                                  : fields.value(key) + QLatin1Char('\n') + message;
                where = tr("plan");
            }
            if (!where.isEmpty()) {
                const QString field1 =
                    field.key.isEmpty()
                        ? where
                        : QStringLiteral("%1 › %2").arg(
                              where, field.subKey.isEmpty()
                                         ? field.key
                                         : field.key + QStringLiteral(" › ") + field.subKey);
                item->setToolTip(tr("%1 — click to go there").arg(field1));
            }
        }
    }
    m_model->setProblemSteps(problemSteps);
    m_headerForm->setProblems(m_fieldProblems.value(QStringLiteral("header")));
    if (m_selection.kind == EditorSelection::Kind::Step)
        m_stepForm->setProblems(
            m_fieldProblems.value(stepKey(m_selection.section, m_selection.index)));

    const bool ok = m_problems.isEmpty();
    m_summary->setProperty("ok", ok);
    m_summary->setText(ok ? tr("✓ No problems: the plan passes eol-station plan check")
                          : tr("⚠ %n problem(s) — see Problems; the plan cannot run or be "
                               "released until they are fixed",
                               nullptr, int(m_problems.size())));
    repolish(m_summary);
    m_problemDock->setWindowTitle(ok ? tr("Problems") : tr("Problems (%1)").arg(m_problems.size()));
    m_run->setRunnable(ok, tr("Fix the problems listed first"));
}

void PlanEditorWindow::goToProblem(int row)
{
    const QListWidgetItem* item = m_problemList->item(row);
    if (!item)
        return;
    const auto area = PlanDocument::Field::Area(item->data(kAreaRole).toInt());
    const QString key = item->data(kKeyRole).toString();
    const QString subKey = item->data(kSubKeyRole).toString();
    if (area == PlanDocument::Field::Area::Step) {
        select(EditorSelection::step(Section(item->data(kSectionRole).toInt()),
                                     item->data(kIndexRole).toInt()));
        m_stepForm->focusField(key);
        if (QWidget* w = m_stepForm->fieldWidget(key))
            m_scroll->ensureWidgetVisible(w);
    } else if (area == PlanDocument::Field::Area::Header) {
        select(EditorSelection::header());
        m_headerForm->focusField(key, subKey);
        if (QWidget* w = m_headerForm->fieldWidget(key, subKey))
            m_scroll->ensureWidgetVisible(w);
    }
}

QString PlanEditorWindow::displayName() const
{
    return m_source.displayName.isEmpty() ? QStringLiteral("untitled.json") : m_source.displayName;
}

bool PlanEditorWindow::isModified() const
{
    // A new plan nobody touched has nothing to lose; otherwise compare with what was saved.
    if (m_source.filePath.isEmpty() && m_source.repositoryRef.isEmpty() && m_undo->isClean())
        return false;
    return !m_document.isUnchanged();
}

void PlanEditorWindow::updateState()
{
    const bool editable = !m_readOnly;
    const bool onStep = m_selection.kind == EditorSelection::Kind::Step;
    const bool running = m_run->isRunning();
    m_actSave->setEnabled(editable && (isModified() || m_source.filePath.isEmpty()));
    m_actSaveAs->setEnabled(true);
    m_addMenu->setEnabled(editable);
    m_actDuplicate->setEnabled(editable && onStep);
    m_actRemove->setEnabled(editable && onStep);
    m_actUp->setEnabled(editable && onStep &&
                        (m_selection.index > 0 || m_selection.section != Section::Setup));
    m_actDown->setEnabled(editable && onStep &&
                          (m_selection.index < m_document.stepCount(m_selection.section) - 1 ||
                           m_selection.section != Section::Teardown));
    m_actRunPlan->setEnabled(!running && m_validPlan.has_value());
    m_actRunStep->setEnabled(!running && m_validPlan.has_value() && onStep);
    m_actEditDraft->setEnabled(m_readOnly && bool(m_options.hooks.createDraft));
    m_actRelease->setEnabled(!m_readOnly && m_options.access.canRelease &&
                             bool(m_options.hooks.release) && !m_source.repositoryRef.isEmpty() &&
                             !isModified() && m_validPlan.has_value());
    m_actRelease->setVisible(m_options.access.canRelease);

    setWindowModified(isModified());
    const QString where =
        m_source.filePath.isEmpty()
            ? (m_source.repositoryRef.isEmpty() ? tr("not saved yet") : tr("revision store"))
            : QDir::toNativeSeparators(m_source.filePath);
    setWindowTitle(tr("Plan editor — %1[*] (%2)").arg(displayName(), where));
    QString state;
    if (m_readOnly)
        state = tr("Released revision %1 — read-only").arg(m_source.revision);
    else if (!m_source.repositoryRef.isEmpty())
        state = tr("Draft of revision %1").arg(m_source.revision);
    else
        state = tr("Plan file");
    if (isModified())
        state += tr(" · unsaved changes");
    m_stateLabel->setText(state);
}

void PlanEditorWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_headerForm->setEditable(!readOnly);
    m_stepForm->setEditable(!readOnly);
    m_model->setEditable(!readOnly);
    // Style sheet selectors on readOnly are evaluated when a widget is polished.
    for (QWidget* w : m_pages->findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w))
            repolish(w);
    }
    m_tree->setDragEnabled(!readOnly);
    m_tree->setAcceptDrops(!readOnly);
    if (readOnly) {
        QString text = tr("Released revision %1 — read-only. Edit → creates a new draft.")
                           .arg(m_source.revision);
        if (!m_source.releasedBy.isEmpty() || m_source.releasedUtc.isValid())
            text += QLatin1Char('\n') +
                    tr("Released by %1 on %2.")
                        .arg(m_source.releasedBy.isEmpty() ? tr("(unknown)") : m_source.releasedBy,
                             QLocale().toString(m_source.releasedUtc.toLocalTime(),
                                                QLocale::ShortFormat));
        m_bannerText->setText(text);
        m_bannerEdit->setEnabled(bool(m_options.hooks.createDraft));
        m_bannerEdit->setToolTip(m_options.hooks.createDraft
                                     ? tr("The revision store makes a new draft from this "
                                          "revision; this one stays as released")
                                     : tr("No plan revision store is connected"));
    }
    m_banner->setVisible(readOnly);
    updateState();
}

eol::Result<void> PlanEditorWindow::editAsNewDraft()
{
    if (!m_readOnly) {
        return eol::makeError(QStringLiteral("not_released"), tr("this plan is already editable"));
    }
    if (!m_options.hooks.createDraft) {
        return eol::makeError(QStringLiteral("no_revision_store"),
                              tr("no plan revision store is connected, so no draft can be made"));
    }
    auto draft = m_options.hooks.createDraft(m_source);
    if (!draft)
        return draft.error();
    PlanSource source = std::move(draft).value();
    source.released = false;
    qCInfo(lcEditor) << "new draft of" << m_source.displayName << "revision" << m_source.revision
                     << "->" << source.repositoryRef;
    return openSource(source);
}

eol::Result<void> PlanEditorWindow::release(const QString& note)
{
    if (m_readOnly)
        return eol::makeError(QStringLiteral("already_released"),
                              tr("this revision is already released"));
    if (!m_options.access.canRelease)
        return eol::makeError(QStringLiteral("release_forbidden"),
                              tr("%1 may not release plans").arg(m_options.access.userName));
    if (!m_options.hooks.release || m_source.repositoryRef.isEmpty())
        return eol::makeError(QStringLiteral("no_revision_store"),
                              tr("only a draft in the plan revision store can be released; "
                                 "import the plan file into the store first"));
    if (isModified())
        return eol::makeError(QStringLiteral("unsaved_changes"),
                              tr("save the draft first: what is released is what is saved"));
    if (!m_validPlan)
        return eol::makeError(QStringLiteral("plan_invalid"),
                              tr("the plan has problems; fix them before releasing"));
    auto released = m_options.hooks.release(m_source, note);
    if (!released)
        return released.error();
    PlanSource source = std::move(released).value();
    source.released = true;
    auto opened = openSource(source);
    if (opened)
        Q_EMIT this->released(source);
    return opened;
}

eol::Result<void> PlanEditorWindow::writeFile(const QString& path, const QByteArray& bytes)
{
    // Atomic: a crash or a full disk never leaves half a plan where the station loads it.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return eol::makeError(
            QStringLiteral("plan_not_saved"),
            tr("cannot save '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

eol::Result<void> PlanEditorWindow::save()
{
    if (m_readOnly) {
        return eol::makeError(
            QStringLiteral("read_only"),
            tr("released revision %1 is read-only; use Edit as new draft").arg(m_source.revision));
    }
    const QByteArray bytes = m_document.toBytes();
    if (!m_source.repositoryRef.isEmpty()) {
        if (!m_options.hooks.saveDraft)
            return eol::makeError(QStringLiteral("no_revision_store"),
                                  tr("no plan revision store is connected to save this draft"));
        auto stored = m_options.hooks.saveDraft(m_source, bytes);
        if (!stored)
            return stored.error();
        PlanSource source = std::move(stored).value();
        m_source.revision = source.revision;
        m_source.repositoryRef = source.repositoryRef;
        m_source.displayName =
            source.displayName.isEmpty() ? m_source.displayName : source.displayName;
        m_source.bytes = bytes;
        // The store may stamp the content (e.g. its revision number): what it holds is saved.
        if (!source.bytes.isEmpty() && source.bytes != bytes) {
            auto storedDocument = PlanDocument::fromBytes(source.bytes, displayName());
            if (storedDocument) {
                m_document = std::move(storedDocument).value();
                m_source.bytes = source.bytes;
                m_undo->setClean();
                applyState(m_document.root(), m_selection);
                statusBar()->showMessage(tr("Saved draft revision %1").arg(m_source.revision),
                                         kStatusMessageMs);
                Q_EMIT saved(m_source);
                return {};
            }
        }
    } else if (!m_source.filePath.isEmpty()) {
        if (auto written = writeFile(m_source.filePath, bytes); !written)
            return written;
        m_source.bytes = bytes;
    } else {
        return eol::makeError(QStringLiteral("no_file"), tr("choose a file name (Save as…)"));
    }
    m_document.markSaved(bytes);
    m_undo->setClean();
    revalidate();
    updateState();
    statusBar()->showMessage(m_problems.isEmpty()
                                 ? tr("Saved %1").arg(displayName())
                                 : tr("Saved %1 with %n problem(s): the station refuses the plan "
                                      "until they are fixed",
                                      nullptr, int(m_problems.size()))
                                       .arg(displayName()),
                             kStatusMessageMs);
    Q_EMIT saved(m_source);
    return {};
}

eol::Result<void> PlanEditorWindow::saveAs(const QString& path)
{
    if (m_readOnly) {
        return eol::makeError(
            QStringLiteral("read_only"),
            tr("released revision %1 is read-only; use Edit as new draft").arg(m_source.revision));
    }
    const QFileInfo info(path);
    const QByteArray bytes = m_document.toBytes();
    if (auto written = writeFile(info.absoluteFilePath(), bytes); !written)
        return written;
    // From now on this is that file (a copy outside the revision store, if it came from there).
    m_source.filePath = info.absoluteFilePath();
    m_source.displayName = info.fileName();
    m_source.repositoryRef.clear();
    m_source.bytes = bytes;
    m_document.markSaved(bytes);
    m_undo->setClean();
    m_stepForm->setPlanDirectory(info.absolutePath());
    addRecentFile(m_source.filePath);
    revalidate();
    updateState();
    statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(path)),
                             kStatusMessageMs);
    Q_EMIT saved(m_source);
    return {};
}

void PlanEditorWindow::addStep(const QString& kind)
{
    if (m_readOnly || !PlanFormat::kinds().contains(kind))
        return;
    Section section = Section::Steps;
    int index = m_document.stepCount(section);
    if (m_selection.kind == EditorSelection::Kind::Step) {
        section = m_selection.section;
        index = m_selection.index + 1;
    } else if (m_selection.kind == EditorSelection::Kind::Section) {
        section = m_selection.section;
        index = m_document.stepCount(section);
    }
    PlanDocument next = m_document;
    next.insertStep(section, index, PlanDocument::newStep(kind, m_document.uniqueStepId(kind)));
    pushEdit(tr("Add %1 step").arg(kind), next.root(), EditorSelection::step(section, index));
}

void PlanEditorWindow::duplicateStep()
{
    if (m_readOnly || m_selection.kind != EditorSelection::Kind::Step)
        return;
    JsonNode copy = m_document.step(m_selection.section, m_selection.index);
    const QString id = PlanDocument::stringOf(copy, QStringLiteral("id"));
    copy.setMember(QStringLiteral("id"),
                   JsonNode::fromString(m_document.uniqueStepId(id + QStringLiteral("_copy"))));
    PlanDocument next = m_document;
    next.insertStep(m_selection.section, m_selection.index + 1, copy);
    pushEdit(tr("Duplicate step '%1'").arg(id), next.root(),
             EditorSelection::step(m_selection.section, m_selection.index + 1));
}

void PlanEditorWindow::removeStep()
{
    if (m_readOnly || m_selection.kind != EditorSelection::Kind::Step)
        return;
    const QString id = PlanDocument::stringOf(
        m_document.step(m_selection.section, m_selection.index), QStringLiteral("id"));
    PlanDocument next = m_document;
    (void)next.takeStep(m_selection.section, m_selection.index);
    const int left = next.stepCount(m_selection.section);
    const EditorSelection after =
        left == 0 ? EditorSelection::ofSection(m_selection.section)
                  : EditorSelection::step(m_selection.section, qMin(m_selection.index, left - 1));
    pushEdit(tr("Remove step '%1'").arg(id), next.root(), after);
}

void PlanEditorWindow::moveStep(int delta)
{
    if (m_readOnly || m_selection.kind != EditorSelection::Kind::Step)
        return;
    const Section from = m_selection.section;
    const int index = m_selection.index;
    Section to = from;
    int target = index + delta;
    // Past either end of a section, the step moves on into the neighbouring one.
    if (target < 0) {
        if (from == Section::Setup)
            return;
        to = Section(int(from) - 1);
        target = m_document.stepCount(to);
    } else if (target >= m_document.stepCount(from)) {
        if (from == Section::Teardown)
            return;
        to = Section(int(from) + 1);
        target = 0;
    }
    PlanDocument next = m_document;
    next.moveStep(from, index, to, target);
    const QString id = PlanDocument::stringOf(m_document.step(from, index), QStringLiteral("id"));
    pushEdit(delta < 0 ? tr("Move step '%1' up").arg(id) : tr("Move step '%1' down").arg(id),
             next.root(), EditorSelection::step(to, target));
}

eol::Result<void> PlanEditorWindow::runPlan()
{
    if (!m_validPlan) {
        return eol::makeError(QStringLiteral("plan_invalid"),
                              tr("the plan has problems (see Problems); fix them to run it"));
    }
    return m_run->start(*m_validPlan, tr("the plan"));
}

eol::Result<void> PlanEditorWindow::runSelectedStep()
{
    if (!m_validPlan) {
        return eol::makeError(QStringLiteral("plan_invalid"),
                              tr("the plan has problems (see Problems); fix them to run a step"));
    }
    if (m_selection.kind != EditorSelection::Kind::Step)
        return eol::makeError(QStringLiteral("no_step"), tr("select a step to run"));
    const QString id = PlanDocument::stringOf(
        m_document.step(m_selection.section, m_selection.index), QStringLiteral("id"));
    auto tryout = core::plan::TryoutPlan::forStep(*m_validPlan, id);
    if (!tryout)
        return tryout.error();
    const int extra =
        int(tryout->setup.size() + tryout->steps.size() + tryout->teardown.size()) - 1;
    return m_run->start(
        tryout.value(),
        extra > 0 ? tr("step '%1' (after the %n step(s) it needs)", nullptr, extra).arg(id)
                  : tr("step '%1'").arg(id));
}

void PlanEditorWindow::report(const eol::Result<void>& result, const QString& what)
{
    if (result)
        return;
    qCInfo(lcEditor).noquote() << what << "failed:" << result.error().message;
    auto* box =
        new QMessageBox(QMessageBox::Warning, what, result.error().message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("editorError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool PlanEditorWindow::confirmDiscard()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them first?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    if (m_source.filePath.isEmpty() && m_source.repositoryRef.isEmpty()) {
        m_actSaveAs->trigger();
        return !isModified();
    }
    const auto saved = save();
    report(saved, tr("Save"));
    return saved.ok();
}

void PlanEditorWindow::closeEvent(QCloseEvent* event)
{
    // The user closing the window (title bar, File > Close) is asked about unsaved changes.
    // The station closing it (logout, idle timeout) is not: the window must never stay open for
    // the next user, so the work is kept without a question.
    const bool byUser = event->spontaneous() || m_closingByUser;
    m_closingByUser = false;
    if (byUser && !confirmDiscard()) {
        event->ignore();
        return;
    }
    if (!byUser && isModified())
        keepUnsavedWork();
    if (m_run->isRunning())
        m_run->abort();
    event->accept();
}

void PlanEditorWindow::keepUnsavedWork()
{
    if (!m_readOnly && !m_source.repositoryRef.isEmpty() && m_options.hooks.saveDraft) {
        // A draft is work in progress: the store keeps it (signed by the user who edited).
        const auto saved = save();
        if (saved) {
            qCInfo(lcEditor) << "closed by the station: draft saved" << m_source.repositoryRef;
            return;
        }
        qCWarning(lcEditor).noquote()
            << "closed by the station: the draft could not be saved:" << saved.error().message;
    }
    // A plan file is not overwritten unasked: the changes go next to it.
    const QString base =
        !m_source.filePath.isEmpty()
            ? m_source.filePath
            : QDir(m_options.plansDirectory.isEmpty() ? QDir::tempPath() : m_options.plansDirectory)
                  .filePath(QFileInfo(displayName()).completeBaseName() + QStringLiteral(".json"));
    const QString path = base + QStringLiteral(".autosave");
    const auto written = writeFile(path, m_document.toBytes());
    if (written)
        qCInfo(lcEditor) << "closed by the station: unsaved changes kept in" << path;
    else
        qCWarning(lcEditor).noquote()
            << "closed by the station: unsaved changes lost:" << written.error().message;
}

QStringList PlanEditorWindow::recentFiles() const
{
    if (m_options.recentFilesPath.isEmpty())
        return {};
    QSettings settings(m_options.recentFilesPath, QSettings::IniFormat);
    return settings.value(kRecentKey).toStringList();
}

void PlanEditorWindow::addRecentFile(const QString& path)
{
    if (m_options.recentFilesPath.isEmpty())
        return;
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    QSettings settings(m_options.recentFilesPath, QSettings::IniFormat);
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void PlanEditorWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString& path : recent) {
        QAction* open = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(open, &QAction::triggered, this, [this, path] {
            if (confirmDiscard())
                report(openFile(path), tr("Open"));
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace eol::ui::editor
