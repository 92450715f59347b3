# Resources of eol_ui: the operator style sheet, the verdict sounds and the compiled translations.
# Included from app/CMakeLists.txt after the eol_ui target is defined.
#   :/styles/operator.qss   :/styles/review.qss   :/sounds/{pass,fail,error}.wav   :/i18n/eol-station_<lang>.qm
# Regenerate the .ts files after changing user-visible text:  cmake --build <dir> --target update_translations
set(EOL_UI_RESOURCE_DIR ${PROJECT_SOURCE_DIR}/resources)
qt_add_resources(eol_ui eol_ui_styles PREFIX /styles BASE ${EOL_UI_RESOURCE_DIR}/styles
  FILES ${EOL_UI_RESOURCE_DIR}/styles/operator.qss ${EOL_UI_RESOURCE_DIR}/styles/review.qss)
qt_add_resources(eol_ui eol_ui_sounds PREFIX /sounds BASE ${EOL_UI_RESOURCE_DIR}/sounds
  FILES ${EOL_UI_RESOURCE_DIR}/sounds/pass.wav ${EOL_UI_RESOURCE_DIR}/sounds/fail.wav
        ${EOL_UI_RESOURCE_DIR}/sounds/error.wav)
qt_add_translations(eol_ui
  TS_FILES ${EOL_UI_RESOURCE_DIR}/translations/eol-station_en.ts
           ${EOL_UI_RESOURCE_DIR}/translations/eol-station_de.ts
  RESOURCE_PREFIX /i18n
  LUPDATE_OPTIONS -no-obsolete -locations none)
