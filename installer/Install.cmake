# Where an installed station's files go, on every platform from the same rules; CPack turns the
# installed tree into a Debian package (Linux) or an NSIS installer (Windows): Packaging.cmake.
# Included once from the root CMakeLists.txt, after the eol-station and eol-registry targets.
#
#   Linux (.deb, prefix /usr)               Windows (NSIS, prefix C:\Program Files\EOL Station)
#   bin/eol-station, bin/eol-registry       bin\eol-station.exe, bin\eol-registry.exe + DLLs
#   share/eol-station/testplans/ (+schema)  share\eol-station\testplans\
#   /etc/eol-station/station.ini            etc\eol-station\station.ini
#   share/applications, icons, man, doc     Start menu shortcut, share\doc\eol-station\
#   /lib/udev/rules.d, /lib/systemd/system  (no udev, no systemd: see docs/windows-build.md)
#
# Styles, sounds, translations and SQL migrations are compiled into the binaries (Qt resources),
# so there is no resource folder to install.
include(GNUInstallDirs)

# `cpack` (and `ninja install`) package what is built instead of first building every target:
# the package test must not depend on unrelated targets, and CI has built everything already.
# `ninja package` still builds first (CMAKE_SKIP_PACKAGE_ALL_DEPENDENCY is left off).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(EOL_INSTALLER_DIR ${CMAKE_CURRENT_LIST_DIR})
set(EOL_INSTALLER_BINARY_DIR ${PROJECT_BINARY_DIR}/installer)
set(EOL_PACKAGE_CONTACT "" CACHE STRING
  "Who answers for the packages (\"Name <mail>\"): Debian Maintainer and changelog, NSIS contact")
if(EOL_PACKAGE_CONTACT)
  set(EOL_PACKAGE_MAINTAINER "${EOL_PACKAGE_CONTACT}")
else()
  # A placeholder until the project names a real contact (.example, RFC 2606: lintian rejects
  # made-up hosts such as .local).
  set(EOL_PACKAGE_MAINTAINER "EOL Station <dev@eol-station.example>")
endif()
set(EOL_PACKAGE_RELEASE 1 CACHE STRING "Packaging revision of this version (Debian revision)")
# Where the Debian package puts the program (CPACK_PACKAGING_INSTALL_PREFIX), whatever
# CMAKE_INSTALL_PREFIX a developer's `cmake --install` uses; the systemd unit names it.
set(EOL_PACKAGE_PREFIX /usr)
set(EOL_PACKAGE_VERSION_FULL "${PROJECT_VERSION}-${EOL_PACKAGE_RELEASE}")

# The system-wide station.ini (cli::ConfigFiles): absolute on Linux — a package's configuration
# lives in /etc whatever the prefix — and relative to the installation root on Windows.
if(WIN32)
  set(EOL_SYSCONF_DIR "etc/eol-station")
else()
  set(EOL_SYSCONF_DIR "/etc/eol-station" CACHE PATH "Folder of the system-wide station.ini")
endif()
# Only the file that reads it gets the define: changing it recompiles one file, not the CLI.
set_source_files_properties(${PROJECT_SOURCE_DIR}/app/cli/ConfigFiles.cpp
  TARGET_DIRECTORY eol_cli PROPERTIES COMPILE_DEFINITIONS "EOL_SYSCONF_DIR=\"${EOL_SYSCONF_DIR}\"")

install(TARGETS eol-station eol-registry RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The shipped plans and their JSON Schema, where PlanLocator looks next to the binary.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/testplans/
  DESTINATION ${CMAKE_INSTALL_DATADIR}/eol-station/testplans
  FILES_MATCHING PATTERN "*.json")
install(FILES ${EOL_INSTALLER_DIR}/linux/station.ini DESTINATION ${EOL_SYSCONF_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/docs/installing.md ${PROJECT_SOURCE_DIR}/docs/registry.md
              ${PROJECT_SOURCE_DIR}/docs/plan-format.md ${PROJECT_SOURCE_DIR}/registry/openapi.yaml
  DESTINATION ${CMAKE_INSTALL_DOCDIR})

if(UNIX AND NOT APPLE)
  include(${EOL_INSTALLER_DIR}/linux/Linux.cmake)
elseif(WIN32)
  include(${EOL_INSTALLER_DIR}/windows/Windows.cmake)
endif()

include(${EOL_INSTALLER_DIR}/Packaging.cmake)
