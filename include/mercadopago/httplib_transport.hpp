// The default transport: cpp-httplib over OpenSSL.
//
// Certificates are verified against the system store unless a CA file or
// directory is given; TCP_NODELAY is on (without it cpp-httplib's requests
// wait on delayed ACKs: ~25 req/s); idle keep-alive connections are pooled, so
// the transport is safe to use from many threads while each httplib::Client
// (which is not thread-safe) is used by one thread at a time.
//
// cpp-httplib must be built with TLS: Debian's libcpp-httplib-dev takes the
// macros from `pkg-config --cflags cpp-httplib`; with the upstream single
// header define CPPHTTPLIB_OPENSSL_SUPPORT before including anything.
#pragma once

#ifndef CPPHTTPLIB_OPENSSL_SUPPORT
#error "mercadopago/httplib_transport.hpp needs cpp-httplib with TLS: define CPPHTTPLIB_OPENSSL_SUPPORT (pkg-config --cflags cpp-httplib)"
#endif

#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/url.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/result.hpp>

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace mercadopago {

class httplib_transport {
public:
    /// The transport `client` builds by default: base_url and connection options.
    explicit httplib_transport(const client_options& o) : httplib_transport(o.base_url, o.connection) {}

    explicit httplib_transport(const std::string& base_url, connection_options c = {})
        : shared_(std::make_shared<shared>()) {
        shared_->options = std::move(c);
        auto url = detail::parse_base_url(base_url);
        if (!url) {
            shared_->config_error = url.error();
            return;
        }
        const bool v6 = url->host.find(':') != std::string::npos;
        shared_->origin = url->scheme + "://" + (v6 ? "[" + url->host + "]" : url->host) + ":" + std::to_string(url->port);
    }

    result<http_response> send(const http_request& req) const {
        if (shared_->config_error) return *shared_->config_error;
        std::unique_ptr<httplib::Client> cli = acquire();
        const auto& o = shared_->options;
        const auto start = std::chrono::steady_clock::now();
        const auto deadline = start + req.timeout;
        // Each phase gets its own limit, never more than the attempt's budget.
        const auto budget = std::max(req.timeout, std::chrono::milliseconds{1});
        cli->set_connection_timeout(std::min(o.connect_timeout, budget));
        cli->set_read_timeout(std::min(o.read_timeout, budget));
        cli->set_write_timeout(std::min(o.write_timeout, budget));

        httplib::Request hr;
        hr.method = std::string(to_string(req.method));
        hr.path = req.target;
        for (const auto& [k, v] : req.headers) hr.headers.emplace(k, v);
        hr.body = req.body;
        // cpp-httplib 0.11 has no total timeout; the progress callback stops a
        // body that trickles in past the deadline.
        hr.progress = [deadline](std::uint64_t, std::uint64_t) { return std::chrono::steady_clock::now() < deadline; };

        // send(Request&, Response&, Error&), not send(const Request&): the
        // latter copies the whole request and allocates the response.
        httplib::Response res;
        httplib::Error err = httplib::Error::Success;
        if (!cli->send(hr, res, err)) {
            if (err == httplib::Error::Success) err = httplib::Error::Unknown;  // never report "success"
            const auto elapsed = std::chrono::steady_clock::now() - start;
            const auto read_limit = std::min(o.read_timeout, budget);
            return map_error(err, *cli, elapsed >= read_limit * 9 / 10);  // the socket is dropped with cli
        }
        http_response out;
        out.status = res.status;
        out.headers.reserve(res.headers.size());
        for (auto& [k, v] : res.headers) out.headers.emplace_back(k, std::move(v));
        out.body = std::move(res.body);
        release(std::move(cli));
        return out;
    }

private:
    struct shared {
        connection_options options;
        std::string origin;
        std::optional<error> config_error;
        std::mutex mutex;
        std::vector<std::unique_ptr<httplib::Client>> idle;
    };

    std::unique_ptr<httplib::Client> acquire() const {
        {
            std::lock_guard lock(shared_->mutex);
            if (!shared_->idle.empty()) {
                auto c = std::move(shared_->idle.back());
                shared_->idle.pop_back();
                return c;
            }
        }
        const auto& o = shared_->options;
        auto c = std::make_unique<httplib::Client>(shared_->origin);
        c->set_tcp_nodelay(true);
        c->set_keep_alive(true);
        c->set_follow_location(false);  // a redirect must never carry the token elsewhere
        c->enable_server_certificate_verification(o.verify_certificates);
        if (!o.ca_file.empty() || !o.ca_dir.empty()) c->set_ca_cert_path(o.ca_file, o.ca_dir);
        if (!o.proxy_host.empty()) {
            c->set_proxy(o.proxy_host, o.proxy_port);
            if (!o.proxy_username.empty()) c->set_proxy_basic_auth(o.proxy_username, o.proxy_password);
        }
        return c;
    }

    void release(std::unique_ptr<httplib::Client> c) const {
        std::lock_guard lock(shared_->mutex);
        if (shared_->idle.size() < shared_->options.max_idle_connections) shared_->idle.push_back(std::move(c));
    }

    static error map_error(httplib::Error e, const httplib::Client& cli, bool slow) {
        switch (e) {
        case httplib::Error::SSLServerVerification:
            return {errc::tls, "TLS certificate verification failed (OpenSSL verify result " +
                                   std::to_string(cli.get_openssl_verify_result()) + ")"};
        case httplib::Error::SSLConnection: return {errc::tls, "TLS handshake failed"};
        case httplib::Error::SSLLoadingCerts: return {errc::tls, "could not load the CA certificates"};
        case httplib::Error::ConnectionTimeout: return {errc::timeout, "connect timed out"};
        case httplib::Error::Canceled: return {errc::timeout, "call deadline reached while reading the response"};
        case httplib::Error::Connection: return {errc::transport, "could not connect"};
        case httplib::Error::Read:
            if (slow) return {errc::timeout, "read timed out"};
            return {errc::transport, "connection closed or reset while reading the response"};
        case httplib::Error::Write: return {errc::transport, "connection closed or reset while sending the request"};
        default: return {errc::transport, "HTTP exchange failed: " + httplib::to_string(e)};
        }
    }

    std::shared_ptr<shared> shared_;
};

}  // namespace mercadopago
