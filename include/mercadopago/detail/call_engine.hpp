// detail::call_engine — one logical call over a transport: headers, the
// idempotency key made once and sent on every retry, retries and backoff
// within the total deadline, observability, and the final outcome as a
// result. Shared by every client flavour; it knows nothing about models
// (complete_call decodes the body into the endpoint's response type).
#pragma once

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/http_error.hpp>
#include <mercadopago/detail/redact.hpp>
#include <mercadopago/detail/url.hpp>
#include <mercadopago/detail/uuid.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/retry_policy.hpp>
#include <mercadopago/transport.hpp>
#include <mercadopago/version.hpp>

#include <chrono>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <type_traits>
#include <utility>

namespace mercadopago {

namespace detail {

/// A caller's idempotency key: 1–64 visible ASCII characters.
inline bool valid_idempotency_key(std::string_view k) noexcept {
    if (k.empty() || k.size() > 64) return false;
    for (char c : k)
        if (c < 0x21 || c > 0x7E) return false;
    return true;
}

inline bool valid_header_name(std::string_view n) noexcept {
    if (n.empty()) return false;
    for (char c : n) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok) return false;
    }
    return true;
}

inline double default_random() {
    thread_local std::mt19937_64 rng{std::random_device{}()};
    return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

/// Sends one logical call: headers, idempotency key, retries, deadline,
/// observability, and the mapping of the final outcome to a result. Shared by
/// every client flavour; it knows nothing about models.
template <class Transport>
class call_engine {
public:
    call_engine(client_options options, Transport transport)
        : options_(std::move(options)), transport_(std::move(transport)) {
        auto url = parse_base_url(options_.base_url);
        if (url) base_ = std::move(*url);
        else config_error_ = url.error();
        user_agent_ = std::string("mercadopago-cpp/") + version_string;
        if (!options_.app_info.empty()) user_agent_ += " " + options_.app_info;
    }

    const client_options& options() const noexcept { return options_; }
    const Transport& transport() const noexcept { return transport_; }
    Transport& transport() noexcept { return transport_; }
    const std::string& path_prefix() const noexcept { return base_.prefix; }

    struct outcome {
        result<http_response> response;  // a 2xx response, or the final error
        call_info info;
    };

    /// `credential_header` is the Authorization value ("" for none: the public
    /// key travels in the query). `secret` is redacted from everything kept.
    outcome send(http_method method, std::string target, std::string body, bool keyed, const std::string& secret,
                 const request_options& ro) const {
        call_info info;
        auto fail = [&](error e) {
            e.idempotency_key = info.idempotency_key;
            e.attempts = info.attempts;
            return outcome{result<http_response>(std::move(e)), std::move(info)};
        };
        if (config_error_) return fail(*config_error_);

        http_request req;
        req.method = method;
        req.target = std::move(target);
        req.body = std::move(body);
        auto& h = req.headers;
        h.emplace_back("Accept", "application/json");
        h.emplace_back("User-Agent", user_agent_);
        if (!secret.empty()) h.emplace_back("Authorization", "Bearer " + secret);
        if (!req.body.empty() || method != http_method::get) h.emplace_back("Content-Type", "application/json");
        if (keyed) {
            if (ro.idempotency_key.empty()) {
                info.idempotency_key = random_uuid_v4();
                if (info.idempotency_key.empty())
                    return fail(error{errc::transport, "could not generate an idempotency key (CSPRNG failure)"});
            } else if (!valid_idempotency_key(ro.idempotency_key)) {
                return fail(error{errc::invalid_argument, "idempotency key must be 1-64 visible ASCII characters"});
            } else {
                info.idempotency_key = ro.idempotency_key;
            }
            h.emplace_back("X-Idempotency-Key", info.idempotency_key);
        }
        if (!options_.integrator_id.empty()) h.emplace_back("X-Integrator-Id", options_.integrator_id);
        if (!options_.platform_id.empty()) h.emplace_back("X-Platform-Id", options_.platform_id);
        if (!options_.corporation_id.empty()) h.emplace_back("X-Corporation-Id", options_.corporation_id);
        for (const auto& kv : options_.default_headers) h.push_back(kv);
        for (const auto& kv : ro.headers) h.push_back(kv);
        for (const auto& [k, v] : h) {
            if (!valid_header_name(k) || !is_safe_header_value(v))
                return fail(error{errc::invalid_argument, "header '" + (valid_header_name(k) ? k : std::string("?")) +
                                                              "' has a forbidden character (CR, LF or NUL)"});
        }

        const auto start = now();
        const auto deadline = start + ro.timeout.value_or(options_.call_timeout);
        const int max_attempts = 1 + (options_.max_retries > 0 ? options_.max_retries : 0);
        for (;;) {
            const auto t0 = now();
            // Checked before counting: `attempts` is how many times the request was sent.
            if (t0 >= deadline) return fail(error{errc::timeout, "call deadline exceeded"});
            ++info.attempts;
            req.timeout = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - t0);
            result<http_response> r = transport_.send(req);
            const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(now() - t0);
            if (options_.on_call) report(req, r, info, elapsed, secret);

            std::optional<error> err;
            int status = 0;
            if (!r) {
                err = r.error();
                err->message = "transport: " + err->message;
                redact_secret(err->message, secret);
            } else {
                status = r->status;
                info.http_status = status;
                info.headers = r->headers;
                if (auto id = find_header(r->headers, "x-request-id")) info.request_id = std::string(*id);
                if (status >= 200 && status < 300) return outcome{std::move(r), std::move(info)};
                err = http_error(*r, secret, std::chrono::system_clock::now());
            }
            err->idempotency_key = info.idempotency_key;
            err->attempts = info.attempts;
            const bool retryable = r ? retry_policy::retryable_status(status)
                                     : retry_policy::retryable_transport_error(err->code);
            if (!retryable || info.attempts >= max_attempts) return fail(std::move(*err));

            std::chrono::milliseconds delay = options_.backoff.delay(info.attempts - 1, random());
            if (err->retry_after) {
                // The server knows its load better than our schedule does.
                delay = std::chrono::duration_cast<std::chrono::milliseconds>(
                    std::min<std::chrono::seconds>(*err->retry_after, options_.max_retry_after));
            }
            if (now() + delay >= deadline) return fail(std::move(*err));  // no time left for another attempt
            if (options_.on_retry)
                options_.on_retry(retry_event{info.attempts, delay, status, err->code, info.idempotency_key});
            wait(delay);
        }
    }

private:
    std::chrono::steady_clock::time_point now() const {
        return options_.clock ? options_.clock() : std::chrono::steady_clock::now();
    }
    void wait(std::chrono::milliseconds d) const {
        if (options_.sleep) options_.sleep(d);
        else std::this_thread::sleep_for(d);
    }
    double random() const { return options_.random ? options_.random() : default_random(); }

    void report(const http_request& req, const result<http_response>& r, const call_info& info,
                std::chrono::microseconds elapsed, const std::string& secret) const {
        call_record rec;
        rec.method = req.method;
        rec.path = req.target;
        rec.attempt = info.attempts;
        rec.elapsed = elapsed;
        rec.idempotency_key = info.idempotency_key;
        rec.request_headers = req.headers;
        for (auto& [k, v] : rec.request_headers)
            if (iequals(k, "Authorization")) v = "Bearer [redacted]";
        rec.request_body = mask_card_data(req.body);
        redact_secret(rec.request_body, secret);
        if (r) {
            rec.http_status = r->status;
            if (auto id = find_header(r->headers, "x-request-id")) rec.request_id = std::string(*id);
        } else {
            rec.transport_error = r.error().code;
        }
        options_.on_call(rec);
    }

    client_options options_;
    Transport transport_;
    parsed_url base_;
    std::optional<error> config_error_;
    std::string user_agent_;
};

/// Decodes a 2xx body into the endpoint's response type.
template <class Response>
result<Response> decode_response(const http_response& r) {
    if constexpr (std::is_same_v<Response, no_content>) {
        return no_content{};
    } else {
        return from_json<Response>(r.body);
    }
}

/// The api_result of a finished exchange: the decoded body, or the error —
/// a decode error also carrying what the HTTP exchange said.
template <class Response, class Outcome>
api_result<Response> complete_call(Outcome&& out, const std::string& secret) {
    if (!out.response) return {result<Response>(std::move(out.response).error()), std::move(out.info)};
    result<Response> decoded = decode_response<Response>(*out.response);
    if (!decoded) {
        error e = std::move(decoded).error();
        e.http_status = out.info.http_status;
        e.request_id = out.info.request_id;
        e.idempotency_key = out.info.idempotency_key;
        e.attempts = out.info.attempts;
        e.headers = out.info.headers;
        e.body = out.response->body;
        redact_secret(e.body, secret);
        return {result<Response>(std::move(e)), std::move(out.info)};
    }
    return {std::move(decoded), std::move(out.info)};
}

}  // namespace detail

}  // namespace mercadopago
