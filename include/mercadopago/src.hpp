// The library's compiled part, for separate compilation
// (detail/instantiation.hpp): include this header in exactly one source file
// of a program built with MERCADOPAGO_SEPARATE_COMPILATION defined. The CMake
// target mercadopago::compiled and Meson's mercadopago_compiled_dep are that
// file, already built.
#pragma once

#ifndef MERCADOPAGO_SEPARATE_COMPILATION
#define MERCADOPAGO_SEPARATE_COMPILATION
#endif
#define MERCADOPAGO_SOURCE

#include <mercadopago/mercadopago.hpp>
