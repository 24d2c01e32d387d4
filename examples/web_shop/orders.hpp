// The shop's orders, in memory (a real shop keeps them in its database). An
// order is the shop's own record; Mercado Pago's payments point at it through
// external_reference, which is how a back URL or a notification finds it.
#pragma once

#include "texts.hpp"

#include <mercadopago/decimal.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <string>

namespace web_shop {

struct shop_order {
    std::string id;  ///< random: order pages are reachable by their URL alone
    std::string product_id;
    int quantity = 1;
    mp::decimal total{};
    mp::language lang = mp::language::pt;
    std::string email;
    std::optional<std::int64_t> payment_id;  ///< the latest attempt's payment
    bool attempt_failed = false;             ///< the latest attempt got no payment (an error, not a decline)
    std::optional<std::int64_t> confirmed_payment_id;  ///< named by a verified notification
};

class order_book {
public:
    /// A new order; `attempt` (the card form's nonce) maps a re-sent form to
    /// the order it already created instead of a second one.
    shop_order open(shop_order draft, const std::string& attempt = {}) {
        std::lock_guard lock(mutex_);
        if (!attempt.empty())
            if (auto at = by_attempt_.find(attempt); at != by_attempt_.end()) return orders_.at(at->second);
        draft.id = new_id();
        if (!attempt.empty()) by_attempt_[attempt] = draft.id;
        return orders_[draft.id] = std::move(draft);
    }

    std::optional<shop_order> find(const std::string& id) const {
        std::lock_guard lock(mutex_);
        if (auto it = orders_.find(id); it != orders_.end()) return it->second;
        return std::nullopt;
    }

    /// Changes an order under the lock; false when there is no such order.
    bool update(const std::string& id, const std::function<void(shop_order&)>& change) {
        std::lock_guard lock(mutex_);
        auto it = orders_.find(id);
        if (it == orders_.end()) return false;
        change(it->second);
        return true;
    }

private:
    std::string new_id() {
        static constexpr char digits[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // no I, L, O, U: read aloud safely
        std::string id;
        do {
            id = "CP-";
            for (int i = 0; i < 10; ++i) id += digits[random_() % 32];
        } while (orders_.contains(id));
        return id;
    }

    mutable std::mutex mutex_;
    std::map<std::string, shop_order> orders_;
    std::map<std::string, std::string> by_attempt_;
    std::mt19937_64 random_{std::random_device{}()};
};

}  // namespace web_shop
