// The emulated Orders API (`/v1/orders`, shared reference endpoints.md §6.6,
// models.md "Order", payment-outcomes.md §3.1, errors-retries-idempotency.md
// §1.2 and §3.6): online orders paid by card, Pix or boleto.
//
// The state machine:
//   * create: `processing_mode: automatic` processes the payments at once;
//     `manual` keeps the order `created` (payments may be added, changed and
//     removed) until `process`;
//   * a card payment's outcome is forced by the cardholder name, as for
//     payments (APRO, CONT, OTHE, FUND, …); a declined one fails the whole
//     order, answered with HTTP 402 and the failed order as the body;
//     `capture_mode: manual` leaves an approved card `action_required` /
//     `waiting_capture` until `capture`;
//   * Pix stays `action_required`/`waiting_transfer` and boleto
//     `action_required`/`waiting_payment` until the control call
//     `POST /sandbox/orders/{id}/pay` (or `/expire`);
//   * cancel: only a `created` or `action_required` order (409
//     cannot_cancel_order, order_already_cancelled); refund: only a processed
//     one, in full (no body) or in part per payment (409 cannot_refund_order,
//     order_already_refunded);
//   * at most two payments per order; the amounts must add up to total_amount;
//   * with a test access token (`TEST-…`) the payer's e-mail must end in
//     `@testuser.com` (400 invalid_email_for_sandbox);
//   * every write needs X-Idempotency-Key; the same key with the same request
//     replays the answer, with another request it is a 409
//     idempotency_key_already_used (sandbox/idempotency.hpp);
//   * every change of an order's status sends a signed `order` notification
//     (action `order.<status>`) to emulator_options::order_notification_url.
//
// Errors have the Orders shape `{"errors":[{code, message, details}]}`.
// The online Orders pages spell the cancelled state with two l's, so the
// sandbox writes `cancelled` (mercadopago::order_status::is_canceled() accepts
// both spellings; so does the search filter here).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api/orders.hpp>
#include <mercadopago/models/order.hpp>
#include <mercadopago/models/order_request.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/cards.hpp>
#include <mercadopago/sandbox/catalogue.hpp>
#include <mercadopago/sandbox/checks.hpp>
#include <mercadopago/sandbox/pix.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/services/card_tokens.hpp>
#include <mercadopago/sandbox/state.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class orders_service : public service {
public:
    using clock_type = call::clock_type;

    /// What the sandbox keeps about one payment of an order besides its JSON.
    struct payment_state {
        std::int64_t amount_cents = 0;
        std::int64_t refunded_cents = 0;
    };

    struct record {
        order o{};
        std::int64_t collector = 0;
        std::int64_t total_cents = 0;
        std::vector<payment_state> money{};  ///< parallel to o.transactions->payments
        std::size_t sequence = 0;            ///< creation order, for searches
    };

    orders_service(shared_state& state, route_table& routes) : state_(state) {
        namespace ep = endpoints;
        constexpr route_rules writes{.key_required = true, .errors = error_shape::orders};
        constexpr route_rules reads{.errors = error_shape::orders};
        routes.add<ep::orders_create>(this, &orders_service::create, writes);
        routes.add<ep::orders_get>(this, &orders_service::get, reads);
        routes.add<ep::orders_search>(this, &orders_service::search, reads);
        routes.add<ep::orders_process>(this, &orders_service::process, writes);
        routes.add<ep::orders_capture>(this, &orders_service::capture, writes);
        routes.add<ep::orders_cancel>(this, &orders_service::cancel, writes);
        // orders_refund_partial has the same method and path: one handler reads both.
        routes.add<ep::orders_refund>(this, &orders_service::refund, writes);
        routes.add<ep::orders_transactions_create>(this, &orders_service::add_transactions, writes);
        routes.add<ep::orders_transactions_update>(this, &orders_service::update_transaction, writes);
        routes.add<ep::orders_transactions_delete>(this, &orders_service::delete_transaction, writes);
        routes.add_control(http_method::post, "/sandbox/orders/{id}/pay", this, &orders_service::pay_pending);
        routes.add_control(http_method::post, "/sandbox/orders/{id}/expire", this, &orders_service::expire_pending);
    }

    /// Every order, by id.
    const std::map<std::string, record>& all() const noexcept { return orders_; }

private:
    // --- identifiers and small helpers ---------------------------------------------

    /// A ULID (Crockford base32: 48 bits of milliseconds, 80 seeded random
    /// bits), the shape of the API's ids (`ORD01JQ4S4KY8HWQ6NA5PXB65B3D3`).
    std::string ulid(clock_type::time_point t) {
        static constexpr std::string_view alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        auto ms = static_cast<std::uint64_t>(
            std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count());
        std::string out(10, '0');
        for (std::size_t i = 10; i-- > 0; ms >>= 5) out[i] = alphabet[ms & 31];
        return out + state_.random_chars(16, alphabet);
    }

    /// Dates as the Orders API writes them: UTC, milliseconds.
    timestamp stamp(clock_type::time_point t) const {
        return timestamp::from_time(std::chrono::floor<std::chrono::milliseconds>(t), std::chrono::minutes{0});
    }

    static std::string_view country_code(std::string_view site) {
        static constexpr std::pair<std::string_view, std::string_view> codes[] = {
            {"MLB", "BRA"}, {"MLA", "ARG"}, {"MLM", "MEX"}, {"MLC", "CHL"}, {"MCO", "COL"}, {"MPE", "PER"}, {"MLU", "URY"}};
        for (const auto& [s, c] : codes)
            if (s == site) return c;
        return "BRA";
    }

    static decimal amount_of(std::int64_t cents) { return decimal::from_cents(cents); }

    /// An amount the API accepts: positive, at most two decimals.
    static std::optional<std::int64_t> cents_of(const optional<decimal>& d) {
        if (!d) return std::nullopt;
        auto c = d->minor_units(2);
        if (!c || *c <= 0) return std::nullopt;
        return c;
    }

    record* find(const call& c, const std::string& id) {
        auto it = orders_.find(id);
        if (it == orders_.end() || it->second.collector != c.who.user_id) return nullptr;
        return &it->second;
    }

    static http_response not_found(const call& c) {
        return c.orders_error(404, "order_not_found", "order not found", {"order_id: " + c.params[0]});
    }

    static std::vector<order_payment>& payments_of(order& o) {
        if (!o.transactions) o.transactions.emplace();
        if (!o.transactions->payments) o.transactions->payments.emplace();
        return *o.transactions->payments;
    }

    static bool is(const optional<order_status>& s, const order_status::constant& c) { return s && *s == c; }
    static bool is(const optional<order_status_detail>& s, const order_status_detail::constant& c) {
        return s && *s == c;
    }

    static void set(order_payment& p, std::string_view status, std::string_view detail) {
        p.status = order_status(status);
        p.status_detail = order_status_detail(detail);
    }

    /// The signed `order` notification of the order's current status.
    void notify(const call& c, const record& r) {
        const std::string action = "order." + r.o.status.value_or(order_status{}).str();
        state_.notify(c, {.notification_url = state_.options().order_notification_url,
                          .topic = "order",
                          .action = action,
                          .data_id = r.o.id.value_or(""),
                          .user_id = r.collector});
    }

    /// Records a change: the update date, and a notification when the status moved.
    void changed(const call& c, record& r, const optional<order_status>& before) {
        r.o.last_updated_date = stamp(c.now);
        if (r.o.status != before) notify(c, r);
    }

    /// Applies `change` to the order's payments, then the order's status,
    /// update date and notification follow; answers the order.
    template <class Change>
    http_response update(const call& c, record& r, Change&& change) {
        const auto before = r.o.status;
        change(payments_of(r.o));
        settle(r);
        changed(c, r, before);
        return c.reply(200, r.o);
    }

    // --- validation ------------------------------------------------------------------

    /// The 400 of a body that does not decode into T.
    static http_response undecodable(const call& c, const mercadopago::error& e) {
        if (e.code == errc::invalid_json)
            return c.orders_error(400, "json_syntax_error", "the request body is not valid JSON", {e.message});
        return c.orders_error(400, "property_type", "a property has the wrong type", {e.what()});
    }

    /// Members the API does not declare (it refuses them: unsupported_properties).
    static void unknown_members(const extra_fields& extra, const std::string& where, std::vector<std::string>& out) {
        for (const auto& kv : extra) out.push_back(where + std::string(kv.key()));
    }
    static std::vector<std::string> unknown_members(const order_payment_request& p, const std::string& where) {
        std::vector<std::string> out;
        unknown_members(p.extra, where, out);
        if (p.payment_method) unknown_members(p.payment_method->extra, where + "payment_method.", out);
        return out;
    }

    /// Checks one payment of a request; its problem as an error response.
    std::optional<http_response> check_payment(const call& c, const order_payment_request& p,
                                               const std::string& where) const {
        if (auto unknown = unknown_members(p, where); !unknown.empty())
            return c.orders_error(400, "unsupported_properties", "the request has properties the API does not accept",
                                  unknown);
        if (!p.amount) return c.orders_error(400, "required_properties", "a required property is missing", {where + "amount"});
        if (!cents_of(p.amount))
            return c.orders_error(400, "property_value", "amount must be a positive amount with at most two decimals",
                                  {where + "amount: " + p.amount->to_string()});
        if (!p.payment_method || !p.payment_method->id || !p.payment_method->type)
            return c.orders_error(400, "required_properties", "a required property is missing",
                                  {where + "payment_method.id", where + "payment_method.type"});
        const auto& m = *p.payment_method;
        if (const card_brand* brand = find_brand(*m.id)) {
            if (*m.type != brand->payment_type_id)
                return c.orders_error(400, "property_value", "payment_method.type does not match payment_method.id",
                                      {where + "payment_method.type: " + *m.type + " (" + *m.id + " is " +
                                       std::string(brand->payment_type_id) + ")"});
            if (!m.token || m.token->empty())
                return c.orders_error(400, "required_properties", "a card payment needs the card token",
                                      {where + "payment_method.token"});
            if (m.installments && *m.installments < 1)
                return c.orders_error(400, "property_value", "installments must be at least 1", {where + "payment_method.installments"});
            return std::nullopt;
        }
        if ((*m.id == "pix" && *m.type == "bank_transfer") || (*m.id == "boleto" && *m.type == "ticket"))
            return std::nullopt;
        return c.orders_error(400, "property_value", "unsupported payment method",
                              {where + "payment_method: " + *m.id + "/" + *m.type +
                               " (the sandbox takes cards, pix/bank_transfer and boleto/ticket)"});
    }

    /// A payment of the order from a checked request.
    order_payment new_payment(const call& c, const order_payment_request& p) {
        order_payment out;
        out.id = "pay_" + ulid(c.now);
        out.reference_id = state_.random_digits(10);
        out.amount = amount_of(*cents_of(p.amount));
        out.currency = std::string(state_.site().currency_id);
        set(out, "created", "created");
        out.expiration_time = p.expiration_time;
        out.automatic_payments = p.automatic_payments;
        out.stored_credential = p.stored_credential;
        out.subscription_data = p.subscription_data;
        order_payment_method m;
        m.id = p.payment_method->id;
        m.type = p.payment_method->type;
        m.token = p.payment_method->token;
        m.card_id = p.payment_method->card_id;
        m.installments = p.payment_method->installments;
        m.statement_descriptor = p.payment_method->statement_descriptor;
        if (const card_brand* brand = find_brand(*m.id)) {
            m.issuer_id = std::string(brand->issuer_id);
            if (!m.installments) m.installments = 1;
            if (!m.statement_descriptor) m.statement_descriptor = state_.options().statement_descriptor;
        }
        out.payment_method = std::move(m);
        return out;
    }

    std::optional<http_response> check_total(const call& c, const record& r) const {
        std::int64_t sum = 0;
        for (const auto& m : r.money) sum += m.amount_cents;
        if (r.money.empty())
            return c.orders_error(400, "order_builder_without_transactions", "the order has no payments to process");
        if (sum != r.total_cents)
            return c.orders_error(400, "invalid_properties", "the payments' amounts must add up to total_amount",
                                  {"total_amount: " + amount_of(r.total_cents).to_string() +
                                   ", payments: " + amount_of(sum).to_string()});
        return std::nullopt;
    }

    // --- the state machine -----------------------------------------------------------------

    /// The order detail of a declined card, from the classic detail the
    /// cardholder name forces.
    static std::string_view failure_detail(std::string_view classic) {
        static constexpr std::pair<std::string_view, std::string_view> table[] = {
            {"cc_rejected_call_for_authorize", "required_call_for_authorize"},
            {"cc_rejected_insufficient_amount", "insufficient_amount"},
            {"cc_rejected_bad_filled_security_code", "bad_filled_card_data"},
            {"cc_rejected_bad_filled_date", "bad_filled_card_data"},
            {"cc_rejected_bad_filled_other", "bad_filled_card_data"},
            {"cc_rejected_bad_filled_card_number", "bad_filled_card_data"},
            {"cc_rejected_invalid_installments", "invalid_installments"},
            {"cc_rejected_card_disabled", "card_disabled"},
            {"cc_rejected_max_attempts", "max_attempts_exceeded"},
            {"cc_rejected_blacklist", "high_risk"},
            {"cc_rejected_high_risk", "high_risk"},
        };
        for (const auto& [from, to] : table)
            if (from == classic) return to;
        return "rejected_by_issuer";  // other reason, duplicated payment, card type not allowed
    }

    /// Runs every `created` payment of the order: charges cards (the
    /// cardholder name decides), shows Pix and boleto payment data.
    void run_payments(const call& c, record& r) {
        auto& pays = payments_of(r.o);
        const bool manual_capture = r.o.capture_mode && *r.o.capture_mode == "manual";
        for (std::size_t i = 0; i < pays.size(); ++i) {
            order_payment& p = pays[i];
            if (!is(p.status, order_status::created)) continue;
            order_payment_method& m = *p.payment_method;
            p.attempt_number = p.attempt_number.value_or(0) + 1;
            if (const card_brand* brand = find_brand(*m.id)) {
                auto* token = state_.get<card_tokens_service>().usable(c, m.token.value_or(""), ignored_);
                if (!token) {
                    set(p, "failed", "invalid_card_token");
                    continue;
                }
                token->used = true;
                if (token->brand != brand) {
                    set(p, "failed", "bad_filled_card_data");
                    continue;
                }
                const std::string holder =
                    token->view.cardholder && token->view.cardholder->name ? *token->view.cardholder->name : std::string{};
                const forced_outcome& o = outcome_for(holder);
                if (o.status == "rejected") set(p, "failed", failure_detail(o.status_detail));
                else if (m.installments.value_or(1) > brand->max_installments) set(p, "failed", "invalid_installments");
                else if (o.status == "in_process") set(p, "processing", "in_process");
                else if (manual_capture) set(p, "action_required", "waiting_capture");
                else paid(p, r.money[i]);
            } else if (*m.id == "pix") {
                set(p, "action_required", "waiting_transfer");
                m.qr_code = detail::pix_emv_code(state_.uuid(), amount_of(r.money[i].amount_cents).to_string(),
                                                 p.id->substr(4));
                m.qr_code_base64 = std::string(detail::pix_qr_png_base64);
                m.ticket_url = "https://www.mercadopago.com.br/sandbox/payments/" + *p.id + "/ticket?caller_id=" +
                               std::to_string(r.collector) + "&hash=" + state_.uuid();
                p.date_of_expiration = stamp(c.now + std::chrono::hours{24}).text();
            } else {  // boleto
                set(p, "action_required", "waiting_payment");
                const std::string reference = state_.random_digits(10);
                m.reference = reference;
                m.barcode_content = "2379" + state_.random_digits(40);
                m.digitable_line = "23793" + state_.random_digits(42);
                m.ticket_url = "https://www.mercadopago.com.br/sandbox/payments/" + *p.id +
                               "/ticket?caller_id=" + std::to_string(r.collector) +
                               "&payment_method_id=boleto&payment_method_reference_id=" + reference;
                p.date_of_expiration = stamp(c.now + std::chrono::hours{72}).text();
            }
        }
    }

    static void paid(order_payment& p, const payment_state& m) {
        set(p, "processed", "accredited");
        p.paid_amount = amount_of(m.amount_cents);
    }

    /// The order's status from its payments' (after any change to them).
    static void settle(record& r) {
        order& o = r.o;
        auto& pays = payments_of(o);
        auto any = [&](std::string_view status, std::string_view detail = {}) {
            return std::any_of(pays.begin(), pays.end(), [&](const order_payment& p) {
                return p.status && p.status->str() == status && (detail.empty() || (p.status_detail && p.status_detail->str() == detail));
            });
        };
        std::int64_t paid = 0, refunded = 0, processed_total = 0;
        for (std::size_t i = 0; i < pays.size(); ++i) {
            if (pays[i].paid_amount) {
                paid += r.money[i].amount_cents;
                processed_total += r.money[i].amount_cents;
            }
            refunded += r.money[i].refunded_cents;
        }
        o.total_paid_amount = amount_of(paid);
        std::string_view status, detail;
        if (any("failed")) {
            status = "failed";
            detail = "failed";
            for (auto& p : pays)  // the order failed: nothing else of it goes on
                if (!is(p.status, order_status::failed)) set(p, "cancelled", "cancelled");
        } else if (!pays.empty() && std::all_of(pays.begin(), pays.end(), [](const order_payment& p) {
                       return p.status && p.status->is_canceled();
                   })) {
            status = "cancelled";
            detail = "cancelled";
        } else if (any("expired")) {
            status = "expired";
            detail = "expired";
        } else if (any("created") || pays.empty()) {
            status = "created";
            detail = "created";
        } else if (any("processing")) {
            status = "processing";
            detail = "in_process";
        } else if (any("action_required", "waiting_capture")) {
            status = "action_required";
            detail = "waiting_capture";
        } else if (any("action_required", "waiting_transfer")) {
            status = "action_required";
            detail = "waiting_transfer";
        } else if (any("action_required", "waiting_payment")) {
            status = "action_required";
            detail = "waiting_payment";
        } else if (refunded > 0 && refunded == processed_total) {
            status = "refunded";
            detail = "refunded";
        } else if (refunded > 0) {
            status = "processed";
            detail = "partially_refunded";
        } else {
            status = "processed";
            detail = "accredited";
        }
        o.status = order_status(status);
        o.status_detail = order_status_detail(detail);
    }

    /// The answer to a write that ran the payments: the order, or HTTP 402
    /// with the failed order (errors-retries-idempotency.md §1.2).
    http_response answer_processed(const call& c, const record& r, int success_status) const {
        if (is(r.o.status, order_status::failed)) return c.respond(402, to_json(r.o));
        return c.reply(success_status, r.o);
    }

    // --- endpoints ----------------------------------------------------------------------------

    http_response create(call& c) {
        result<order_create_request> decoded = from_json<order_create_request>(c.req.body);
        if (!decoded) return undecodable(c, decoded.error());
        const order_create_request& req = *decoded;

        std::vector<std::string> unknown;
        unknown_members(req.extra, "", unknown);
        if (req.payer) unknown_members(req.payer->extra, "payer.", unknown);
        if (req.transactions) unknown_members(req.transactions->extra, "transactions.", unknown);
        if (!unknown.empty())
            return c.orders_error(400, "unsupported_properties", "the request has properties the API does not accept",
                                  unknown);
        if (req.type != "online")
            return c.orders_error(400, "invalid_order_type", "the sandbox emulates online orders",
                                  {"type: " + req.type + " (expected online)"});
        const std::string processing = req.processing_mode.value_or("automatic");
        if (processing != "automatic" && processing != "manual")
            return c.orders_error(400, "property_value", "processing_mode must be automatic or manual",
                                  {"processing_mode: " + processing});
        const std::string capture = req.capture_mode.value_or("automatic_async");
        if (capture != "automatic" && capture != "automatic_async" && capture != "manual")
            return c.orders_error(400, "property_value", "capture_mode must be automatic, automatic_async or manual",
                                  {"capture_mode: " + capture});
        if (!req.total_amount)
            return c.orders_error(400, "required_properties", "a required property is missing", {"total_amount"});
        const auto total = cents_of(req.total_amount);
        if (!total)
            return c.orders_error(400, "property_value", "total_amount must be a positive amount with at most two decimals",
                                  {"total_amount: " + req.total_amount->to_string()});
        if (!req.payer || !req.payer->email || req.payer->email->empty())
            return c.orders_error(400, "required_properties", "a required property is missing", {"payer.email"});
        if (!detail::valid_email(*req.payer->email))
            return c.orders_error(400, "property_value", "payer.email is not an e-mail address", {"payer.email"});
        if (c.who.credential.starts_with("TEST-") && !detail::lowercase(*req.payer->email).ends_with("@testuser.com"))
            return c.orders_error(400, "invalid_email_for_sandbox",
                                  "with test credentials the payer must be a test user: an e-mail ending in @testuser.com",
                                  {"payer.email"});
        const std::size_t count = req.transactions ? req.transactions->payments.size() : 0;
        if (count > max_payments)
            return c.orders_error(400, "exceeded_number_of_transactions", "an order takes at most two payments",
                                  {"transactions.payments: " + std::to_string(count)});
        if (count == 0 && processing == "automatic")
            return c.orders_error(400, "order_builder_without_transactions",
                                  "an order processed automatically needs its payments (transactions.payments)");
        for (std::size_t i = 0; i < count; ++i)
            if (auto bad = check_payment(c, req.transactions->payments[i], "transactions.payments[" + std::to_string(i) + "]."))
                return std::move(*bad);

        record r;
        r.collector = c.who.user_id;
        r.total_cents = *total;
        r.sequence = orders_.size() + 1;
        order& o = r.o;
        o.id = "ORD" + ulid(c.now);
        o.type = req.type;
        o.processing_mode = processing;
        o.capture_mode = capture;
        o.external_reference = req.external_reference;
        o.description = req.description;
        o.marketplace = req.marketplace.value_or("NONE");
        o.marketplace_fee = req.marketplace_fee;
        o.total_amount = amount_of(*total);
        o.country_code = std::string(country_code(state_.site().id));
        o.site_id = std::string(state_.site().id);
        o.user_id = std::to_string(c.who.user_id);
        o.currency = std::string(state_.site().currency_id);
        o.created_date = stamp(c.now);
        o.last_updated_date = o.created_date;
        o.expiration_time = req.expiration_time;
        o.checkout_available_at = req.checkout_available_at;
        o.integration_data = req.integration_data;
        o.payer = req.payer;
        o.items = req.items;
        o.config = req.config;
        o.taxes = req.taxes;
        o.additional_info = req.additional_info;
        if (req.shipment) {
            if (auto s = from_json<free_form>(to_json(*req.shipment))) o.shipment = std::move(*s);
        }
        auto& pays = payments_of(o);
        o.transactions->refunds.emplace();
        for (std::size_t i = 0; i < count; ++i) {
            pays.push_back(new_payment(c, req.transactions->payments[i]));
            r.money.push_back({*cents_of(req.transactions->payments[i].amount), 0});
        }
        if (processing == "automatic") {
            if (auto bad = check_total(c, r)) return std::move(*bad);
            run_payments(c, r);
        }
        settle(r);
        notify(c, r);
        const std::string id = *o.id;
        auto& stored = orders_.emplace(id, std::move(r)).first->second;
        return answer_processed(c, stored, 201);
    }

    http_response get(call& c) {
        record* r = find(c, c.params[0]);
        if (!r) return not_found(c);
        return c.reply(200, r->o);
    }

    http_response process(call& c) {
        record* r = find(c, c.params[0]);
        if (!r) return not_found(c);
        if (r->o.processing_mode.value_or("") != "manual")
            return c.orders_error(400, "invalid_order_mode_for_operation",
                                  "only an order created with processing_mode manual is processed by this call");
        if (!is(r->o.status, order_status::created))
            return c.orders_error(409, "operation_not_supported", "the order was already processed",
                                  {"status: " + r->o.status.value_or(order_status{}).str()});
        if (auto bad = check_total(c, *r)) return std::move(*bad);
        const auto before = r->o.status;
        run_payments(c, *r);
        settle(*r);
        changed(c, *r, before);
        return answer_processed(c, *r, 200);
    }

    http_response capture(call& c) {
        record* r = find(c, c.params[0]);
        if (!r) return not_found(c);
        if (!is(r->o.status, order_status::action_required) || !is(r->o.status_detail, order_status_detail::waiting_capture))
            return c.orders_error(409, "cannot_capture_order", "only an order waiting for capture can be captured",
                                  {"status: " + r->o.status.value_or(order_status{}).str() + "/" +
                                   r->o.status_detail.value_or(order_status_detail{}).str()});
        return update(c, *r, [&](std::vector<order_payment>& pays) {
            for (std::size_t i = 0; i < pays.size(); ++i)
                if (is(pays[i].status_detail, order_status_detail::waiting_capture)) paid(pays[i], r->money[i]);
        });
    }

    http_response cancel(call& c) {
        record* r = find(c, c.params[0]);
        if (!r) return not_found(c);
        const auto before = r->o.status;
        if (before && before->is_canceled())
            return c.orders_error(409, "order_already_cancelled", "the order is already cancelled");
        if (!is(before, order_status::created) && !is(before, order_status::action_required))
            return c.orders_error(409, "cannot_cancel_order",
                                  "only an order that is created or waiting for an action can be cancelled",
                                  {"status: " + before.value_or(order_status{}).str()});
        for (auto& p : payments_of(r->o)) set(p, "cancelled", "cancelled");
        r->o.status = order_status("cancelled");
        r->o.status_detail = order_status_detail("cancelled");
        changed(c, *r, before);
        return c.reply(200, r->o);
    }

    http_response refund(call& c) {
        record* r = find(c, c.params[0]);
        if (!r) return not_found(c);
        const auto before = r->o.status;
        if (is(before, order_status::refunded))
            return c.orders_error(409, "order_already_refunded", "the order is already refunded");
        if (!is(before, order_status::processed))
            return c.orders_error(409, "cannot_refund_order", "only a processed order can be refunded",
                                  {"status: " + before.value_or(order_status{}).str()});
        auto& pays = payments_of(r->o);
        // What to refund: payment index → cents.
        std::vector<std::pair<std::size_t, std::int64_t>> plan;
        if (c.req.body.empty()) {
            for (std::size_t i = 0; i < pays.size(); ++i)
                if (pays[i].paid_amount && r->money[i].refunded_cents < r->money[i].amount_cents)
                    plan.emplace_back(i, r->money[i].amount_cents - r->money[i].refunded_cents);
        } else {
            result<order_refund_request> decoded = from_json<order_refund_request>(c.req.body);
            if (!decoded) return undecodable(c, decoded.error());
            if (decoded->transactions.empty())
                return c.orders_error(400, "minimum_items", "a partial refund names at least one payment", {"transactions"});
            for (const auto& t : decoded->transactions) {
                auto it = std::find_if(pays.begin(), pays.end(), [&](const order_payment& p) { return p.id == t.id; });
                if (it == pays.end() || !it->paid_amount)
                    return c.orders_error(400, "invalid_transaction_id", "no processed payment of the order has this id",
                                          {"transactions.id: " + t.id});
                const auto i = static_cast<std::size_t>(it - pays.begin());
                std::int64_t left = r->money[i].amount_cents - r->money[i].refunded_cents;
                for (const auto& [j, cents] : plan)
                    if (j == i) left -= cents;
                const std::int64_t cents = t.amount ? cents_of(t.amount).value_or(-1) : left;
                if (cents <= 0 || cents > left)
                    return c.orders_error(400, "property_value",
                                          "the refund amount must be positive and at most what is left to refund",
                                          {"transactions.amount: " + (t.amount ? t.amount->to_string() : std::string("(none)")) +
                                           ", refundable: " + amount_of(left).to_string()});
                plan.emplace_back(i, cents);
            }
        }
        if (plan.empty()) return c.orders_error(409, "cannot_refund_order", "nothing of the order is left to refund");
        auto& refunds = r->o.transactions->refunds ? *r->o.transactions->refunds : r->o.transactions->refunds.emplace();
        for (const auto& [i, cents] : plan) {
            order_refund ref;
            ref.id = "ref_" + ulid(c.now);
            ref.transaction_id = pays[i].id;
            ref.reference_id = ulid(c.now);
            ref.amount = amount_of(cents);
            ref.status = order_status("processed");
            refunds.push_back(std::move(ref));
            payment_state& m = r->money[i];
            m.refunded_cents += cents;
            pays[i].refunded_amount = amount_of(m.refunded_cents);
            if (m.refunded_cents == m.amount_cents) set(pays[i], "refunded", "refunded");
            else set(pays[i], "processed", "partially_refunded");
        }
        settle(*r);
        changed(c, *r, before);
        // The status alone does not move between two partial refunds; the order did change.
        if (r->o.status == before) notify(c, *r);
        return c.reply(200, r->o);
    }

    /// Changes to an order's payments are allowed only before it is processed.
    std::optional<http_response> check_editable(const call& c, const record& r) const {
        if (is(r.o.status, order_status::created)) return std::nullopt;
        return c.orders_error(409, "operation_not_supported", "payments can only change before the order is processed",
                              {"status: " + r.o.status.value_or(order_status{}).str()});
    }

    http_response add_transactions(call& c) {
        record* r = find(c, c.params[0]);
        if (!r) return not_found(c);
        if (auto bad = check_editable(c, *r)) return std::move(*bad);
        result<order_transactions_request> decoded = from_json<order_transactions_request>(c.req.body);
        if (!decoded) return undecodable(c, decoded.error());
        auto& pays = payments_of(r->o);
        if (decoded->payments.empty())
            return c.orders_error(400, "minimum_items", "add at least one payment", {"payments"});
        if (pays.size() + decoded->payments.size() > max_payments)
            return c.orders_error(400, "exceeded_number_of_transactions", "an order takes at most two payments",
                                  {"payments: " + std::to_string(pays.size()) + " + " +
                                   std::to_string(decoded->payments.size())});
        for (std::size_t i = 0; i < decoded->payments.size(); ++i)
            if (auto bad = check_payment(c, decoded->payments[i], "payments[" + std::to_string(i) + "]."))
                return std::move(*bad);
        order_transactions added;
        added.payments.emplace();
        for (const auto& p : decoded->payments) {
            pays.push_back(new_payment(c, p));
            r->money.push_back({*cents_of(p.amount), 0});
            added.payments->push_back(pays.back());
        }
        r->o.last_updated_date = stamp(c.now);
        return c.reply(201, added);
    }

    /// The order and the index of its payment the path names, when the order
    /// may still change; else nullopt with the error in `failed`.
    struct editable_payment {
        record* r = nullptr;
        std::size_t i = 0;
    };
    std::optional<editable_payment> find_editable(const call& c, http_response& failed) {
        record* r = find(c, c.params[0]);
        if (!r) {
            failed = not_found(c);
            return std::nullopt;
        }
        if (auto bad = check_editable(c, *r)) {
            failed = std::move(*bad);
            return std::nullopt;
        }
        auto& pays = payments_of(r->o);
        for (std::size_t i = 0; i < pays.size(); ++i)
            if (pays[i].id == c.params[1]) return editable_payment{r, i};
        failed = c.orders_error(404, "transaction_not_found", "the order has no payment with this id",
                                {"transaction_id: " + c.params[1]});
        return std::nullopt;
    }

    http_response update_transaction(call& c) {
        http_response failed;
        const auto found = find_editable(c, failed);
        if (!found) return failed;
        record* r = found->r;
        const std::size_t i = found->i;
        result<order_payment_request> decoded = from_json<order_payment_request>(c.body_or_empty_object());
        if (!decoded) return undecodable(c, decoded.error());
        order_payment& current = payments_of(r->o)[i];
        // The change on top of what the payment has: fields left out stay.
        order_payment_request merged = *decoded;
        if (!merged.amount) merged.amount = current.amount;
        if (!merged.payment_method) merged.payment_method.emplace();
        auto& m = *merged.payment_method;
        const auto& was = *current.payment_method;
        if (!m.id) m.id = was.id;
        if (!m.type) m.type = was.type;
        if (!m.token) m.token = was.token;
        if (!m.installments) m.installments = was.installments;
        if (!m.statement_descriptor) m.statement_descriptor = was.statement_descriptor;
        if (auto bad = check_payment(c, merged, "")) return std::move(*bad);
        order_payment updated = new_payment(c, merged);
        updated.id = current.id;
        updated.reference_id = current.reference_id;
        current = std::move(updated);
        r->money[i] = {*cents_of(merged.amount), 0};
        r->o.last_updated_date = stamp(c.now);
        return c.reply(200, current);
    }

    http_response delete_transaction(call& c) {
        http_response failed;
        const auto found = find_editable(c, failed);
        if (!found) return failed;
        record* r = found->r;
        const std::size_t i = found->i;
        auto& pays = payments_of(r->o);
        pays.erase(pays.begin() + static_cast<std::ptrdiff_t>(i));
        r->money.erase(r->money.begin() + static_cast<std::ptrdiff_t>(i));
        r->o.last_updated_date = stamp(c.now);
        http_response res = c.respond(204, "");
        return res;
    }

    // --- search ----------------------------------------------------------------------------------

    static bool same_status(std::string_view a, std::string_view b) {
        auto canon = [](std::string_view s) { return s == "canceled" ? std::string_view("cancelled") : s; };
        return canon(a) == canon(b);
    }

    http_response search(call& c) {
        const auto& q = c.target.query;
        std::optional<std::chrono::sys_time<std::chrono::microseconds>> bounds[2];
        static constexpr std::string_view bound_names[] = {"begin_date", "end_date"};
        for (int b = 0; b < 2; ++b) {
            auto v = detail::query_value(q, bound_names[b]);
            if (!v) return c.orders_error(400, "required_properties", "a required query parameter is missing",
                                          {std::string(bound_names[b])});
            auto t = timestamp::parse(*v);
            if (!t || !t->time())
                return c.orders_error(400, "property_value", "dates are ISO-8601 date-times",
                                      {std::string(bound_names[b]) + ": " + *v});
            bounds[b] = std::chrono::floor<std::chrono::microseconds>(*t->time());
        }
        std::int64_t page = 1, page_size = 10;
        for (auto [name, target, max] : {std::tuple{"page", &page, std::int64_t{1'000'000}},
                                         std::tuple{"page_size", &page_size, std::int64_t{100}}}) {
            if (auto v = detail::query_value(q, name)) {
                auto n = detail::parse_int(*v);
                if (!n || *n < 1 || *n > max)
                    return c.orders_error(400, "property_value", "paging values are positive integers (page_size at most 100)",
                                          {std::string(name) + ": " + *v});
                *target = *n;
            }
        }
        const std::string sort_by = detail::query_value(q, "sort_by").value_or("created_date");
        const std::string sort_order = detail::query_value(q, "sort_order").value_or("desc");
        if (sort_by != "created_date" && sort_by != "last_updated_date")
            return c.orders_error(400, "property_value", "sort_by is created_date or last_updated_date", {"sort_by: " + sort_by});
        if (sort_order != "asc" && sort_order != "desc")
            return c.orders_error(400, "property_value", "sort_order is asc or desc", {"sort_order: " + sort_order});

        auto filter = [&](std::string_view name) { return detail::query_value(q, name); };
        const auto external_reference = filter("external_reference"), type = filter("type"), status = filter("status"),
                   status_detail = filter("status_detail"), method_id = filter("payment_method_id"),
                   method_type = filter("payment_method_type");
        std::vector<const record*> hits;
        for (const auto& [id, r] : orders_) {
            if (r.collector != c.who.user_id) continue;
            const auto created = std::chrono::floor<std::chrono::microseconds>(*r.o.created_date->time());
            if (created < *bounds[0] || created > *bounds[1]) continue;
            if (external_reference && r.o.external_reference != *external_reference) continue;
            if (type && r.o.type != *type) continue;
            if (status && !same_status(r.o.status.value_or(order_status{}).str(), *status)) continue;
            if (status_detail && !same_status(r.o.status_detail.value_or(order_status_detail{}).str(), *status_detail)) continue;
            const auto& pays = r.o.transactions && r.o.transactions->payments ? *r.o.transactions->payments
                                                                              : std::vector<order_payment>{};
            auto has_method = [&](auto member, const std::string& want) {
                return std::any_of(pays.begin(), pays.end(), [&](const order_payment& p) {
                    return p.payment_method && (*p.payment_method).*member == want;
                });
            };
            if (method_id && !has_method(&order_payment_method::id, *method_id)) continue;
            if (method_type && !has_method(&order_payment_method::type, *method_type)) continue;
            hits.push_back(&r);
        }
        const bool desc = sort_order == "desc";
        std::sort(hits.begin(), hits.end(), [&](const record* a, const record* b) {
            const auto& da = sort_by == "created_date" ? a->o.created_date : a->o.last_updated_date;
            const auto& db = sort_by == "created_date" ? b->o.created_date : b->o.last_updated_date;
            const auto ta = *da->time(), tb = *db->time();
            if (ta != tb) return desc ? ta > tb : ta < tb;
            return desc ? a->sequence > b->sequence : a->sequence < b->sequence;
        });
        const auto total = static_cast<std::int64_t>(hits.size());
        const std::int64_t offset = (page - 1) * page_size;
        boost::json::array data;
        for (std::int64_t i = offset; i < total && i < offset + page_size; ++i)
            data.push_back(boost::json::parse(to_json(hits[static_cast<std::size_t>(i)]->o)));
        // The paging values are strings, as the Go, .NET and Node SDKs declare them.
        boost::json::object paging;
        paging["total"] = std::to_string(total);
        paging["total_pages"] = std::to_string((total + page_size - 1) / page_size);
        paging["offset"] = std::to_string(offset);
        paging["limit"] = std::to_string(page_size);
        boost::json::object body;
        body["data"] = std::move(data);
        body["paging"] = std::move(paging);
        return c.respond(200, boost::json::serialize(body));
    }

    // --- control calls (/sandbox/orders/{id}/…) ----------------------------------------------------

    /// The order's Pix and boleto payments waiting for the buyer, or the 409.
    std::optional<std::vector<std::size_t>> pending_payments(const call& c, record& r, http_response& failed) {
        std::vector<std::size_t> out;
        auto& pays = payments_of(r.o);
        for (std::size_t i = 0; i < pays.size(); ++i)
            if (is(pays[i].status_detail, order_status_detail::waiting_transfer) ||
                is(pays[i].status_detail, order_status_detail::waiting_payment))
                out.push_back(i);
        if (!out.empty()) return out;
        failed = c.orders_error(409, "operation_not_supported", "the order has no Pix or boleto payment waiting for the buyer",
                                {"status: " + r.o.status.value_or(order_status{}).str() + "/" +
                                 r.o.status_detail.value_or(order_status_detail{}).str()});
        return std::nullopt;
    }

    /// The buyer pays the order's pending Pix transfer or boleto.
    http_response pay_pending(call& c) { return resolve_pending(c, true); }
    /// The order's pending Pix transfer or boleto runs out of time.
    http_response expire_pending(call& c) { return resolve_pending(c, false); }

    http_response resolve_pending(call& c, bool pay) {
        record* r = find(c, c.params[0]);
        if (!r) return not_found(c);
        http_response failed;
        const auto pending = pending_payments(c, *r, failed);
        if (!pending) return failed;
        return update(c, *r, [&](std::vector<order_payment>& pays) {
            for (std::size_t i : *pending) {
                if (pay) paid(pays[i], r->money[i]);
                else set(pays[i], "expired", "expired");
            }
        });
    }

    static constexpr std::size_t max_payments = 2;

    shared_state& state_;
    std::map<std::string, record> orders_;
    http_response ignored_;  ///< the classic 404 of a card token lookup, not used here
};

}  // namespace mercadopago::sandbox
