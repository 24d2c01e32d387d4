// The emulated Checkout Pro preferences (`/checkout/preferences`): create,
// get, update (the body's members replace the preference's) and search
// (elements pages of summaries). The rules the API enforces are the
// library's own (preference_rules.hpp: the same list the client checks
// before sending), answered as the API's 400 with the rule's code as cause.
//
// notification_url may be http:// as well as https:// (the API wants https),
// so that receivers on 127.0.0.1 can be tested.
//
// `init_point` and `sandbox_init_point` both lead to the sandbox's hosted
// checkout (services/checkout_page.hpp), at the origin the request came
// through (sandbox::http_server tells it; in-process it is
// emulator_options::public_origin).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api/preferences.hpp>
#include <mercadopago/detail/url.hpp>
#include <mercadopago/models/preference.hpp>
#include <mercadopago/models/preference_request.hpp>
#include <mercadopago/preference_rules.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/checks.hpp>
#include <mercadopago/sandbox/paging.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/state.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class preferences_service : public service {
public:
    struct record {
        preference p{};
        std::int64_t collector = 0;
        std::uint64_t sequence = 0;
    };

    preferences_service(shared_state& state, route_table& routes) : state_(state) {
        namespace ep = endpoints;
        routes.add<ep::preferences_create>(this, &preferences_service::create);
        routes.add<ep::preferences_get>(this, &preferences_service::get);
        routes.add<ep::preferences_update>(this, &preferences_service::update);
        routes.add<ep::preferences_search>(this, &preferences_service::search);
    }

    /// Preference `id` of any seller (the hosted page is opened by buyers).
    record* find(const std::string& id) {
        auto it = preferences_.find(id);
        return it == preferences_.end() ? nullptr : &it->second;
    }

    /// The path of the hosted checkout of preference `id`.
    static std::string checkout_path(const std::string& id) {
        std::string path = "/checkout/v1/redirect?pref_id=";
        mercadopago::detail::percent_encode(id, path);
        return path;
    }

    /// The items' total in cents (unit_price × quantity), or nullopt when an
    /// amount has more than two decimals.
    static std::optional<std::int64_t> total_cents(const preference& p) {
        std::int64_t total = 0;
        if (!p.items) return 0;
        for (const auto& it : *p.items) {
            const auto cents = it.unit_price ? it.unit_price->minor_units(2) : std::optional<std::int64_t>(0);
            if (!cents) return std::nullopt;
            total += *cents * it.quantity.value_or(1);
        }
        return total;
    }

private:
    http_response not_found(const call& c) const {
        return c.error_code(404, "not_found", "preference " + c.params[0] + " not found");
    }

    /// The request, or the 400 the API answers for it.
    std::optional<preference_request> checked(const call& c, http_response& failed) const {
        auto req = c.decode<preference_request>(c.req.body, failed);
        if (!req) return std::nullopt;
        if (auto v = preference_violation(*req)) {
            failed = c.error_code(400, v->code, v->message);
            return std::nullopt;
        }
        if (req->notification_url && !req->notification_url->starts_with("https://") &&
            !req->notification_url->starts_with("http://")) {
            failed = c.error_code(400, "invalid_notification_url", "notification_url must be a valid URL");
            return std::nullopt;
        }
        return req;
    }

    /// Copies what the request sets into the preference (create and update alike).
    static void apply(const preference_request& r, preference& p) {
        auto take = [](auto& to, const auto& from) {
            if (from) to = from;
        };
        p.items = r.items;
        take(p.payer, r.payer);
        take(p.back_urls, r.back_urls);
        take(p.auto_return, r.auto_return);
        take(p.payment_methods, r.payment_methods);
        take(p.notification_url, r.notification_url);
        take(p.statement_descriptor, r.statement_descriptor);
        take(p.external_reference, r.external_reference);
        take(p.expires, r.expires);
        take(p.date_of_expiration, r.date_of_expiration);
        take(p.expiration_date_from, r.expiration_date_from);
        take(p.expiration_date_to, r.expiration_date_to);
        take(p.marketplace, r.marketplace);
        take(p.marketplace_fee, r.marketplace_fee);
        take(p.additional_info, r.additional_info);
        take(p.binary_mode, r.binary_mode);
        take(p.differential_pricing, r.differential_pricing);
        take(p.processing_modes, r.processing_modes);
        take(p.shipments, r.shipments);
        take(p.taxes, r.taxes);
        take(p.tracks, r.tracks);
        take(p.metadata, r.metadata);
        take(p.purpose, r.purpose);
        take(p.operation_type, r.operation_type);
        take(p.coupon_code, r.coupon_code);
        take(p.coupon_labels, r.coupon_labels);
        take(p.redirect_urls, r.redirect_urls);
        take(p.amounts, r.amounts);
        take(p.counter_currency, r.counter_currency);
    }

    /// What the API fills in from the items and the seller.
    void complete(preference& p) const {
        for (auto& it : *p.items)
            if (!it.currency_id || it.currency_id->empty()) it.currency_id = std::string(state_.site().currency_id);
        if (auto cents = total_cents(p)) p.total_amount = decimal::from_cents(*cents);
    }

    http_response create(call& c) {
        http_response failed;
        auto req = checked(c, failed);
        if (!req) return failed;
        record r;
        r.collector = c.who.user_id;
        r.sequence = ++created_;
        preference& p = r.p;
        apply(*req, p);
        const std::string id = std::to_string(c.who.user_id) + "-" + state_.uuid();
        p.id = id;
        p.collector_id = c.who.user_id;
        p.client_id = client_of(c.who.credential);
        p.site_id = std::string(state_.site().id);
        p.date_created = state_.stamp(c.now);
        if (!p.marketplace) p.marketplace = "NONE";
        if (!p.operation_type) p.operation_type = "regular_payment";
        if (!p.metadata) p.metadata = free_form(boost::json::object{});
        if (!p.expires) p.expires = false;
        if (!p.binary_mode) p.binary_mode = false;
        p.live_mode = c.who.credential.starts_with("APP_USR-");
        const std::string page = origin(c) + checkout_path(id);
        p.init_point = page;
        p.sandbox_init_point = page;
        complete(p);
        auto& stored = preferences_.emplace(id, std::move(r)).first->second;
        return c.reply(201, stored.p);
    }

    http_response get(call& c) {
        record* r = find(c.params[0]);
        if (!r || r->collector != c.who.user_id) return not_found(c);
        return c.reply(200, r->p);
    }

    http_response update(call& c) {
        record* r = find(c.params[0]);
        if (!r || r->collector != c.who.user_id) return not_found(c);
        http_response failed;
        auto req = checked(c, failed);
        if (!req) return failed;
        apply(*req, r->p);
        r->p.last_updated = state_.stamp(c.now);
        complete(r->p);
        return c.reply(200, r->p);
    }

    /// A preference's summary, as the search lists it.
    static preference_search_element summary_of(const preference& p) {
        preference_search_element e;
        e.id = p.id;
        e.client_id = p.client_id;
        e.collector_id = p.collector_id;
        e.date_created = p.date_created;
        e.last_updated = p.last_updated;
        e.expires = p.expires;
        e.expiration_date_from = p.expiration_date_from;
        e.expiration_date_to = p.expiration_date_to;
        e.external_reference = p.external_reference;
        e.items = std::vector<std::string>{};
        for (const auto& it : *p.items) e.items->push_back(it.title.value_or(""));
        e.live_mode = p.live_mode;
        e.marketplace = p.marketplace;
        e.operation_type = p.operation_type;
        if (p.payer) e.payer_email = p.payer->email;
        e.processing_modes = p.processing_modes;
        e.purpose = p.purpose;
        e.site_id = p.site_id;
        e.sponsor_id = p.sponsor_id.value_or(0);
        if (p.shipments) e.shipping_mode = p.shipments->mode;
        return e;
    }

    http_response search(call& c) {
        http_response failed;
        const auto w = detail::window(c, failed);
        if (!w) return failed;
        static constexpr std::string_view filters[] = {"external_reference", "site_id", "marketplace", "sponsor_id"};
        std::vector<std::pair<std::string_view, std::string>> wanted;
        for (auto f : filters)
            if (auto v = detail::query_value(c.target.query, f)) wanted.emplace_back(f, *v);
        std::vector<std::pair<std::uint64_t, preference_search_element>> found;
        for (const auto& [id, r] : preferences_) {
            if (r.collector != c.who.user_id) continue;
            preference_search_element e = summary_of(r.p);
            auto value = [&](std::string_view f) -> std::string {
                if (f == "external_reference") return e.external_reference.value_or("");
                if (f == "site_id") return e.site_id.value_or("");
                if (f == "marketplace") return e.marketplace.value_or("");
                return std::to_string(e.sponsor_id.value_or(0));
            };
            if (std::all_of(wanted.begin(), wanted.end(), [&](const auto& kv) { return value(kv.first) == kv.second; }))
                found.emplace_back(r.sequence, std::move(e));
        }
        // Newest first, as the API lists them.
        std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        std::vector<const preference_search_element*> hits;
        for (const auto& [seq, e] : found) hits.push_back(&e);
        return c.reply(200, detail::elements_of(hits, *w));
    }

    /// The application id in a credential (`TEST-<application>-<date>-…`), as text.
    static std::string client_of(std::string_view credential) {
        const auto first = credential.find('-');
        if (first == std::string_view::npos) return "0";
        const auto rest = credential.substr(first + 1);
        const auto digits = rest.substr(0, rest.find('-'));
        if (digits.empty() || digits.size() > 19 || digits.find_first_not_of("0123456789") != std::string_view::npos)
            return "0";
        return std::string(digits);
    }

    /// Where the buyer reaches the sandbox: the http_server's origin, else the configured one.
    std::string origin(const call& c) const {
        if (auto o = find_header(c.req.headers, "X-Sandbox-Origin")) return std::string(*o);
        return state_.options().public_origin;
    }

    shared_state& state_;
    std::map<std::string, record> preferences_;
    std::uint64_t created_ = 0;
};

}  // namespace mercadopago::sandbox
