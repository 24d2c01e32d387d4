// The compiled part of the asynchronous client, for separate compilation:
// the default asynchronous transport (Boost.Beast over Asio SSL). Include this
// header in exactly one source file of a program built with
// MERCADOPAGO_SEPARATE_COMPILATION defined, beside <mercadopago/src.hpp>. The
// CMake target mercadopago::async_compiled and Meson's
// mercadopago_async_compiled_dep are that file (src/async.cpp) already built,
// on top of mercadopago::compiled / mercadopago_compiled_dep.
#pragma once

#ifndef MERCADOPAGO_SEPARATE_COMPILATION
#define MERCADOPAGO_SEPARATE_COMPILATION
#endif
#define MERCADOPAGO_SOURCE

#include <mercadopago/beast_transport.hpp>
#include <mercadopago/impl/beast_transport.ipp>
