// The plan editor end to end with real widgets (offscreen): a plan built from scratch through
// the forms, saved, reloaded and run on the in-process simulated DUT; undo/redo; drag reorder
// through the model's drag-and-drop interface; live validation with the messages of
// `eol-station plan check`; released revisions read-only with "Edit as new draft" going through
// an injected revision store (a fake here; the real one is app/core/planrepo); operators refused.
//
// With EOL_EDITOR_SCREENSHOTS=<dir> it also saves docs/screenshots/editor-*.png there.

#include "plan/PlanDocument.h"
#include "plan/PlanLoader.h"
#include "ui/StepTableModel.h"
#include "ui/editor/LimitsField.h"
#include "ui/editor/PlanEditorWindow.h"
#include "ui/editor/PlanHeaderForm.h"
#include "ui/editor/RegexField.h"
#include "ui/editor/StepForm.h"
#include "ui/editor/StepListModel.h"
#include "ui/editor/TryRunPanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using eol::core::plan::JsonNode;
using eol::core::plan::PlanDocument;
using eol::core::plan::PlanLoader;
using eol::ui::editor::EditorSelection;
using eol::ui::editor::PlanEditorWindow;
using eol::ui::editor::PlanRevisionHooks;
using eol::ui::editor::PlanSource;
using eol::ui::editor::StepForm;
using Section = PlanDocument::Section;

namespace {

constexpr int kRunTimeoutMs = 30000;

QString shippedPlan(const char* name)
{
    return QStringLiteral(EOL_SOURCE_DIR "/testplans/") + QLatin1String(name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

PlanEditorWindow::Options leadOptions()
{
    PlanEditorWindow::Options options;
    options.access.canEdit = true;
    options.access.canRelease = true;
    options.access.userName = QStringLiteral("lena (lead)");
    options.plansDirectory = QStringLiteral(EOL_SOURCE_DIR "/testplans");
    return options;
}

std::unique_ptr<PlanEditorWindow> openEditor(PlanEditorWindow::Options options = leadOptions())
{
    auto window = PlanEditorWindow::create(std::move(options));
    if (!window)
        qFatal("editor refused: %s", qPrintable(window.error().message));
    std::unique_ptr<PlanEditorWindow> w = std::move(window).value();
    w->resize(1440, 900);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        qFatal("editor window not exposed");
    return w;
}

template <typename T> T* field(QWidget* root, const QString& name)
{
    auto* w = root->findChild<T*>(name);
    if (!w)
        qFatal("no widget %s", qPrintable(name));
    return w;
}

/// Types `text` into a line edit as a user would: select all, type over it.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

void typeInto(QSpinBox* box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
}

/// Chooses the item whose data reads `value` (empty: the "default" item) with the keyboard, so
/// that `activated` fires as it does for a user. False if there is no such item.
[[nodiscard]] bool choose(QComboBox* box, const QString& value)
{
    int target = -1;
    for (int i = 0; i < box->count() && target < 0; ++i) {
        if (box->itemData(i).toString() == value)
            target = i;
    }
    if (target < 0 || box->count() < 2)
        return false;
    box->setFocus();
    if (target > 0) {
        box->setCurrentIndex(target - 1);
        QTest::keyClick(box, Qt::Key_Down);
    } else {
        box->setCurrentIndex(1);
        QTest::keyClick(box, Qt::Key_Up);
    }
    return box->currentIndex() == target;
}

/// Chooses the item at `index` with the keyboard.
[[nodiscard]] bool chooseIndex(QComboBox* box, int index)
{
    box->setFocus();
    box->setCurrentIndex(index > 0 ? index - 1 : 1);
    QTest::keyClick(box, index > 0 ? Qt::Key_Down : Qt::Key_Up);
    return box->currentIndex() == index;
}

/// What the try-out panel says about the last run, for failure messages.
QByteArray runSummary(QWidget* window)
{
    auto* title = window->findChild<QLabel*>(QStringLiteral("tryTitle"));
    return title ? title->text().toUtf8() : QByteArray("(no try-out panel)");
}

QAction* action(QWidget* window, const char* name)
{
    auto* a = window->findChild<QAction*>(QLatin1String(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}

/// The index of step `id` in `section`, or -1.
int stepIndex(const PlanDocument& doc, Section section, const QString& id)
{
    for (int i = 0; i < doc.stepCount(section); ++i) {
        if (PlanDocument::stringOf(doc.step(section, i), QStringLiteral("id")) == id)
            return i;
    }
    return -1;
}

QStringList ids(const PlanDocument& doc, Section section)
{
    QStringList out;
    for (int i = 0; i < doc.stepCount(section); ++i)
        out << PlanDocument::stringOf(doc.step(section, i), QStringLiteral("id"));
    return out;
}

/// A revision store in memory, as the editor sees D1's through PlanRevisionHooks.
struct FakeStore
{
    PlanSource released;
    QList<PlanSource> draftsCreated;
    QList<QByteArray> savedDrafts;
    QStringList releaseNotes;

    PlanRevisionHooks hooks()
    {
        PlanRevisionHooks h;
        h.createDraft = [this](const PlanSource& from) -> eol::Result<PlanSource> {
            // The store's draft is revision N+1 of the same plan, with that revision in it.
            auto doc = PlanDocument::fromBytes(from.bytes, from.displayName);
            if (!doc)
                return doc.error();
            JsonNode root = doc->root();
            root.setMember(QStringLiteral("revision"), JsonNode::fromNumber(from.revision + 1));
            doc.value().setRoot(root);
            PlanSource draft;
            draft.bytes = doc->toBytes();
            draft.displayName = from.displayName;
            draft.repositoryRef = QStringLiteral("nrf91-tracker@%1").arg(from.revision + 1);
            draft.revision = from.revision + 1;
            draftsCreated.append(draft);
            return draft;
        };
        h.saveDraft = [this](const PlanSource& draft,
                             const QByteArray& bytes) -> eol::Result<PlanSource> {
            savedDrafts.append(bytes);
            PlanSource stored = draft;
            stored.bytes = bytes;
            return stored;
        };
        h.release = [this](const PlanSource& draft,
                           const QString& note) -> eol::Result<PlanSource> {
            releaseNotes.append(note);
            PlanSource out = draft;
            out.bytes = savedDrafts.isEmpty() ? draft.bytes : savedDrafts.last();
            out.released = true;
            out.releasedBy = QStringLiteral("lena");
            out.releasedUtc = QDateTime::currentDateTimeUtc();
            return out;
        };
        return h;
    }
};

} // namespace

class TestPlanEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void operatorCannotOpenTheEditor();
    void buildPlanFromScratchSaveReloadAndRun();
    void runThisStepRunsWhatItNeeds();
    void undoRedoEveryChange();
    void usbIdsAreEditedWithTheSerialLink();
    void dragReordersSteps();
    void liveValidationShowsPlanCheckMessages();
    void regexTestBoxShowsMatchAndCaptures();
    void unchangedSaveKeepsTheFileBytes();
    void foreignKeysAreShownAndRemovable();
    void kindChangeIsUndoable();
    void releasedPlanIsReadOnlyAndEditMakesANewDraft();
    void closedByTheStationNeverStaysOpen();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

void TestPlanEditor::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestPlanEditor::operatorCannotOpenTheEditor()
{
    PlanEditorWindow::Options options = leadOptions();
    options.access.canEdit = false;
    options.access.userName = QStringLiteral("omar (operator)");
    const auto refused = PlanEditorWindow::create(options);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("plan_editor_forbidden"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("omar (operator)")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("hardware leads")));
    // Nothing was created behind the refusal.
    for (QWidget* w : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<PlanEditorWindow*>(w));
    // A lead gets the window.
    QVERIFY(PlanEditorWindow::create(leadOptions()).ok());
}

void TestPlanEditor::buildPlanFromScratchSaveReloadAndRun()
{
    auto w = openEditor();
    // A new plan: the editor says what is missing, with the loader's words.
    QVERIFY(!w->problems().isEmpty());
    QVERIFY2(w->problems().join('\n').contains(QStringLiteral("'product' at the top level must "
                                                              "not be empty")),
             qPrintable(w->problems().join('\n')));
    QVERIFY(w->problems().join('\n').contains(QStringLiteral("needs at least one step")));
    QVERIFY(!action(w.get(), "actionRunPlan")->isEnabled());

    // Header.
    typeInto(field<QLineEdit>(w.get(), QStringLiteral("header.id")), QStringLiteral("scratch"));
    typeInto(field<QLineEdit>(w.get(), QStringLiteral("header.product")),
             QStringLiteral("Scratch tracker"));
    typeInto(field<QLineEdit>(w.get(), QStringLiteral("header.serial_pattern.pattern")),
             QStringLiteral("^SN\\d{8}$"));
    QVERIFY(choose(field<QComboBox>(w.get(), QStringLiteral("transport.baud")),
                   QStringLiteral("115200")));

    // Setup: wait for the boot banner.
    w->select(EditorSelection::ofSection(Section::Setup));
    action(w.get(), "actionAdd_wait_for")->trigger();
    QCOMPARE(w->selection().kind, EditorSelection::Kind::Step);
    StepForm* form = w->stepForm();
    typeInto(field<QLineEdit>(form, QStringLiteral("step.id")), QStringLiteral("boot"));
    typeInto(field<QLineEdit>(form, QStringLiteral("step.name")),
             QStringLiteral("Wait for the modem to boot"));
    typeInto(field<QLineEdit>(form, QStringLiteral("wait_for.pattern.pattern")),
             QStringLiteral("^Ready$"));

    // Steps: read the IMEI, check its Luhn digit, read the battery, check it against limits.
    w->select(EditorSelection::ofSection(Section::Steps));
    action(w.get(), "actionAdd_at")->trigger();
    typeInto(field<QLineEdit>(form, QStringLiteral("step.id")), QStringLiteral("imei"));
    typeInto(field<QLineEdit>(form, QStringLiteral("step.name")), QStringLiteral("Read IMEI"));
    typeInto(field<QLineEdit>(form, QStringLiteral("at.command")), QStringLiteral("AT+CGSN=1"));
    typeInto(field<QLineEdit>(form, QStringLiteral("at.expect.pattern")),
             QStringLiteral("\\+CGSN: \"(?<imei>\\d+)\""));
    typeInto(field<QSpinBox>(form, QStringLiteral("at.timeout_ms")), 2000);
    // "Stop the run (written out)" is item 1.
    QVERIFY(chooseIndex(field<QComboBox>(form, QStringLiteral("step.on_fail")), 1));

    action(w.get(), "actionAdd_check")->trigger();
    typeInto(field<QLineEdit>(form, QStringLiteral("step.id")), QStringLiteral("imei_valid"));
    typeInto(field<QLineEdit>(form, QStringLiteral("check.variable")), QStringLiteral("imei"));
    QVERIFY(choose(field<QComboBox>(form, QStringLiteral("check.validator")),
                   QStringLiteral("imei_luhn")));

    action(w.get(), "actionAdd_at")->trigger();
    typeInto(field<QLineEdit>(form, QStringLiteral("step.id")), QStringLiteral("battery"));
    typeInto(field<QLineEdit>(form, QStringLiteral("at.command")), QStringLiteral("AT%XVBAT"));
    typeInto(field<QLineEdit>(form, QStringLiteral("at.expect.pattern")),
             QStringLiteral("%XVBAT: (?<battery_mv>\\d+)"));

    action(w.get(), "actionAdd_check")->trigger();
    typeInto(field<QLineEdit>(form, QStringLiteral("step.id")), QStringLiteral("battery_range"));
    typeInto(field<QLineEdit>(form, QStringLiteral("check.variable")),
             QStringLiteral("battery_mv"));
    QVERIFY(
        choose(field<QComboBox>(form, QStringLiteral("check.validator")), QStringLiteral("range")));
    typeInto(field<QLineEdit>(form, QStringLiteral("step.range.low")), QStringLiteral("3300"));
    typeInto(field<QLineEdit>(form, QStringLiteral("step.range.high")), QStringLiteral("4500"));
    typeInto(field<QLineEdit>(form, QStringLiteral("step.range.unit")), QStringLiteral("mV"));
    QCOMPARE(field<eol::ui::editor::LimitsField>(form, QStringLiteral("check.range"))->ruleText(),
             QStringLiteral("Passes when 3300 ≤ battery_mv ≤ 4500 mV"));

    // Teardown: radio off, whatever happened.
    w->select(EditorSelection::ofSection(Section::Teardown));
    action(w.get(), "actionAdd_at")->trigger();
    typeInto(field<QLineEdit>(form, QStringLiteral("step.id")), QStringLiteral("off"));
    typeInto(field<QLineEdit>(form, QStringLiteral("at.command")), QStringLiteral("AT+CFUN=4"));
    // "Continue with the next step" is item 2.
    QVERIFY(chooseIndex(field<QComboBox>(form, QStringLiteral("step.on_fail")), 2));

    QVERIFY2(w->problems().isEmpty(), qPrintable(w->problems().join('\n')));
    QCOMPARE(ids(w->document(), Section::Setup), QStringList{"boot"});
    QCOMPARE(ids(w->document(), Section::Steps),
             QStringList({"imei", "imei_valid", "battery", "battery_range"}));
    QCOMPARE(ids(w->document(), Section::Teardown), QStringList{"off"});
    QVERIFY(w->isModified());

    // Save, then the file is a valid plan with what was typed.
    const QString path = m_dir.filePath(QStringLiteral("scratch.json"));
    QVERIFY(w->saveAs(path).ok());
    QVERIFY(!w->isModified());
    const QByteArray saved = readAll(path);
    QVERIFY(saved == w->document().toBytes());
    const auto plan = PlanLoader::loadFile(path);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    QCOMPARE(plan->id, QStringLiteral("scratch"));
    QCOMPARE(plan->transport.baudRate, 115200);
    QCOMPARE(plan->steps.at(3).check.low, std::optional<double>(3300));
    QCOMPARE(plan->steps.at(3).check.unit, QStringLiteral("mV"));
    QVERIFY(saved.contains("\"range\": {\"low\": 3300, \"high\": 4500, \"unit\": \"mV\"}"));
    QVERIFY(saved.contains("\"on_fail\": \"stop\""));
    QVERIFY(saved.contains("\"on_fail\": \"continue\""));
    QVERIFY(saved.contains("\"expect\": \"\\\\+CGSN: \\\"(?<imei>\\\\d+)\\\"\""));

    // Reload in a fresh editor: the same document, the same fields.
    auto reloaded = openEditor();
    QVERIFY(reloaded->openFile(path).ok());
    QVERIFY(reloaded->document().isUnchanged());
    QVERIFY(reloaded->document().toBytes() == saved);
    QVERIFY(reloaded->problems().isEmpty());
    reloaded->select(EditorSelection::step(Section::Steps, 0));
    QCOMPARE(field<QLineEdit>(reloaded->stepForm(), QStringLiteral("at.command"))->text(),
             QStringLiteral("AT+CGSN=1"));
    QCOMPARE(field<QSpinBox>(reloaded->stepForm(), QStringLiteral("at.timeout_ms"))->value(), 2000);

    // Run the plan on the simulated nRF91 until the verdict shows.
    auto* panel = reloaded->runPanel();
    panel->setPort(QStringLiteral("sim:nrf91"));
    auto* run = field<QPushButton>(reloaded.get(), QStringLiteral("runPlan"));
    QVERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(panel->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), kRunTimeoutMs);
    QVERIFY2(panel->verdict() == QLatin1String("pass"), runSummary(reloaded.get()).constData());
    QCOMPARE(field<QLabel>(reloaded.get(), QStringLiteral("tryVerdict"))->text(),
             QStringLiteral("PASS"));
    QCOMPARE(panel->steps()->rowCount(), 6);
    for (int row = 0; row < panel->steps()->rowCount(); ++row)
        QCOMPARE(panel->steps()->state(row), eol::ui::StepTableModel::State::Pass);
    const QString transcript = panel->transcriptText();
    QVERIFY2(transcript.contains(QStringLiteral("→  AT+CGSN=1\\r")), qPrintable(transcript));
    QVERIFY(transcript.contains(QStringLiteral("←  ")));
    QVERIFY(
        transcript.contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}"))));
    // A try-out goes to a throw-away database, not to a production record store.
    const QString scratchDb = panel->scratchDatabase();
    QVERIFY(QFile::exists(scratchDb));
    QVERIFY(!scratchDb.startsWith(m_dir.path()));
    reloaded.reset();
    QVERIFY2(!QFile::exists(scratchDb), qPrintable(scratchDb));
}

void TestPlanEditor::runThisStepRunsWhatItNeeds()
{
    auto w = openEditor();
    QVERIFY(w->openFile(shippedPlan("nrf91.json")).ok());
    const int index = stepIndex(w->document(), Section::Steps, QStringLiteral("battery_range"));
    QVERIFY(index >= 0);
    w->select(EditorSelection::step(Section::Steps, index));
    w->runPanel()->setPort(QStringLiteral("sim:nrf91"));
    QTest::mouseClick(field<QPushButton>(w.get(), QStringLiteral("runStep")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w->runPanel()->isRunning(), kRunTimeoutMs);
    QVERIFY2(w->runPanel()->verdict() == QLatin1String("pass"), runSummary(w.get()).constData());
    // The setup (3 steps), the step that captures battery_mv, the check itself; no teardown.
    QCOMPARE(w->runPanel()->steps()->rowCount(), 5);
    const QString transcript = w->runPanel()->transcriptText();
    QVERIFY(transcript.contains(QStringLiteral("AT%XVBAT")));
    QVERIFY(!transcript.contains(QStringLiteral("AT+CGSN")));
    QVERIFY2(transcript.contains(QStringLiteral("·  step battery_range (Battery voltage within "
                                                "limits)")),
             qPrintable(transcript));
    QVERIFY(transcript.contains(QStringLiteral("·  step boot (")));
    QVERIFY(!transcript.contains(QStringLiteral("step modem_off")));

    // A failing unit shows FAIL, not PASS.
    const int imeiValid = stepIndex(w->document(), Section::Steps, QStringLiteral("imei_valid"));
    w->select(EditorSelection::step(Section::Steps, imeiValid));
    w->runPanel()->setPort(QStringLiteral("sim:nrf91,bad-imei"));
    QVERIFY(w->runSelectedStep().ok());
    QTRY_VERIFY_WITH_TIMEOUT(!w->runPanel()->isRunning(), kRunTimeoutMs);
    QVERIFY2(w->runPanel()->verdict() == QLatin1String("fail"), runSummary(w.get()).constData());
}

void TestPlanEditor::undoRedoEveryChange()
{
    auto w = openEditor();
    QVERIFY(w->openFile(shippedPlan("nrf91.json")).ok());
    const QByteArray original = w->document().toBytes();
    QUndoStack* undo = w->undoStack();
    QCOMPARE(undo->count(), 0);

    // Typing a word is one undo step.
    typeInto(field<QLineEdit>(w.get(), QStringLiteral("header.product")),
             QStringLiteral("Tracker B"));
    QCOMPARE(undo->count(), 1);
    w->select(EditorSelection::step(Section::Steps, 0));
    action(w.get(), "actionDuplicate")->trigger();
    QCOMPARE(ids(w->document(), Section::Steps).at(1), QStringLiteral("imei_copy"));
    action(w.get(), "actionMoveUp")->trigger(); // the copy goes before imei
    action(w.get(), "actionRemove")->trigger();
    w->select(EditorSelection::step(Section::Steps, 0));
    action(w.get(), "actionMoveUp")->trigger(); // past the top: into the setup
    QCOMPARE(ids(w->document(), Section::Setup).last(), QStringLiteral("imei"));
    QCOMPARE(undo->count(), 5);
    QVERIFY(w->isModified());
    const QByteArray edited = w->document().toBytes();

    for (int i = 0; i < 5; ++i)
        action(w.get(), "actionUndo")->trigger();
    QVERIFY(w->document().isUnchanged());
    QVERIFY(w->document().toBytes() == original);
    QVERIFY(!w->isModified());
    QCOMPARE(field<QLineEdit>(w.get(), QStringLiteral("header.product"))->text(),
             QStringLiteral("nRF9160 asset tracker"));

    for (int i = 0; i < 5; ++i)
        action(w.get(), "actionRedo")->trigger();
    QVERIFY(w->document().toBytes() == edited);
    // The selection follows: the last redo moved imei into the setup and selected it.
    QCOMPARE(w->selection().section, Section::Setup);
    QCOMPARE(field<QLineEdit>(w->stepForm(), QStringLiteral("step.id"))->text(),
             QStringLiteral("imei"));

    // Typed and deleted again is no change at all.
    const int count = undo->count();
    auto* name = field<QLineEdit>(w->stepForm(), QStringLiteral("step.name"));
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("xy"));
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(undo->count(), count);
}

void TestPlanEditor::dragReordersSteps()
{
    auto w = openEditor();
    QVERIFY(w->openFile(shippedPlan("nrf91.json")).ok());
    auto* model = w->stepModel();
    const QModelIndex steps = model->indexOf(EditorSelection::ofSection(Section::Steps));
    const QModelIndex teardown = model->indexOf(EditorSelection::ofSection(Section::Teardown));
    const QStringList before = ids(w->document(), Section::Steps);

    // What the tree view does on a drop: the dragged row's mime data, dropped between rows.
    const QModelIndex imei = model->index(0, 0, steps);
    QVERIFY(model->flags(imei).testFlag(Qt::ItemIsDragEnabled));
    std::unique_ptr<QMimeData> mime(model->mimeData({imei}));
    QVERIFY(mime);
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, 3, 0, steps));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, 3, 0, steps));
    QStringList expected = before;
    expected.move(0, 2);
    QCOMPARE(ids(w->document(), Section::Steps), expected);
    QCOMPARE(w->selection().index, 2); // the moved step stays selected
    // The view's own "remove the dragged rows" after a move must not remove anything.
    QVERIFY(!model->removeRows(2, 1, steps));
    QCOMPARE(ids(w->document(), Section::Steps), expected);

    // Onto another section: appended there.
    const QModelIndex battery =
        model->index(int(before.indexOf("battery")), 0,
                     model->indexOf(EditorSelection::ofSection(Section::Steps)));
    mime.reset(model->mimeData({battery}));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, teardown));
    QCOMPARE(ids(w->document(), Section::Teardown), QStringList({"modem_off", "battery"}));
    // Not onto the plan header, not at the top level.
    mime.reset(model->mimeData({model->index(0, 0, steps)}));
    QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, model->index(0, 0)));
    QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, 1, 0, QModelIndex()));

    // Each drop is one undo step.
    QCOMPARE(w->undoStack()->count(), 2);
    w->undoStack()->undo();
    w->undoStack()->undo();
    QCOMPARE(ids(w->document(), Section::Steps), before);
    QVERIFY(w->document().isUnchanged());

    // Read-only: nothing can be dragged.
    w->setReadOnly(true);
    QVERIFY(!model->flags(model->index(0, 0, steps)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, steps));
}

void TestPlanEditor::usbIdsAreEditedWithTheSerialLink()
{
    auto w = openEditor();
    QVERIFY(w->openFile(shippedPlan("nrf91.json")).ok());
    auto* usb = field<QLineEdit>(w.get(), QStringLiteral("transport.usb"));
    QCOMPARE(usb->text(), QStringLiteral("1915 1366"));
    auto usbOf = [&w] {
        QStringList ids;
        const JsonNode* transport = w->document().root().find(QStringLiteral("transport"));
        if (const JsonNode* list = transport ? transport->find(QStringLiteral("usb")) : nullptr) {
            for (int i = 0; i < list->size(); ++i)
                ids << list->at(i).toString();
        }
        return ids;
    };

    // Leaving the field unchanged is no edit; a new id is one undo step.
    Q_EMIT usb->editingFinished();
    QCOMPARE(w->undoStack()->count(), 0);
    usb->setText(QStringLiteral("1915, 1366  2c7c:0296"));
    Q_EMIT usb->editingFinished();
    QCOMPARE(w->undoStack()->count(), 1);
    QCOMPARE(usbOf(), (QStringList{"1915", "1366", "2c7c:0296"}));
    QVERIFY(w->problems().isEmpty());

    // A malformed id is reported like plan check does.
    usb->setText(QStringLiteral("1915 J-Link"));
    Q_EMIT usb->editingFinished();
    QVERIFY(!w->problems().isEmpty());
    QVERIFY2(w->problems().join('\n').contains(
                 QStringLiteral("'usb[1]' in 'transport' is \"J-Link\"")),
             qPrintable(w->problems().join('\n')));

    w->undoStack()->undo();
    w->undoStack()->undo();
    QVERIFY(w->document().isUnchanged());
    QCOMPARE(usb->text(), QStringLiteral("1915 1366"));
}

void TestPlanEditor::liveValidationShowsPlanCheckMessages()
{
    // A copy in the temporary folder: the messages name it "nrf91.json" like plan check does.
    QDir(m_dir.path()).mkpath(QStringLiteral("check"));
    const QString path = m_dir.filePath(QStringLiteral("check/nrf91.json"));
    QVERIFY(QFile::copy(shippedPlan("nrf91.json"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto w = openEditor();
    QVERIFY(w->openFile(path).ok());
    QVERIFY(w->problems().isEmpty());

    const int imei = stepIndex(w->document(), Section::Steps, QStringLiteral("imei"));
    w->select(EditorSelection::step(Section::Steps, imei));
    auto* expect = field<QLineEdit>(w->stepForm(), QStringLiteral("at.expect.pattern"));
    expect->setFocus();
    expect->end(false);
    QTest::keyClicks(expect, QStringLiteral("("));
    QVERIFY(!w->problems().isEmpty());
    QVERIFY2(w->problems().first().contains(QStringLiteral("invalid regular expression in "
                                                           "'expect' in step 'imei'")),
             qPrintable(w->problems().join('\n')));
    QVERIFY(!action(w.get(), "actionRunPlan")->isEnabled());
    QVERIFY(!field<QPushButton>(w.get(), QStringLiteral("runPlan"))->isEnabled());

    // The same lines, in the same order, as `eol-station plan check` on the saved file.
    QVERIFY(w->save().ok());
    const auto loaded = PlanLoader::loadFile(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(w->problems(), loaded.error().message.split('\n'));
    QVERIFY2(QFile::exists(QStringLiteral(EOL_STATION_BIN)), "build eol-station first");
    QProcess check;
    check.setWorkingDirectory(m_dir.filePath(QStringLiteral("check")));
    check.start(QStringLiteral(EOL_STATION_BIN),
                {QStringLiteral("plan"), QStringLiteral("check"), QStringLiteral("nrf91.json")});
    QVERIFY(check.waitForFinished(30000));
    QCOMPARE(check.exitCode(), 2);
    const QStringList printed =
        QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError())
            .split('\n', Qt::SkipEmptyParts);
    QCOMPARE(w->problems(), printed);

    // Clicking the problem goes to the step and the field, which is marked.
    w->select(EditorSelection::header());
    QListWidget* list = w->problemList();
    QCOMPARE(list->count(), w->problems().size());
    w->findChild<QDockWidget*>(QStringLiteral("problemDock"))->raise();
    QTRY_VERIFY(list->isVisible());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    QCOMPARE(w->selection().kind, EditorSelection::Kind::Step);
    QCOMPARE(w->selection().index, imei);
    QTRY_COMPARE(QApplication::focusWidget(), expect);
    QVERIFY(expect->property("problem").toBool());
    QVERIFY(expect->toolTip().contains(QStringLiteral("invalid regular expression")));
    // The step is flagged in the list too.
    const QModelIndex row = w->stepModel()->indexOf(EditorSelection::step(Section::Steps, imei));
    QVERIFY(!row.data(Qt::DecorationRole).isNull());

    // Fixed: the problems go, and so does the mark.
    QTest::keyClick(expect, Qt::Key_Backspace);
    QVERIFY(w->problems().isEmpty());
    QVERIFY(!expect->property("problem").toBool());
    QVERIFY(row.data(Qt::DecorationRole).isNull());
    // Fixed again it differs from the (broken) saved file, and writes the original bytes.
    QVERIFY(w->isModified());
    QVERIFY(w->document().toBytes() == readAll(shippedPlan("nrf91.json")));
}

void TestPlanEditor::regexTestBoxShowsMatchAndCaptures()
{
    auto w = openEditor();
    QVERIFY(w->openFile(shippedPlan("nrf91.json")).ok());
    w->select(EditorSelection::step(Section::Steps, 0));
    auto* expect = field<eol::ui::editor::RegexField>(w->stepForm(), QStringLiteral("at.expect"));
    QTest::keyClicks(expect->sampleEdit(), QStringLiteral("+CGSN: \"352656101576604\""));
    QVERIFY2(expect->resultText().contains(QStringLiteral("match")),
             qPrintable(expect->resultText()));
    QVERIFY(expect->resultText().contains(QStringLiteral("<b>imei</b> = 352656101576604")));
    expect->sampleEdit()->setPlainText(QStringLiteral("+CGSN: 352656101576604"));
    QVERIFY2(expect->resultText().contains(QStringLiteral("no match")),
             qPrintable(expect->resultText()));

    // A check regex must match the whole value, like the runner checks it.
    const int fw = stepIndex(w->document(), Section::Steps, QStringLiteral("firmware_version"));
    w->select(EditorSelection::step(Section::Steps, fw));
    auto* regex = field<eol::ui::editor::RegexField>(w->stepForm(), QStringLiteral("check.regex"));
    regex->sampleEdit()->setPlainText(QStringLiteral("mfw_nrf9160_1.3.5"));
    QVERIFY(regex->resultText().contains(QStringLiteral("✓")));
    regex->sampleEdit()->setPlainText(QStringLiteral("mfw_nrf9160_1.3.5-beta"));
    QVERIFY(regex->resultText().contains(QStringLiteral("whole value")));
    // Read-only plans keep the test box working.
    w->setReadOnly(true);
    QVERIFY(regex->patternEdit()->isReadOnly());
    QVERIFY(!regex->sampleEdit()->isReadOnly());
}

void TestPlanEditor::unchangedSaveKeepsTheFileBytes()
{
    // Hand-formatted: tabs, keys out of order, everything on few lines.
    const QByteArray hand =
        "{\"steps\": [{\"kind\": \"at\", \"id\": \"a\", \"command\": \"AT\"}],\n\t\"product\": "
        "\"P\", \"revision\": 2, \"id\": \"hand\", \"format\": 1}";
    const QString path = m_dir.filePath(QStringLiteral("hand.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(hand);
    }
    auto w = openEditor();
    QVERIFY(w->openFile(path).ok());
    QVERIFY(!w->isModified());
    QVERIFY(w->save().ok());
    QVERIFY(readAll(path) == hand);
    // Changed and changed back (by typing, then by undo): still the same bytes.
    typeInto(field<QLineEdit>(w.get(), QStringLiteral("header.product")), QStringLiteral("Q"));
    QVERIFY(w->isModified());
    typeInto(field<QLineEdit>(w.get(), QStringLiteral("header.product")), QStringLiteral("P"));
    QVERIFY(!w->isModified());
    QVERIFY(w->save().ok());
    QVERIFY(readAll(path) == hand);
    // A real change writes the canonical layout, with the same model otherwise.
    typeInto(field<QLineEdit>(w.get(), QStringLiteral("header.product")), QStringLiteral("Q"));
    QVERIFY(w->save().ok());
    const QByteArray canonical = readAll(path);
    QVERIFY(canonical.startsWith("{\n  \"format\": 1,\n  \"id\": \"hand\",\n  \"revision\": 2,\n  "
                                 "\"product\": \"Q\",\n"));
    QVERIFY(PlanLoader::loadFile(path).ok());
}

void TestPlanEditor::foreignKeysAreShownAndRemovable()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": 1, "id": "f", "revision": 1, "product": "P",
            "steps": [{"id": "a", "kind": "at", "command": "AT", "timout": 5}]})");
    }
    auto w = openEditor();
    QVERIFY(w->openFile(path).ok());
    QCOMPARE(w->problems().size(), 1);
    QVERIFY(w->problems().first().contains(QStringLiteral("did you mean 'timeout_ms'?")));
    w->select(EditorSelection::step(Section::Steps, 0));
    auto* box = w->stepForm()->findChild<QWidget*>(QStringLiteral("foreignKeys"));
    QVERIFY(box->isVisible());
    auto* list = field<QListWidget>(w->stepForm(), QStringLiteral("foreignKeyList"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("timout: 5"));
    // Editing another field keeps it.
    typeInto(field<QLineEdit>(w->stepForm(), QStringLiteral("at.command")), QStringLiteral("ATI"));
    QVERIFY(w->document().step(Section::Steps, 0).find(QStringLiteral("timout")));
    QVERIFY(w->document().toBytes().contains("\"timout\": 5"));
    // Removed on request: the plan is valid.
    list->setCurrentRow(0);
    QTest::mouseClick(field<QPushButton>(w->stepForm(), QStringLiteral("removeForeignKey")),
                      Qt::LeftButton);
    QVERIFY(!w->document().step(Section::Steps, 0).find(QStringLiteral("timout")));
    QVERIFY(w->problems().isEmpty());
    QVERIFY(!box->isVisible());
}

void TestPlanEditor::kindChangeIsUndoable()
{
    auto w = openEditor();
    QVERIFY(w->openFile(shippedPlan("bg96.json")).ok());
    w->select(EditorSelection::step(Section::Steps, 0)); // "module", an at step
    const JsonNode before = w->document().step(Section::Steps, 0);
    auto* pages = w->stepForm()->findChild<QStackedWidget*>();
    QVERIFY(pages);
    QVERIFY(choose(field<QComboBox>(w->stepForm(), QStringLiteral("step.kind")),
                   QStringLiteral("delay")));
    const JsonNode& after = w->document().step(Section::Steps, 0);
    QCOMPARE(PlanDocument::stringOf(after, QStringLiteral("kind")), QStringLiteral("delay"));
    QVERIFY(!after.find(QStringLiteral("command")));
    QVERIFY(after.find(QStringLiteral("on_fail"))); // kept
    QVERIFY(field<QSpinBox>(w->stepForm(), QStringLiteral("delay.duration_ms"))->isVisible());
    QVERIFY(w->problems().isEmpty());
    action(w.get(), "actionUndo")->trigger();
    QVERIFY(w->document().step(Section::Steps, 0).sameValue(before));
    QVERIFY(field<QLineEdit>(w->stepForm(), QStringLiteral("at.command"))->isVisible());
}

void TestPlanEditor::releasedPlanIsReadOnlyAndEditMakesANewDraft()
{
    FakeStore store;
    PlanEditorWindow::Options options = leadOptions();
    options.hooks = store.hooks();
    auto w = openEditor(options);

    store.released.bytes = readAll(shippedPlan("nrf91.json"));
    store.released.displayName = QStringLiteral("nrf91-tracker");
    store.released.repositoryRef = QStringLiteral("nrf91-tracker@1");
    store.released.revision = 1;
    store.released.released = true;
    store.released.releasedBy = QStringLiteral("lena");
    QVERIFY(w->openSource(store.released).ok());
    QVERIFY(w->isReadOnly());
    auto* banner = field<QLabel>(w.get(), QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("Released revision 1 — read-only. Edit → "
                                                      "creates a new draft.")),
             qPrintable(banner->text()));

    // Every way of editing is closed.
    const int range = stepIndex(w->document(), Section::Steps, QStringLiteral("battery_range"));
    w->select(EditorSelection::step(Section::Steps, range));
    auto* high = field<QLineEdit>(w->stepForm(), QStringLiteral("step.range.high"));
    QVERIFY(high->isReadOnly());
    QTest::keyClicks(high, QStringLiteral("9"));
    QVERIFY(!field<QComboBox>(w->stepForm(), QStringLiteral("check.validator"))->isEnabled());
    QVERIFY(field<QLineEdit>(w.get(), QStringLiteral("header.product"))->isReadOnly());
    QVERIFY(!field<QComboBox>(w.get(), QStringLiteral("transport.baud"))->isEnabled());
    for (const char* name : {"actionSave", "actionDuplicate", "actionRemove", "actionMoveUp",
                             "actionMoveDown", "actionUndo", "actionRelease"})
        QVERIFY2(!action(w.get(), name)->isEnabled(), name);
    QVERIFY(!w->findChild<QMenu*>(QStringLiteral("addStepMenu"))->isEnabled());
    w->addStep(QStringLiteral("at"));
    w->removeStep();
    QVERIFY(!w->save().ok());
    QVERIFY(w->document().isUnchanged());
    QCOMPARE(w->undoStack()->count(), 0);
    QVERIFY(store.draftsCreated.isEmpty());
    // Running a released plan is fine.
    QVERIFY(action(w.get(), "actionRunPlan")->isEnabled());

    // "Edit as new draft": the store makes revision 2; the editor opens it editable.
    QTest::mouseClick(field<QPushButton>(w.get(), QStringLiteral("editAsDraft")), Qt::LeftButton);
    QCOMPARE(store.draftsCreated.size(), 1);
    QVERIFY(!w->isReadOnly());
    QVERIFY(!banner->isVisible());
    QCOMPARE(w->source().repositoryRef, QStringLiteral("nrf91-tracker@2"));
    QCOMPARE(field<QSpinBox>(w.get(), QStringLiteral("header.revision"))->value(), 2);

    // Edit the limit in the draft and save it into the store.
    w->select(EditorSelection::step(Section::Steps, range));
    typeInto(field<QLineEdit>(w->stepForm(), QStringLiteral("step.range.high")),
             QStringLiteral("4200"));
    QVERIFY(w->isModified());
    QVERIFY(!action(w.get(), "actionRelease")->isEnabled()); // unsaved: nothing to release yet
    action(w.get(), "actionSave")->trigger();
    QCOMPARE(store.savedDrafts.size(), 1);
    const auto draft = PlanLoader::loadBytes(store.savedDrafts.last(), QStringLiteral("d.json"));
    QVERIFY(draft.ok());
    QCOMPARE(draft->revision, 2);
    QCOMPARE(draft->steps.at(range).check.high, std::optional<double>(4200));
    // The released revision is untouched.
    const auto released = PlanLoader::loadBytes(store.released.bytes, QStringLiteral("r.json"));
    QCOMPARE(released->steps.at(range).check.high, std::optional<double>(4500));
    QCOMPARE(released->revision, 1);

    // Release it: the editor shows the released revision 2, read-only.
    QVERIFY(action(w.get(), "actionRelease")->isEnabled());
    QVERIFY(w->release(QStringLiteral("battery high limit 4.2 V")).ok());
    QCOMPARE(store.releaseNotes, QStringList{QStringLiteral("battery high limit 4.2 V")});
    QVERIFY(w->isReadOnly());
    QVERIFY(banner->text().startsWith(QStringLiteral("Released revision 2")));

    // Without a release permission the action is not offered and the call is refused.
    PlanEditorWindow::Options noRelease = options;
    noRelease.access.canRelease = false;
    auto other = openEditor(noRelease);
    QVERIFY(!action(other.get(), "actionRelease")->isVisible());
    QCOMPARE(other->release(QString()).error().code, QStringLiteral("release_forbidden"));
}

void TestPlanEditor::closedByTheStationNeverStaysOpen()
{
    // Logout / idle timeout close every session window with close(): no question that could be
    // cancelled (the editor would stay open for the next user), and no work lost.
    FakeStore store;
    PlanEditorWindow::Options options = leadOptions();
    options.hooks = store.hooks();
    auto w = openEditor(options);
    PlanSource draft;
    draft.bytes = readAll(shippedPlan("bg96.json"));
    draft.displayName = QStringLiteral("bg96-gateway@r2");
    draft.repositoryRef = QStringLiteral("bg96-gateway");
    draft.revision = 2;
    QVERIFY(w->openSource(draft).ok());
    typeInto(field<QLineEdit>(w.get(), QStringLiteral("header.product")), QStringLiteral("B"));
    QVERIFY(w->isModified());
    QVERIFY(w->close());
    QVERIFY(!w->isVisible());
    QCOMPARE(store.savedDrafts.size(), 1);
    QCOMPARE(PlanLoader::loadBytes(store.savedDrafts.first(), "d.json")->product,
             QStringLiteral("B"));

    // A plan file is not overwritten unasked: the changes go next to it.
    const QString path = m_dir.filePath(QStringLiteral("closing.json"));
    QVERIFY(QFile::copy(shippedPlan("sim7080.json"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto f = openEditor();
    QVERIFY(f->openFile(path).ok());
    typeInto(field<QLineEdit>(f.get(), QStringLiteral("header.product")), QStringLiteral("S"));
    QVERIFY(f->close());
    QVERIFY(readAll(path) == readAll(shippedPlan("sim7080.json")));
    QCOMPARE(PlanLoader::loadFile(path + QStringLiteral(".autosave"))->product,
             QStringLiteral("S"));
    // Nothing to keep: nothing written.
    auto clean = openEditor();
    QVERIFY(clean->openFile(shippedPlan("sara-r4.json")).ok());
    QVERIFY(clean->close());
    QVERIFY(!QFile::exists(shippedPlan("sara-r4.json") + QStringLiteral(".autosave")));
}

void TestPlanEditor::screenshots()
{
    const QString dir = qEnvironmentVariable("EOL_EDITOR_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set EOL_EDITOR_SCREENSHOTS=<dir> to save the editor screenshots");
    QDir().mkpath(dir);
    // As in the station: the operator screen's style sheet is on the whole application.
    QFile style(QStringLiteral(":/styles/operator.qss"));
    QVERIFY(style.open(QIODevice::ReadOnly));
    qApp->setStyleSheet(QString::fromUtf8(style.readAll()));

    auto w = openEditor();
    QVERIFY(w->openFile(shippedPlan("nrf91.json")).ok());
    const auto shot = [&](const char* name) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(w->grab().save(QDir(dir).filePath(QLatin1String(name))));
    };
    shot("editor-plan.png");

    const int battery = stepIndex(w->document(), Section::Steps, QStringLiteral("battery"));
    w->select(EditorSelection::step(Section::Steps, battery));
    auto* expect = field<eol::ui::editor::RegexField>(w->stepForm(), QStringLiteral("at.expect"));
    expect->sampleEdit()->setPlainText(QStringLiteral("%XVBAT: 3812"));
    shot("editor-step.png");

    const int range = stepIndex(w->document(), Section::Steps, QStringLiteral("battery_range"));
    w->select(EditorSelection::step(Section::Steps, range));
    w->runPanel()->setPort(QStringLiteral("sim:nrf91,serial=SN00000001"));
    w->runPanel()->setSerial(QStringLiteral("SN00000001"));
    QVERIFY(w->runPlan().ok());
    QTRY_VERIFY_WITH_TIMEOUT(!w->runPanel()->isRunning(), kRunTimeoutMs);
    QVERIFY2(w->runPanel()->verdict() == QLatin1String("pass"), runSummary(w.get()).constData());
    shot("editor-run.png");

    // A released revision, and a problem in a draft.
    FakeStore store;
    PlanEditorWindow::Options options = leadOptions();
    options.hooks = store.hooks();
    auto released = openEditor(options);
    store.released.bytes = readAll(shippedPlan("nrf91.json"));
    store.released.displayName = QStringLiteral("nrf91-tracker");
    store.released.repositoryRef = QStringLiteral("nrf91-tracker@3");
    store.released.revision = 3;
    store.released.released = true;
    store.released.releasedBy = QStringLiteral("lena");
    store.released.releasedUtc = QDateTime(QDate(2024, 5, 6), QTime(14, 30), Qt::UTC);
    QVERIFY(released->openSource(store.released).ok());
    released->select(EditorSelection::step(Section::Steps, range));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(released->grab().save(QDir(dir).filePath(QStringLiteral("editor-released.png"))));

    w->select(EditorSelection::step(Section::Steps, 0));
    auto* pattern = field<QLineEdit>(w->stepForm(), QStringLiteral("at.expect.pattern"));
    pattern->setFocus();
    pattern->end(false);
    QTest::keyClicks(pattern, QStringLiteral("("));
    w->findChild<QDockWidget*>(QStringLiteral("problemDock"))->raise();
    shot("editor-problem.png");
    qApp->setStyleSheet(QString());
}

QTEST_MAIN(TestPlanEditor)
#include "tst_plan_editor.moc"
