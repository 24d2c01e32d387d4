// Payment methods and what a custom checkout asks while the buyer types:
// which brand a BIN is, which issuers, which installment plans.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/decimal.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/detail/resource_accessor.hpp>
#include <mercadopago/detail/result_instantiation.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/models/installments.hpp>
#include <mercadopago/models/issuer.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/models/payment_method.hpp>

#include <string>
#include <vector>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace endpoints {
using payment_methods_list =
    endpoint<http_method::get, "/v1/payment_methods", no_body, std::vector<payment_method>, credential::public_key>;
using payment_methods_search = endpoint<http_method::get, "/v1/payment_methods/search", no_body,
                                        results_page<payment_method>, credential::public_key>;
using payment_methods_installments = endpoint<http_method::get, "/v1/payment_methods/installments", no_body,
                                              std::vector<installment_options>, credential::public_key>;
using payment_methods_card_issuers =
    endpoint<http_method::get, "/v1/payment_methods/card_issuers", no_body, std::vector<issuer>, credential::public_key>;
}  // namespace endpoints

/// Query of `/v1/payment_methods/installments`.
struct installments_query {
    decimal amount{};  ///< the purchase amount, always sent, as plain decimal text ("100.50")
    std::string bin{};                ///< first 6-8 digits of the card
    std::string payment_method_id{};  ///< "visa", "master", …
    std::string issuer_id{};          ///< sent as `issuer.id`
    std::string payment_type_id{};  ///< e.g. "credit_card", "debit_card"; sent when set
    std::string locale{};  ///< sent as `locale` when set: the language of the answer's texts

    /// The query string pairs: `amount`, then each set member under its API name.
    query_params to_query() const {
        query_params q{{"amount", amount.to_string()}};
        auto add = [&](const char* k, const std::string& v) {
            if (!v.empty()) q.emplace_back(k, v);
        };
        add("bin", bin);
        add("payment_method_id", payment_method_id);
        add("issuer.id", issuer_id);
        add("payment_type_id", payment_type_id);
        add("locale", locale);
        return q;
    }
};

/// Payment methods and the look-ups a card form makes while the buyer types: the brand of a BIN, its
/// issuers, its installment plans. Reach it as `cli.payment_methods()` from any client: the public key is enough
/// (`?public_key=`; a server client sends its access token). A synchronous client returns `api_result<T>`; an
/// async_client takes a completion token last and completes with that result.
template <class Client>
class payment_methods_api {
public:
    /// Over `c`, which must outlive this facade (only a pointer is kept).
    explicit payment_methods_api(const Client& c) noexcept : c_(&c) {}

    /// `GET /v1/payment_methods`: every method of the credential's site, as a bare array.
    template <class... Token>
    auto list(const request_options& o = {}, Token&&... t) const {  // api_result<std::vector<payment_method>>
        return c_->template call<endpoints::payment_methods_list>({}, {}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto list(Token&& t) const {
        return list(request_options{}, std::forward<Token>(t));
    }
    /// The payment methods matching a card's first digits (BIN).
    /// `GET /v1/payment_methods/search?bins=<bin>`, read as a results_page<payment_method> (no SDK types
    /// this endpoint; members beyond the model stay in each `extra`).
    template <class... Token>
    auto search_by_bin(const std::string& bin, const request_options& o = {}, Token&&... t) const {  // api_result<results_page<payment_method>>
        return c_->template call<endpoints::payment_methods_search>({}, {{"bins", bin}}, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto search_by_bin(const std::string& bin, Token&& t) const {
        return search_by_bin(bin, request_options{}, std::forward<Token>(t));
    }
    /// Installment plans (with their costs) for an amount and card.
    /// `GET /v1/payment_methods/installments`: one installment_options per method and issuer, each with its
    /// `payer_costs`.
    template <class... Token>
    auto installments(const installments_query& q, const request_options& o = {}, Token&&... t) const {  // api_result<std::vector<installment_options>>
        return c_->template call<endpoints::payment_methods_installments>({}, q.to_query(), o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options.
    template <detail::completion_token<Client> Token>
    auto installments(const installments_query& q, Token&& t) const {
        return installments(q, request_options{}, std::forward<Token>(t));
    }
    /// Card issuers for a payment method (and optionally a BIN).
    /// `GET /v1/payment_methods/card_issuers?payment_method_id=…[&bin=…]`: the issuers as a bare array
    /// (a shape no SDK confirms).
    template <class... Token>
    auto card_issuers(const std::string& payment_method_id, const std::string& bin = {}, const request_options& o = {}, Token&&... t) const {  // api_result<std::vector<issuer>>
        query_params q{{"payment_method_id", payment_method_id}};
        if (!bin.empty()) q.emplace_back("bin", bin);
        return c_->template call<endpoints::payment_methods_card_issuers>({}, q, o, std::forward<Token>(t)...);
    }
    /// As above, for an async_client: the completion token `t` in place of the options (`bin` may be "").
    template <detail::completion_token<Client> Token>
    auto card_issuers(const std::string& payment_method_id, const std::string& bin, Token&& t) const {
        return card_issuers(payment_method_id, bin, request_options{}, std::forward<Token>(t));
    }

private:
    const Client* c_;
};

/// `cli.payment_methods()`, in every client; listed in mercadopago/resources.hpp.
template <class Client>
struct payment_methods_accessor {
    /// The payment-methods facade over this client.
    payment_methods_api<Client> payment_methods() const noexcept {
        return detail::open_resource<payment_methods_api, credential::public_key>(static_cast<const Client&>(*this));
    }
};

/// The page this resource answers searches with, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(results_page<payment_method>);

/// The results of this resource's calls, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/result_instantiation.hpp).
MERCADOPAGO_RESULTS(std::vector<payment_method>, results_page<payment_method>, std::vector<installment_options>, std::vector<issuer>);

}  // namespace mercadopago
