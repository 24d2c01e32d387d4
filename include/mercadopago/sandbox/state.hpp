// mercadopago::sandbox::shared_state — what every emulated service shares:
// the options and site, the sandbox's clock and its seeded randomness, the
// notifications the request being answered caused, and the services
// themselves, so one can reach another (payments use card tokens and
// customers) without the emulator knowing either.
//
// The emulator holds it under one lock: services never lock.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/catalogue.hpp>
#include <mercadopago/sandbox/emulator_options.hpp>
#include <mercadopago/sandbox/webhook_delivery.hpp>
#include <mercadopago/timestamp.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

/// The base of every emulated service (sandbox/services/*.hpp).
class service {
public:
    virtual ~service() = default;
};

namespace detail {
/// One address per service type: the key a service is found by.
template <class S>
inline constexpr char service_key = 0;
}  // namespace detail

class shared_state {
public:
    using clock_type = std::chrono::system_clock;

    explicit shared_state(emulator_options options)
        : options_(std::move(options)), site_(&find_site(options_.site_id)), rng_(options_.seed),
          next_notification_id_(options_.first_notification_id) {}

    shared_state(const shared_state&) = delete;
    shared_state& operator=(const shared_state&) = delete;

    const emulator_options& options() const noexcept { return options_; }
    const site_info& site() const noexcept { return *site_; }

    // --- services -------------------------------------------------------------

    /// Creates service S (constructed from `args`) and makes it findable by get<S>().
    template <class S, class... Args>
    S& install(Args&&... args) {
        auto owned = std::make_unique<S>(std::forward<Args>(args)...);
        S& s = *owned;
        services_.push_back({&detail::service_key<S>, std::move(owned)});
        return s;
    }

    /// The installed service S; std::logic_error when it is not installed.
    template <class S>
    S& get() const {
        for (const auto& e : services_)
            if (e.key == &detail::service_key<S>) return static_cast<S&>(*e.svc);
        throw std::logic_error("sandbox: a service that is not installed was asked for");
    }

    // --- time -------------------------------------------------------------------

    clock_type::time_point now() const { return options_.clock ? options_.clock() : clock_type::now(); }

    /// A date as the API writes it: microseconds, the sandbox's UTC offset.
    timestamp stamp(clock_type::time_point t) const {
        return timestamp::from_time(std::chrono::floor<std::chrono::microseconds>(t), options_.utc_offset);
    }

    // --- money --------------------------------------------------------------------

    static decimal money(std::int64_t cents) { return decimal::from_cents(cents).normalized(); }
    static std::string money_text(std::int64_t cents) { return decimal::from_cents(cents).to_string(); }

    // --- randomness (seeded: runs are reproducible) ---------------------------------

    std::uint64_t random() { return rng_(); }
    std::string random_chars(std::size_t n, std::string_view alphabet) {
        std::string out(n, '0');
        for (auto& ch : out) ch = alphabet[static_cast<std::size_t>(rng_() % alphabet.size())];
        return out;
    }
    std::string random_hex(std::size_t n) { return random_chars(n, "0123456789abcdef"); }
    std::string random_digits(std::size_t n) { return random_chars(n, "0123456789"); }
    std::string uuid() {
        std::string h = random_hex(32);
        return h.substr(0, 8) + '-' + h.substr(8, 4) + "-4" + h.substr(13, 3) + '-' + "89ab"[rng_() % 4] +
               h.substr(17, 3) + '-' + h.substr(20, 12);
    }

    // --- notifications --------------------------------------------------------------

    /// What changed, for notify().
    struct change {
        std::string_view notification_url{};
        std::string_view topic{};    ///< "payment", "order", …
        std::string_view action{};   ///< "payment.created", …
        std::string_view data_id{};  ///< the resource's id
        std::int64_t user_id = 0;    ///< the seller
    };

    /// Queues the signed notification of a change, when the resource asked for
    /// them (a notification_url) and the sandbox has a secret to sign with.
    /// The emulator sends it once the request is answered and its lock released.
    void notify(const call& c, const change& what) {
        if (options_.webhook_secret.empty() || what.notification_url.empty()) return;
        const std::string request_id = uuid();
        notification_facts facts{.notification_url = what.notification_url,
                                 .topic = what.topic,
                                 .action = what.action,
                                 .data_id = what.data_id,
                                 .notification_id = next_notification_id_++,
                                 .user_id = what.user_id,
                                 .live_mode = c.who.credential.starts_with("APP_USR-"),
                                 .request_id = request_id,
                                 .now = c.now,
                                 .utc_offset = options_.utc_offset};
        caused_.push_back(make_webhook_delivery(facts, options_.webhook_secret));
    }

    /// The notifications caused since the last call, emptying the list.
    std::vector<webhook_delivery> take_caused() { return std::exchange(caused_, {}); }

private:
    struct entry {
        const void* key;
        std::unique_ptr<service> svc;
    };

    emulator_options options_;
    const site_info* site_;
    std::mt19937_64 rng_;
    std::int64_t next_notification_id_;
    std::vector<webhook_delivery> caused_;
    std::vector<entry> services_;
};

}  // namespace mercadopago::sandbox
