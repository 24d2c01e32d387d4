// Build-mode switches shared by every header (see detail/instantiation.hpp
// for separate compilation).
#pragma once

// MERCADOPAGO_DETAIL_INSTANTIATE(declaration): an explicit instantiation of a
// template the library compiles once in separate-compilation mode: defined in
// <mercadopago/src.hpp>, declared extern everywhere else; nothing (a no-op
// declaration) in header-only mode.
#if defined(MERCADOPAGO_SOURCE)
#define MERCADOPAGO_DETAIL_INSTANTIATE(...) template __VA_ARGS__
#elif defined(MERCADOPAGO_SEPARATE_COMPILATION)
#define MERCADOPAGO_DETAIL_INSTANTIATE(...) extern template __VA_ARGS__
#else
#define MERCADOPAGO_DETAIL_INSTANTIATE(...) static_assert(true)
#endif

// MERCADOPAGO_DETAIL_DECL: `inline` on functions the library compiles once
// with separate compilation (the model codec's, the sandbox emulator's) in
// header-only mode, nothing with separate compilation. The
// mode must be the same for the whole program (the CMake and Meson targets
// define it for every file that links them).
#if defined(MERCADOPAGO_SEPARATE_COMPILATION) || defined(MERCADOPAGO_SOURCE)
#define MERCADOPAGO_DETAIL_DECL
#else
#define MERCADOPAGO_DETAIL_DECL inline
#endif

// MERCADOPAGO_DETAIL_COROUTINES_BEGIN / _END: around the library's Boost.Asio
// coroutines. g++ 12 reports a false -Wmismatched-new-delete at -O2 for every
// Asio coroutine frame (operator new and delete of awaitable_frame_base pair
// aligned_alloc with free; GCC PR middle-end/109224), which would break a
// user's `-Wall -Werror` build on the library's headers.
#if defined(__GNUC__) && !defined(__clang__)
#define MERCADOPAGO_DETAIL_COROUTINES_BEGIN \
    _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wmismatched-new-delete\"")
#define MERCADOPAGO_DETAIL_COROUTINES_END _Pragma("GCC diagnostic pop")
#else
#define MERCADOPAGO_DETAIL_COROUTINES_BEGIN
#define MERCADOPAGO_DETAIL_COROUTINES_END
#endif
