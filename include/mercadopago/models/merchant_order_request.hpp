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

struct merchant_order_request {
    optional<std::string> preference_id{};
    optional<std::string> application_id{};
    optional<std::string> site_id{};
    optional<merchant_order_payer> payer{};  ///< {id, nickname}
    optional<std::string> sponsor_id{};      ///< integer or string across SDKs, as in merchant_order
    optional<std::vector<merchant_order_item>> items{};
    optional<std::string> notification_url{};
    optional<std::string> additional_info{};
    optional<std::string> external_reference{};
    optional<std::string> marketplace{};
    optional<std::int64_t> version{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(merchant_order_request, preference_id, application_id, site_id, payer, sponsor_id, items,
                       notification_url, additional_info, external_reference, marketplace, version);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(merchant_order_request);

}  // namespace mercadopago
