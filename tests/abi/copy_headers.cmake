# cmake -DSOURCE=<include dir> -DDEST=<dir> -DPATCH=<n> -P copy_headers.cmake
# A copy of the library's headers whose version.hpp says patch version PATCH,
# as another project's vendored copy of a different release would.
file(REMOVE_RECURSE "${DEST}")
file(COPY "${SOURCE}/mercadopago" DESTINATION "${DEST}")
set(version "${DEST}/mercadopago/version.hpp")
file(READ "${version}" text)
string(REGEX REPLACE "#define MERCADOPAGO_VERSION_PATCH [0-9]+" "#define MERCADOPAGO_VERSION_PATCH ${PATCH}" patched "${text}")
if(patched STREQUAL text)
  message(FATAL_ERROR "copy_headers: no MERCADOPAGO_VERSION_PATCH line in ${version}")
endif()
file(WRITE "${version}" "${patched}")
