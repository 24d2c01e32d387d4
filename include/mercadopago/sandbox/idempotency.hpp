// Idempotent writes, as the API keeps them (shared reference
// errors-retries-idempotency.md §4): a write that carries `X-Idempotency-Key`
// and succeeded is remembered by (credential, method, path, key); the same
// key again replays that first response instead of acting twice. Only 2xx
// answers are remembered (and the Orders API's 402, which did create a
// failed order), so a request refused for bad input can be fixed and sent
// again with its key.
//
// Routes with the Orders API's rules (route_rules::errors == orders) also
// remember the request body: the same key with the same request replays (a
// client retrying a call whose answer was lost gets that answer), while the
// same key with a different request is the API's 409
// `idempotency_key_already_used`. Their key errors use the Orders shape.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/http.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/routes.hpp>

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class replay_store {
public:
    /// The longest key the API accepts.
    static constexpr std::size_t max_key_length = 128;

    /// What a write's key decided: refused, replayed, or go on (remembering
    /// the answer under `key` when it is not empty).
    struct decision {
        std::optional<http_response> answer{};  ///< a refusal or the replayed response
        std::string key{};
        bool orders = false;  ///< the Orders API's rules
    };

    /// Looks at the request's key, by the rules of its route.
    decision check(const call& c, const route_rules& rules) const {
        decision d;
        if (c.req.method == http_method::get) return d;
        const bool orders = rules.errors == error_shape::orders;
        d.orders = orders;
        const auto key = find_header(c.req.headers, "X-Idempotency-Key");
        if (!key || key->empty()) {
            if (rules.key_required) {
                static constexpr std::string_view why = "the X-Idempotency-Key header is required on this request";
                d.answer = orders ? c.orders_error(400, "empty_required_header", why)
                                  : c.error(400, "header X-Idempotency-Key is required", {{"empty_required_header", std::string(why)}});
            }
            return d;
        }
        if (key->size() > max_key_length) {
            static constexpr std::string_view why = "X-Idempotency-Key must be at most 128 characters";
            d.answer = orders ? c.orders_error(400, "invalid_idempotency_key_length", why)
                              : c.error(400, "X-Idempotency-Key is too long", {{"invalid_idempotency_key_length", std::string(why)}});
            return d;
        }
        d.key = c.who.credential + '\n' + std::string(to_string(c.req.method)) + ' ' + c.target.path + '\n' +
                std::string(*key);
        if (auto it = seen_.find(d.key); it != seen_.end()) {
            if (orders && it->second.body != c.req.body)
                d.answer = c.orders_error(409, "idempotency_key_already_used",
                                          "this X-Idempotency-Key was already used with another request: use a new key");
            else
                d.answer = it->second.response;
        }
        return d;
    }

    /// Keeps `res` for replays when the request was acted on.
    void remember(decision&& d, const call& c, const http_response& res) {
        const bool acted = (res.status >= 200 && res.status < 300) || (d.orders && res.status == 402);
        if (!d.key.empty() && acted) seen_.emplace(std::move(d.key), entry{res, c.req.body});
    }

    /// Forgets every key (a sandbox reset).
    void clear() noexcept { seen_.clear(); }

private:
    struct entry {
        http_response response;
        std::string body;
    };
    std::unordered_map<std::string, entry> seen_;
};

}  // namespace mercadopago::sandbox
