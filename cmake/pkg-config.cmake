# pkg-config files for the installed library, one per CMake target a consumer
# may link (pkg-config has no other way to say "also define this macro"):
#   mercadopago                 header-only (mercadopago::mercadopago)
#   mercadopago-compiled        separate compilation (mercadopago::compiled)
#   mercadopago-async-compiled  plus the asynchronous client (mercadopago::async_compiled)
# Installed next to the static libraries they name, in the libdir.

# `prefix` is found from the file's own folder (${pcfiledir}), so the files
# stay right when the package is unpacked into another prefix.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  message(FATAL_ERROR "mercadopago's pkg-config files need a relative CMAKE_INSTALL_LIBDIR")
endif()
file(RELATIVE_PATH mercadopago_pc_to_prefix "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
string(REGEX REPLACE "/$" "" mercadopago_pc_to_prefix "${mercadopago_pc_to_prefix}")

function(mercadopago_pkg_config name description requires cflags libs)
  set(mercadopago_pc_name ${name})
  set(mercadopago_pc_description "${description}")
  set(mercadopago_pc_requires "${requires}")
  set(mercadopago_pc_cflags "${cflags}")
  set(mercadopago_pc_libs "${libs}")
  configure_file(${PROJECT_SOURCE_DIR}/cmake/mercadopago.pc.in ${PROJECT_BINARY_DIR}/pkgconfig/${name}.pc @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/pkgconfig/${name}.pc
          DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT dev)
endfunction()

# Boost has no pkg-config file on Debian: its headers are in the default
# include path and libboost_json is named directly.
if(MERCADOPAGO_WITH_HTTPLIB)
  set(requires "openssl cpp-httplib")
  set(cflags "-I\${includedir}")
else()
  set(requires "openssl")
  set(cflags "-I\${includedir} -DMERCADOPAGO_NO_HTTPLIB")
endif()
if(MERCADOPAGO_BOOST_JSON_SOURCE)  # Boost.JSON compiled from its headers, installed with the library
  set(libs "-L\${libdir} -lmercadopago_boost_json")
else()
  set(libs "-lboost_json")
endif()
mercadopago_pkg_config(mercadopago
  "C++20 binding of the Mercado Pago payments API (header-only)"
  "${requires}" "${cflags}" "${libs}")
mercadopago_pkg_config(mercadopago-compiled
  "C++20 binding of the Mercado Pago payments API, every model's codec and the sandbox compiled once"
  "mercadopago" "-DMERCADOPAGO_SEPARATE_COMPILATION" "-L\${libdir} -lmercadopago_compiled")
mercadopago_pkg_config(mercadopago-async-compiled
  "C++20 binding of the Mercado Pago payments API, compiled once, with the asynchronous (Boost.Asio) client"
  "mercadopago-compiled" "-pthread" "-L\${libdir} -lmercadopago_async_compiled -pthread")
