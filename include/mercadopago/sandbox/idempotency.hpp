// Idempotent writes, as the API keeps them (shared reference
// errors-retries-idempotency.md): a write that carries `X-Idempotency-Key`
// and succeeded is remembered by (credential, method, path, key); the same
// key again replays that first response instead of acting twice. Only 2xx
// answers are remembered, so a request refused for bad input can be fixed
// and sent again with its key.
#pragma once

#include <mercadopago/http.hpp>
#include <mercadopago/sandbox/call.hpp>

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

namespace mercadopago::sandbox {

class replay_store {
public:
    /// The longest key the API accepts.
    static constexpr std::size_t max_key_length = 128;

    /// What a write's key decided: refused, replayed, or go on (remembering
    /// the answer under `key` when it is not empty).
    struct decision {
        std::optional<http_response> answer{};  ///< a 400 or the replayed response
        std::string key{};
    };

    /// Looks at the request's key; `required` refuses a write that has none.
    decision check(const call& c, bool required) const {
        decision d;
        if (c.req.method == http_method::get) return d;
        const auto key = find_header(c.req.headers, "X-Idempotency-Key");
        if (!key || key->empty()) {
            if (required)
                d.answer = c.error(400, "header X-Idempotency-Key is required",
                                   {{"empty_required_header", "the X-Idempotency-Key header is required on this request"}});
            return d;
        }
        if (key->size() > max_key_length) {
            d.answer = c.error(400, "X-Idempotency-Key is too long",
                               {{"invalid_idempotency_key_length", "X-Idempotency-Key must be at most 128 characters"}});
            return d;
        }
        d.key = c.who.credential + '\n' + std::string(to_string(c.req.method)) + ' ' + c.target.path + '\n' +
                std::string(*key);
        if (auto it = seen_.find(d.key); it != seen_.end()) d.answer = it->second;
        return d;
    }

    /// Keeps `res` for replays when it succeeded.
    void remember(std::string key, const http_response& res) {
        if (!key.empty() && res.status >= 200 && res.status < 300) seen_.emplace(std::move(key), res);
    }

    /// Forgets every key (a sandbox reset).
    void clear() noexcept { seen_.clear(); }

private:
    std::unordered_map<std::string, http_response> seen_;
};

}  // namespace mercadopago::sandbox
