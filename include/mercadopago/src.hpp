// The library's compiled part, for separate compilation
// (detail/instantiation.hpp): the codec of every library model, the client's
// call engine over the default transport, that transport's definitions, and
// the webhook functions (signing, verifying, query strings).
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

#include <mercadopago/impl/webhooks.ipp>

#ifndef MERCADOPAGO_NO_HTTPLIB
#include <mercadopago/impl/httplib_transport.ipp>
#endif
