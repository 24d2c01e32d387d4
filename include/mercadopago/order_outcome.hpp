// Buyer-facing messages for an order of the Orders API, in English, Spanish
// and Portuguese — the same shape and rules as the payments' (outcome.hpp):
//
//     auto m = mercadopago::describe_outcome(order, mercadopago::language::pt);
//     show(m.title, m.detail, m.next_step);
//
// Every order `status` and every value of order_status_detail::known
// (shared reference payment-outcomes.md §3.1) has a message. A failed order
// is described by its failed payment's status_detail when the order's own
// detail says no more than `failed` (the 402 body of a declined card).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/config.hpp>
#include <mercadopago/models/order.hpp>
#include <mercadopago/models/order_status.hpp>
#include <mercadopago/outcome.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The message about an order.
using order_outcome_message = basic_outcome_message<order_status, order_status_detail>;

/// An order (status, status_detail) pair that has its own message.
struct order_outcome_case {
    order_status::constant status;                ///< the order `status`, e.g. "failed"
    order_status_detail::constant status_detail;  ///< the order `status_detail` described under that status
};

/// Every order (status, status_detail) pair with a dedicated message.
MERCADOPAGO_DETAIL_DECL std::span<const order_outcome_case> known_order_outcomes() noexcept;

/// The values an order's message quotes: its total, and its first payment's
/// method and installments.
MERCADOPAGO_DETAIL_DECL outcome_values order_outcome_values(const order& o);

/// The message for an order status and detail.
MERCADOPAGO_DETAIL_DECL order_outcome_message describe_outcome(const order_status& status, const order_status_detail& status_detail,
                                              language lang, const outcome_values& values = {});

/// The message for an order (see the header comment for failed orders).
MERCADOPAGO_DETAIL_DECL order_outcome_message describe_outcome(const order& o, language lang);

}  // namespace mercadopago

// The definitions and the message table: here in header-only mode, in
// <mercadopago/src.hpp> with separate compilation (as outcome.hpp's).
#if !defined(MERCADOPAGO_SEPARATE_COMPILATION)
#include <mercadopago/impl/order_outcome.ipp>
#endif
