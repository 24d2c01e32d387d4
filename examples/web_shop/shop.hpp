// The shop's server side: pages, the two ways to pay, the back URLs, and the
// webhook endpoint.
//
//   GET  /                         storefront
//   GET  /products/{id}[?qty=N]    product page: Checkout Pro and the card form
//   POST /checkout/card            charges a card token (from MercadoPago.js) with the access token
//   POST /checkout/pro             creates a preference, sends the buyer to Mercado Pago's page
//   GET  /return/{success|failure|pending}  Checkout Pro's back URLs
//   GET  /orders/{id}              the order and its payment's outcome, in the buyer's language
//   POST /webhooks                 Mercado Pago's notifications, trusted only when signed
//
// What the shop believes about a payment always comes from the API (looked up
// with the access token), never from a query string or an unsigned body: a
// back URL's parameters and a notification only say which payment to look up.
#pragma once

#include "assets.hpp"
#include "catalog.hpp"
#include "orders.hpp"
#include "pages.hpp"
#include "texts.hpp"

#include <mercadopago/client.hpp>
#include <mercadopago/webhooks.hpp>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <httplib.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>

namespace web_shop {

struct shop_settings {
    std::string public_url;       ///< the shop as browsers reach it: back URLs and notification_url start here
    checkout_script script;       ///< MercadoPago.js and the public key
    std::string webhook_secret;   ///< the application's secret: notifications are verified with it
    std::string payment_origins;  ///< Mercado Pago's origins, for the Content-Security-Policy
    std::string request_log;      ///< when set, every request received is appended here (JSON lines)
};

/// Every request the shop receives — method, target, body — one JSON object
/// per line. The browser tests search it for card data that must never come.
class request_log {
public:
    explicit request_log(const std::string& path) {
        if (!path.empty()) out_.open(path, std::ios::app);
    }
    void write(const httplib::Request& req) {
        if (!out_.is_open()) return;
        boost::json::object line{{"method", req.method},
                                 {"target", req.target},
                                 {"content_type", req.get_header_value("Content-Type")},
                                 {"body", req.body}};
        std::lock_guard lock(mutex_);
        out_ << boost::json::serialize(line) << '\n' << std::flush;
    }

private:
    std::mutex mutex_;
    std::ofstream out_;
};

class shop {
public:
    shop(mp::client<> api, shop_settings settings)
        : api_(std::move(api)), settings_(std::move(settings)), log_(settings_.request_log) {}

    void install(httplib::Server& server) {
        server.Get("/", logged(&shop::storefront));
        server.Get(R"(/products/([a-z0-9-]{1,40}))", logged(&shop::product_page));
        server.Post("/checkout/card", logged(&shop::pay_by_card));
        server.Post("/checkout/pro", logged(&shop::pay_with_checkout_pro));
        server.Get(R"(/return/(success|failure|pending))", logged(&shop::back_from_checkout_pro));
        server.Get(R"(/orders/([A-Z0-9-]{1,20}))", logged(&shop::order_status));
        server.Post("/webhooks", logged(&shop::notification));
        server.Get("/assets/shop.css", logged(&shop::stylesheet));
        server.Get("/assets/card_form.js", logged(&shop::card_form_script));
        // Last, so that every other request is logged and answered too.
        server.Get(".*", logged(&shop::not_found));
        server.Post(".*", logged(&shop::not_found));
    }

private:
    using handler = void (shop::*)(const httplib::Request&, httplib::Response&);
    httplib::Server::Handler logged(handler h) {
        return [this, h](const httplib::Request& req, httplib::Response& res) {
            log_.write(req);
            (this->*h)(req, res);
        };
    }

    // --- pages ------------------------------------------------------------------------

    void storefront(const httplib::Request& req, httplib::Response& res) {
        html(req, res, storefront_page(language_of(req), settings_.script));
    }

    void product_page(const httplib::Request& req, httplib::Response& res) {
        const product* p = find_product(req.matches[1].str());
        if (!p) return not_found(req, res);
        const int quantity = count_of(req, "qty");
        html(req, res,
             web_shop::product_page(language_of(req), settings_.script, *p,
                                    {std::string(p->id), quantity, {}, nonce(), p->price * quantity}));
    }

    void order_status(const httplib::Request& req, httplib::Response& res) {
        auto order = orders_.find(req.matches[1].str());
        if (!order) return not_found(req, res);
        show_order(req, res, *order);
    }

    void show_order(const httplib::Request& req, httplib::Response& res, const shop_order& order) {
        const product* item = find_product(order.product_id);
        std::optional<mp::payment> payment;
        if (order.payment_id) {
            auto p = api_.payments().get(*order.payment_id);
            if (p) payment = std::move(*p);
            else std::cerr << "web shop: looking up payment " << *order.payment_id << ": " << p.error().what() << '\n';
        }
        const mp::language lang = req.has_param("lang") ? language_of(req) : order.lang;
        const order_view view{order, *item, std::move(payment),
                              {order.product_id, order.quantity, order.id, nonce(), order.total, order.email}};
        // The language links lead to the order's own page: a back URL's query is not worth keeping.
        html(req, res, order_page(lang, settings_.script, view, "/orders/" + order.id));
    }

    // --- paying by card: the token from MercadoPago.js, charged here ------------------

    void pay_by_card(const httplib::Request& req, httplib::Response& res) {
        const std::string token = req.get_param_value("token");
        const std::string attempt = req.get_param_value("attempt");  // 40 at most: "web-shop-" + it is a key of ≤ 64
        if (!plain_id(token, 64) || !plain_id(attempt, 40)) {
            // No script ran (or the post was forged): there is nothing to charge.
            const product* p = find_product(req.get_param_value("product"));
            if (!p) return not_found(req, res);
            const int quantity = count_of(req, "quantity");
            res.status = 400;
            return html(req, res,
                        web_shop::product_page(language_of(req), settings_.script, *p,
                                               {std::string(p->id), quantity, {}, nonce(), p->price * quantity},
                                               say::needs_script[language_of(req)]));
        }
        auto order = order_for(req, attempt);
        if (!order) return not_found(req, res);
        if (order->payment_id) {  // never charge an order twice
            auto last = api_.payments().get(*order->payment_id);
            if (last && last->status && last->status->str() == "approved") return see_order(req, res, *order);
        }

        mp::payment_create_request charge{.transaction_amount = order->total};
        charge.token = token;
        charge.payment_method_id = req.get_param_value("payment_method_id");
        charge.installments = count_of(req, "installments", 24);
        if (const std::string issuer = req.get_param_value("issuer_id"); plain_id(issuer, 20)) charge.issuer_id = issuer;
        charge.description = std::string(find_product(order->product_id)->name[mp::language::en]);
        charge.external_reference = order->id;
        charge.statement_descriptor = "CAFEPAULISTA";
        charge.notification_url = settings_.public_url + "/webhooks?source_news=webhooks";
        charge.payer = mp::payment_request_payer{.email = req.get_param_value("email")};
        // The form's nonce is the idempotency key: a form sent twice (a double
        // click, a reload) replays the first payment instead of charging again.
        auto paid = api_.payments().create(charge, {.idempotency_key = "web-shop-" + attempt});
        if (paid) {
            adopt(*paid, false);
        } else {
            std::cerr << "web shop: charging order " << order->id << " failed: " << paid.error().what() << '\n';
            orders_.update(order->id, [](shop_order& o) { o.attempt_failed = true; });
        }
        see_order(req, res, *order);
    }

    // --- Checkout Pro: a preference, then Mercado Pago's page --------------------------

    void pay_with_checkout_pro(const httplib::Request& req, httplib::Response& res) {
        auto order = order_for(req, {});
        if (!order) return not_found(req, res);
        const product& item = *find_product(order->product_id);
        const std::string back = settings_.public_url + "/return/";
        mp::preference_request pref;
        pref.items.push_back({.id = std::string(item.id),
                              .title = std::string(item.name[order->lang]),
                              .quantity = order->quantity,
                              .unit_price = item.price,
                              .currency_id = "BRL"});
        pref.back_urls = mp::preference_back_urls{.success = back + "success", .pending = back + "pending",
                                                  .failure = back + "failure"};
        pref.auto_return = "approved";
        pref.external_reference = order->id;
        pref.notification_url = settings_.public_url + "/webhooks?source_news=webhooks";
        pref.statement_descriptor = "CAFEPAULISTA";
        auto created = api_.preferences().create(pref);
        if (!created) {
            std::cerr << "web shop: preference for order " << order->id << " failed: " << created.error().what() << '\n';
            orders_.update(order->id, [](shop_order& o) { o.attempt_failed = true; });
            return see_order(req, res, *order);
        }
        std::string checkout = settings_.script.sandbox ? created->sandbox_init_point.value_or("")
                                                        : created->init_point.value_or("");
        if (settings_.script.sandbox) checkout += "&lang=" + std::string(mp::to_string(order->lang));
        res.status = 303;
        res.set_header("Location", checkout);
    }

    void back_from_checkout_pro(const httplib::Request& req, httplib::Response& res) {
        auto order = orders_.find(req.get_param_value("external_reference"));
        if (!order) return not_found(req, res);
        // The parameters are unsigned: they only name the payment to look up.
        if (auto id = number(req.get_param_value("payment_id"))) {
            if (auto p = api_.payments().get(*id); p && p->external_reference == order->id) {
                adopt(*p, false);
                order = orders_.find(order->id);
            }
        }
        show_order(req, res, *order);
    }

    // --- notifications -----------------------------------------------------------------

    void notification(const httplib::Request& req, httplib::Response& res) {
        if (req.has_param("topic") && !req.has_param("data.id")) {
            res.status = 200;  // a legacy IPN cannot be verified: the order pages look payments up anyway
            return;
        }
        const std::string data_id = mp::webhooks::data_id_from_query(req.target).value_or("");
        const auto check = mp::webhooks::verify(req.get_header_value("x-signature"), req.get_header_value("x-request-id"),
                                                data_id, settings_.webhook_secret, {.tolerance = std::chrono::minutes{5}});
        if (!check) {
            std::cerr << "web shop: refused a notification: " << check.description() << '\n';
            res.status = 401;
            return;
        }
        res.status = 200;
        if (req.get_param_value("type") != "payment") return;  // merchant orders: the payment's own notice suffices
        // One quick lookup before answering; slow work belongs on a queue (see
        // examples/webhook_receiver.cpp), Mercado Pago waits 22 s at most.
        if (auto id = number(data_id))
            if (auto p = api_.payments().get(*id)) adopt(*p, true);
    }

    // --- helpers -----------------------------------------------------------------------

    /// Records a payment (as looked up) on the order it names; `confirmed`
    /// when a verified notification named it. An older attempt's late
    /// notification does not replace a newer attempt.
    void adopt(const mp::payment& p, bool confirmed) {
        if (!p.id || !p.external_reference) return;
        orders_.update(*p.external_reference, [&](shop_order& o) {
            if (!o.payment_id || *p.id > *o.payment_id) o.payment_id = p.id;
            if (o.payment_id == p.id) o.attempt_failed = false;
            if (confirmed && o.payment_id == p.id) o.confirmed_payment_id = p.id;
        });
    }

    /// The order a form pays: the one it names, or a new one for its product.
    std::optional<shop_order> order_for(const httplib::Request& req, const std::string& attempt) {
        if (const std::string id = req.get_param_value("order"); !id.empty()) return orders_.find(id);
        const product* p = find_product(req.get_param_value("product"));
        if (!p) return std::nullopt;
        const int quantity = count_of(req, "quantity");
        shop_order draft;
        draft.product_id = std::string(p->id);
        draft.quantity = quantity;
        draft.total = p->price * quantity;
        draft.lang = language_of(req);
        draft.email = req.get_param_value("email");
        return orders_.open(std::move(draft), attempt);
    }

    void see_order(const httplib::Request& req, httplib::Response& res, const shop_order& order) {
        res.status = 303;
        res.set_header("Location", "/orders/" + order.id + "?lang=" + std::string(mp::to_string(language_of(req))));
    }

    void html(const httplib::Request& req, httplib::Response& res, const std::string& page) {
        // Scripts and calls only from the shop and Mercado Pago: a card form's
        // first defence against injected script that would read the inputs.
        res.set_header("Content-Security-Policy",
                       "default-src 'self'; script-src 'self' " + settings_.payment_origins + "; connect-src 'self' " +
                           settings_.payment_origins + "; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'");
        res.set_header("X-Content-Type-Options", "nosniff");
        res.set_header("Cache-Control", "no-store");
        if (const std::string lang = req.get_param_value("lang"); lang == "en" || lang == "es" || lang == "pt")
            res.set_header("Set-Cookie", "lang=" + lang + "; Path=/; SameSite=Lax; Max-Age=31536000");
        res.set_content(page, "text/html; charset=utf-8");
    }

    void stylesheet(const httplib::Request&, httplib::Response& res) {
        res.set_content(std::string(assets::shop_css), "text/css; charset=utf-8");
    }
    void card_form_script(const httplib::Request&, httplib::Response& res) {
        res.set_content(std::string(assets::card_form_js), "text/javascript; charset=utf-8");
    }
    void not_found(const httplib::Request& req, httplib::Response& res) {
        html(req, res, not_found_page(language_of(req), settings_.script));
        res.status = 404;
    }

    /// A count from the form or query: 1 when absent or malformed, at most `most`.
    static int count_of(const httplib::Request& req, const char* name, int most = 5) {
        return static_cast<int>(std::clamp<std::int64_t>(number(req.get_param_value(name)).value_or(1), 1, most));
    }
    static std::optional<std::int64_t> number(std::string_view s) {
        std::int64_t n = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
        if (ec != std::errc{} || end != s.data() + s.size() || n <= 0) return std::nullopt;
        return n;
    }
    /// Letters, digits, '-' and '_' only, 1 to `most` of them.
    static bool plain_id(std::string_view s, std::size_t most) {
        return !s.empty() && s.size() <= most && std::all_of(s.begin(), s.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
        });
    }
    std::string nonce() {
        std::lock_guard lock(random_mutex_);
        static constexpr char hex[] = "0123456789abcdef";
        std::string s;
        for (int i = 0; i < 24; ++i) s += hex[random_() % 16];
        return s;
    }

    mp::client<> api_;
    shop_settings settings_;
    request_log log_;
    order_book orders_;
    std::mutex random_mutex_;
    std::mt19937_64 random_{std::random_device{}()};
};

}  // namespace web_shop
