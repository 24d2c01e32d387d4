// The sandbox's hosted Checkout Pro page: where a preference's init_point
// leads a buyer's browser.
//
//   GET  /checkout/v1/redirect?pref_id=ID[&lang=en|es|pt]  the page: items, total, a test-card form, Pix (MLB)
//   POST /checkout/v1/pay                                 the form: pays, then back to the shop
//
// Paying tokenizes the card and creates the payment through the same services
// the API uses (so test cards and cardholder names force outcomes as
// everywhere), opens or updates the preference's merchant order, and sends the
// signed notifications (`payment`, `topic_merchant_order_wh`) to the
// preference's notification_url. The buyer then goes back to the shop's
// back URL for the outcome (success: approved; pending: pending, in process
// or authorised; failure: rejected) with Mercado Pago's query parameters —
// collection_id, collection_status, payment_id, status, external_reference,
// payment_type, merchant_order_id, preference_id, site_id, processing_mode,
// merchant_account_id — at once when auto_return allows it (`approved`: an
// approved payment; `all`: any), otherwise from a button on the outcome page.
// A preference with `expires` and an expiration_date_to in the past (or
// expiration_date_from in the future) shows the expired page and takes no
// payment (HTTP 410).
//
// The pages need no credential: they are Mercado Pago's site, not its API.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/url.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/outcome.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/cards.hpp>
#include <mercadopago/sandbox/checkout_html.hpp>
#include <mercadopago/sandbox/router.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/services/card_tokens.hpp>
#include <mercadopago/sandbox/services/merchant_orders.hpp>
#include <mercadopago/sandbox/services/payments.hpp>
#include <mercadopago/sandbox/services/preferences.hpp>
#include <mercadopago/sandbox/state.hpp>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class checkout_page_service : public service {
public:
    static constexpr std::string_view page_path = "/checkout/v1/redirect";
    static constexpr std::string_view pay_path = "/checkout/v1/pay";

    checkout_page_service(shared_state& state, route_table& routes) : state_(state) {
        routes.add_page(http_method::get, page_path, this, &checkout_page_service::page);
        routes.add_page(http_method::post, pay_path, this, &checkout_page_service::pay);
    }

private:
    /// The buyer's language: `lang` when given, else the site's.
    std::string_view language_of(const query_params& q) const {
        if (auto l = detail::query_value(q, "lang"); l && (*l == "en" || *l == "es" || *l == "pt"))
            return *l == "en" ? "en" : *l == "es" ? "es" : "pt";
        return state_.site().portuguese ? "pt" : "es";
    }
    static language as_language(std::string_view l) {
        return l == "en" ? language::en : l == "pt" ? language::pt : language::es;
    }

    std::string money(std::int64_t cents) const {
        return std::string(state_.site().currency_symbol) + " " + decimal::from_cents(cents).to_string();
    }

    /// Whether the preference's payment window is closed at `now`.
    static bool expired(const preference& p, call::clock_type::time_point now) {
        if (!p.expires.value_or(false)) return false;
        const auto t = std::chrono::floor<std::chrono::microseconds>(now);
        if (p.expiration_date_to && p.expiration_date_to->time() && t > *p.expiration_date_to->time()) return true;
        return p.expiration_date_from && p.expiration_date_from->time() && t < *p.expiration_date_from->time();
    }

    http_response not_found(const call& c, const detail::checkout_words& w) const {
        return c.html(404, detail::outcome_page(w, "bad", w.missing, "", "", "", ""));
    }

    http_response page(call& c) {
        const auto lang = language_of(c.target.query);
        const auto& w = detail::words_for(lang);
        const auto id = detail::query_value(c.target.query, "pref_id").value_or("");
        auto* r = state_.get<preferences_service>().find(id);
        if (!r) return not_found(c, w);
        const preference& p = r->p;
        if (expired(p, c.now)) return c.html(410, detail::expired_page(w));
        std::vector<detail::checkout_line> lines;
        for (const auto& it : p.items.value_or(std::vector<preference_item>{})) {
            const std::int64_t unit = it.unit_price ? it.unit_price->minor_units(2).value_or(0) : 0;
            lines.push_back({it.title.value_or(""), std::to_string(it.quantity.value_or(1)),
                             money(unit * it.quantity.value_or(1)), it.picture_url.value_or("")});
        }
        const auto total = preferences_service::total_cents(p).value_or(0);
        std::string action(pay_path);
        action += "?lang=";
        action += lang;
        return c.html(200, detail::checkout_page(w, id, p.statement_descriptor.value_or("Mercado Pago"), lines,
                                                 money(total), action, state_.site().id == "MLB"));
    }

    /// An internal request to one of the API's own services, as the seller
    /// (or, for tokens, the buyer's public key).
    static call inner_call(const call& outer, const http_request& req, std::int64_t seller, bool live, bool buyer) {
        call ic{req, detail::parse_target(req.target)};
        ic.who = principal{std::string(live ? "APP_USR-" : "TEST-") + (buyer ? "hosted-checkout-public-key" : "hosted-checkout"),
                           buyer, buyer ? 0 : seller};
        ic.now = outer.now;
        ic.request_id = outer.request_id;
        return ic;
    }

    http_response pay(call& c) {
        const auto lang = language_of(c.target.query);
        const auto& w = detail::words_for(lang);
        const query_params form = detail::parse_target("?" + c.req.body).query;
        auto field = [&](std::string_view k) { return detail::query_value(form, k).value_or(""); };
        const std::string id = field("pref_id");
        auto* r = state_.get<preferences_service>().find(id);
        if (!r) return not_found(c, w);
        const preference& p = r->p;
        if (expired(p, c.now)) return c.html(410, detail::expired_page(w));
        const bool live = p.live_mode.value_or(false);
        const std::string retry = std::string(preferences_service::checkout_path(id)) + "&lang=" + std::string(lang);

        boost::json::object body;
        const auto total = preferences_service::total_cents(p).value_or(0);
        body["description"] = p.items && !p.items->empty() ? p.items->front().title.value_or("") : std::string();
        if (p.external_reference) body["external_reference"] = *p.external_reference;
        if (p.notification_url && !p.notification_url->empty()) body["notification_url"] = *p.notification_url;
        if (p.binary_mode) body["binary_mode"] = *p.binary_mode;
        if (p.statement_descriptor) body["statement_descriptor"] = *p.statement_descriptor;
        body["payer"] = boost::json::object{
            {"email", p.payer && p.payer->email && !p.payer->email->empty() ? *p.payer->email : "buyer@testuser.com"}};
        body["metadata"] = boost::json::object{{"preference_id", id}};

        if (field("method") == "pix") {
            body["payment_method_id"] = "pix";
        } else {
            // Tokenize the card form as the buyer's browser would, with the public key.
            std::string number;
            for (char ch : field("card_number"))
                if (ch >= '0' && ch <= '9') number += ch;
            const std::string expiry = field("expiry");
            const auto slash = expiry.find('/');
            const auto month = detail::parse_int(expiry.substr(0, slash));
            auto year = slash == std::string::npos ? std::nullopt : detail::parse_int(expiry.substr(slash + 1));
            if (year && *year < 100) *year += 2000;
            const card_brand* brand = brand_of_number(number);
            if (!month || !year || !brand)
                return c.html(400, detail::outcome_page(w, "bad", w.pay_card, "card number or expiry not valid", "",
                                                        retry, ""));
            boost::json::object card{{"card_number", number},
                                     {"expiration_month", *month},
                                     {"expiration_year", *year},
                                     {"security_code", field("cvv")},
                                     {"cardholder", boost::json::object{{"name", field("holder")},
                                                                        {"identification",
                                                                         boost::json::object{{"type", state_.site().portuguese ? "CPF" : "DNI"},
                                                                                             {"number", field("document")}}}}}};
            http_request token_req{.method = http_method::post, .target = "/v1/card_tokens",
                                   .body = boost::json::serialize(card)};
            call tc = inner_call(c, token_req, r->collector, live, true);
            const http_response token = state_.get<card_tokens_service>().create_token(tc);
            auto made = from_json<card_token>(token.body);
            if (token.status != 201 || !made || !made->id)
                return c.html(400, detail::outcome_page(w, "bad", w.pay_card, "the card was not accepted: check its details",
                                                        "", retry, ""));
            body["token"] = *made->id;
            body["payment_method_id"] = std::string(brand->payment_method_id);
            body["installments"] = detail::parse_int(field("installments")).value_or(1);
        }
        // transaction_amount goes in as the exact text of a JSON number, never through a double.
        std::string json = boost::json::serialize(body);
        json.insert(1, "\"transaction_amount\":" + decimal::from_cents(total).to_string() + ",");
        http_request pay_req{.method = http_method::post, .target = "/v1/payments", .body = std::move(json)};
        call pc = inner_call(c, pay_req, r->collector, live, false);
        auto& payments = state_.get<payments_service>();
        const http_response paid = payments.create_payment(pc);
        auto made = from_json<payment>(paid.body);
        if (paid.status != 201 || !made || !made->id)
            return c.html(400, detail::outcome_page(w, "bad", w.pay_card, "the payment could not be made", "", retry, ""));

        // The merchant order groups the preference's payments.
        auto& orders = state_.get<merchant_orders_service>();
        auto& mo = orders.for_preference(pc, p, r->collector);
        if (auto* rec = payments.find(pc, std::to_string(*made->id))) {
            rec->p.order = payment_order{std::to_string(mo.m.id.value_or(0)), "mercadopago", {}};
            made->order = rec->p.order;
        }
        orders.add_payment(pc, mo, *made->id);
        return back_to_shop(c, w, lang, p, *made, mo.m.id.value_or(0));
    }

    /// The outcome: straight to the shop's back URL when auto_return allows,
    /// else the outcome page with a button to it.
    http_response back_to_shop(const call& c, const detail::checkout_words& w, std::string_view lang,
                               const preference& p, const payment& paid, std::int64_t merchant_order_id) const {
        const payment_status status = paid.status.value_or(payment_status{});
        const bool approved = status == payment_status::approved;
        const bool rejected = status == payment_status::rejected || status == payment_status::cancelled;
        const preference_back_urls urls = p.back_urls.value_or(preference_back_urls{});
        const std::string base = (approved ? urls.success : rejected ? urls.failure : urls.pending).value_or("");
        std::string back;
        if (!base.empty()) {
            back = base + (base.find('?') == std::string::npos ? '?' : '&');
            auto add = [&back](std::string_view k, std::string_view v) {
                if (back.back() != '?' && back.back() != '&') back += '&';
                back += k;
                back += '=';
                mercadopago::detail::percent_encode(v, back);
            };
            const std::string pid = std::to_string(paid.id.value_or(0));
            add("collection_id", pid);
            add("collection_status", status.str());
            add("payment_id", pid);
            add("status", status.str());
            add("external_reference", p.external_reference.value_or("null"));
            add("payment_type", paid.payment_type_id ? paid.payment_type_id->str() : std::string("null"));
            add("merchant_order_id", std::to_string(merchant_order_id));
            add("preference_id", p.id.value_or(""));
            add("site_id", p.site_id.value_or(""));
            add("processing_mode", "aggregator");
            add("merchant_account_id", "null");
        }
        const std::string auto_return = p.auto_return.value_or("");
        if (!back.empty() && (auto_return == "all" || (auto_return == "approved" && approved))) return c.redirect(back);
        const auto told = describe_outcome(paid, as_language(lang));
        std::string pix;
        if (paid.point_of_interaction && paid.point_of_interaction->transaction_data)
            pix = paid.point_of_interaction->transaction_data->qr_code.value_or("");
        return c.html(200, detail::outcome_page(w, approved ? "ok" : rejected ? "bad" : "wait", told.title, told.detail,
                                                told.next_step, back, pix));
    }

    shared_state& state_;
};

}  // namespace mercadopago::sandbox
