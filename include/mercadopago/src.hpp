// The library's compiled part, for separate compilation
// (detail/instantiation.hpp): the codec of every library model, the results
// of every endpoint's calls (detail/result_instantiation.hpp), the client's
// call engine over the default transport, that transport's definitions, the
// webhook functions (signing, verifying, query strings) and the buyer-facing
// outcome messages with their tables.
// Include this header in exactly one source file of a program built with
// MERCADOPAGO_SEPARATE_COMPILATION defined. The CMake
// target mercadopago::compiled and Meson's mercadopago_compiled_dep are that
// file, already built.
#pragma once

#ifndef MERCADOPAGO_SEPARATE_COMPILATION
#define MERCADOPAGO_SEPARATE_COMPILATION
#endif
#define MERCADOPAGO_SOURCE

#include <mercadopago/mercadopago.hpp>

#include <mercadopago/impl/order_outcome.ipp>
#include <mercadopago/impl/outcome.ipp>
#include <mercadopago/impl/webhooks.ipp>

#ifndef MERCADOPAGO_NO_HTTPLIB
#include <mercadopago/impl/httplib_transport.ipp>
#endif
