// Optional separate compilation, the way Boost.JSON offers it.
//
// Header-only is the default: a file that decodes a payment compiles the
// payment codec itself. A program with many such files may instead define
// MERCADOPAGO_SEPARATE_COMPILATION everywhere (the CMake target
// mercadopago::compiled and Meson's mercadopago_compiled_dep do) and compile
// one source file that includes <mercadopago/src.hpp>. Then every library
// model's codec is instantiated once, in that file, and each header declares
// it `extern template`, so other files only call it.
//
// A model header lists its codecs once, after the models:
//
//     MERCADOPAGO_CODECS(identification, phone);
#pragma once

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/config.hpp>

#if defined(MERCADOPAGO_SOURCE) || defined(MERCADOPAGO_SEPARATE_COMPILATION)
// The codec template must be defined where it is declared extern or instantiated.
#include <mercadopago/codec.hpp>
#endif

#define MERCADOPAGO_DETAIL_CODEC_OF(unused, model) \
    MERCADOPAGO_DETAIL_INSTANTIATE(struct ::mercadopago::detail::model_codec<model>)
#define MERCADOPAGO_DETAIL_SEMICOLON() ;

/// Declares (or, in the source file, instantiates) the codecs of the listed
/// models; nothing in header-only mode. Used at namespace scope, followed by ';'.
#define MERCADOPAGO_CODECS(...) \
    MERCADOPAGO_DETAIL_FOR_EACH(MERCADOPAGO_DETAIL_CODEC_OF, MERCADOPAGO_DETAIL_SEMICOLON, ~, __VA_ARGS__)
