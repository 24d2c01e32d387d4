// The emulated card tokens (the buyer side, public key allowed): a token
// from card data (Luhn, known BIN, future expiry, 3-digit code, Amex 4) or
// from a saved card and its security code; single use, valid
// emulator_options::token_lifetime. No response ever holds a full card number.
// Cause codes: 205, 208, 209, 221, 224, 325, 326, E301, E302; 2006 token
// not found (unknown, used or expired).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api/card_tokens.hpp>
#include <mercadopago/models/card_token.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/cards.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/services/customers.hpp>
#include <mercadopago/sandbox/state.hpp>

#include <chrono>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class card_tokens_service : public service {
public:
    struct record {
        card_token view{};
        const card_brand* brand = nullptr;
        std::string card_id{};      ///< of a token made from a saved card
        std::string customer_id{};
        call::clock_type::time_point due{};
        bool used = false;
    };

    card_tokens_service(shared_state& state, route_table& routes) : state_(state) {
        routes.add<endpoints::card_tokens_create>(this, &card_tokens_service::create);
        routes.add<endpoints::card_tokens_get>(this, &card_tokens_service::get);
    }

    /// The token a payment or a saved card may use, or null with the 400 why not.
    record* usable(const call& c, const std::string& id, http_response& failed) {
        auto it = tokens_.find(id);
        if (it == tokens_.end() || it->second.used || c.now >= it->second.due) {
            failed = c.bad_request("2006", "Card Token not found");
            return nullptr;
        }
        return &it->second;
    }

    /// `POST /v1/card_tokens` for `c` (the hosted checkout tokenizes its card form with it).
    http_response create_token(call& c) { return create(c); }

private:
    http_response create(call& c) {
        http_response failed;
        auto req = c.decode<card_token_request>(c.req.body, failed);
        if (!req) return failed;
        std::vector<detail::cause> causes;
        const auto ymd = std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(c.now)};
        const int this_year = static_cast<int>(ymd.year());
        const int this_month = static_cast<int>(static_cast<unsigned>(ymd.month()));
        auto check_security_code = [&](const card_brand* brand) {
            if (!req->security_code || req->security_code->empty()) {
                causes.push_back({"224", "parameter securityCode can not be null/empty"});
                return;
            }
            bool digits = true;
            for (char ch : *req->security_code) digits = digits && ch >= '0' && ch <= '9';
            if (!digits || (brand && static_cast<int>(req->security_code->size()) != brand->security_code_length))
                causes.push_back({"E302", "invalid parameter securityCode"});
        };
        auto refuse = [&] { return c.error(400, causes.size() == 1 ? causes[0].description : "invalid parameters", causes); };

        record t;
        card_token& v = t.view;
        if (req->card_id) {
            auto [owner, saved] = state_.get<customers_service>().find_saved_card(*req->card_id, req->customer_id.value_or(""));
            if (!saved) return c.error(404, "card not found", {{"120", "card " + *req->card_id + " not found"}});
            t.brand = find_brand(saved->payment_method ? saved->payment_method->id.value_or("") : "");
            check_security_code(t.brand);
            if (!causes.empty()) return refuse();
            t.card_id = *saved->id;
            t.customer_id = *owner->c.id;
            v.card_id = saved->id;
            v.first_six_digits = saved->first_six_digits;
            v.last_four_digits = saved->last_four_digits;
            v.expiration_month = saved->expiration_month;
            v.expiration_year = saved->expiration_year;
            v.cardholder = saved->cardholder;
        } else {
            const card_brand* brand = nullptr;
            std::string number = req->card_number.value_or("");
            if (number.empty()) {
                causes.push_back({"205", "parameter cardNumber can not be null/empty"});
            } else {
                brand = luhn_valid(number) ? brand_of_number(number) : nullptr;
                if (!brand || static_cast<int>(number.size()) != brand->number_length) {
                    causes.push_back({"E301", "invalid parameter cardNumber"});
                    brand = nullptr;
                }
            }
            if (!req->expiration_month) causes.push_back({"208", "parameter expirationMonth can not be null/empty"});
            else if (*req->expiration_month < 1 || *req->expiration_month > 12)
                causes.push_back({"325", "invalid parameter expirationMonth"});
            if (!req->expiration_year) causes.push_back({"209", "parameter expirationYear can not be null/empty"});
            else if (*req->expiration_year < this_year || *req->expiration_year > 9999)
                causes.push_back({"326", "invalid parameter expirationYear"});
            else if (*req->expiration_year == this_year && req->expiration_month && *req->expiration_month < this_month)
                causes.push_back({"325", "invalid parameter expirationMonth"});
            check_security_code(brand);
            if (!req->cardholder || !req->cardholder->name || req->cardholder->name->empty())
                causes.push_back({"221", "parameter cardholderName can not be null/empty"});
            if (!causes.empty()) return refuse();
            t.brand = brand;
            v.first_six_digits = number.substr(0, 6);
            v.last_four_digits = number.substr(number.size() - 4);
            v.expiration_month = req->expiration_month;
            v.expiration_year = req->expiration_year;
            v.cardholder = cardholder{req->cardholder->name, req->cardholder->identification, {}};
            v.card_number_length = static_cast<std::int64_t>(number.size());
        }
        v.id = state_.random_hex(32);
        v.status = "active";
        v.date_created = state_.stamp(c.now);
        v.date_last_updated = v.date_created;
        t.due = c.now + state_.options().token_lifetime;
        v.date_due = state_.stamp(t.due);
        v.luhn_validation = true;
        v.live_mode = false;
        v.require_esc = false;
        v.security_code_length = t.brand ? t.brand->security_code_length : 3;
        card_token out = v;
        tokens_.emplace(*v.id, std::move(t));
        return c.reply(201, out);
    }

    http_response get(call& c) {
        auto it = tokens_.find(c.params[0]);
        if (it == tokens_.end()) return c.error_code(404, "2006", "Card Token not found");
        card_token v = it->second.view;
        v.status = it->second.used ? "used" : c.now >= it->second.due ? "expired" : "active";
        return c.reply(200, v);
    }

    shared_state& state_;
    std::map<std::string, record> tokens_;
};

}  // namespace mercadopago::sandbox
