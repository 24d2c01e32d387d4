// What a call answering with T costs the file that makes it, compiled once
// with separate compilation (detail/instantiation.hpp explains the mode).
//
// A file that calls `cli.payments().get(id)` holds a result<payment>: its
// constructors and destructor reach every nested model of a payment, and
// decoding the answer (detail::complete_call<payment>) reaches the payment
// codec. With MERCADOPAGO_SEPARATE_COMPILATION these are declared `extern
// template` for each type a resource's endpoints answer with, and
// <mercadopago/src.hpp> instantiates them once: result<T>'s constructors from
// a T and from a result and its destructor (a copy stays inline), api_result<T>,
// complete_call<T> and from_json<T>. In header-only mode the list expands to
// nothing. A resource's api header lists its response types once, after its
// endpoints:
//
//     MERCADOPAGO_RESULTS(payment, results_page<payment>);
#pragma once

#include <mercadopago/detail/instantiation.hpp>

#if defined(MERCADOPAGO_SOURCE) || defined(MERCADOPAGO_SEPARATE_COMPILATION)
// Each template must be defined where it is declared extern or instantiated.
#include <mercadopago/api_result.hpp>
#include <mercadopago/detail/call_engine.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/result.hpp>

#include <string>
#include <string_view>
#endif

// Written unqualified: the list is used inside the library's namespace.
#define MERCADOPAGO_DETAIL_RESULTS_OF(unused, T)                                                               \
    MERCADOPAGO_DETAIL_INSTANTIATE(result<T>::result(T&&));                                                   \
    MERCADOPAGO_DETAIL_INSTANTIATE(result<T>::result(result<T>&&));                                           \
    MERCADOPAGO_DETAIL_INSTANTIATE(result<T>::~result());                                                     \
    MERCADOPAGO_DETAIL_INSTANTIATE(class api_result<T>);                                                       \
    MERCADOPAGO_DETAIL_INSTANTIATE(api_result<T> detail::complete_call<T>(detail::call_outcome&&, const std::string&)); \
    MERCADOPAGO_DETAIL_INSTANTIATE(result<T> from_json<T>(std::string_view))

/// Declares (or, in the source file, instantiates) the results of calls
/// answering with the listed types; nothing in header-only mode. Used inside
/// the library's namespace, followed by ';'.
#define MERCADOPAGO_RESULTS(...) \
    MERCADOPAGO_DETAIL_FOR_EACH(MERCADOPAGO_DETAIL_RESULTS_OF, MERCADOPAGO_DETAIL_SEMICOLON, ~, __VA_ARGS__)
