// Status vocabularies of merchant orders, as open enums (shared reference
// models.md §3.2, from the documented merchant-order schema). A merchant
// order has two: `status`, whether the order is still open to payments, and
// `order_status`, how far its payments cover it. The fixtures show only
// `opened` and `payment_required`; an unknown value is kept verbatim.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/models/payment_status.hpp>
#include <mercadopago/open_enum.hpp>

#include <array>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Merchant order `status`.
struct merchant_order_status : open_enum<merchant_order_status> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    static constexpr constant opened{"opened"};  ///< open: the order still takes payments
    static constexpr constant closed{"closed"};  ///< closed: the order takes no more payments (e.g. it is paid)
    /// Cancelled with no approved or pending payment.
    static constexpr constant expired{"expired"};

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 3> known{opened, closed, expired};
};

/// Merchant order `order_status`: the payment state of the whole order.
/// (One SDK's comment also lists `unpaid`, which the documents do not have:
/// it would be kept as an unknown value.)
struct merchant_order_order_status : open_enum<merchant_order_order_status> {
    /// The constructors of open_enum: empty, from a constant below, or (explicit) from any text.
    using open_enum::open_enum;

    /// Nothing paid yet; the only value the fixtures show.
    static constexpr constant payment_required{"payment_required"};
    static constexpr constant payment_in_process{"payment_in_process"};  ///< a payment is being processed
    static constexpr constant partially_paid{"partially_paid"};  ///< payments cover part of the total
    static constexpr constant paid{"paid"};  ///< payments cover the total
    /// Part of the paid amount went back to the buyer.
    static constexpr constant partially_reverted{"partially_reverted"};
    static constexpr constant reverted{"reverted"};  ///< all of the paid amount went back to the buyer
    static constexpr constant expired{"expired"};  ///< the order expired unpaid
    static constexpr constant undefined{"undefined"};  ///< no payment state can be given (a documented value)

    /// Every value this version names, in the order above.
    static constexpr std::array<constant, 8> known{payment_required, payment_in_process, partially_paid, paid,
                                                   partially_reverted, reverted, expired, undefined};
};

}  // namespace mercadopago
