// The emulated Customers API: create, get, update, delete and search a
// seller's customers (cause 2002 customer not found, 101 e-mail taken, 106
// invalid e-mail). Each customer keeps its saved cards (services/cards.hpp).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api/customers.hpp>
#include <mercadopago/detail/text.hpp>
#include <mercadopago/models/customer.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/checks.hpp>
#include <mercadopago/sandbox/paging.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/state.hpp>

#include <boost/json/object.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class customers_service : public service {
public:
    struct record {
        customer c{};
        std::int64_t collector = 0;  ///< the seller who owns it
        std::uint64_t sequence = 0;  ///< creation order
    };

    customers_service(shared_state& state, route_table& routes) : state_(state) {
        namespace ep = endpoints;
        routes.add<ep::customers_create>(this, &customers_service::create);
        routes.add<ep::customers_get>(this, &customers_service::get);
        routes.add<ep::customers_update>(this, &customers_service::update);
        routes.add<ep::customers_delete>(this, &customers_service::remove);
        routes.add<ep::customers_search>(this, &customers_service::search);
    }

    /// The caller's customer `id`, or null.
    record* find(const call& c, const std::string& id) {
        auto it = customers_.find(id);
        if (it == customers_.end() || it->second.collector != c.who.user_id) return nullptr;
        return &it->second;
    }

    http_response not_found(const call& c) const { return c.error_code(404, "2002", "Customer not found"); }

    /// The saved card `card_id` (of `customer_id` when given), with its customer.
    std::pair<record*, card*> find_saved_card(std::string_view card_id, std::string_view customer_id) {
        for (auto& [id, rec] : customers_) {
            if (!customer_id.empty() && id != customer_id) continue;
            if (!rec.c.cards) continue;
            for (auto& k : *rec.c.cards)
                if (k.id && *k.id == card_id) return {&rec, &k};
        }
        return {nullptr, nullptr};
    }

    std::size_t size() const noexcept { return customers_.size(); }

private:
    bool email_taken(const call& c, const std::string& email, const std::string& except_id) const {
        const std::string e = mercadopago::detail::lowercase(email);
        for (const auto& [id, rec] : customers_)
            if (rec.collector == c.who.user_id && id != except_id && rec.c.email &&
                mercadopago::detail::lowercase(*rec.c.email) == e)
                return true;
        return false;
    }

    /// Applies the members a create or update request sets.
    void apply(customer& cu, const customer_request& r, call::clock_type::time_point t) {
        if (r.email) cu.email = r.email;
        if (r.first_name) cu.first_name = r.first_name;
        if (r.last_name) cu.last_name = r.last_name;
        if (r.phone) cu.phone = r.phone;
        if (r.identification) cu.identification = r.identification;
        if (r.description) cu.description = r.description;
        if (r.date_registered) cu.date_registered = r.date_registered;
        if (r.metadata) cu.metadata = r.metadata;
        if (r.default_card) cu.default_card = r.default_card;
        if (r.address) {
            customer_default_address a = *r.address;
            if (!a.id) a.id = state_.random_digits(10);
            cu.address = a;
            cu.default_address = a.id;
            customer_address entry;
            entry.id = a.id;
            entry.zip_code = a.zip_code;
            entry.street_name = a.street_name;
            entry.street_number = a.street_number;
            entry.city = a.city;
            entry.date_created = state_.stamp(t);
            entry.normalized = false;
            if (!cu.addresses) cu.addresses.emplace();
            std::erase_if(*cu.addresses, [&](const customer_address& x) { return x.id == a.id; });
            cu.addresses->push_back(std::move(entry));
        }
        if (r.default_address) cu.default_address = r.default_address;
    }

    http_response create(call& c) {
        http_response failed;
        auto req = c.decode<customer_request>(c.req.body, failed);
        if (!req) return failed;
        if (!req->email || req->email->empty()) return c.bad_request("106", "the email is required");
        if (!detail::valid_email(*req->email)) return c.bad_request("106", "the email format is invalid");
        if (email_taken(c, *req->email, {})) return c.bad_request("101", "the customer already exist");
        record rec;
        rec.collector = c.who.user_id;
        rec.sequence = ++sequence_;
        customer& cu = rec.c;
        cu.id = std::to_string(c.who.user_id) + "-" +
                state_.random_chars(14, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        cu.date_created = state_.stamp(c.now);
        cu.date_last_updated = cu.date_created;
        cu.metadata = boost::json::object{};
        cu.cards = std::vector<card>{};
        cu.addresses = std::vector<customer_address>{};
        cu.live_mode = false;
        apply(cu, *req, c.now);
        customer out = cu;
        customers_.emplace(*cu.id, std::move(rec));
        return c.reply(201, out);
    }

    http_response get(call& c) {
        record* r = find(c, c.params[0]);
        if (!r) return not_found(c);
        return c.reply(200, r->c);
    }

    http_response update(call& c) {
        record* r = find(c, c.params[0]);
        if (!r) return not_found(c);
        http_response failed;
        auto req = c.decode<customer_request>(c.body_or_empty_object(), failed);
        if (!req) return failed;
        if (req->email) {
            if (!detail::valid_email(*req->email)) return c.bad_request("106", "the email format is invalid");
            if (email_taken(c, *req->email, c.params[0])) return c.bad_request("101", "the customer already exist");
        }
        apply(r->c, *req, c.now);
        r->c.date_last_updated = state_.stamp(c.now);
        return c.reply(200, r->c);
    }

    http_response remove(call& c) {
        record* r = find(c, c.params[0]);
        if (!r) return not_found(c);
        customer out = std::move(r->c);
        customers_.erase(c.params[0]);
        return c.reply(200, out);
    }

    http_response search(call& c) {
        http_response failed;
        const auto w = detail::window(c, failed);
        if (!w) return failed;
        using mercadopago::detail::lowercase;
        std::vector<const record*> matches;
        for (const auto& [id, rec] : customers_) {
            if (rec.collector != c.who.user_id) continue;
            bool keep = true;
            for (const auto& [k, v] : c.target.query) {
                if (k == "email") keep = keep && rec.c.email && lowercase(*rec.c.email) == lowercase(v);
                else if (k == "id") keep = keep && id == v;
                else if (k == "first_name") keep = keep && rec.c.first_name.value_or("") == v;
                else if (k == "last_name") keep = keep && rec.c.last_name.value_or("") == v;
                else if (k == "identification.number")
                    keep = keep && rec.c.identification && rec.c.identification->number.value_or("") == v;
            }
            if (keep) matches.push_back(&rec);
        }
        std::sort(matches.begin(), matches.end(), [](auto* a, auto* b) { return a->sequence < b->sequence; });
        std::vector<const customer*> hits;
        for (const record* m : matches) hits.push_back(&m->c);
        return c.reply(200, detail::page_of(hits, *w));
    }

    shared_state& state_;
    std::uint64_t sequence_ = 0;
    std::map<std::string, record> customers_;
};

}  // namespace mercadopago::sandbox
