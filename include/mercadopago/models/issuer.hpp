// A card issuer (bank) as `GET /v1/payment_methods/card_issuers` and the
// installments endpoint return it. No official SDK types these endpoints;
// fields follow the public API documentation, anything else lands in `extra`.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/optional.hpp>

#include <boost/json/object.hpp>

#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// A card issuer (bank) of a payment method; send its `id` as a payment's `issuer_id`.
struct issuer {
    optional<std::string> id{};  ///< text: sent as "288" here but as a number on cards (SDKs disagree)
    optional<std::string> name{};  ///< the bank's display name
    optional<std::string> secure_thumbnail{};  ///< https URL of the issuer's logo
    optional<std::string> thumbnail{};  ///< URL of the issuer's logo
    optional<std::string> processing_mode{};      ///< "aggregator" or "gateway"
    optional<std::string> merchant_account_id{};  ///< gateway mode only; usually null
    optional<std::string> status{};  ///< availability as text, e.g. "active"
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(issuer, id, name, secure_thumbnail, thumbnail, processing_mode, merchant_account_id, status);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(issuer);

}  // namespace mercadopago
