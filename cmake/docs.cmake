# The API reference: `cmake --build <build> --target docs` runs Doxygen with
# docs/Doxyfile and writes <build>/docs/html. Defined only when Doxygen is
# installed. With MERCADOPAGO_WERROR (the presets and CI) any warning, an
# undocumented public name included, fails the target.
find_package(Doxygen QUIET)
if(NOT DOXYGEN_FOUND)
  return()
endif()
if(MERCADOPAGO_WERROR)
  set(mercadopago_doxygen_warn_as_error FAIL_ON_WARNINGS)
else()
  set(mercadopago_doxygen_warn_as_error NO)
endif()
# docs/Doxyfile's paths are relative to the source tree (it also works as
# `doxygen docs/Doxyfile` there); this file only sends the output to the build tree.
file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/Doxyfile CONTENT [[
@INCLUDE         = @PROJECT_SOURCE_DIR@/docs/Doxyfile
OUTPUT_DIRECTORY = @PROJECT_BINARY_DIR@/docs
WARN_AS_ERROR    = @mercadopago_doxygen_warn_as_error@
]] @ONLY)
add_custom_target(docs
  COMMAND Doxygen::doxygen ${PROJECT_BINARY_DIR}/Doxyfile
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  COMMENT "API reference (Doxygen): ${PROJECT_BINARY_DIR}/docs/html/index.html"
  VERBATIM)
