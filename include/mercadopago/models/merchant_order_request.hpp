// The body of `POST /merchant_orders` and `PUT /merchant_orders/{id}`: an
// order made by hand (Checkout Pro makes one per preference by itself), or
// the members of one to change. Only the members a caller sets are sent;
// item prices go out as JSON numbers with the decimal's digits.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/models/merchant_order.hpp>
#include <mercadopago/optional.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The body of `POST /merchant_orders` (an order made by hand) and `PUT /merchant_orders/{id}`.
/// Unset members are not sent.
struct merchant_order_request {
    optional<std::string> preference_id{};  ///< the Checkout Pro preference the order belongs to
    optional<std::string> application_id{};  ///< id of the application, as text
    optional<std::string> site_id{};  ///< Mercado Pago site: `MLB`, `MLA`, …
    optional<merchant_order_payer> payer{};  ///< {id, nickname}
    optional<std::string> sponsor_id{};      ///< integer or string across SDKs, as in merchant_order
    /// What is ordered; prices go out as JSON numbers with the decimal's digits.
    optional<std::vector<merchant_order_item>> items{};
    optional<std::string> notification_url{};  ///< where notifications about the order go
    optional<std::string> additional_info{};  ///< free text kept with the order
    optional<std::string> external_reference{};  ///< your own reference (e.g. your order number)
    optional<std::string> marketplace{};  ///< `NONE`, or the marketplace id (`MP-MKT-…`)
    optional<std::int64_t> version{};  ///< the JSON integer `version`, sent as given (its meaning is not documented)
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(merchant_order_request, preference_id, application_id, site_id, payer, sponsor_id, items,
                       notification_url, additional_info, external_reference, marketplace, version);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(merchant_order_request);

}  // namespace mercadopago
