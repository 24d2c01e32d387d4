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
    optional<std::string> id{};  ///< payment method: `master`, `visa`, `pix`, `boleto`, …
    optional<std::string> type{};  ///< payment type: `credit_card`, `debit_card`, `bank_transfer` or `ticket`
    optional<std::string> token{};  ///< single-use card token made on the buyer's side with the public key
    /// Id of a saved card of the customer (`payer.customer_id`), instead of a new card.
    optional<std::string> card_id{};
    optional<std::int64_t> installments{};  ///< number of installments for a card (1 for a single charge)
    optional<std::string> statement_descriptor{};  ///< text shown on the buyer's card statement
    /// Keys this library does not model, kept with their JSON text and written back unchanged (sent as they are:
    /// the Orders API answers `unsupported_properties` to keys it does not know).
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_payment_method_request, id, type, token, card_id, installments, statement_descriptor);
};

/// One payment to make: the body of `PUT /v1/orders/{id}/transactions/{transaction_id}`
/// and an entry of `transactions.payments`.
struct order_payment_request {
    /// Amount to charge: positive, at most two decimal places; written as a string ("200.00").
    optional<decimal> amount{};
    optional<order_payment_method_request> payment_method{};  ///< how the payment is made
    /// How long a Pix or boleto payment stays payable, as an ISO-8601 duration (`P3D`).
    optional<std::string> expiration_time{};
    optional<order_automatic_payments> automatic_payments{};  ///< automatic charge of a stored payment profile
    optional<order_stored_credential> stored_credential{};  ///< use of a card kept on file
    optional<order_subscription_data> subscription_data{};  ///< subscription details of a recurring charge
    /// Keys this library does not model, kept with their JSON text and written back unchanged (sent as they are:
    /// the Orders API answers `unsupported_properties` to keys it does not know).
    extra_fields extra{};

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_payment_request, amount, payment_method, expiration_time, automatic_payments,
                       stored_credential, subscription_data);
};

/// `transactions` of a new order, and the body of `POST /v1/orders/{id}/transactions`.
struct order_transactions_request {
    /// Payments to make; always sent (an order takes at most two in all).
    std::vector<order_payment_request> payments{};
    /// Keys this library does not model, kept with their JSON text and written back unchanged (sent as they are:
    /// the Orders API answers `unsupported_properties` to keys it does not know).
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_transactions_request, payments);
};

/// Shipping of a new order (`shipment`): where the goods go.
struct order_shipment {
    optional<order_address> address{};  ///< delivery address
    /// Keys this library does not model, kept with their JSON text and written back unchanged (sent as they are:
    /// the Orders API answers `unsupported_properties` to keys it does not know).
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_shipment, address);
};

/// The body of `POST /v1/orders`.
struct order_create_request {
    std::string type = "online";  ///< `online` by default and always sent; `point` and `qr` are the in-store kinds
    /// `automatic` (the default) or `manual`: the order stays `created` until process().
    optional<std::string> processing_mode{};
    /// `automatic`, `automatic_async` or `manual`: an authorised card waits for capture().
    optional<std::string> capture_mode{};
    optional<decimal> total_amount{};  ///< amount to collect; must equal the sum of the payments' amounts
    optional<std::string> external_reference{};  ///< your own reference for the order (e.g. your order number)
    optional<std::string> description{};  ///< description of the purchase
    optional<std::string> marketplace{};  ///< marketplace the order is sold through, as text
    optional<decimal> marketplace_fee{};  ///< the marketplace's commission; at most `total_amount`
    /// How long the order stays payable: an ISO-8601 duration (`P3D`) or a date-time.
    optional<std::string> expiration_time{};
    optional<std::string> checkout_available_at{};  ///< when the checkout becomes available, as text
    optional<order_payer> payer{};  ///< the buyer; with test credentials `email` must end in `@testuser.com`
    optional<order_transactions_request> transactions{};  ///< the payments to make (at most two)
    optional<std::vector<order_item>> items{};  ///< what is sold
    optional<order_config> config{};  ///< checkout settings: payment methods, return URLs, statement text
    optional<order_integration_data> integration_data{};  ///< who built the integration
    optional<order_shipment> shipment{};  ///< where the goods go
    optional<std::vector<order_tax>> taxes{};  ///< taxes on the order
    optional<free_form> additional_info{};  ///< further data, sent as JSON exactly as given
    /// Keys this library does not model, kept with their JSON text and written back unchanged (sent as they are:
    /// the Orders API answers `unsupported_properties` to keys it does not know).
    extra_fields extra{};

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_create_request, type, processing_mode, capture_mode, total_amount, external_reference,
                       description, marketplace, marketplace_fee, expiration_time, checkout_available_at, payer,
                       transactions, items, config, integration_data, shipment, taxes, additional_info);
};

/// One payment to refund, in part: `{"id":"pay_…","amount":"10.00"}`.
struct order_refund_transaction {
    std::string id{};  ///< the payment to refund (`pay_…`); required, so a body without it does not decode
    optional<decimal> amount{};  ///< how much of that payment to refund; written as a string ("10.00")
    /// Keys this library does not model, kept with their JSON text and written back unchanged (sent as they are:
    /// the Orders API answers `unsupported_properties` to keys it does not know).
    extra_fields extra{};

    /// Money is written as JSON strings ("200.00"), as the Orders API wants; a JSON number still reads.
    static constexpr bool decimals_as_strings = true;
    MERCADOPAGO_FIELDS(order_refund_transaction, id, amount);
};

/// The body of a partial `POST /v1/orders/{id}/refund` (a total refund sends none).
struct order_refund_request {
    /// The payments to refund and how much of each; always sent.
    std::vector<order_refund_transaction> transactions{};
    /// Keys this library does not model, kept with their JSON text and written back unchanged (sent as they are:
    /// the Orders API answers `unsupported_properties` to keys it does not know).
    extra_fields extra{};

    MERCADOPAGO_FIELDS(order_refund_request, transactions);
};

MERCADOPAGO_CODECS(order_payment_method_request, order_payment_request, order_transactions_request, order_shipment,
                   order_create_request, order_refund_transaction, order_refund_request);

}  // namespace mercadopago
