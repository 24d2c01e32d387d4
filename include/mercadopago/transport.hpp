// The transport concept: the one seam between the client and an HTTP library.
//
// A transport sends one request and returns the response, whatever its status.
// It reports only failures to obtain a response — errc::transport (connect
// refused, reset, broken connection), errc::timeout, errc::tls — and it must be
// safe to call from many threads at once. Retries, idempotency keys, headers
// and error bodies are the client's business, so a transport stays small
// (see examples/curl_transport.cpp for one over libcurl).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/http.hpp>
#include <mercadopago/result.hpp>

#include <concepts>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

template <class T>
concept transport = requires(const T& t, const http_request& req) {
    { t.send(req) } -> std::same_as<result<http_response>>;
};

}  // namespace mercadopago
