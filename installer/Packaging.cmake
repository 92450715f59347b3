# CPack: the installed tree of installer/Install.cmake as one package — a Debian package on
# Linux, an NSIS installer on Windows. Same install rules, same metadata; only the generator
# and its own variables differ.
#   Linux:   cd <build> && cpack -G DEB        -> <build>/packages/eol-station_<ver>-<rel>_<arch>.deb
#   Windows: cd <build> && cpack -G NSIS -C Release   (docs/windows-build.md)

set(CPACK_PACKAGE_NAME eol-station)
set(CPACK_PACKAGE_VENDOR "EOL Station")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${EOL_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "factory end-of-line test station for connected devices")
# Wrapped by hand: CPack keeps the lines, Debian wants them under 80 columns.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "EOL Station tests cellular IoT devices at the end of the production line.\n"
  "An operator scans a QR code; the station runs the product's JSON test plan\n"
  "against the device over serial and AT commands, captures its identity (IMEI,\n"
  "IMSI, ICCID, firmware, public key), decides PASS or FAIL, records every run\n"
  "in a local SQLite database and syncs the records to the device registry.\n"
  "\n"
  "This package sets up a station: the operator screen and command line\n"
  "(eol-station), the shipped test plans, simulated devices for a try-out\n"
  "without hardware, the device registry service (eol-registry, disabled),\n"
  "udev rules for serial ports and USB devices, and a desktop entry.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "EOL Station")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
# Stripped in the package (lintian: unstripped-binary-or-object); the build tree keeps its
# debug info, so making a package never forces a second, Release build.
set(CPACK_STRIP_FILES ON)
set(CPACK_RESOURCE_FILE_LICENSE ${EOL_INSTALLER_DIR}/linux/copyright)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

if(WIN32)
  set(CPACK_GENERATOR NSIS)
else()
  set(CPACK_GENERATOR DEB)
endif()

# Debian package. Depends comes from dpkg-shlibdeps (the libraries the binaries really link,
# as Debian package names) plus what no ELF header names: the Qt SQL driver the registry
# loads as a plugin. lintian-clean of errors: tests/package/tst_deb_package.cpp.
set(CPACK_PACKAGING_INSTALL_PREFIX ${EOL_PACKAGE_PREFIX})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${EOL_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION electronics)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${EOL_PACKAGE_RELEASE})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ca-certificates, libqt6sql6-psql, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${EOL_DEB_CONTROL_EXTRA})
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Windows installer (NSIS). Not built on this project's machines: see docs/windows-build.md.
set(CPACK_NSIS_PACKAGE_NAME "EOL Station ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "EOL Station")
set(CPACK_NSIS_CONTACT "${EOL_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_MUI_ICON ${EOL_INSTALLER_DIR}/windows/eol-station.ico)
set(CPACK_NSIS_MUI_UNIICON ${EOL_INSTALLER_DIR}/windows/eol-station.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\eol-station.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_PACKAGE_EXECUTABLES eol-station "EOL Station")
set(CPACK_CREATE_DESKTOP_LINKS eol-station)
# The CLI from any prompt (scripts, CI): the installer offers to put bin\ on PATH.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_MENU_LINKS "share/doc/eol-station/installing.md" "Installing EOL Station")

include(CPack)
