# Desktop integration, man pages and the Debian package: `cpack` in the build tree makes
# runpad_<version>_<arch>.deb. Included last by the top-level CMakeLists.txt, once every program
# target exists.

# What a desktop needs to list RunPad: its launcher, its icon and its AppStream entry.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/runpad.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/io.runpad.RunPad.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/runpad.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# A man page for each program that is built, gzipped as Debian's policy wants them.
set(RUNPAD_MAN_PAGES runpad runpad-cli runpad-sandbox)
if(TARGET runpad-server)
    list(APPEND RUNPAD_MAN_PAGES runpad-server)
endif()
find_program(GZIP_PROGRAM gzip REQUIRED)
set(RUNPAD_MAN_DIR ${CMAKE_BINARY_DIR}/man)
file(MAKE_DIRECTORY ${RUNPAD_MAN_DIR})
set(RUNPAD_MAN_GZ "")
foreach(page IN LISTS RUNPAD_MAN_PAGES)
    set(source ${CMAKE_CURRENT_LIST_DIR}/man/${page}.1)
    set(gz ${RUNPAD_MAN_DIR}/${page}.1.gz)
    # -n: no name or time stamp inside, so the package is the same from build to build.
    add_custom_command(OUTPUT ${gz} COMMAND ${GZIP_PROGRAM} -9 -n -c ${source} > ${gz}
                       DEPENDS ${source} COMMENT "Compressing ${page}.1")
    list(APPEND RUNPAD_MAN_GZ ${gz})
endforeach()
add_custom_target(runpad-man-pages ALL DEPENDS ${RUNPAD_MAN_GZ})
install(FILES ${RUNPAD_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# --- The Debian package ---
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME runpad)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "RunPad developers")
set(CPACK_PACKAGE_CONTACT "RunPad developers <dev@runpad.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "IDE that runs code snippets in a sandbox or on Piston")
set(CPACK_PACKAGE_DESCRIPTION
    "RunPad is an editor for writing and running code snippets and practising
algorithm problems: type code, give it input, press Run and watch the
console. Test cases get verdicts (AC, WA, TLE, ...), with a diff of wrong
answers and stress testing.

The code never runs as the user: runpad-sandbox, a small privileged helper
started by systemd (runpad-sandbox.socket, group runpad), runs it in a box of
its own (namespaces, cgroups, seccomp, its own user id). The same code runs on
any server that speaks the Piston API v2 at the press of a button.

This package holds the IDE (runpad), runpad-cli, the helper and its systemd
units, and, when built with Qt 6, runpad-server, which serves this machine's
sandbox as a Piston API v2 server.")
# The .deb installs under /usr whatever CMAKE_INSTALL_PREFIX the build tree has.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/runpad/runpad)
# Libraries the programs link come from dpkg-shlibdeps. What it cannot see: addgroup for the
# postinst, and the SVG image plugin the window icon is drawn with.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(QT_MAJOR_VERSION EQUAL 6)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "python3, g++, qt6-wayland")
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, libqt5svg5")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "python3, g++, qtwayland5")
endif()
set(CPACK_DEBIAN_PACKAGE_SUGGESTS
    "pypy3, gcc, default-jdk-headless, nodejs, rustc, golang-go, ruby, php-cli, lua5.4, gfortran")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/debian/postinst ${CMAKE_CURRENT_LIST_DIR}/debian/prerm
    ${CMAKE_CURRENT_LIST_DIR}/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)

# tests/packaging is added here rather than by tests/: it tests what this file sets up.
add_subdirectory(${PROJECT_SOURCE_DIR}/tests/packaging ${CMAKE_BINARY_DIR}/tests/packaging)
