#include "ui/editor/EditorStyle.h"

namespace eol::ui::editor {

QString EditorStyle::styleSheet()
{
    // Every property the operator sheet (resources/styles/operator.qss) sets on a widget type
    // the editor uses is set here again: a window's own sheet wins over the application's.
    return QStringLiteral(R"qss(
QMainWindow#planEditor, QDialog, QMessageBox, QMenu, QDockWidget {
    background: #f6f8fa;
    color: #1f2328;
    font-size: 13px;
}
QMainWindow#planEditor QWidget { font-size: 13px; }
QLabel { color: #1f2328; background: transparent; }
QLabel#help { color: #57606a; }
QGroupBox {
    font-weight: 600;
    border: 1px solid #d0d7de;
    border-radius: 6px;
    margin-top: 10px;
    padding: 10px 8px 6px 8px;
    background: #ffffff;
}
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1f2328; }
QScrollArea, QScrollArea > QWidget > QWidget#formPage { background: #f6f8fa; border: none; }
QPushButton {
    font-size: 13px;
    font-weight: normal;
    color: #1f2328;
    background: #ffffff;
    border: 1px solid #d0d7de;
    border-radius: 5px;
    padding: 4px 12px;
    min-height: 20px;
}
QPushButton:hover { background: #f3f4f6; }
QPushButton:pressed { background: #e6e9ed; }
QPushButton:disabled { color: #8c959f; background: #f6f8fa; border-color: #d8dee4; }
QPushButton#runPlan:enabled, QPushButton#runStep:enabled, QPushButton#editAsDraft {
    background: #1f883d; color: #ffffff; border-color: #1a7f37; font-weight: 600;
}
QPushButton#abortRun:enabled { background: #bf8700; color: #ffffff; border-color: #9a6700; }
QHeaderView::section {
    background: #f6f8fa;
    color: #1f2328;
    font-size: 13px;
    font-weight: 600;
    padding: 3px 6px;
    border: none;
    border-right: 1px solid #d8dee4;
    border-bottom: 1px solid #d0d7de;
}
QTreeView, QTableView, QListWidget, QPlainTextEdit, QTableWidget {
    background: #ffffff;
    color: #1f2328;
    border: 1px solid #d0d7de;
    selection-background-color: #0969da;
    selection-color: #ffffff;
}
QTreeView#stepList::item { padding: 3px 0; }
QStatusBar { background: #eaeef2; color: #1f2328; font-size: 13px; }
QStatusBar QLabel { font-size: 13px; padding: 0 6px; }
QToolTip { font-size: 13px; color: #1f2328; background: #ffffe0; border: 1px solid #d4a72c; }
QToolBar { background: #eaeef2; border: none; spacing: 4px; padding: 2px; }
QLabel#readOnlyBanner {
    background: #fff8c5; color: #3b2300; border: 1px solid #d4a72c; border-radius: 6px;
    padding: 8px 12px; font-size: 14px; font-weight: 600;
}
QWidget#bannerBox { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; }
QLabel#validationSummary[ok="true"] { color: #1a7f37; font-weight: 600; }
QLabel#validationSummary[ok="false"] { color: #cf222e; font-weight: 600; }
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] { background: #f6f8fa; color: #424a53; }
QPlainTextEdit#regexSample[readOnly="false"] { background: #fbfdff; }
*[problem="true"] { border: 2px solid #cf222e; border-radius: 3px; background: #fff5f5; }
QLineEdit[notANumber="true"] { border: 2px solid #cf222e; background: #fff5f5; }
QLabel#tryVerdict { font-size: 15px; font-weight: bold; border-radius: 4px; padding: 3px 10px; }
QLabel#tryVerdict[verdict="pass"] { background: #1a7f37; color: #ffffff; }
QLabel#tryVerdict[verdict="fail"] { background: #cf222e; color: #ffffff; }
QLabel#tryVerdict[verdict="error"], QLabel#tryVerdict[verdict="aborted"] {
    background: #bf8700; color: #000000;
}
QLabel#tryTitle { color: #57606a; }
)qss");
}

} // namespace eol::ui::editor
