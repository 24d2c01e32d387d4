# cmake -DNM=<nm> -DSEPARATE=<object> -DHEADER_ONLY=<object> -P check_symbols.cmake
#
# What separate compilation compiles once must be an undefined symbol (U:
# called, compiled elsewhere) in the separately compiled object, and a defined
# weak one (W: an inline instantiation) in the header-only object: the payment
# codec's encode (to_json), from_json<payment> (which holds the codec's decode),
# and detail::complete_call<payment> (the decoding of a call's answer,
# declared by api/payments.hpp).
# The names carry the library's inline ABI namespace (mercadopago::v0_1_0::…).
set(ns "mercadopago::v[0-9]+_[0-9]+_[0-9]+::")
set(symbols
    "${ns}detail::model_codec<${ns}payment>::encode"
    "[^\n]* ${ns}from_json<${ns}payment>"
    "[^\n]* ${ns}detail::complete_call<${ns}payment>")
foreach(kind SEPARATE HEADER_ONLY)
  execute_process(COMMAND ${NM} -C ${${kind}} OUTPUT_VARIABLE out RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "nm failed on ${${kind}}")
  endif()
  foreach(symbol IN LISTS symbols)
    string(REGEX MATCH "[UWT] ${symbol}" line "${out}")
    if(line STREQUAL "")
      message(FATAL_ERROR "${kind}: ${symbol} does not appear in ${${kind}}")
    endif()
    string(SUBSTRING "${line}" 0 1 type)
    if(kind STREQUAL "SEPARATE" AND NOT type STREQUAL "U")
      message(FATAL_ERROR "with MERCADOPAGO_SEPARATE_COMPILATION ${line} was compiled in the user's file (${type})")
    elseif(kind STREQUAL "HEADER_ONLY" AND type STREQUAL "U")
      message(FATAL_ERROR "header-only, ${line} was not compiled in the user's file")
    endif()
    message(STATUS "${kind}: ${line}")
  endforeach()
endforeach()
