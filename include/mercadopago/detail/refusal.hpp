// detail::refusal_of — a request the API is known to refuse, refused before
// anything is sent. A request model may declare, in its own namespace,
//
//     std::optional<mercadopago::error> refusal_before_sending(const Model&);
//
// (preference_rules.hpp does, for preference_request). Both clients ask
// through here when a call carries a body, so a refusal completes a
// synchronous and an asynchronous call alike: a facade that checked the
// request itself would have to return a value where the asynchronous client
// returns its completion token's result.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/error.hpp>

#include <optional>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// The error a call with `request` completes with without being sent, or
/// nullopt (always, for a model that declares no refusal_before_sending).
template <class Request>
std::optional<error> refusal_of(const Request& request) {
    if constexpr (requires { refusal_before_sending(request); })
        return refusal_before_sending(request);  // found by argument-dependent lookup
    else
        return std::nullopt;
}

}  // namespace mercadopago::detail
