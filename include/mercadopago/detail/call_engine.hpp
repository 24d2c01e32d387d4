// detail::call_planner — the policy of one logical call: headers, the
// idempotency key made once and sent on every retry, retries and backoff
// within the total deadline, observability, and the final outcome as a
// result. detail::call_engine runs it over a synchronous transport; the
// asynchronous client (async_client.hpp) runs the same planner over an
// asynchronous transport with timers. Neither knows anything about models
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
#include <variant>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

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

/// One logical call in progress: the request as sent on every attempt, what
/// the exchanges said so far, and the call's total deadline.
struct call_state {
    http_request request;
    call_info info;
    std::chrono::steady_clock::time_point deadline{};
    std::chrono::steady_clock::time_point attempt_start{};
    int max_attempts = 1;
    std::string secret;  ///< the credential in the Authorization header; redacted from all that is kept
};

/// What one logical call ends with: a 2xx response, or the final error.
struct call_outcome {
    result<http_response> response;
    call_info info;
};

/// After an attempt: the call is over (`done`), or it retries after `delay`.
struct attempt_verdict {
    std::optional<call_outcome> done;
    std::chrono::milliseconds delay{0};
};

/// The policy of one logical call, written once for the synchronous and the
/// asynchronous clients: headers, the idempotency key made once and sent on
/// every retry, which outcomes are retried and after how long, the total
/// deadline, observability. It never sends or waits itself: a client's loop
/// asks it what to do (prepare, begin_attempt, end_attempt) and does the I/O
/// and the waiting its own way — a blocking call and a sleep, or an
/// asynchronous operation and a timer.
///
/// A template only so that its bodies are analysed in files that make calls,
/// not in every file that includes a client header: as a plain class it made
/// the umbrella header 5% slower to compile (benchmarks/compile_cost.sh).
template <class Options = client_options>
class basic_call_planner {
public:
    explicit basic_call_planner(Options options) : options_(std::move(options)) {
        auto url = parse_base_url(options_.base_url);
        if (url) base_ = std::move(*url);
        else config_error_ = url.error();
        user_agent_ = std::string("mercadopago-cpp/") + version_string;
        if (!options_.app_info.empty()) user_agent_ += " " + options_.app_info;
    }

    const client_options& options() const noexcept { return options_; }
    const std::string& path_prefix() const noexcept { return base_.prefix; }

    /// The request of a call, with its headers and idempotency key; or the
    /// outcome of a call that cannot start (bad key, forbidden header, bad
    /// base_url). `secret` is the Authorization bearer ("" for none).
    std::variant<call_state, call_outcome> prepare(http_method method, std::string target, std::string body,
                                                   bool keyed, std::string secret, const request_options& ro) const {
        call_state c;
        c.secret = std::move(secret);
        if (config_error_) return fail(c, *config_error_);
        http_request& req = c.request;
        req.method = method;
        req.target = std::move(target);
        req.body = std::move(body);
        auto& h = req.headers;
        h.emplace_back("Accept", "application/json");
        h.emplace_back("User-Agent", user_agent_);
        if (!c.secret.empty()) h.emplace_back("Authorization", "Bearer " + c.secret);
        if (!req.body.empty() || method != http_method::get) h.emplace_back("Content-Type", "application/json");
        if (keyed) {
            if (ro.idempotency_key.empty()) {
                c.info.idempotency_key = random_uuid_v4();
                if (c.info.idempotency_key.empty())
                    return fail(c, error{errc::transport, "could not generate an idempotency key (CSPRNG failure)"});
            } else if (!valid_idempotency_key(ro.idempotency_key)) {
                return fail(c, error{errc::invalid_argument, "idempotency key must be 1-64 visible ASCII characters"});
            } else {
                c.info.idempotency_key = ro.idempotency_key;
            }
            h.emplace_back("X-Idempotency-Key", c.info.idempotency_key);
        }
        if (!options_.integrator_id.empty()) h.emplace_back("X-Integrator-Id", options_.integrator_id);
        if (!options_.platform_id.empty()) h.emplace_back("X-Platform-Id", options_.platform_id);
        if (!options_.corporation_id.empty()) h.emplace_back("X-Corporation-Id", options_.corporation_id);
        for (const auto& kv : options_.default_headers) h.push_back(kv);
        for (const auto& kv : ro.headers) h.push_back(kv);
        for (const auto& [k, v] : h) {
            if (!valid_header_name(k) || !is_safe_header_value(v))
                return fail(c, error{errc::invalid_argument, "header '" + (valid_header_name(k) ? k : std::string("?")) +
                                                                 "' has a forbidden character (CR, LF or NUL)"});
        }
        c.deadline = now() + ro.timeout.value_or(options_.call_timeout);
        c.max_attempts = 1 + (options_.max_retries > 0 ? options_.max_retries : 0);
        return c;
    }

    /// Before sending: the final outcome when the deadline has passed, else
    /// nothing (the attempt is counted and gets the time left as its budget).
    std::optional<call_outcome> begin_attempt(call_state& c) const {
        const auto t0 = now();
        // Checked before counting: `attempts` is how many times the request was sent.
        if (t0 >= c.deadline) return fail(c, error{errc::timeout, "call deadline exceeded"});
        ++c.info.attempts;
        c.attempt_start = t0;
        c.request.timeout = std::chrono::duration_cast<std::chrono::milliseconds>(c.deadline - t0);
        return std::nullopt;
    }

    /// After an attempt that got `r`: the call's outcome, or how long to wait
    /// before the next attempt.
    attempt_verdict end_attempt(call_state& c, result<http_response> r) const {
        const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(now() - c.attempt_start);
        if (options_.on_call) report(c, r, elapsed);

        std::optional<error> err;
        int status = 0;
        if (!r) {
            err = r.error();
            // A cancelled call is the caller's decision, not the network's.
            if (err->code != errc::cancelled) err->message = "transport: " + err->message;
            redact_secret(err->message, c.secret);
        } else {
            status = r->status;
            c.info.http_status = status;
            c.info.headers = r->headers;
            if (auto id = find_header(r->headers, "x-request-id")) c.info.request_id = std::string(*id);
            if (status >= 200 && status < 300) return {call_outcome{std::move(r), std::move(c.info)}, {}};
            err = http_error(*r, c.secret, std::chrono::system_clock::now());
        }
        const bool retryable = r ? retry_policy::retryable_status(status)
                                 : retry_policy::retryable_transport_error(err->code);
        if (!retryable || c.info.attempts >= c.max_attempts) return {fail(c, std::move(*err)), {}};

        std::chrono::milliseconds delay = options_.backoff.delay(c.info.attempts - 1, random());
        if (err->retry_after) {
            // The server knows its load better than our schedule does.
            delay = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::min<std::chrono::seconds>(*err->retry_after, options_.max_retry_after));
        }
        if (now() + delay >= c.deadline) return {fail(c, std::move(*err)), {}};  // no time left for another attempt
        if (options_.on_retry)
            options_.on_retry(retry_event{c.info.attempts, delay, status, err->code, c.info.idempotency_key});
        return {std::nullopt, delay};
    }

    /// The final outcome of a call stopped from outside (an asynchronous
    /// call's cancellation while it waits between attempts).
    call_outcome stop(call_state& c, error e) const { return fail(c, std::move(e)); }

    std::chrono::steady_clock::time_point now() const {
        return options_.clock ? options_.clock() : std::chrono::steady_clock::now();
    }

private:
    static call_outcome fail(call_state& c, error e) {
        e.idempotency_key = c.info.idempotency_key;
        e.attempts = c.info.attempts;
        return call_outcome{result<http_response>(std::move(e)), std::move(c.info)};
    }

    double random() const { return options_.random ? options_.random() : default_random(); }

    void report(const call_state& c, const result<http_response>& r, std::chrono::microseconds elapsed) const {
        call_record rec;
        rec.method = c.request.method;
        rec.path = c.request.target;
        rec.attempt = c.info.attempts;
        rec.elapsed = elapsed;
        rec.idempotency_key = c.info.idempotency_key;
        rec.request_headers = c.request.headers;
        for (auto& [k, v] : rec.request_headers)
            if (iequals(k, "Authorization")) v = "Bearer [redacted]";
        rec.request_body = mask_card_data(c.request.body);
        redact_secret(rec.request_body, c.secret);
        if (r) {
            rec.http_status = r->status;
            if (auto id = find_header(r->headers, "x-request-id")) rec.request_id = std::string(*id);
        } else {
            rec.transport_error = r.error().code;
        }
        options_.on_call(rec);
    }

    Options options_;
    parsed_url base_;
    std::optional<error> config_error_;
    std::string user_agent_;
};

using call_planner = basic_call_planner<>;

/// One logical call over a synchronous transport: the planner's policy, a
/// blocking send per attempt and a sleep between them.
template <class Transport>
class call_engine {
public:
    call_engine(client_options options, Transport transport)
        : planner_(std::move(options)), transport_(std::move(transport)) {}

    const client_options& options() const noexcept { return planner_.options(); }
    const Transport& transport() const noexcept { return transport_; }
    Transport& transport() noexcept { return transport_; }
    const std::string& path_prefix() const noexcept { return planner_.path_prefix(); }

    using outcome = call_outcome;

    outcome send(http_method method, std::string target, std::string body, bool keyed, const std::string& secret,
                 const request_options& ro) const {
        auto prepared = planner_.prepare(method, std::move(target), std::move(body), keyed, secret, ro);
        if (auto* refused = std::get_if<call_outcome>(&prepared)) return std::move(*refused);
        call_state& c = std::get<call_state>(prepared);
        for (;;) {
            if (auto over = planner_.begin_attempt(c)) return std::move(*over);
            attempt_verdict v = planner_.end_attempt(c, transport_.send(c.request));
            if (v.done) return std::move(*v.done);
            wait(v.delay);
        }
    }

private:
    void wait(std::chrono::milliseconds d) const {
        if (planner_.options().sleep) planner_.options().sleep(d);
        else std::this_thread::sleep_for(d);
    }

    call_planner planner_;
    Transport transport_;
};

/// The api_result of a finished exchange: the decoded body, or the error —
/// a decode error also carrying what the HTTP exchange said. The body is
/// decoded where the result lives (result's build_in_place constructor): no
/// Response is moved, so a call compiles no move constructor of its model.
template <class Response>
api_result<Response> complete_call(call_outcome&& out, const std::string& secret) {
    if (!out.response) return {std::move(out.response).error(), std::move(out.info)};
    if constexpr (std::is_same_v<Response, no_content>) {
        return {no_content{}, std::move(out.info)};
    } else {
        const http_response& response = *out.response;
        const call_info& info = out.info;  // moved into the result only after the body is decoded
        return api_result<Response>(build_in_place, std::move(out.info), [&](Response& v, error& e) {
            if (decode_json_into(response.body, v, e)) return true;
            e.http_status = info.http_status;
            e.request_id = info.request_id;
            e.idempotency_key = info.idempotency_key;
            e.attempts = info.attempts;
            e.headers = info.headers;
            e.body = response.body;
            redact_secret(e.body, secret);
            return false;
        });
    }
}

}  // namespace detail

}  // namespace mercadopago
