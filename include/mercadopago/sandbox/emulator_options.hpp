// mercadopago::sandbox::emulator_options — what an emulator starts from: the
// site, the clock, the seeds of its ids, and the secret it signs
// notifications with. Plain data; every member has a working default.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

/// What an emulator starts from: site, clock, id seeds, the webhook secret; every member has a working default.
struct emulator_options {
    std::string site_id = "MLB";  ///< decides the currency and the identification types
    /// The time of the sandbox (token expiry, dates); the system clock when empty.
    std::function<std::chrono::system_clock::time_point()> clock{};
    std::chrono::minutes utc_offset{-4 * 60};  ///< the offset dates are written with (-04:00, as the API does)
    std::uint64_t seed = 20'240'517;           ///< seeds ids and codes: runs are reproducible
    std::int64_t first_payment_id = 130'000'000'000;  ///< the first payment's id (past 2^31, like real ones); then +1
    std::int64_t first_refund_id = 1'900'000'000;  ///< the first refund's id; then +1
    std::int64_t first_card_id = 1'700'000'000'000;  ///< the first saved card's id (text); then random steps up
    /// The seller when the access token does not end in a user id
    /// (`APP_USR-<client>-<date>-<hash>-<user id>` does).
    std::int64_t default_user_id = 1'188'183'100;
    std::string statement_descriptor = "MERCADOPAGO*SANDBOX";  ///< when a card payment names none
    std::chrono::hours token_lifetime{24 * 7};  ///< how long a card token stays usable (sets `date_due`)
    /// The application's secret signature key. Empty: no notifications.
    std::string webhook_secret{};
    /// Deliveries kept for take_webhooks() when no sink is set; the oldest go first.
    std::size_t max_queued_webhooks = 1024;
    std::int64_t first_notification_id = 120'000'000'000;  ///< the `id` of the first notification body; then +1
    /// Where notifications of the topic `order` go: for the Orders API they
    /// are set per application (Your integrations → Webhooks), not per order.
    /// Empty: no order notifications.
    std::string order_notification_url{};
    /// Answers the control calls under /sandbox/ (pay or expire a pending
    /// Pix or boleto, reset all state). Off: they are refused with a 403, so
    /// a sandbox shared with others cannot be reset by accident.
    bool control_api = false;
    /// The origin written into links to the sandbox's own pages (a
    /// preference's init_point) when a request does not come through
    /// sandbox::http_server, which writes the origin the client used.
    std::string public_origin = "https://sandbox.mercadopago.test";
    std::int64_t first_merchant_order_id = 9'400'000'000;  ///< the first merchant order's id; then +1
};

}  // namespace mercadopago::sandbox
