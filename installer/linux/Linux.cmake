# Linux-only parts of the installed tree: desktop integration, man pages, Debian docs, udev rules,
# the registry's systemd unit. Included from installer/Install.cmake.

set(EOL_UDEV_RULES_DIR "/lib/udev/rules.d" CACHE PATH "Where the package's udev rules go")
set(EOL_SYSTEMD_UNIT_DIR "/lib/systemd/system" CACHE PATH "Where the package's systemd units go")
# USB devices the station's user may open (besides every USB serial adaptor, which is always
# granted): entries "vvvv" (a vendor) or "vvvv:pppp" (one product), optionally "=comment".
# The ids the shipped plans name (transport.usb in testplans/*.json) are added below; this
# variable is for a factory's extra devices when it builds its own package (or at run time: a
# drop-in rule, docs/installing.md).
set(EOL_UDEV_USB_IDS "" CACHE STRING
  "Extra USB ids (vvvv or vvvv:pppp, optionally =comment) granted by the udev rules")

# Every USB id named by a shipped plan, with the plan's product as the comment. The plans are
# configure dependencies, so editing a plan's transport.usb regenerates the rules.
set(_usb_ids ${EOL_UDEV_USB_IDS})
file(GLOB _plans ${PROJECT_SOURCE_DIR}/testplans/*.json)
list(SORT _plans)
foreach(_plan IN LISTS _plans)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_plan})
  file(READ ${_plan} _json)
  string(JSON _count ERROR_VARIABLE _no_usb LENGTH "${_json}" transport usb)
  if(_no_usb)
    continue()
  endif()
  string(JSON _product ERROR_VARIABLE _no_product GET "${_json}" product)
  get_filename_component(_plan_name ${_plan} NAME)
  math(EXPR _last "${_count} - 1")
  foreach(_i RANGE ${_last})
    if(_count EQUAL 0)
      break()
    endif()
    string(JSON _id GET "${_json}" transport usb ${_i})
    string(TOLOWER "${_id}" _id)
    list(FILTER _usb_ids EXCLUDE REGEX "^${_id}(=.*)?$")
    list(APPEND _usb_ids "${_id}=${_product} (${_plan_name})")
  endforeach()
endforeach()
if(NOT _usb_ids)
  message(WARNING "no USB ids in testplans/*.json (transport.usb) nor EOL_UDEV_USB_IDS: the "
                  "udev rules grant only the USB serial ports")
endif()

set(_dir ${EOL_INSTALLER_BINARY_DIR}/linux)
file(MAKE_DIRECTORY ${_dir})

# udev rules and the AppStream modaliases (software centres: "which app handles this device"):
# one entry per USB id, generated so the list lives in one place.
set(EOL_UDEV_USB_RULES "")
set(EOL_APPSTREAM_MODALIASES "")
foreach(_entry IN LISTS _usb_ids)
  string(REGEX MATCH "^([0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f])(:([0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]))?(=(.*))?$"
    _ok "${_entry}")
  if(NOT _ok)
    message(FATAL_ERROR "USB id \"${_entry}\" (EOL_UDEV_USB_IDS or a plan's transport.usb) is "
                        "not vvvv or vvvv:pppp (hex), "
                        "optionally followed by =comment")
  endif()
  string(TOLOWER "${CMAKE_MATCH_1}" _vid)
  string(TOLOWER "${CMAKE_MATCH_3}" _pid)
  set(_comment "${CMAKE_MATCH_5}")
  set(_match "ATTRS{idVendor}==\"${_vid}\"")
  set(_own "ATTR{idVendor}==\"${_vid}\"")
  set(_label "${_vid}")
  string(TOUPPER "${_vid}" _uvid)
  set(_alias "usb:v${_uvid}p") # AppStream wants upper-case hex
  if(_pid)
    string(APPEND _label ":${_pid}")
    string(APPEND _match ", ATTRS{idProduct}==\"${_pid}\"")
    string(APPEND _own ", ATTR{idProduct}==\"${_pid}\"")
    string(TOUPPER "${_pid}" _upid)
    string(APPEND _alias "${_upid}d*")
  else()
    string(APPEND _alias "*d*")
  endif()
  string(APPEND EOL_UDEV_USB_RULES
    "# ${_label} ${_comment}\n"
    "${_match}, ENV{ID_MM_DEVICE_IGNORE}=\"1\"\n"
    "SUBSYSTEM==\"usb\", ENV{DEVTYPE}==\"usb_device\", ${_own}, MODE=\"0660\", GROUP=\"plugdev\", TAG+=\"uaccess\"\n")
  string(APPEND EOL_APPSTREAM_MODALIASES "    <modalias>${_alias}</modalias>\n")
endforeach()
configure_file(${EOL_INSTALLER_DIR}/linux/eol-station.metainfo.xml.in
  ${_dir}/eol-station.metainfo.xml @ONLY)
configure_file(${EOL_INSTALLER_DIR}/linux/60-eol-station.rules.in ${_dir}/60-eol-station.rules @ONLY)

configure_file(${EOL_INSTALLER_DIR}/linux/eol-registry.service.in ${_dir}/eol-registry.service @ONLY)
configure_file(${EOL_INSTALLER_DIR}/linux/conffiles.in ${_dir}/conffiles @ONLY)

# Man pages and the Debian changelog, compressed as Debian wants them: gzip -9n (no name, no
# time stamp, so the package is reproducible). Built with everything else; tiny.
configure_file(${EOL_INSTALLER_DIR}/linux/eol-station.1.in ${_dir}/eol-station.1 @ONLY)
configure_file(${EOL_INSTALLER_DIR}/linux/eol-registry.1.in ${_dir}/eol-registry.1 @ONLY)
configure_file(${EOL_INSTALLER_DIR}/linux/changelog.in ${_dir}/changelog.Debian @ONLY)
find_program(EOL_GZIP gzip REQUIRED)
set(_gz "")
foreach(_name eol-station.1 eol-registry.1 changelog.Debian)
  add_custom_command(OUTPUT ${_dir}/${_name}.gz
    COMMAND ${EOL_GZIP} -9nf -k ${_dir}/${_name}
    DEPENDS ${_dir}/${_name}
    COMMENT "gzip ${_name}" VERBATIM)
  list(APPEND _gz ${_dir}/${_name}.gz)
endforeach()
add_custom_target(eol_package_files ALL DEPENDS ${_gz})

install(FILES ${EOL_INSTALLER_DIR}/linux/eol-station.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_dir}/eol-station.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${EOL_INSTALLER_DIR}/icons/eol-station.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${EOL_INSTALLER_DIR}/icons/eol-station-256.png
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps RENAME eol-station.png)
install(FILES ${_dir}/eol-station.1.gz ${_dir}/eol-registry.1.gz
  DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${EOL_INSTALLER_DIR}/linux/copyright ${_dir}/changelog.Debian.gz
  DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${EOL_INSTALLER_DIR}/linux/61-eol-station-local.rules
  DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
install(FILES ${_dir}/60-eol-station.rules DESTINATION ${EOL_UDEV_RULES_DIR})
install(FILES ${_dir}/eol-registry.service DESTINATION ${EOL_SYSTEMD_UNIT_DIR})
install(FILES ${EOL_INSTALLER_DIR}/linux/registry.env DESTINATION ${EOL_SYSCONF_DIR})

# Control files of the Debian package (Packaging.cmake).
set(EOL_DEB_CONTROL_EXTRA
  ${_dir}/conffiles
  ${EOL_INSTALLER_DIR}/linux/postinst
  ${EOL_INSTALLER_DIR}/linux/prerm
  ${EOL_INSTALLER_DIR}/linux/postrm)
