#pragma once

#include "common/Result.h"
#include "plan/Plan.h"
#include "plan/PlanDocument.h"
#include "ui/editor/EditorSelection.h"
#include "ui/editor/PlanEditorAccess.h"
#include "ui/editor/PlanRevisionHooks.h"
#include "ui/editor/PlanSource.h"

#include <QHash>
#include <QMainWindow>
#include <QStringList>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTreeView;
class QUndoStack;

namespace eol::ui::editor {

class PlanHeaderForm;
class StepForm;
class StepListModel;
class TryRunPanel;

/// The hardware lead's plan editor: open / new / save-as, the step list (add, duplicate,
/// remove, reorder by drag or Move up/down across setup, steps and teardown), a form for the
/// plan and one per step kind with every field of the format, undo/redo for every change, live
/// validation with exactly the messages of `eol-station plan check` (click one to go to the
/// field), and try-out runs of one step or the whole plan on a port or a simulated DUT.
///
/// Released revisions are read-only; "Edit as new draft" and "Release…" go through the
/// injected PlanRevisionHooks. The window cannot be created without PlanEditorAccess::canEdit.
class PlanEditorWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        PlanEditorAccess access;
        PlanRevisionHooks hooks;
        QString plansDirectory;  ///< where Open… and Save As… start
        QString recentFilesPath; ///< ini file that remembers recent plans; empty: not kept
    };

    /// Refuses ("plan_editor_forbidden", a message for the user) without `access.canEdit`.
    static eol::Result<std::unique_ptr<PlanEditorWindow>> create(Options options,
                                                                 QWidget* parent = nullptr);
    ~PlanEditorWindow() override;

    // Documents.
    void newPlan();
    eol::Result<void> openFile(const QString& path);
    eol::Result<void> openSource(const PlanSource& source);
    eol::Result<void> save();
    eol::Result<void> saveAs(const QString& path);
    /// Unsaved changes (an untouched new plan has none).
    bool isModified() const;
    const core::plan::PlanDocument& document() const { return m_document; }
    const PlanSource& source() const { return m_source; }
    QStringList recentFiles() const;

    // Revisions.
    /// Read-only: every editing control is disabled and a banner explains why.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// Asks the revision store for a new draft of the released revision shown, and opens it.
    eol::Result<void> editAsNewDraft();
    /// Releases the saved draft through the revision store; the released revision is shown.
    eol::Result<void> release(const QString& note);

    // Editing, as the menus do it (each change is one undo step).
    void addStep(const QString& kind);
    void duplicateStep();
    void removeStep();
    void moveStep(int delta);
    void select(const EditorSelection& selection);
    EditorSelection selection() const { return m_selection; }

    // Validation.
    /// The current problems, one per line exactly as `eol-station plan check` prints them.
    QStringList problems() const { return m_problems; }
    /// Selects the step/field a problem (row of the Problems list) points at.
    void goToProblem(int row);

    // Try-out.
    eol::Result<void> runPlan();
    eol::Result<void> runSelectedStep();

    QUndoStack* undoStack() const { return m_undo; }
    TryRunPanel* runPanel() const { return m_run; }
    StepForm* stepForm() const { return m_stepForm; }
    PlanHeaderForm* headerForm() const { return m_headerForm; }
    QTreeView* stepList() const { return m_tree; }
    StepListModel* stepModel() const { return m_model; }
    QListWidget* problemList() const { return m_problemList; }
    QDockWidget* runDock() const { return m_runDock; }

Q_SIGNALS:
    /// After a successful save (file or revision store).
    void saved(const eol::ui::editor::PlanSource& source);
    /// After a successful release.
    void released(const eol::ui::editor::PlanSource& source);

protected:
    /// The user closing the window is asked about unsaved changes; the station closing it
    /// (logout, idle timeout: a programmatic close()) is not, and the window always closes: a
    /// draft in the store is saved, changes to a plan file are written to "<file>.autosave".
    void closeEvent(QCloseEvent* event) override;

private:
    PlanEditorWindow(Options options, QWidget* parent);

    void buildUi();
    void buildActions();
    void loadDocument(core::plan::PlanDocument document, const PlanSource& source);
    void applyState(const core::plan::JsonNode& root, const EditorSelection& selection);
    void pushEdit(const QString& text, core::plan::JsonNode after,
                  const EditorSelection& selectionAfter, const QString& mergeKey = {});
    void showSelection();
    void syncTreeSelection();
    void refreshForms();
    void revalidate();
    void updateState();
    QString displayName() const;
    QStringList knownVariables() const;
    bool confirmDiscard();
    /// Closed by the station, not the user: save a store draft, or write <file>.autosave.
    void keepUnsavedWork();
    void report(const eol::Result<void>& result, const QString& what);
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    eol::Result<void> writeFile(const QString& path, const QByteArray& bytes);

    Options m_options;
    core::plan::PlanDocument m_document;
    PlanSource m_source;
    EditorSelection m_selection;
    bool m_readOnly = false;
    bool m_syncingSelection = false;
    bool m_closingByUser = false; ///< File > Close: ask like the title bar's close button
    int m_mergeEpoch = 0;         ///< typing merges into one undo step only within one epoch
    std::optional<core::plan::Plan> m_validPlan;
    QStringList m_problems;
    QHash<QString, QHash<QString, QString>> m_fieldProblems; ///< "header" / "<section>/<i>"

    QUndoStack* m_undo = nullptr;
    StepListModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_bannerEdit = nullptr;
    QScrollArea* m_scroll = nullptr;
    QStackedWidget* m_pages = nullptr;
    PlanHeaderForm* m_headerForm = nullptr;
    StepForm* m_stepForm = nullptr;
    QLabel* m_sectionPage = nullptr;
    QListWidget* m_problemList = nullptr;
    QDockWidget* m_problemDock = nullptr;
    TryRunPanel* m_run = nullptr;
    QDockWidget* m_runDock = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_stateLabel = nullptr;
    QMenu* m_recentMenu = nullptr;

    QAction* m_actNew = nullptr;
    QAction* m_actOpen = nullptr;
    QAction* m_actSave = nullptr;
    QAction* m_actSaveAs = nullptr;
    QAction* m_actUndo = nullptr;
    QAction* m_actRedo = nullptr;
    QMenu* m_addMenu = nullptr;
    QAction* m_actDuplicate = nullptr;
    QAction* m_actRemove = nullptr;
    QAction* m_actUp = nullptr;
    QAction* m_actDown = nullptr;
    QAction* m_actRunStep = nullptr;
    QAction* m_actRunPlan = nullptr;
    QAction* m_actEditDraft = nullptr;
    QAction* m_actRelease = nullptr;
};

} // namespace eol::ui::editor
