// mercadopago::sandbox::webhook_delivery — one signed notification, as Mercado
// Pago would POST it to a `notification_url` (shared reference webhooks.md §1–2).
//
// The emulator makes one for every payment created with a notification_url
// and for every later change to that payment (capture, cancellation, refund)
// when `emulator_options::webhook_secret` is set. sandbox/webhook_sender.hpp
// delivers them over HTTP(S); in-process tests take them from the emulator
// (emulator::take_webhooks) and hand them to their handler directly.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/url.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/timestamp.hpp>
#include <mercadopago/webhooks.hpp>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

/// One signed notification, ready to POST: the URL, the headers and the JSON body.
struct webhook_delivery {
    std::string url{};         ///< the notification_url plus `data.id=<id>&type=<topic>`
    http_headers headers{};    ///< Content-Type, x-signature, x-request-id, User-Agent
    std::string body{};        ///< the JSON notification (not signed: only headers and query are)
    std::string action{};      ///< payment.created, payment.updated; `order.<status>` for orders
    std::string data_id{};     ///< the resource's id, as signed
    std::string request_id{};  ///< the x-request-id header
};

/// What a notification is about, and who sends it.
struct notification_facts {
    std::string_view notification_url{};  ///< where it goes; `data.id` and `type` are added to its query
    std::string_view topic{};      ///< "payment" or "order"
    std::string_view action{};     ///< "payment.created", "payment.updated", "order.processed", …
    std::string_view data_id{};    ///< the resource id
    std::int64_t notification_id = 0;  ///< the body's `id` (a number)
    std::int64_t user_id = 0;    ///< the seller
    bool live_mode = false;  ///< the body's `live_mode` (the emulator sets it for APP_USR- credentials)
    std::string_view request_id{};  ///< a fresh UUID per delivery
    std::chrono::system_clock::time_point now{};  ///< when it happens: the body's `date_created`, the signature's ts
    std::chrono::minutes utc_offset{0};  ///< the offset of date_created
};

/// A delivery signed with `secret` the way the platform signs it: the manifest
/// `id:<data.id>;request-id:<x-request-id>;ts:<ts>;` with ts in milliseconds
/// (13 digits, as the official SDKs' tests use).
inline webhook_delivery make_webhook_delivery(const notification_facts& f, std::string_view secret) {
    webhook_delivery d;
    d.url = std::string(f.notification_url);
    d.url.push_back(d.url.find('?') == std::string::npos ? '?' : '&');
    d.url += "data.id=";
    mercadopago::detail::percent_encode(f.data_id, d.url);
    d.url += "&type=";
    mercadopago::detail::percent_encode(f.topic, d.url);

    // Written as the platform writes it (numeric id and user_id), which the
    // webhooks::notification model reads back as text.
    boost::json::object body;
    body["id"] = f.notification_id;
    body["live_mode"] = f.live_mode;
    body["type"] = f.topic;
    body["date_created"] =
        timestamp::from_time(std::chrono::floor<std::chrono::microseconds>(f.now), f.utc_offset).text();
    body["user_id"] = f.user_id;
    body["api_version"] = "v1";
    body["action"] = f.action;
    body["data"] = boost::json::object{{"id", f.data_id}};
    d.body = boost::json::serialize(body);

    const auto ts = std::chrono::duration_cast<std::chrono::milliseconds>(f.now.time_since_epoch()).count();
    d.headers = {{"Content-Type", "application/json"},
                 {"User-Agent", "MercadoPago WebHook v1.0 " + std::string(f.topic)},
                 {"x-request-id", std::string(f.request_id)},
                 {"x-signature", webhooks::sign(f.request_id, f.data_id, secret, ts)}};
    d.action = std::string(f.action);
    d.data_id = std::string(f.data_id);
    d.request_id = std::string(f.request_id);
    return d;
}

}  // namespace mercadopago::sandbox
