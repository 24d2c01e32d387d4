// mercadopago::sandbox::webhook_sender — POSTs the emulator's signed
// notifications to their notification_url over HTTP(S), as the platform does,
// on one background thread.
//
//     mercadopago::sandbox::webhook_sender sender({.retry_interval = std::chrono::milliseconds{200}});
//     emu->on_webhook([&](mercadopago::sandbox::webhook_delivery d) { sender.send(std::move(d)); });
//     ...
//     sender.wait_idle(std::chrono::seconds{5});
//     for (const auto& r : sender.reports()) assert(r.delivered());
//
// sandbox::http_server does this wiring itself when the emulator has a
// webhook secret. Delivery rules follow the platform (shared reference
// webhooks.md §1): a delivery counts when the receiver answers 200 or 201
// within the time limit (22 s); otherwise it is sent again after a pause. The
// platform keeps trying for days, every 15 minutes; a sandbox gives up after
// `max_attempts` so tests end. Each attempt opens its own connection;
// redirects are not followed and certificates are verified (trust a test CA
// with `connection.ca_file`).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/url.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/httplib_transport.hpp>
#include <mercadopago/result.hpp>
#include <mercadopago/sandbox/webhook_delivery.hpp>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

struct webhook_report;

/// How a webhook_sender delivers: attempts, the pause between them, timeout, connection settings.
struct webhook_sender_options {
    int max_attempts = 3;                                        ///< the platform never stops; a sandbox does
    std::chrono::milliseconds retry_interval{std::chrono::seconds{1}};  ///< the platform waits 15 minutes
    std::chrono::milliseconds timeout{std::chrono::seconds{22}};        ///< the platform's limit for the answer
    connection_options connection{};  ///< timeouts per phase, CA to trust for https receivers
    std::size_t max_reports = 4096;   ///< the oldest reports go first
    /// Told of each delivery once it is delivered or given up, on the sender's thread.
    std::function<void(const webhook_report&)> on_report{};
};

/// The fate of one delivery, after its last attempt.
struct webhook_report {
    std::string url{};  ///< the URL posted to, query included
    std::string action{};  ///< e.g. "payment.created"
    std::string data_id{};  ///< the id of the resource the notification names
    std::string request_id{};  ///< the delivery's `x-request-id`
    int status = 0;    ///< HTTP status of the last attempt; 0 when none arrived
    int attempts = 0;  ///< attempts made, at most max_attempts
    std::chrono::microseconds elapsed{0};  ///< of the last attempt, until its answer
    std::string error{};                   ///< why the last attempt failed ("" when delivered)

    /// The platform's test: 200 or 201.
    bool delivered() const noexcept { return status == 200 || status == 201; }
};

namespace detail {

/// "https://host:port/path?q" → origin "https://host:port" and target
/// "/path?q" (the fragment dropped). An error for anything else.
struct split_url {
    std::string origin;
    std::string target;
};

inline result<split_url> split_notification_url(std::string_view url) {
    const auto scheme_end = url.find("://");
    const std::string_view scheme = url.substr(0, scheme_end);
    if (scheme_end == std::string_view::npos ||
        !(mercadopago::detail::iequals(scheme, "http") || mercadopago::detail::iequals(scheme, "https")))
        return failure(errc::invalid_argument, "notification_url must start with http:// or https://");
    if (const auto hash = url.find('#'); hash != std::string_view::npos) url = url.substr(0, hash);
    const auto path_start = url.find_first_of("/?", scheme_end + 3);
    split_url out;
    out.origin = std::string(url.substr(0, path_start));
    if (auto parsed = mercadopago::detail::parse_base_url(out.origin); !parsed) return parsed.error();
    out.target = path_start == std::string_view::npos ? "/" : std::string(url.substr(path_start));
    if (out.target.front() == '?') out.target.insert(out.target.begin(), '/');
    if (!mercadopago::detail::is_safe_header_value(out.target))
        return failure(errc::invalid_argument, "notification_url holds a control character");
    return out;
}

}  // namespace detail

/// Delivers notifications over HTTP(S) from one background thread, retrying as configured, and keeps a
/// report of each.
class webhook_sender {
public:
    /// Starts the delivery thread.
    explicit webhook_sender(webhook_sender_options options = {})
        : options_(std::move(options)), worker_([this] { run(); }) {}

    /// Stops at once: deliveries not yet sent are dropped; one in flight ends
    /// within its timeout.
    ~webhook_sender() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        worker_.join();
    }

    webhook_sender(const webhook_sender&) = delete;
    webhook_sender& operator=(const webhook_sender&) = delete;

    /// Queues a delivery; it is attempted at once (after earlier ones).
    void send(webhook_delivery d) {
        {
            std::lock_guard lock(mutex_);
            queue_.push_back(pending{std::move(d), 0, std::chrono::steady_clock::now(), {}});
        }
        wake_.notify_all();
    }

    /// Waits until every queued delivery has been delivered or given up;
    /// false when `timeout` passed first.
    bool wait_idle(std::chrono::milliseconds timeout) {
        std::unique_lock lock(mutex_);
        return idle_.wait_for(lock, timeout, [this] { return queue_.empty() && !busy_; });
    }

    /// Every finished delivery, oldest first.
    std::vector<webhook_report> reports() const {
        std::lock_guard lock(mutex_);
        return {reports_.begin(), reports_.end()};
    }

    /// The options it was made with.
    const webhook_sender_options& options() const noexcept { return options_; }

private:
    struct pending {
        webhook_delivery delivery;
        int attempts = 0;
        std::chrono::steady_clock::time_point due;
        webhook_report report;
    };

    void run() {
        std::unique_lock lock(mutex_);
        while (true) {
            if (stopping_) return;
            if (queue_.empty()) {
                idle_.notify_all();
                wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
                continue;
            }
            // The delivery due first (a retry waits; the ones behind it need not).
            auto next = queue_.begin();
            for (auto it = queue_.begin(); it != queue_.end(); ++it)
                if (it->due < next->due) next = it;
            if (next->due > std::chrono::steady_clock::now()) {
                wake_.wait_until(lock, next->due);
                continue;
            }
            pending p = std::move(*next);
            queue_.erase(next);
            busy_ = true;
            lock.unlock();
            attempt(p);
            const bool again = !p.report.delivered() && p.attempts < options_.max_attempts;
            if (!again && options_.on_report) options_.on_report(p.report);
            lock.lock();
            busy_ = false;  // only now: wait_idle() must see the report or the retry
            if (again) {
                p.due = std::chrono::steady_clock::now() + options_.retry_interval;
                queue_.push_back(std::move(p));
            } else {
                if (reports_.size() >= options_.max_reports && !reports_.empty()) reports_.pop_front();
                reports_.push_back(std::move(p.report));
            }
        }
    }

    /// One POST; fills p.report with its outcome.
    void attempt(pending& p) {
        const webhook_delivery& d = p.delivery;
        webhook_report& r = p.report;
        ++p.attempts;
        r.url = d.url;
        r.action = d.action;
        r.data_id = d.data_id;
        r.request_id = d.request_id;
        r.attempts = p.attempts;
        r.status = 0;
        r.error.clear();

        auto where = detail::split_notification_url(d.url);
        if (!where) {
            r.error = where.error().message;
            p.attempts = options_.max_attempts;  // a malformed URL never gets better
            return;
        }
        http_request req;
        req.method = http_method::post;
        req.target = std::move(where->target);
        req.headers = d.headers;
        req.body = d.body;
        req.timeout = options_.timeout;

        // A connection per delivery, as from the platform's many senders; an
        // idle keep-alive connection would also hold up a receiver's shutdown.
        connection_options connection = options_.connection;
        connection.max_idle_connections = 0;
        const httplib_transport transport(where->origin, std::move(connection));
        const auto start = std::chrono::steady_clock::now();
        result<http_response> res = transport.send(req);
        r.elapsed = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
        if (!res) {
            r.error = res.error().message;
            return;
        }
        r.status = res->status;
        if (!r.delivered()) r.error = "the receiver answered HTTP " + std::to_string(res->status);
    }

    webhook_sender_options options_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable idle_;
    std::deque<pending> queue_;
    std::deque<webhook_report> reports_;
    bool busy_ = false;
    bool stopping_ = false;
    std::thread worker_;  ///< last: starts after every other member exists
};

}  // namespace mercadopago::sandbox
