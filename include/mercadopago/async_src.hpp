// The compiled part of the asynchronous client, for separate compilation:
// the default asynchronous transport (Boost.Beast over Asio SSL). Include this
// header in exactly one source file of a program built with
// MERCADOPAGO_SEPARATE_COMPILATION defined, beside <mercadopago/src.hpp>. The
// CMake target mercadopago::compiled and Meson's mercadopago_compiled_dep
// already contain it (src/async.cpp); a program that never uses the
// asynchronous client does not link it.
#pragma once

#ifndef MERCADOPAGO_SEPARATE_COMPILATION
#define MERCADOPAGO_SEPARATE_COMPILATION
#endif
#define MERCADOPAGO_SOURCE

#include <mercadopago/beast_transport.hpp>
#include <mercadopago/impl/beast_transport.ipp>
