// The sandbox emulator's compiled part, for separate compilation
// (detail/instantiation.hpp): include this header in exactly one source file
// of a program built with MERCADOPAGO_SEPARATE_COMPILATION defined; the CMake
// target mercadopago::compiled and Meson's mercadopago_compiled_dep already
// hold it (src/sandbox.cpp). The model codecs it uses are <mercadopago/src.hpp>'s.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#ifndef MERCADOPAGO_SEPARATE_COMPILATION
#define MERCADOPAGO_SEPARATE_COMPILATION
#endif

#define MERCADOPAGO_SANDBOX_SOURCE

#include <mercadopago/sandbox.hpp>
#include <mercadopago/sandbox/impl/emulator.ipp>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {
template class detail::call_engine<sandbox::transport>;
}  // namespace mercadopago
