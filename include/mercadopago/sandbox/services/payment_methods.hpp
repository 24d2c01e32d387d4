// The emulated public look-ups of payment methods (public key allowed): the
// catalogue, search by BIN, type or id, installment plans for an amount, and
// a card's issuers. The data is sandbox/catalogue.hpp's.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api/payment_methods.hpp>
#include <mercadopago/decimal.hpp>
#include <mercadopago/models/installments.hpp>
#include <mercadopago/models/issuer.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/models/payment_method.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/cards.hpp>
#include <mercadopago/sandbox/catalogue.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/state.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class payment_methods_service : public service {
public:
    payment_methods_service(shared_state& state, route_table& routes) : state_(state) {
        namespace ep = endpoints;
        routes.add<ep::payment_methods_list>(this, &payment_methods_service::list);
        routes.add<ep::payment_methods_search>(this, &payment_methods_service::search);
        routes.add<ep::payment_methods_installments>(this, &payment_methods_service::installments);
        routes.add<ep::payment_methods_card_issuers>(this, &payment_methods_service::card_issuers);
    }

private:
    http_response list(call& c) { return c.reply(200, payment_methods_catalogue()); }

    http_response search(call& c) {
        const auto& q = c.target.query;
        std::string bins = detail::query_value(q, "bins").value_or("");
        if (auto comma = bins.find(','); comma != std::string::npos) bins.resize(comma);
        const card_brand* by_bin = nullptr;
        if (!bins.empty()) {
            bool digits = bins.size() >= 6;
            for (char ch : bins) digits = digits && ch >= '0' && ch <= '9';
            if (!digits) return c.bad_request("1", "invalid parameter bins: expected the card's first 6 to 8 digits");
            by_bin = brand_of_number(bins);
        }
        results_page<payment_method> page;
        for (auto& m : payment_methods_catalogue()) {
            if (!bins.empty() && (!by_bin || m.id != by_bin->payment_method_id)) continue;
            if (auto v = detail::query_value(q, "id"); v && m.id != *v) continue;
            if (auto v = detail::query_value(q, "payment_type_id"); v && m.payment_type_id != *v) continue;
            if (const card_brand* b = find_brand(m.id.value_or(""))) {
                boost::json::object iss;
                iss["id"] = std::stoll(std::string(b->issuer_id));
                iss["name"] = b->issuer_name;
                iss["default"] = true;
                m.extra["issuer"] = std::move(iss);
            }
            page.results.push_back(std::move(m));
        }
        const auto n = static_cast<std::int64_t>(page.results.size());
        page.paging = paging{n, n, 0, {}};
        return c.reply(200, page);
    }

    http_response installments(call& c) {
        const auto& q = c.target.query;
        const auto amount_text = detail::query_value(q, "amount");
        if (!amount_text) return c.bad_request("1", "the parameter amount is required");
        const auto amount = decimal::parse(*amount_text);
        const auto cents = amount ? amount->minor_units(2) : std::nullopt;
        if (!cents || *cents <= 0) return c.bad_request("1", "invalid parameter amount: " + *amount_text);
        const card_brand* only = nullptr;
        if (auto bin = detail::query_value(q, "bin"); bin && !bin->empty()) {
            only = bin->size() >= 6 ? brand_of_number(*bin) : nullptr;
            if (!only) return c.reply(200, std::vector<installment_options>{});
        }
        const auto method = detail::query_value(q, "payment_method_id");
        const auto issuer_id = detail::query_value(q, "issuer.id");
        const auto type = detail::query_value(q, "payment_type_id");
        std::vector<installment_options> out;
        for (const auto& b : card_brands) {
            if (only && &b != only) continue;
            if (method && b.payment_method_id != *method) continue;
            if (issuer_id && b.issuer_id != *issuer_id) continue;
            if (type && b.payment_type_id != *type) continue;
            out.push_back(installment_plans(b, *cents, state_.site()));
        }
        return c.reply(200, out);
    }

    http_response card_issuers(call& c) {
        const auto method = detail::query_value(c.target.query, "payment_method_id");
        if (!method || method->empty()) return c.bad_request("4001", "payment_method_id attribute can't be null");
        const card_brand* b = find_brand(*method);
        if (!b) {
            if (find_offline_method(*method)) return c.reply(200, std::vector<issuer>{});
            return c.bad_request("3028", "Invalid payment_method_id");
        }
        return c.reply(200, std::vector<issuer>{issuer_of(*b)});
    }

    shared_state& state_;
};

}  // namespace mercadopago::sandbox
