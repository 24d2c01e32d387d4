// Customers: create, get, update, delete, search.
#pragma once

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/models/customer.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/resource_id.hpp>
#include <mercadopago/search.hpp>

namespace mercadopago {

namespace endpoints {
using customers_create = endpoint<http_method::post, "/v1/customers", customer_request, customer>;
using customers_get = endpoint<http_method::get, "/v1/customers/{id}", no_body, customer>;
using customers_update = endpoint<http_method::put, "/v1/customers/{id}", customer_request, customer>;
using customers_delete = endpoint<http_method::del, "/v1/customers/{id}", no_body, customer>;
using customers_search = endpoint<http_method::get, "/v1/customers/search", no_body, results_page<customer>>;
}  // namespace endpoints

template <class Client>
class customers_api {
public:
    explicit customers_api(const Client& c) noexcept : c_(&c) {}

    api_result<customer> create(const customer_request& req, const request_options& o = {}) const {
        return c_->template call<endpoints::customers_create>({}, req, {}, o);
    }
    api_result<customer> get(resource_id id, const request_options& o = {}) const {
        return c_->template call<endpoints::customers_get>({id.str()}, {}, o);
    }
    api_result<customer> update(resource_id id, const customer_request& req, const request_options& o = {}) const {
        return c_->template call<endpoints::customers_update>({id.str()}, req, {}, o);
    }
    /// Deletes the customer (`delete` is a C++ keyword).
    api_result<customer> remove(resource_id id, const request_options& o = {}) const {
        return c_->template call<endpoints::customers_delete>({id.str()}, {}, o);
    }
    /// Search by e-mail: `search({.filters = {{"email", "buyer@example.com"}}})`.
    api_result<results_page<customer>> search(const search_query& q = {}, const request_options& o = {}) const {
        return c_->template call<endpoints::customers_search>({}, q.to_query(), o);
    }
    auto search_all(search_query q = {}, request_options o = {}) const {
        return mercadopago::search_all<endpoints::customers_search>(*c_, std::move(q), std::move(o));
    }

private:
    const Client* c_;
};

/// The page this resource answers searches with, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(results_page<customer>);

}  // namespace mercadopago
