// The emulated refunds of a payment: total or partial (never more than the
// refundable balance; cause 4037), only of approved payments (cause 3005);
// listed and read back. A payment refunded in full becomes `refunded`, in
// part `partially_refunded`, and either change notifies `payment.updated`.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api/refunds.hpp>
#include <mercadopago/models/refund.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/services/payments.hpp>
#include <mercadopago/sandbox/state.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class refunds_service : public service {
public:
    refunds_service(shared_state& state, route_table& routes)
        : state_(state), next_refund_id_(state.options().first_refund_id) {
        namespace ep = endpoints;
        routes.add<ep::refunds_create>(this, &refunds_service::create, {.key_required = true});
        routes.add<ep::refunds_list>(this, &refunds_service::list);
        routes.add<ep::refunds_get>(this, &refunds_service::get);
    }

private:
    payments_service& payments() const { return state_.get<payments_service>(); }

    http_response create(call& c) {
        payments_service::record* r = payments().find(c, c.params[0]);
        if (!r) return payments().not_found(c);
        const std::string_view body = c.body_or_empty_object();
        http_response failed;
        auto req = c.decode<refund_create_request>(body, failed);
        if (!req) return failed;
        payment& p = r->p;
        if (!p.status || *p.status != payment_status::approved)
            return c.bad_request("3005", "Payment with status " + (p.status ? p.status->str() : std::string("?")) +
                                              " can't be refunded: only approved payments can");
        const std::int64_t refundable = r->amount_cents - r->refunded_cents;
        std::int64_t cents = refundable;
        if (req->amount) {
            const auto given = req->amount->minor_units(2);
            if (!given || *given <= 0) return c.bad_request("4037", "Invalid refund amount: it must be greater than zero");
            if (*given > refundable)
                return c.bad_request("4037", "Invalid refund amount: " + req->amount->to_string() +
                                                  " exceeds the refundable balance " + shared_state::money_text(refundable));
            cents = *given;
        }
        refund rf;
        rf.id = next_refund_id_++;
        rf.payment_id = p.id;
        rf.amount = req->amount ? *req->amount : shared_state::money(cents);
        rf.metadata = boost::json::object{};
        rf.source = refund_source{std::to_string(r->collector), "Sandbox Seller", "collector", {}};
        rf.date_created = state_.stamp(c.now);
        rf.refund_mode = "standard";
        rf.adjustment_amount = shared_state::money(0);
        rf.status = refund_status::approved;
        rf.amount_refunded_to_payer = rf.amount;
        r->refunded_cents += cents;
        r->refunds.push_back(rf);
        p.refunds->push_back(rf);  // the payment embeds the same refund model
        if (r->refunded_cents == r->amount_cents) {
            p.status = payment_status::refunded;
            p.status_detail = payment_status_detail::refunded;
        } else {
            p.status_detail = payment_status_detail::partially_refunded;
        }
        payments().changed(c, *r);
        return c.reply(201, rf);
    }

    http_response list(call& c) {
        payments_service::record* r = payments().find(c, c.params[0]);
        if (!r) return payments().not_found(c);
        return c.reply(200, r->refunds);
    }

    http_response get(call& c) {
        payments_service::record* r = payments().find(c, c.params[0]);
        if (!r) return payments().not_found(c);
        for (const auto& rf : r->refunds)
            if (rf.id && std::to_string(*rf.id) == c.params[1]) return c.reply(200, rf);
        return c.error(404, "refund " + c.params[1] + " not found", {});
    }


    shared_state& state_;
    std::int64_t next_refund_id_;
};

}  // namespace mercadopago::sandbox
