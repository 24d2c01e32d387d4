// The emulated Payments API: create (card payments with outcomes forced by
// the cardholder name, authorisation and later capture, Pix, boleto, account
// money), get, update (capture, cancel) and search, with `payment.created` and
// `payment.updated` notifications. Refunds (services/refunds.hpp) change the
// payments kept here.
//
// Cause codes: 2000 payment not found, 2002 customer not found, 2006 card
// token not found, 2018 action not valid in the payment's state, 2077
// deferred capture unsupported, 2078 capture not boolean, 3003 card token
// missing, 3028 unknown payment_method_id, 3034 token's card is another
// brand, 4001/4002/4003/4005/4012 missing or malformed create fields,
// 4020/4021 notification_url, 4037 invalid amount, 4038/4039
// application_fee, 4050 payer.email, 1000/1001 search limit and dates.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api/payments.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/models/payment_request.hpp>
#include <mercadopago/models/refund.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/cards.hpp>
#include <mercadopago/sandbox/catalogue.hpp>
#include <mercadopago/sandbox/checks.hpp>
#include <mercadopago/sandbox/paging.hpp>
#include <mercadopago/sandbox/pix.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/services/card_tokens.hpp>
#include <mercadopago/sandbox/services/customers.hpp>
#include <mercadopago/sandbox/state.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class payments_service : public service {
public:
    using clock_type = call::clock_type;

    struct record {
        payment p{};
        std::int64_t collector = 0;
        std::int64_t amount_cents = 0;  ///< transaction_amount (the authorised amount until captured)
        std::int64_t refunded_cents = 0;
        int installments = 1;
        bool card = false;
        std::vector<refund> refunds{};
    };

    payments_service(shared_state& state, route_table& routes)
        : state_(state), next_payment_id_(state.options().first_payment_id) {
        namespace ep = endpoints;
        routes.add<ep::payments_create>(this, &payments_service::create, {.key_required = true});
        routes.add<ep::payments_get>(this, &payments_service::get);
        routes.add<ep::payments_update>(this, &payments_service::update);
        routes.add<ep::payments_search>(this, &payments_service::search);
        routes.add_control(http_method::post, "/sandbox/payments/{id}/pay", this, &payments_service::pay_pending);
        routes.add_control(http_method::post, "/sandbox/payments/{id}/expire", this, &payments_service::expire_pending);
    }

    record* find(const call& c, const std::string& id_text) {
        const auto id = detail::parse_int(id_text);
        if (!id) return nullptr;
        auto it = payments_.find(*id);
        if (it == payments_.end() || it->second.collector != c.who.user_id) return nullptr;
        return &it->second;
    }

    http_response not_found(const call& c) const { return c.error_code(404, "2000", "Payment not found"); }

    /// Every payment, in id order.
    const std::map<std::int64_t, record>& all() const noexcept { return payments_; }

    /// Records a change made elsewhere (a refund): the money fields, the
    /// update date and the `payment.updated` notification.
    void changed(const call& c, record& r) {
        r.p.date_last_updated = state_.stamp(c.now);
        refresh_money(r);
        notify(c, r, "payment.updated");
    }

    /// `POST /v1/payments` for `c` (the hosted checkout pays with it).
    http_response create_payment(call& c) { return create(c); }

private:
    /// transaction_details, fee_details and the refunded total from the record's amounts.
    static void refresh_money(record& r) {
        payment& p = r.p;
        const bool settled = p.status && (*p.status == payment_status::approved || *p.status == payment_status::refunded);
        const std::int64_t total = r.card ? total_with_interest(r.amount_cents, r.installments) : r.amount_cents;
        const std::int64_t fee = scale_cents(r.amount_cents, 499, 10000);  // 4.99%
        auto& td = p.transaction_details ? *p.transaction_details : p.transaction_details.emplace();
        td.total_paid_amount = shared_state::money(total);
        td.installment_amount = r.card ? shared_state::money(scale_cents(total, 1, r.installments)) : shared_state::money(0);
        td.net_received_amount = shared_state::money(settled ? r.amount_cents - fee : 0);
        td.overpaid_amount = shared_state::money(0);
        p.fee_details = std::vector<payment_fee_detail>{};
        if (settled) {
            p.fee_details->push_back(payment_fee_detail{"mercadopago_fee", "collector", shared_state::money(fee), {}});
            if (total > r.amount_cents)
                p.fee_details->push_back(payment_fee_detail{"financing_fee", "payer", shared_state::money(total - r.amount_cents), {}});
        }
        p.transaction_amount_refunded = shared_state::money(r.refunded_cents);
    }

    std::string payer_id_for(const std::string& email) {
        auto [it, fresh] = payer_ids_.try_emplace(detail::lowercase(email), std::string{});
        if (fresh) it->second = std::to_string(1'300'000'000 + static_cast<std::int64_t>(payer_ids_.size()) * 7919);
        return it->second;
    }

    http_response create(call& c) {
        result<payment_create_request> decoded = from_json<payment_create_request>(c.req.body);
        if (!decoded) {
            const mercadopago::error& e = decoded.error();
            if (e.code == errc::decode && e.path == "transaction_amount")
                return e.message == "missing required field" ? c.bad_request("4002", "transaction_amount attribute can't be null")
                                                             : c.bad_request("4003", "transaction_amount attribute must be numeric");
            if (e.code == errc::decode && e.path == "installments")
                return c.bad_request("4005", "installments attribute must be numeric");
            http_response failed;
            (void)c.decode<payment_create_request>(c.req.body, failed);
            return failed;
        }
        const payment_create_request& req = *decoded;
        const auto cents = req.transaction_amount.minor_units(2);
        if (!cents || *cents <= 0) return c.bad_request("4037", "Invalid transaction_amount");
        if (!req.payment_method_id || req.payment_method_id->empty())
            return c.bad_request("4001", "payment_method_id attribute can't be null");
        const std::string& method = *req.payment_method_id;
        const card_brand* brand = find_brand(method);
        const offline_method* offline = brand ? nullptr : find_offline_method(method);
        if (!brand && !offline) return c.bad_request("3028", "Invalid payment_method_id");
        const int installments = req.installments.value_or(1);
        if (installments < 1) return c.bad_request("4005", "installments attribute must be a positive integer");
        if (req.payer && req.payer->email && !detail::valid_email(*req.payer->email))
            return c.bad_request("4050", "payer.email must be a valid email");
        customers_service::record* cust = nullptr;
        if (req.payer && req.payer->type && *req.payer->type == "customer") {
            if (!req.payer->id || req.payer->id->empty()) return c.bad_request("4012", "payer.id attribute can't be null");
            cust = state_.get<customers_service>().find(c, *req.payer->id);
            if (!cust) return c.bad_request("2002", "Customer not found");
        }
        if (req.notification_url && !req.notification_url->starts_with("https://") &&
            !req.notification_url->starts_with("http://"))
            return c.bad_request("4020", "notificaction_url attribute must be url valid");
        if (req.notification_url && req.notification_url->size() > 248)
            return c.bad_request("4021", "notification_url attribute must be at most 248 characters");
        if (req.application_fee) {
            if (*req.application_fee < decimal(0)) return c.bad_request("4039", "application_fee cannot be a negative value");
            if (*req.application_fee > req.transaction_amount)
                return c.bad_request("4038", "application_fee cannot be bigger than transaction_amount");
        }
        const bool capture = req.capture.value_or(true);
        if (!capture && (!brand || brand->payment_type_id != "credit_card"))
            return c.bad_request("2077", "deferred capture is not supported for payment_method_id " + method);
        if (offline && offline->id != "account_money" && !(req.payer && req.payer->email))
            return c.bad_request("4050", "payer.email must be a valid email");

        card_tokens_service::record* token = nullptr;
        if (brand) {
            if (!req.token || req.token->empty())
                return c.bad_request("3003", "Invalid card_token_id: a card payment needs the token of the card");
            http_response failed;
            token = state_.get<card_tokens_service>().usable(c, *req.token, failed);
            if (!token) return failed;
            if (token->brand != brand)
                return c.bad_request("3034", "Invalid card_number_validation: the token's card is not " + method);
        }

        const std::int64_t id = next_payment_id_++;
        record rec;
        rec.collector = c.who.user_id;
        rec.amount_cents = *cents;
        rec.installments = installments;
        rec.card = brand != nullptr;
        payment& p = rec.p;
        p.id = id;
        p.date_created = state_.stamp(c.now);
        p.date_last_updated = p.date_created;
        p.operation_type = "regular_payment";
        p.payment_method_id = method;
        p.payment_type_id = payment_type(brand ? brand->payment_type_id : offline->payment_type_id);
        p.currency_id = std::string(state_.site().currency_id);
        p.description = req.description;
        p.live_mode = false;
        p.collector_id = c.who.user_id;
        if (auto h = find_header(c.req.headers, "X-Integrator-Id")) p.integrator_id = std::string(*h);
        if (auto h = find_header(c.req.headers, "X-Platform-Id")) p.platform_id = std::string(*h);
        if (auto h = find_header(c.req.headers, "X-Corporation-Id")) p.corporation_id = std::string(*h);
        p.metadata = req.metadata ? *req.metadata : free_form(boost::json::object{});  // numbers keep their text
        if (req.additional_info) {
            if (auto info = from_json<payment_additional_info>(to_json(*req.additional_info))) p.additional_info = std::move(*info);
        }
        p.order = payment_order{};
        p.external_reference = req.external_reference;
        p.transaction_amount = req.transaction_amount;
        p.coupon_amount = shared_state::money(0);
        p.taxes_amount = shared_state::money(0);
        p.shipping_amount = shared_state::money(0);
        p.installments = installments;
        p.binary_mode = req.binary_mode.value_or(false);
        p.notification_url = req.notification_url;
        p.callback_url = req.callback_url;
        p.processing_mode = "aggregator";
        p.refunds = std::vector<refund>{};
        p.captured = capture;

        // The payer: the customer, or who the request names.
        payment_payer payer;
        if (cust) {
            payer.type = "customer";
            payer.id = cust->c.id;
            payer.email = cust->c.email;
            payer.first_name = cust->c.first_name;
            payer.last_name = cust->c.last_name;
            payer.identification = cust->c.identification;
        } else if (req.payer) {
            payer.type = req.payer->type;
            payer.email = req.payer->email;
            if (req.payer->email) payer.id = payer_id_for(*req.payer->email);
            payer.first_name = req.payer->first_name;
            payer.last_name = req.payer->last_name;
            payer.entity_type = req.payer->entity_type;
            payer.identification = req.payer->identification;
            payer.phone = req.payer->phone;
        }

        std::string_view status = "approved", detail = "accredited";
        if (brand) {
            const std::string holder =
                token->view.cardholder && token->view.cardholder->name ? *token->view.cardholder->name : std::string{};
            const forced_outcome& o = outcome_for(holder);
            status = o.status;
            detail = o.status_detail;
            if (status == "approved" && installments > brand->max_installments) {
                status = "rejected";
                detail = "cc_rejected_invalid_installments";
            }
            if (status == "in_process" && p.binary_mode.value_or(false)) {  // binary mode: approved or rejected only
                status = "rejected";
                detail = "cc_rejected_high_risk";
            }
            if (status == "approved" && !capture) {
                status = "authorized";
                detail = "pending_capture";
            }
            token->used = true;
            if (!payer.identification && token->view.cardholder) payer.identification = token->view.cardholder->identification;
            payment_card card;
            if (!token->card_id.empty()) card.id = token->card_id;
            card.first_six_digits = token->view.first_six_digits;
            card.last_four_digits = token->view.last_four_digits;
            if (token->view.expiration_month) card.expiration_month = static_cast<int>(*token->view.expiration_month);
            if (token->view.expiration_year) card.expiration_year = static_cast<int>(*token->view.expiration_year);
            card.date_created = p.date_created;
            card.date_last_updated = p.date_created;
            if (token->view.cardholder)
                card.cardholder = payment_cardholder{token->view.cardholder->name, token->view.cardholder->identification, {}};
            p.card = std::move(card);
            p.issuer_id = std::string(brand->issuer_id);
            p.statement_descriptor = req.statement_descriptor ? *req.statement_descriptor : state_.options().statement_descriptor;
            payment_point_of_interaction poi;
            poi.type = "UNSPECIFIED";
            poi.business_info = payment_business_info{"online_payments", "default", {}};
            p.point_of_interaction = std::move(poi);
            p.payment_method =
                payment_payment_method{method, std::string(brand->payment_type_id), std::string(brand->issuer_id), {}, {}};
            if (status == "approved" || status == "authorized") p.authorization_code = state_.random_digits(6);
        } else if (offline->id == "pix") {
            status = "pending";
            detail = "pending_waiting_transfer";
            p.date_of_expiration = req.date_of_expiration ? *req.date_of_expiration : state_.stamp(c.now + std::chrono::hours{24});
            payment_transaction_data data;
            data.qr_code = detail::pix_emv_code(state_.uuid(), shared_state::money_text(*cents), "mpqrinter" + std::to_string(id));
            data.qr_code_base64 = std::string(detail::pix_qr_png_base64);
            data.ticket_url = "https://www.mercadopago.com.br/sandbox/payments/" + std::to_string(id) +
                              "/ticket?caller_id=" + std::to_string(c.who.user_id) + "&hash=" + state_.uuid();
            payment_point_of_interaction poi;
            poi.type = "OPENPLATFORM";
            poi.business_info = payment_business_info{"online_payments", "default", {}};
            poi.transaction_data = std::move(data);
            p.point_of_interaction = std::move(poi);
            p.payment_method = payment_payment_method{method, "bank_transfer", std::nullopt, {}, {}};
        } else if (offline->id == "bolbradesco") {
            status = "pending";
            detail = "pending_waiting_payment";
            p.date_of_expiration = req.date_of_expiration ? *req.date_of_expiration : state_.stamp(c.now + std::chrono::hours{72});
            auto& td = p.transaction_details.emplace();
            const std::string reference = state_.random_digits(10);
            td.payment_method_reference_id = reference;
            td.external_resource_url = "https://www.mercadopago.com.br/sandbox/payments/" + std::to_string(id) +
                                       "/ticket?caller_id=" + std::to_string(c.who.user_id) +
                                       "&payment_method_id=bolbradesco&payment_id=" + std::to_string(id) +
                                       "&payment_method_reference_id=" + reference + "&hash=" + state_.uuid();
            td.barcode = payment_barcode{"2379" + state_.random_digits(40), {}};
            td.digitable_line = "23793" + state_.random_digits(42);
            payment_point_of_interaction poi;
            poi.type = "UNSPECIFIED";
            poi.business_info = payment_business_info{"online_payments", "default", {}};
            p.point_of_interaction = std::move(poi);
            p.payment_method = payment_payment_method{method, "ticket", std::nullopt, {}, {}};
        } else {  // account_money
            payment_point_of_interaction poi;
            poi.type = "UNSPECIFIED";
            poi.business_info = payment_business_info{"online_payments", "default", {}};
            p.point_of_interaction = std::move(poi);
            p.payment_method = payment_payment_method{method, "account_money", std::nullopt, {}, {}};
        }
        p.payer = std::move(payer);
        p.status = payment_status(status);
        p.status_detail = payment_status_detail(detail);
        if (status == "approved") approve(rec, c.now);
        if (status == "authorized") p.captured = false;
        refresh_money(rec);
        payment out = p;
        notify(c, rec, "payment.created");
        payments_.emplace(id, std::move(rec));
        return c.reply(201, out);
    }

    /// The signed notification of a change to the payment (when it asked for them).
    void notify(const call& c, const record& r, std::string_view action) {
        const std::string data_id = std::to_string(r.p.id.value_or(0));
        state_.notify(c, {.notification_url = r.p.notification_url.value_or(""),
                          .topic = "payment",
                          .action = action,
                          .data_id = data_id,
                          .user_id = r.collector});
    }

    void approve(record& r, clock_type::time_point t) {
        r.p.date_approved = state_.stamp(t);
        r.p.money_release_date = state_.stamp(t + std::chrono::hours{24 * 14});
        r.p.money_release_status = "pending";
        r.p.money_release_schema = std::nullopt;
    }

    http_response get(call& c) {
        record* r = find(c, c.params[0]);
        if (!r) return not_found(c);
        return c.reply(200, r->p);
    }

    http_response update(call& c) {
        record* r = find(c, c.params[0]);
        if (!r) return not_found(c);
        const std::string_view body = c.body_or_empty_object();
        result<payment_update_request> decoded = from_json<payment_update_request>(body);
        if (!decoded) {
            if (decoded.error().code == errc::decode && decoded.error().path == "capture")
                return c.bad_request("2078", "capture attribute must be boolean");
            http_response failed;
            (void)c.decode<payment_update_request>(body, failed);
            return failed;
        }
        const payment_update_request& u = *decoded;
        payment& p = r->p;
        const payment_status current = p.status.value_or(payment_status{});
        if (u.status) {
            if (*u.status != payment_status::cancelled)
                return c.bad_request("1", "invalid status " + u.status->str() + ": a payment can only be cancelled");
            if (current != payment_status::pending && current != payment_status::in_process &&
                current != payment_status::authorized)
                return c.bad_request("2018", "The action requested is not valid for the current payment state (" +
                                                   current.str() + ")");
            p.status = payment_status::cancelled;
            p.status_detail = payment_status_detail::by_collector;
            p.money_release_date = std::nullopt;
            p.money_release_status = std::nullopt;
        } else if (u.capture) {
            if (*u.capture) {
                if (current != payment_status::authorized)
                    return c.bad_request("2018", "The action requested is not valid for the current payment state (" +
                                                       current.str() + ")");
                const decimal amount = u.transaction_amount ? *u.transaction_amount : p.transaction_amount.value_or(decimal{});
                const auto cents = amount.minor_units(2);
                if (!cents || *cents <= 0) return c.bad_request("4037", "Invalid transaction_amount");
                if (*cents > r->amount_cents)
                    return c.bad_request("4037", "Invalid transaction_amount: " + amount.to_string() +
                                                      " exceeds the authorized amount " + shared_state::money_text(r->amount_cents));
                p.transaction_amount = amount;
                r->amount_cents = *cents;
                p.status = payment_status::approved;
                p.status_detail = payment_status_detail::accredited;
                p.captured = true;
                approve(*r, c.now);
            }
        } else if (u.transaction_amount) {
            return c.bad_request("1", "transaction_amount can only be changed when capturing (capture: true)");
        }
        p.date_last_updated = state_.stamp(c.now);
        refresh_money(*r);
        if (p.status != current) notify(c, *r, "payment.updated");
        return c.reply(200, p);
    }

    // --- control calls (/sandbox/payments/{id}/…) --------------------------------

    /// The pending Pix or boleto payment of the path, or the error refusing the call.
    record* pending(call& c, http_response& failed) {
        record* r = find(c, c.params[0]);
        if (!r) {
            failed = not_found(c);
            return nullptr;
        }
        if (r->p.status != payment_status::pending || r->card) {
            failed = c.error(409, "payment " + c.params[0] + " is not a Pix or boleto payment waiting for the buyer (" +
                                      r->p.status.value_or(payment_status{}).str() + ")", {});
            return nullptr;
        }
        return r;
    }

    /// The buyer pays the pending Pix transfer or boleto.
    http_response pay_pending(call& c) {
        http_response failed;
        record* r = pending(c, failed);
        if (!r) return failed;
        r->p.status = payment_status::approved;
        r->p.status_detail = payment_status_detail::accredited;
        approve(*r, c.now);
        r->p.date_last_updated = state_.stamp(c.now);
        refresh_money(*r);
        notify(c, *r, "payment.updated");
        return c.reply(200, r->p);
    }

    /// The pending Pix transfer or boleto runs out of time.
    http_response expire_pending(call& c) {
        http_response failed;
        record* r = pending(c, failed);
        if (!r) return failed;
        r->p.status = payment_status::cancelled;
        r->p.status_detail = payment_status_detail("expired");
        r->p.date_last_updated = state_.stamp(c.now);
        notify(c, *r, "payment.updated");
        return c.reply(200, r->p);
    }

    /// A search date: ISO-8601, or NOW, NOW-30DAYS, NOW-2HOURS, NOW-1MONTHS, …
    static std::optional<clock_type::time_point> search_date(std::string_view s, clock_type::time_point now) {
        if (s.starts_with("NOW")) {
            s.remove_prefix(3);
            if (s.empty()) return now;
            if (s.front() != '-' && s.front() != '+') return std::nullopt;
            const bool minus = s.front() == '-';
            s.remove_prefix(1);
            std::size_t i = 0;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
            const auto n = detail::parse_int(s.substr(0, i));
            if (!n) return std::nullopt;
            std::string unit(s.substr(i));
            if (unit.ends_with('S')) unit.pop_back();
            std::int64_t minutes = 0;
            if (unit == "MINUTE") minutes = 1;
            else if (unit == "HOUR") minutes = 60;
            else if (unit == "DAY") minutes = 60 * 24;
            else if (unit == "WEEK") minutes = 60 * 24 * 7;
            else if (unit == "MONTH") minutes = 60 * 24 * 30;
            else if (unit == "YEAR") minutes = 60 * 24 * 365;
            else return std::nullopt;
            const auto d = std::chrono::minutes{*n * minutes};
            return minus ? now - d : now + d;
        }
        auto t = timestamp::parse(s);
        if (!t) return std::nullopt;
        return clock_type::time_point{std::chrono::duration_cast<clock_type::duration>(t->time()->time_since_epoch())};
    }

    static std::optional<clock_type::time_point> date_of(const payment& p, std::string_view field) {
        const optional<timestamp>* t = field == "date_approved"       ? &p.date_approved
                                            : field == "date_last_updated"  ? &p.date_last_updated
                                            : field == "money_release_date" ? &p.money_release_date
                                                                            : &p.date_created;
        if (!*t || !(*t)->time()) return std::nullopt;
        return clock_type::time_point{std::chrono::duration_cast<clock_type::duration>((*t)->time()->time_since_epoch())};
    }

    /// The text a payment-search filter compares with; nullopt for an unknown filter.
    static std::optional<std::string> filter_value(const payment& p, std::string_view key) {
        auto text = [](const auto& o) -> std::string {
            if (!o) return {};
            using V = std::remove_cvref_t<decltype(*o)>;
            if constexpr (std::is_same_v<V, std::string>) return *o;
            else if constexpr (std::is_integral_v<V>) return std::to_string(*o);
            else return o->str();
        };
        if (key == "id") return text(p.id);
        if (key == "external_reference") return text(p.external_reference);
        if (key == "status") return text(p.status);
        if (key == "status_detail") return text(p.status_detail);
        if (key == "payment_method_id") return text(p.payment_method_id);
        if (key == "payment_type_id") return text(p.payment_type_id);
        if (key == "operation_type") return text(p.operation_type);
        if (key == "currency_id") return text(p.currency_id);
        if (key == "installments") return text(p.installments);
        if (key == "processing_mode") return text(p.processing_mode);
        if (key == "store_id") return text(p.store_id);
        if (key == "pos_id") return text(p.pos_id);
        if (key == "issuer_id") return text(p.issuer_id);
        if (key == "collector.id" || key == "collector_id") return text(p.collector_id);
        if (key == "payer.id") return p.payer ? text(p.payer->id) : std::string{};
        if (key == "payer.email") return p.payer ? text(p.payer->email) : std::string{};
        if (key == "card.id") return p.card ? text(p.card->id) : std::string{};
        return std::nullopt;
    }

    http_response search(call& c) {
        http_response failed;
        const auto w = detail::window(c, failed);
        if (!w) return failed;
        const auto& q = c.target.query;
        const std::string sort = detail::query_value(q, "sort").value_or("date_created");
        const std::string criteria = detail::query_value(q, "criteria").value_or("asc");
        const std::string range = detail::query_value(q, "range").value_or("date_created");
        static constexpr std::string_view date_fields[] = {"date_created", "date_approved", "date_last_updated",
                                                           "money_release_date"};
        auto is_date_field = [](std::string_view f) {
            return std::find(std::begin(date_fields), std::end(date_fields), f) != std::end(date_fields);
        };
        if (sort != "id" && !is_date_field(sort)) return c.bad_request("1", "invalid parameter sort: " + sort);
        if (criteria != "asc" && criteria != "desc") return c.bad_request("1", "invalid parameter criteria: " + criteria);
        if (!is_date_field(range)) return c.bad_request("1", "invalid parameter range: " + range);
        std::optional<clock_type::time_point> begin, end;
        if (auto v = detail::query_value(q, "begin_date")) {
            if (!(begin = search_date(*v, c.now))) return c.bad_request("1001", "invalid parameter begin_date: " + *v);
        }
        if (auto v = detail::query_value(q, "end_date")) {
            if (!(end = search_date(*v, c.now))) return c.bad_request("1001", "invalid parameter end_date: " + *v);
        }
        static constexpr std::string_view controls[] = {"limit", "offset", "sort", "criteria", "range",
                                                        "begin_date", "end_date", "access_token"};
        std::vector<std::pair<std::string, std::string>> filters;
        for (const auto& [k, v] : q)
            if (std::find(std::begin(controls), std::end(controls), k) == std::end(controls)) filters.emplace_back(k, v);

        std::vector<const payment*> hits;
        for (const auto& [id, rec] : payments_) {
            if (rec.collector != c.who.user_id) continue;
            bool keep = true;
            for (const auto& [k, v] : filters) {
                const auto actual = filter_value(rec.p, k);
                if (actual && *actual != v) {
                    keep = false;
                    break;
                }
            }
            if (keep && (begin || end)) {
                const auto d = date_of(rec.p, range);
                keep = d && (!begin || *d >= *begin) && (!end || *d <= *end);
            }
            if (keep) hits.push_back(&rec.p);
        }
        const bool desc = criteria == "desc";
        std::stable_sort(hits.begin(), hits.end(), [&](const payment* a, const payment* b) {
            if (sort != "id") {
                const auto da = date_of(*a, sort), db = date_of(*b, sort);
                if (da != db) {
                    if (!da) return false;  // no date: last either way
                    if (!db) return true;
                    return desc ? *da > *db : *da < *db;
                }
            }
            return desc ? a->id > b->id : a->id < b->id;
        });
        return c.reply(200, detail::page_of(hits, *w));
    }

    shared_state& state_;
    std::int64_t next_payment_id_;
    std::map<std::int64_t, record> payments_;
    std::map<std::string, std::string> payer_ids_;
};

}  // namespace mercadopago::sandbox
