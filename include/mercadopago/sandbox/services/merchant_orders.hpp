// The emulated merchant orders (`/merchant_orders`): create, get, update and
// search, and the merchant order Checkout Pro opens for a preference when its
// first payment is made on the hosted page (services/checkout_page.hpp).
//
// A merchant order's payments are read from the Payments service each time
// it is shown, so a refund or a Pix paid later is reflected: `paid_amount`
// is the approved payments' total, `refunded_amount` their refunds, and
// `order_status` follows (payment_required, payment_in_process,
// partially_paid, paid, partially_reverted, reverted); a paid order is
// `closed`. Changes made by a payment send a signed `topic_merchant_order_wh`
// notification to the order's notification_url.
//
// Errors: 404 merchant order not found, 400 preference not found or a bad body.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api/merchant_orders.hpp>
#include <mercadopago/models/merchant_order.hpp>
#include <mercadopago/models/merchant_order_request.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/checks.hpp>
#include <mercadopago/sandbox/paging.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/services/payments.hpp>
#include <mercadopago/sandbox/services/preferences.hpp>
#include <mercadopago/sandbox/state.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class merchant_orders_service : public service {
public:
    struct record {
        merchant_order m{};
        std::int64_t collector = 0;
        std::vector<std::int64_t> payment_ids{};  ///< the payments made for it, read afresh when shown
    };

    merchant_orders_service(shared_state& state, route_table& routes)
        : state_(state), next_id_(state.options().first_merchant_order_id) {
        namespace ep = endpoints;
        routes.add<ep::merchant_orders_create>(this, &merchant_orders_service::create);
        routes.add<ep::merchant_orders_get>(this, &merchant_orders_service::get);
        routes.add<ep::merchant_orders_update>(this, &merchant_orders_service::update);
        routes.add<ep::merchant_orders_search>(this, &merchant_orders_service::search);
    }

    /// The merchant order of preference `pref` (of seller `collector`),
    /// opened on its first payment.
    record& for_preference(const call& c, const preference& pref, std::int64_t collector) {
        for (auto& [id, r] : orders_)
            if (r.collector == collector && r.m.preference_id == pref.id) return r;
        merchant_order_request req;
        req.preference_id = pref.id;
        req.external_reference = pref.external_reference;
        req.notification_url = pref.notification_url;
        req.additional_info = pref.additional_info;
        req.marketplace = pref.marketplace;
        req.items = items_of(pref);
        record& r = open(c, req, collector);
        notify(c, r, "merchant_order.created");
        return r;
    }

    /// Adds a payment made for the order, with its notification.
    void add_payment(const call& c, record& r, std::int64_t payment_id) {
        r.payment_ids.push_back(payment_id);
        refresh(r);
        r.m.last_updated = state_.stamp(c.now);
        notify(c, r, "merchant_order.updated");
    }

    /// The caller's merchant order `id`, refreshed from its payments; or null.
    record* find(const call& c, const std::string& id_text) {
        const auto id = detail::parse_int(id_text);
        if (!id) return nullptr;
        auto it = orders_.find(*id);
        if (it == orders_.end() || it->second.collector != c.who.user_id) return nullptr;
        refresh(it->second);
        return &it->second;
    }

private:
    http_response not_found(const call& c) const {
        return c.error_code(404, "not_found", "merchant order " + c.params[0] + " not found");
    }

    static std::vector<merchant_order_item> items_of(const preference& pref) {
        std::vector<merchant_order_item> out;
        for (const auto& it : pref.items.value_or(std::vector<preference_item>{}))
            out.push_back(merchant_order_item{.id = it.id, .title = it.title, .description = it.description,
                                              .picture_url = it.picture_url, .category_id = it.category_id,
                                              .quantity = it.quantity, .unit_price = it.unit_price,
                                              .currency_id = it.currency_id});
        return out;
    }

    record& open(const call& c, const merchant_order_request& req, std::int64_t collector) {
        const std::int64_t id = next_id_++;
        record& r = orders_[id];
        r.collector = collector;
        merchant_order& m = r.m;
        m.id = id;
        m.status = merchant_order_status::opened;
        m.order_status = merchant_order_order_status::payment_required;
        m.site_id = std::string(state_.site().id);
        m.collector = merchant_order_collector{.id = collector, .nickname = "TESTSELLER" + std::to_string(collector)};
        m.payments = std::vector<merchant_order_payment>{};
        m.shipments = std::vector<merchant_order_shipment>{};
        m.cancelled = false;
        m.is_test = !c.who.credential.starts_with("APP_USR-");
        m.date_created = state_.stamp(c.now);
        m.last_updated = m.date_created;
        m.marketplace = "NONE";
        apply(req, m);
        refresh(r);
        return r;
    }

    /// What the request sets, onto the order.
    static void apply(const merchant_order_request& req, merchant_order& m) {
        auto take = [](auto& to, const auto& from) {
            if (from) to = from;
        };
        take(m.preference_id, req.preference_id);
        take(m.application_id, req.application_id);
        take(m.site_id, req.site_id);
        take(m.payer, req.payer);
        take(m.sponsor_id, req.sponsor_id);
        take(m.items, req.items);
        take(m.notification_url, req.notification_url);
        take(m.additional_info, req.additional_info);
        take(m.external_reference, req.external_reference);
        take(m.marketplace, req.marketplace);
    }

    /// The totals, payments and statuses, from the items and the payments as they are now.
    void refresh(record& r) {
        merchant_order& m = r.m;
        std::int64_t total = 0;
        for (const auto& it : m.items.value_or(std::vector<merchant_order_item>{}))
            total += (it.unit_price ? it.unit_price->minor_units(2).value_or(0) : 0) * it.quantity.value_or(1);
        std::int64_t paid = 0, refunded = 0;
        bool in_process = false;
        auto& shown = m.payments ? *m.payments : m.payments.emplace();
        shown.clear();
        const auto& payments = state_.get<payments_service>().all();
        for (std::int64_t id : r.payment_ids) {
            auto it = payments.find(id);
            if (it == payments.end()) continue;
            const payment& p = it->second.p;
            const payment_status status = p.status.value_or(payment_status{});
            const std::int64_t amount = it->second.amount_cents;
            if (status == payment_status::approved || status == payment_status::refunded) {
                paid += amount;
                refunded += it->second.refunded_cents;
            }
            if (status == payment_status::pending || status == payment_status::in_process ||
                status == payment_status::authorized)
                in_process = true;
            shown.push_back(merchant_order_payment{.id = p.id,
                                                   .transaction_amount = p.transaction_amount,
                                                   .total_paid_amount = p.transaction_details
                                                                            ? p.transaction_details->total_paid_amount
                                                                            : std::nullopt,
                                                   .shipping_cost = decimal::from_cents(0),
                                                   .amount_refunded = decimal::from_cents(it->second.refunded_cents),
                                                   .currency_id = p.currency_id,
                                                   .status = p.status,
                                                   .status_details = p.status_detail
                                                                         ? std::optional<std::string>(p.status_detail->str())
                                                                         : std::nullopt,
                                                   .operation_type = p.operation_type,
                                                   .date_approved = p.date_approved,
                                                   .date_created = p.date_created,
                                                   .last_modified = p.date_last_updated});
        }
        m.total_amount = decimal::from_cents(total);
        m.paid_amount = decimal::from_cents(paid);
        m.refunded_amount = decimal::from_cents(refunded);
        m.shipping_cost = decimal::from_cents(0);
        using os = merchant_order_order_status;
        if (paid > 0 && refunded >= paid) m.order_status = os::reverted;
        else if (refunded > 0) m.order_status = os::partially_reverted;
        else if (total > 0 && paid >= total) m.order_status = os::paid;
        else if (paid > 0) m.order_status = os::partially_paid;
        else if (in_process) m.order_status = os::payment_in_process;
        else m.order_status = os::payment_required;
        const bool settled = m.order_status == os::paid || m.order_status == os::reverted ||
                             m.order_status == os::partially_reverted;
        m.status = settled ? merchant_order_status::closed : merchant_order_status::opened;
    }

    void notify(const call& c, const record& r, std::string_view action) {
        const std::string data_id = std::to_string(r.m.id.value_or(0));
        state_.notify(c, {.notification_url = r.m.notification_url.value_or(""),
                          .topic = "topic_merchant_order_wh",
                          .action = action,
                          .data_id = data_id,
                          .user_id = r.collector});
    }

    http_response create(call& c) {
        http_response failed;
        auto req = c.decode<merchant_order_request>(c.body_or_empty_object(), failed);
        if (!req) return failed;
        if (req->preference_id) {
            auto* pref = state_.get<preferences_service>().find(*req->preference_id);
            if (!pref || pref->collector != c.who.user_id)
                return c.error_code(400, "invalid_preference_id", "preference " + *req->preference_id + " not found");
            if (!req->items) req->items = items_of(pref->p);  // the preference's, when the body names none
        }
        record& r = open(c, *req, c.who.user_id);
        notify(c, r, "merchant_order.created");
        return c.reply(201, r.m);
    }

    http_response get(call& c) {
        record* r = find(c, c.params[0]);
        if (!r) return not_found(c);
        return c.reply(200, r->m);
    }

    http_response update(call& c) {
        record* r = find(c, c.params[0]);
        if (!r) return not_found(c);
        http_response failed;
        auto req = c.decode<merchant_order_request>(c.body_or_empty_object(), failed);
        if (!req) return failed;
        if (req->preference_id && req->preference_id != r->m.preference_id)
            return c.bad_request("invalid_preference_id", "the preference of a merchant order cannot change");
        apply(*req, r->m);
        refresh(*r);
        r->m.last_updated = state_.stamp(c.now);
        return c.reply(200, r->m);
    }

    http_response search(call& c) {
        http_response failed;
        const auto w = detail::window(c, failed);
        if (!w) return failed;
        const auto& q = c.target.query;
        const auto external_reference = detail::query_value(q, "external_reference");
        const auto preference_id = detail::query_value(q, "preference_id");
        const auto status = detail::query_value(q, "status");
        std::vector<const merchant_order*> hits;
        for (auto& [id, r] : orders_) {
            if (r.collector != c.who.user_id) continue;
            refresh(r);
            if (external_reference && r.m.external_reference != *external_reference) continue;
            if (preference_id && r.m.preference_id != *preference_id) continue;
            if (status && (!r.m.status || r.m.status->str() != *status)) continue;
            hits.push_back(&r.m);
        }
        return c.reply(200, detail::elements_of(hits, *w));
    }

    shared_state& state_;
    std::int64_t next_id_;
    std::map<std::int64_t, record> orders_;
};

}  // namespace mercadopago::sandbox
