# Debian packages, made with `cpack` in a build folder (the package workflow
# preset runs it over the default preset's build, the one the tests ran on):
#   libmercadopago-dev   the `dev` component: headers, the compiled parts
#                        (static libraries), the CMake package, the pkg-config
#                        files and the license;
#   mercadopago-sandbox  the `sandbox` component: the emulator's HTTP server
#                        (examples/CMakeLists.txt), for testing clients in any language.
# Both install under /usr; the first line of a component's description is the
# package's synopsis. Their dependencies are the Debian packages the
# library's headers need (dev) and, for the server, what dpkg-shlibdeps finds.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mercadopago)
set(CPACK_PACKAGE_VENDOR "mercadopago C++ authors")
set(CPACK_PACKAGE_CONTACT "mercadopago C++ maintainers <maintainers@mercadopago-cpp.invalid>"
    CACHE STRING "Maintainer field of the Debian packages")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL dev)
if(TARGET mercadopago-sandbox)
  list(APPEND CPACK_COMPONENTS_ALL sandbox)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # <name>_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

set(CPACK_DEBIAN_DEV_PACKAGE_NAME libmercadopago-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_COMPONENT_DEV_DESCRIPTION
    "C++20 binding of the Mercado Pago payments API (development files)\n\
Header-only C++20 library to take payments through Mercado Pago: typed\n\
requests and responses, synchronous and Boost.Asio clients, webhook\n\
verification and an offline emulator of the API for tests. Also ships the\n\
separately compiled parts as static libraries, a CMake package and\n\
pkg-config files.")
# What the headers include and the CMake package finds.
set(mercadopago_deb_depends "libboost1.81-dev, libboost-json1.81-dev, libssl-dev")
if(MERCADOPAGO_WITH_HTTPLIB)
  string(APPEND mercadopago_deb_depends ", libcpp-httplib-dev, pkg-config | pkgconf")
endif()
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "${mercadopago_deb_depends}")

set(CPACK_DEBIAN_SANDBOX_PACKAGE_NAME mercadopago-sandbox)
set(CPACK_DEBIAN_SANDBOX_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_SANDBOX_PACKAGE_SHLIBDEPS ON)
set(CPACK_COMPONENT_SANDBOX_DESCRIPTION
    "Offline emulator of the Mercado Pago API over HTTP\n\
A stateful emulator of Mercado Pago's payments API (payments, refunds,\n\
customers and cards, Orders API, Checkout Pro) served on 127.0.0.1, with\n\
test cards, signed webhooks and scripted faults, so that clients in any\n\
language can be tested without credentials or network access.")

include(CPack)
