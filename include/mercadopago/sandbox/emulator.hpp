// mercadopago::sandbox::emulator — an offline, stateful imitation of the
// Mercado Pago API: card tokens, payments (with forced outcomes,
// authorisation and capture, cancellation, Pix and boleto), refunds,
// customers and their saved cards, the Orders API (online card, Pix and
// boleto orders), Checkout Pro (preferences, merchant orders and a hosted
// checkout page), searches, and the public look-ups (payment methods,
// installments, issuers, identification types).
//
//     auto emu = std::make_shared<mercadopago::sandbox::emulator>();
//     mercadopago::http_response r = emu->handle(request);   // thread-safe
//
// It answers exactly the endpoints of include/mercadopago/api/*.hpp (the
// routes are built from their descriptors), with bodies written by the
// library's own models and codec. Each resource is a service of its own
// (sandbox/services/*.hpp, listed in sandbox/services.hpp); this class only
// authenticates, routes, keeps idempotent replays and hands notifications
// on. With MERCADOPAGO_SEPARATE_COMPILATION it is compiled once (in
// mercadopago::compiled), and a file that uses it does not see the services. Nothing touches the network or the disk;
// mercadopago::sandbox::transport runs a client against it in-process, and
// sandbox/http_server.hpp serves it over HTTP.
//
// Rules it enforces, as the real API does (shared reference endpoints.md,
// errors-retries-idempotency.md, payment-outcomes.md):
//   * credentials: `Authorization: Bearer TEST-…|APP_USR-…`; `?public_key=` only
//     on the public endpoints; anything else → 401 "invalid access token";
//   * `X-Idempotency-Key` is required by payment and refund creation; a key
//     seen before (same credential, method and path) replays the first 2xx
//     response instead of acting twice — on every write;
//   * card tokens: Luhn, known BINs, future expiry, 3-digit code (Amex 4);
//     single use, valid 7 days; no response ever holds a full card number;
//   * the cardholder name forces the payment's outcome (APRO, CONT, OTHE, FUND…);
//   * search: limit 1..50 (default 30), offset ≤ 10000 (sandbox/paging.hpp);
//   * webhooks (when `webhook_secret` is set): a payment created with a
//     notification_url produces a signed `payment.created` notification, and
//     every later change to it (capture, cancellation, refund) a
//     `payment.updated` one; every change of an order's status an `order`
//     one to `order_notification_url`; an idempotent replay produces none;
//   * the control API (only with `control_api`): `POST /sandbox/reset`, and
//     `POST /sandbox/{payments|orders}/{id}/{pay|expire}` for a pending Pix
//     or boleto (sandbox/services/payments.hpp, orders.hpp).
//
// Each service's header lists the cause codes of its errors.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/config.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/sandbox/emulator_options.hpp>
#include <mercadopago/sandbox/manual_clock.hpp>
#include <mercadopago/sandbox/webhook_delivery.hpp>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class shared_state;
class route_table;
class replay_store;

namespace detail {
/// Service S of `state` (a template, so that this header needs no services).
template <class S, class State>
S& service_in(State& state) {
    return state.template get<S>();
}
}  // namespace detail

/// The offline, stateful imitation of the Mercado Pago API described above: answers each http_request as the
/// API would. Share one through std::shared_ptr among transports and servers; it is thread-safe.
class emulator {
public:
    /// An empty sandbox set up by `options`.
    explicit emulator(emulator_options options = {});
    ~emulator();

    emulator(const emulator&) = delete;
    emulator& operator=(const emulator&) = delete;

    /// The options it was made with.
    const emulator_options& options() const noexcept;

    /// Answers one request as the API would. Safe to call from many threads.
    /// Notifications the request caused go to the webhook sink afterwards, on
    /// the calling thread and outside the emulator's lock.
    http_response handle(const http_request& req);

    // --- webhooks ------------------------------------------------------------

    /// Receiver of each notification the emulator produces.
    using webhook_sink = std::function<void(webhook_delivery)>;

    /// Sends every future notification to `sink` (sandbox::http_server plugs
    /// in a webhook_sender here). An empty sink queues them for take_webhooks().
    void on_webhook(webhook_sink sink);

    /// The notifications queued so far (oldest first), emptying the queue.
    std::vector<webhook_delivery> take_webhooks();

    // --- inspection (for tests and tools) -------------------------------------

    /// Requests answered so far.
    std::uint64_t requests_handled() const;
    /// Number of payments it holds, every seller's.
    std::size_t payment_count() const;
    /// Every payment, in id order (as `GET /v1/payments/{id}` shows it).
    std::vector<payment> payments() const;
    /// The payment `id` as `GET /v1/payments/{id}` shows it; nullopt when there is none.
    std::optional<payment> find_payment(std::int64_t id) const;
    /// Number of customers it holds (deleted ones excluded), every seller's.
    std::size_t customer_count() const;

    /// Calls `f` with service S (include its sandbox/services/ header), under
    /// the emulator's lock: `emu.inspect<sandbox::payments_service>([](auto& s) { … })`.
    template <class S, class F>
    decltype(auto) inspect(F&& f) const {
        std::lock_guard lock(mutex_);
        return std::forward<F>(f)(std::as_const(detail::service_in<S>(*state_)));
    }

private:
    http_response answer(const http_request& req);
    void reset_state();
    void dispatch(std::vector<webhook_delivery> deliveries);

    mutable std::mutex mutex_;  ///< held while a request is answered
    std::unique_ptr<shared_state> state_;
    std::unique_ptr<route_table> routes_;
    std::unique_ptr<replay_store> replays_;
    std::uint64_t requests_ = 0;

    std::mutex sink_mutex_;  ///< held while a sink runs, so on_webhook({}) waits for it to return
    webhook_sink sink_;
    std::deque<webhook_delivery> queued_webhooks_;
};

}  // namespace mercadopago::sandbox

// Header-only: the definitions (and every service) come with the header.
// With separate compilation they are compiled once, in src/sandbox.cpp.
#if !defined(MERCADOPAGO_SEPARATE_COMPILATION)
#include <mercadopago/sandbox/impl/emulator.ipp>
#endif
