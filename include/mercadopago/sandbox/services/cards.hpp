// The emulated saved cards of a customer: save a card from a card token
// (the same card twice is the same card), list, get, update (a new token,
// expiry, holder) and delete; the first card saved becomes the default.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api/cards.hpp>
#include <mercadopago/models/card.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/catalogue.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/services/card_tokens.hpp>
#include <mercadopago/sandbox/services/customers.hpp>
#include <mercadopago/sandbox/state.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class cards_service : public service {
public:
    cards_service(shared_state& state, route_table& routes) : state_(state), next_card_id_(state.options().first_card_id) {
        namespace ep = endpoints;
        routes.add<ep::cards_create>(this, &cards_service::create);
        routes.add<ep::cards_list>(this, &cards_service::list);
        routes.add<ep::cards_get>(this, &cards_service::get);
        routes.add<ep::cards_update>(this, &cards_service::update);
        routes.add<ep::cards_delete>(this, &cards_service::remove);
    }

private:
    using customer_record = customers_service::record;
    using token_record = card_tokens_service::record;

    customers_service& customers() const { return state_.get<customers_service>(); }

    static card* find_card(customer_record& r, const std::string& card_id) {
        if (!r.c.cards) return nullptr;
        for (auto& k : *r.c.cards)
            if (k.id && *k.id == card_id) return &k;
        return nullptr;
    }

    static http_response card_not_found(const call& c) { return c.error(404, "card " + c.params[1] + " not found", {}); }

    /// Card details (brand, digits, expiry, holder) from a token.
    void fill_card(card& k, const token_record& t, call::clock_type::time_point now) const {
        const card_brand& b = *t.brand;
        k.first_six_digits = t.view.first_six_digits;
        k.last_four_digits = t.view.last_four_digits;
        k.expiration_month = t.view.expiration_month;
        k.expiration_year = t.view.expiration_year;
        k.payment_method = card_payment_method{std::string(b.payment_method_id), std::string(b.payment_method_id),
                                               std::string(b.payment_type_id), detail::logo(b.payment_method_id, false),
                                               detail::logo(b.payment_method_id, true), {}};
        k.security_code = card_security_code{b.security_code_length, std::string(b.security_code_location), {}};
        k.issuer = card_issuer{std::string(b.issuer_id), std::string(b.issuer_name), {}};
        k.cardholder = t.view.cardholder;
        k.date_last_updated = state_.stamp(now);
    }

    http_response create(call& c) {
        customer_record* r = customers().find(c, c.params[0]);
        if (!r) return customers().not_found(c);
        http_response failed;
        auto req = c.decode<card_create_request>(c.req.body, failed);
        if (!req) return failed;
        if (req->token.empty()) return c.bad_request("2006", "Card Token not found");
        token_record* t = state_.get<card_tokens_service>().usable(c, req->token, failed);
        if (!t) return failed;
        if (!t->card_id.empty()) {  // a token of a saved card: that card
            t->used = true;
            if (card* k = find_card(*r, t->card_id)) return c.reply(200, *k);
            return c.bad_request("2006", "Card Token not found");
        }
        t->used = true;
        for (const auto& k : *r->c.cards) {  // the same card saved twice is the same card
            if (k.first_six_digits == t->view.first_six_digits && k.last_four_digits == t->view.last_four_digits &&
                k.expiration_month == t->view.expiration_month && k.expiration_year == t->view.expiration_year)
                return c.reply(200, k);
        }
        card k;
        k.id = std::to_string(next_card_id_);
        next_card_id_ += 1 + static_cast<std::int64_t>(state_.random() % 9973);
        k.customer_id = r->c.id;
        fill_card(k, *t, c.now);
        k.date_created = state_.stamp(c.now);
        k.user_id = std::to_string(c.who.user_id);
        k.live_mode = false;
        r->c.cards->push_back(k);
        if (!r->c.default_card) r->c.default_card = k.id;
        r->c.date_last_updated = state_.stamp(c.now);
        return c.reply(201, k);
    }

    http_response list(call& c) {
        customer_record* r = customers().find(c, c.params[0]);
        if (!r) return customers().not_found(c);
        return c.reply(200, r->c.cards.value_or(std::vector<card>{}));
    }

    http_response get(call& c) {
        customer_record* r = customers().find(c, c.params[0]);
        if (!r) return customers().not_found(c);
        card* k = find_card(*r, c.params[1]);
        if (!k) return card_not_found(c);
        return c.reply(200, *k);
    }

    http_response update(call& c) {
        customer_record* r = customers().find(c, c.params[0]);
        if (!r) return customers().not_found(c);
        card* k = find_card(*r, c.params[1]);
        if (!k) return card_not_found(c);
        http_response failed;
        auto req = c.decode<card_update_request>(c.body_or_empty_object(), failed);
        if (!req) return failed;
        if (req->expiration_month && (*req->expiration_month < 1 || *req->expiration_month > 12))
            return c.bad_request("325", "invalid parameter expirationMonth");
        if (req->expiration_year && (*req->expiration_year < 1000 || *req->expiration_year > 9999))
            return c.bad_request("326", "invalid parameter expirationYear");
        if (req->token) {
            token_record* t = state_.get<card_tokens_service>().usable(c, *req->token, failed);
            if (!t) return failed;
            if (!t->brand) return c.bad_request("2006", "Card Token not found");
            t->used = true;
            fill_card(*k, *t, c.now);
        }
        if (req->expiration_month) k->expiration_month = req->expiration_month;
        if (req->expiration_year) k->expiration_year = req->expiration_year;
        if (req->cardholder) k->cardholder = req->cardholder;
        k->date_last_updated = state_.stamp(c.now);
        return c.reply(200, *k);
    }

    http_response remove(call& c) {
        customer_record* r = customers().find(c, c.params[0]);
        if (!r) return customers().not_found(c);
        card* k = find_card(*r, c.params[1]);
        if (!k) return card_not_found(c);
        card out = *k;
        std::erase_if(*r->c.cards, [&](const card& x) { return x.id == out.id; });
        if (r->c.default_card == out.id) r->c.default_card = r->c.cards->empty() ? std::nullopt : r->c.cards->front().id;
        r->c.date_last_updated = state_.stamp(c.now);
        return c.reply(200, out);
    }

    shared_state& state_;
    std::int64_t next_card_id_;
};

}  // namespace mercadopago::sandbox
