# Windows-only parts of the installed tree: the Qt runtime next to the executables and the MSVC
# runtime. Included from installer/Install.cmake. NOT BUILT on this project's machines (Debian
# only): the route and what is not ported yet are in docs/windows-build.md.
#
# The libraries vcpkg built (ZXing, SQLite, curl, OpenSSL) are copied on install by vcpkg's
# toolchain (X_VCPKG_APPLOCAL_DEPS_INSTALL=ON in the windows-vcpkg preset, CMakePresets.json).

# Code that still needs POSIX (docs/windows-build.md, "Not ported"): say so at configure time
# instead of failing in the middle of the compile.
message(WARNING
  "EOL Station on Windows is untested. POSIX-only code that needs a Windows branch first: "
  "drivers/sim/PtySimServer.cpp (posix_openpt; `eol-station sim --link`), "
  "drivers/serial/SerialTransport.cpp (poll() POLLHUP unplug detection, faccessat), "
  "app/cli/SignalWatcher.cpp and registry/SignalWatcher.cpp (sigaction + self-pipe), "
  "and the pty-based tests.")

if(Qt6_VERSION VERSION_LESS 6.5)
  message(FATAL_ERROR "The Windows installer deploys Qt with qt_generate_deploy_app_script, "
                      "which needs Qt 6.5 or newer (found ${Qt6_VERSION}).")
endif()
foreach(_target eol-station eol-registry)
  # windeployqt: Qt DLLs, the platform, SQL-driver, TLS and multimedia plugins, qt.conf.
  qt_generate_deploy_app_script(TARGET ${_target} OUTPUT_SCRIPT _deploy
    NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${_deploy})
endforeach()

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
