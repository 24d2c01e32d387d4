// Payments: create, get, search, update, capture, cancel.
#pragma once

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/decimal.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/models/payment_request.hpp>
#include <mercadopago/resource_id.hpp>
#include <mercadopago/search.hpp>

namespace mercadopago {

namespace endpoints {
using payments_create = endpoint<http_method::post, "/v1/payments", payment_create_request, payment>;
using payments_get = endpoint<http_method::get, "/v1/payments/{id}", no_body, payment>;
using payments_search = endpoint<http_method::get, "/v1/payments/search", no_body, results_page<payment>>;
/// Update, capture and cancel are all this PUT with different bodies.
using payments_update = endpoint<http_method::put, "/v1/payments/{id}", payment_update_request, payment>;
}  // namespace endpoints

template <class Client>
class payments_api {
public:
    explicit payments_api(const Client& c) noexcept : c_(&c) {}

    /// Charges a payment. A decline is not an error: the API answers 201 with
    /// `status: rejected` and the reason in `status_detail`.
    api_result<payment> create(const payment_create_request& req, const request_options& o = {}) const {
        return c_->template call<endpoints::payments_create>({}, req, {}, o);
    }
    api_result<payment> get(resource_id id, const request_options& o = {}) const {
        return c_->template call<endpoints::payments_get>({id.str()}, {}, o);
    }
    /// One page of results.
    api_result<results_page<payment>> search(const search_query& q = {}, const request_options& o = {}) const {
        return c_->template call<endpoints::payments_search>({}, q.to_query(), o);
    }
    /// Every result across pages, fetched lazily.
    auto search_all(search_query q = {}, request_options o = {}) const {
        return mercadopago::search_all<endpoints::payments_search>(*c_, std::move(q), std::move(o));
    }
    api_result<payment> update(resource_id id, const payment_update_request& req, const request_options& o = {}) const {
        return c_->template call<endpoints::payments_update>({id.str()}, req, {}, o);
    }
    /// Captures an authorised payment (created with `capture: false`) in full.
    api_result<payment> capture(resource_id id, const request_options& o = {}) const {
        return update(std::move(id), payment_update_request{.capture = true}, o);
    }
    /// Captures part of an authorised amount; the rest is released to the buyer.
    api_result<payment> capture(resource_id id, decimal amount, const request_options& o = {}) const {
        return update(std::move(id), payment_update_request{.capture = true, .transaction_amount = amount}, o);
    }
    /// Cancels a pending, in-process or authorised payment.
    api_result<payment> cancel(resource_id id, const request_options& o = {}) const {
        return update(std::move(id), payment_update_request{.status = payment_status::cancelled}, o);
    }

private:
    const Client* c_;
};

/// The page this resource answers searches with, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(results_page<payment>);

}  // namespace mercadopago
