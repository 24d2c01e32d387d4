// The definitions of httplib_transport (httplib_transport.hpp): included by
// that header in header-only mode, and compiled once in <mercadopago/src.hpp>
// with separate compilation.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#ifndef CPPHTTPLIB_OPENSSL_SUPPORT
#error "mercadopago/httplib_transport.hpp needs cpp-httplib with TLS: define CPPHTTPLIB_OPENSSL_SUPPORT (pkg-config --cflags cpp-httplib)"
#endif

#include <mercadopago/detail/config.hpp>
#include <mercadopago/detail/url.hpp>
#include <mercadopago/httplib_transport.hpp>

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

struct httplib_transport::shared {
    connection_options options;
    std::string origin;
    std::optional<error> config_error;
    std::mutex mutex;
    std::vector<std::unique_ptr<httplib::Client>> idle;

    std::unique_ptr<httplib::Client> acquire() {
        {
            std::lock_guard lock(mutex);
            if (!idle.empty()) {
                auto c = std::move(idle.back());
                idle.pop_back();
                return c;
            }
        }
        auto c = std::make_unique<httplib::Client>(origin);
        c->set_tcp_nodelay(true);
        c->set_keep_alive(true);
        c->set_follow_location(false);  // a redirect must never carry the token elsewhere
        c->enable_server_certificate_verification(options.verify_certificates);
        if (!options.ca_file.empty() || !options.ca_dir.empty()) c->set_ca_cert_path(options.ca_file, options.ca_dir);
        if (!options.proxy_host.empty()) {
            c->set_proxy(options.proxy_host, options.proxy_port);
            if (!options.proxy_username.empty()) c->set_proxy_basic_auth(options.proxy_username, options.proxy_password);
        }
        return c;
    }

    void release(std::unique_ptr<httplib::Client> c) {
        std::lock_guard lock(mutex);
        if (idle.size() < options.max_idle_connections) idle.push_back(std::move(c));
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
};

MERCADOPAGO_DETAIL_DECL httplib_transport::httplib_transport(const std::string& base_url, connection_options c)
    : shared_(std::make_shared<shared>()) {
    shared_->options = std::move(c);
    if (auto wrong = detail::proxy_settings_error(shared_->options)) {
        shared_->config_error = std::move(*wrong);
        return;
    }
    auto url = detail::parse_base_url(base_url);
    if (!url) {
        shared_->config_error = url.error();
        return;
    }
    const bool v6 = url->host.find(':') != std::string::npos;
    shared_->origin = url->scheme + "://" + (v6 ? "[" + url->host + "]" : url->host) + ":" + std::to_string(url->port);
}

MERCADOPAGO_DETAIL_DECL result<http_response> httplib_transport::send(const http_request& req) const {
    if (shared_->config_error) return *shared_->config_error;
    std::unique_ptr<httplib::Client> cli = shared_->acquire();
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
        return shared::map_error(err, *cli, elapsed >= read_limit * 9 / 10);  // the socket is dropped with cli
    }
    http_response out;
    out.status = res.status;
    out.headers.reserve(res.headers.size());
    for (auto& [k, v] : res.headers) out.headers.emplace_back(k, std::move(v));
    out.body = std::move(res.body);
    shared_->release(std::move(cli));
    return out;
}

}  // namespace mercadopago
