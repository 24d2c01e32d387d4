// Request bodies of the Orders API: create an order, add or update one of its
// payments, refund part of it. Only the members a caller sets are sent: the
// API refuses unknown ones (`unsupported_properties`). Amounts are written
// as decimal strings ("200.00"), as the API requires.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/models/order.hpp>
#include <mercadopago/optional.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// How a payment of a new order is paid: a card token (tokenised on the
/// buyer's side with the public key), a saved card, Pix, boleto, …
struct order_payment_method_request {
    optional<std::string> id{};    ///< master, visa, pix, boleto, …
    optional<std::string> type{};  ///< credit_card, debit_card, bank_transfer, ticket
    optional<std::string> token{};
    optional<std::string> card_id{};
    optional<std::int64_t> installments{};
    optional<std::string> statement_descriptor{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_payment_method_request, id, type, token, card_id, installments, statement_descriptor);
};

/// One payment to make: the body of `PUT /v1/orders/{id}/transactions/{transaction_id}`
/// and an entry of `transactions.payments`.
struct order_payment_request {
    optional<decimal> amount{};
    optional<order_payment_method_request> payment_method{};
    optional<std::string> expiration_time{};  ///< an ISO-8601 duration (Pix, boleto)
    optional<order_automatic_payments> automatic_payments{};
    optional<order_stored_credential> stored_credential{};
    optional<order_subscription_data> subscription_data{};
    extra_fields extra{};

    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_payment_request, amount, payment_method, expiration_time, automatic_payments,
                       stored_credential, subscription_data);
};

/// `transactions` of a new order, and the body of `POST /v1/orders/{id}/transactions`.
struct order_transactions_request {
    std::vector<order_payment_request> payments{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_transactions_request, payments);
};

struct order_shipment {
    optional<order_address> address{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_shipment, address);
};

/// The body of `POST /v1/orders`.
struct order_create_request {
    std::string type = "online";                   ///< online (point and qr are in-store)
    optional<std::string> processing_mode{};  ///< automatic (default) or manual: `created` until process()
    optional<std::string> capture_mode{};     ///< automatic, automatic_async, or manual: capture() later
    optional<decimal> total_amount{};
    optional<std::string> external_reference{};
    optional<std::string> description{};
    optional<std::string> marketplace{};
    optional<decimal> marketplace_fee{};
    optional<std::string> expiration_time{};
    optional<std::string> checkout_available_at{};
    optional<order_payer> payer{};
    optional<order_transactions_request> transactions{};
    optional<std::vector<order_item>> items{};
    optional<order_config> config{};
    optional<order_integration_data> integration_data{};
    optional<order_shipment> shipment{};
    optional<std::vector<order_tax>> taxes{};
    optional<free_form> additional_info{};
    extra_fields extra{};

    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_create_request, type, processing_mode, capture_mode, total_amount, external_reference,
                       description, marketplace, marketplace_fee, expiration_time, checkout_available_at, payer,
                       transactions, items, config, integration_data, shipment, taxes, additional_info);
};

/// One payment to refund, in part: `{"id":"pay_…","amount":"10.00"}`.
struct order_refund_transaction {
    std::string id{};
    optional<decimal> amount{};
    extra_fields extra{};

    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_refund_transaction, id, amount);
};

/// The body of a partial `POST /v1/orders/{id}/refund` (a total refund sends none).
struct order_refund_request {
    std::vector<order_refund_transaction> transactions{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_refund_request, transactions);
};

MERCADOPAGO_CODECS(order_payment_method_request, order_payment_request, order_transactions_request, order_shipment,
                   order_create_request, order_refund_transaction, order_refund_request);

}  // namespace mercadopago
