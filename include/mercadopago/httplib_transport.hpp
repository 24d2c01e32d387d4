// The default transport: cpp-httplib over OpenSSL.
//
// Certificates are verified against the system store unless a CA file or
// directory is given; TCP_NODELAY is on (without it cpp-httplib's requests
// wait on delayed ACKs: ~25 req/s); idle keep-alive connections are pooled, so
// the transport is safe to use from many threads while each httplib::Client
// (which is not thread-safe) is used by one thread at a time.
//
// The class keeps cpp-httplib behind a pointer to its own state: its
// definitions (impl/httplib_transport.ipp) come with this header in
// header-only mode, and with separate compilation they are compiled once, in
// <mercadopago/src.hpp>, so other files neither parse <httplib.h> for it nor
// compile cpp-httplib's client code.
//
// cpp-httplib must be built with TLS: Debian's libcpp-httplib-dev takes the
// macros from `pkg-config --cflags cpp-httplib`; with the upstream single
// header define CPPHTTPLIB_OPENSSL_SUPPORT before including anything.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/config.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/result.hpp>

#include <memory>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The default synchronous transport: cpp-httplib over OpenSSL, with certificate verification, TCP_NODELAY
/// and a pool of keep-alive connections; safe to share between threads. Copies share the pool.
class httplib_transport {
public:
    /// The transport `client` builds by default: base_url and connection options.
    explicit httplib_transport(const client_options& o) : httplib_transport(o.base_url, o.connection) {}

    /// A transport to the origin of `base_url` (its path prefix is the client's business). An unusable
    /// base_url is not thrown: every send() returns its error.
    MERCADOPAGO_DETAIL_DECL explicit httplib_transport(const std::string& base_url, connection_options c = {});

    /// One HTTP exchange: a response of any status, or a transport error
    /// (errc::tls, errc::timeout, errc::transport).
    MERCADOPAGO_DETAIL_DECL result<http_response> send(const http_request& req) const;

private:
    struct shared;  // options, origin, the pool of idle cpp-httplib clients
    std::shared_ptr<shared> shared_;
};

}  // namespace mercadopago

#if !defined(MERCADOPAGO_SEPARATE_COMPILATION)
#include <mercadopago/impl/httplib_transport.ipp>
#endif
