# Core and drivers are QtCore-only libraries (DESIGN.md, STYLE.md rule 2).
# eol_require_qtcore_only(<target>) fails the build if the target links QtGui or QtWidgets,
# directly or through another target: at configure time (link graph) and at compile time
# (a guard translation unit that errors out when QT_GUI_LIB / QT_WIDGETS_LIB are defined).
function(_eol_collect_links target out_var)
  set(seen ${${out_var}})
  get_target_property(links ${target} LINK_LIBRARIES)
  get_target_property(ilinks ${target} INTERFACE_LINK_LIBRARIES)
  foreach(lib IN LISTS links ilinks)
    if(lib AND NOT lib IN_LIST seen AND NOT lib MATCHES "NOTFOUND|^\\$<")
      list(APPEND seen ${lib})
      if(TARGET ${lib})
        get_target_property(aliased ${lib} ALIASED_TARGET)
        if(aliased)
          list(APPEND seen ${aliased})
        endif()
        _eol_collect_links(${lib} seen)
      endif()
    endif()
  endforeach()
  set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

function(eol_require_qtcore_only target)
  set(all "")
  _eol_collect_links(${target} all)
  foreach(lib IN LISTS all)
    if(lib MATCHES "Qt6?::(Gui|Widgets|OpenGL|Quick)" OR lib MATCHES "Qt6(Gui|Widgets)")
      message(FATAL_ERROR "${target} must stay QtCore-only, but it links ${lib}")
    endif()
  endforeach()
  set(guard ${CMAKE_CURRENT_BINARY_DIR}/${target}_qtcore_only_guard.cpp)
  file(WRITE ${guard}
    "#if defined(QT_GUI_LIB) || defined(QT_WIDGETS_LIB)\n"
    "#error \"${target} is a QtCore-only library: it must not link QtGui or QtWidgets\"\n"
    "#endif\n")
  target_sources(${target} PRIVATE ${guard})
endfunction()
