// mercadopago::sandbox::emulator — an offline, stateful imitation of the
// Mercado Pago Payments API: card tokens, payments (with forced outcomes,
// authorisation and capture, cancellation, Pix and boleto), refunds,
// customers and their saved cards, searches, and the public look-ups
// (payment methods, installments, issuers, identification types).
//
//     auto emu = std::make_shared<mercadopago::sandbox::emulator>();
//     mercadopago::http_response r = emu->handle(request);   // thread-safe
//
// It answers exactly the endpoints of include/mercadopago/api/*.hpp (the
// routes are built from their descriptors), with bodies written by the
// library's own models and codec. Nothing touches the network or the disk;
// mercadopago::sandbox::transport runs a client against it in-process, and
// sandbox/http_server.hpp serves it over HTTP.
//
// Rules it enforces, as the real API does (shared reference endpoints.md,
// errors-retries-idempotency.md, payment-outcomes.md):
//   * credentials: `Authorization: Bearer TEST-…|APP_USR-…`; `?public_key=` only
//     on the public endpoints; anything else → 401 "invalid access token";
//   * `X-Idempotency-Key` is required by payment and refund creation; a key
//     seen before (same credential, method and path) replays the first 2xx
//     response instead of acting twice — on every write;
//   * card tokens: Luhn, known BINs, future expiry, 3-digit code (Amex 4);
//     single use, valid 7 days; no response ever holds a full card number;
//   * the cardholder name forces the payment's outcome (APRO, CONT, OTHE, FUND…);
//   * search: limit 1..50 (default 30), offset ≤ 10000;
//   * webhooks (when `webhook_secret` is set): a payment created with a
//     notification_url produces a signed `payment.created` notification, and
//     every later change to it (capture, cancellation, refund) a
//     `payment.updated` one; an idempotent replay produces none.
//
// Cause codes of its 400/404 errors: 2000 payment not found, 2002 customer not
// found, 2006 card token not found (unknown, used or expired), 2018 action not
// valid in the payment's state, 2077 deferred capture unsupported, 3003 card
// token missing, 3028 unknown payment_method_id, 3034 token's card is another
// brand, 3005 refund not allowed in the payment's state, 4001/4002/4003/4005
// missing or malformed create fields, 4020 notification_url, 4037 invalid
// amount, 4038/4039 application_fee, 4050 payer.email, 1000 search limit,
// 101 customer e-mail taken, 106 invalid e-mail, card-token field codes
// (205, 208, 209, 221, 224, 325, 326, E301, E302), 1 anything else malformed.
#pragma once

#include <mercadopago/api/card_tokens.hpp>
#include <mercadopago/api/cards.hpp>
#include <mercadopago/api/customers.hpp>
#include <mercadopago/api/identification_types.hpp>
#include <mercadopago/api/payment_methods.hpp>
#include <mercadopago/api/payments.hpp>
#include <mercadopago/api/refunds.hpp>
#include <mercadopago/api/users.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/models/card.hpp>
#include <mercadopago/models/card_token.hpp>
#include <mercadopago/models/customer.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/models/payment_request.hpp>
#include <mercadopago/models/refund.hpp>
#include <mercadopago/models/user.hpp>
#include <mercadopago/sandbox/cards.hpp>
#include <mercadopago/sandbox/catalogue.hpp>
#include <mercadopago/sandbox/router.hpp>
#include <mercadopago/sandbox/webhook_delivery.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace mercadopago::sandbox {

/// A clock that only moves when told to: inject it to test token expiry.
/// Copies share one time.
class manual_clock {
public:
    using time_point = std::chrono::system_clock::time_point;

    /// Starts at `start` (default: 2025-06-02 13:00:00 UTC).
    explicit manual_clock(time_point start = std::chrono::sys_days{std::chrono::year{2025} / 6 / 2} + std::chrono::hours{13})
        : now_(std::make_shared<std::atomic<std::int64_t>>(to_micros(start))) {}

    time_point operator()() const {
        return time_point{std::chrono::duration_cast<time_point::duration>(std::chrono::microseconds{now_->load()})};
    }
    void advance(std::chrono::microseconds d) { now_->fetch_add(d.count()); }
    void set(time_point t) { now_->store(to_micros(t)); }

private:
    static std::int64_t to_micros(time_point t) {
        return std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count();
    }
    std::shared_ptr<std::atomic<std::int64_t>> now_;
};

struct emulator_options {
    std::string site_id = "MLB";  ///< decides the currency and the identification types
    /// The time of the sandbox (token expiry, dates); the system clock when empty.
    std::function<std::chrono::system_clock::time_point()> clock{};
    std::chrono::minutes utc_offset{-4 * 60};  ///< the offset dates are written with (-04:00, as the API does)
    std::uint64_t seed = 20'240'517;           ///< seeds ids and codes: runs are reproducible
    std::int64_t first_payment_id = 130'000'000'000;
    std::int64_t first_refund_id = 1'900'000'000;
    std::int64_t first_card_id = 1'700'000'000'000;
    /// The seller when the access token does not end in a user id
    /// (`APP_USR-<client>-<date>-<hash>-<user id>` does).
    std::int64_t default_user_id = 1'188'183'100;
    std::string statement_descriptor = "MERCADOPAGO*SANDBOX";  ///< when a card payment names none
    std::chrono::hours token_lifetime{24 * 7};
    /// The application's secret signature key. Empty: no notifications.
    std::string webhook_secret{};
    /// Deliveries kept for take_webhooks() when no sink is set; the oldest go first.
    std::size_t max_queued_webhooks = 1024;
    std::int64_t first_notification_id = 120'000'000'000;
};

class emulator {
public:
    using clock_type = std::chrono::system_clock;

    explicit emulator(emulator_options options = {})
        : options_(std::move(options)),
          site_(&find_site(options_.site_id)),
          rng_(options_.seed),
          next_payment_id_(options_.first_payment_id),
          next_refund_id_(options_.first_refund_id),
          next_card_id_(options_.first_card_id) {}

    emulator(const emulator&) = delete;
    emulator& operator=(const emulator&) = delete;

    const emulator_options& options() const noexcept { return options_; }

    /// Answers one request as the API would. Safe to call from many threads.
    /// Notifications the request caused go to the webhook sink afterwards, on
    /// the calling thread and outside the emulator's lock.
    http_response handle(const http_request& req) {
        std::vector<webhook_delivery> caused;
        http_response res;
        {
            std::lock_guard lock(mutex_);
            res = answer(req);
            caused.swap(caused_);
        }
        if (!caused.empty()) dispatch(std::move(caused));
        return res;
    }

    // --- webhooks ------------------------------------------------------------

    using webhook_sink = std::function<void(webhook_delivery)>;

    /// Sends every future notification to `sink` (sandbox::http_server plugs
    /// in a webhook_sender here). An empty sink queues them for take_webhooks().
    void on_webhook(webhook_sink sink) {
        std::lock_guard lock(sink_mutex_);
        sink_ = std::move(sink);
    }

    /// The notifications queued so far (oldest first), emptying the queue.
    std::vector<webhook_delivery> take_webhooks() {
        std::lock_guard lock(sink_mutex_);
        std::vector<webhook_delivery> out(std::make_move_iterator(queued_webhooks_.begin()),
                                          std::make_move_iterator(queued_webhooks_.end()));
        queued_webhooks_.clear();
        return out;
    }

    // --- inspection (for tests and tools) -------------------------------------

    /// Requests answered so far.
    std::uint64_t requests_handled() const {
        std::lock_guard lock(mutex_);
        return requests_;
    }
    std::size_t payment_count() const {
        std::lock_guard lock(mutex_);
        return payments_.size();
    }
    /// Every payment, in id order (as `GET /v1/payments/{id}` shows it).
    std::vector<payment> payments() const {
        std::lock_guard lock(mutex_);
        std::vector<payment> out;
        out.reserve(payments_.size());
        for (const auto& [id, rec] : payments_) out.push_back(rec.p);
        return out;
    }
    std::optional<payment> find_payment(std::int64_t id) const {
        std::lock_guard lock(mutex_);
        auto it = payments_.find(id);
        if (it == payments_.end()) return std::nullopt;
        return it->second.p;
    }
    std::size_t customer_count() const {
        std::lock_guard lock(mutex_);
        return customers_.size();
    }

private:
    // --- request context -----------------------------------------------------

    struct principal {
        std::string credential{};  ///< the access token or public key
        bool public_key = false;
        std::int64_t user_id = 0;  ///< the seller (0 for a public key)
    };

    struct call {
        const http_request& req;
        detail::parsed_target target;
        std::vector<std::string> params;
        principal who;
        clock_type::time_point now;
        std::string request_id;
    };

    using handler = http_response (emulator::*)(call&);

    struct route {
        http_method method = http_method::get;
        std::string_view pattern{};
        bool public_ok = false;
        bool key_required = false;
        handler fn = nullptr;
    };

    template <class E>
    static constexpr route make_route(handler fn, bool key_required = false) {
        return route{E::method, E::path_template, E::auth == credential::public_key, key_required, fn};
    }

    /// The endpoints of api/*.hpp. Literal paths come before templates that
    /// would also match them (`/v1/payments/search` before `/v1/payments/{id}`).
    static const std::array<route, 25>& routes() {
        namespace ep = endpoints;
        static const std::array<route, 25> table{
            make_route<ep::card_tokens_create>(&emulator::card_token_create),
            make_route<ep::card_tokens_get>(&emulator::card_token_get),
            make_route<ep::payments_search>(&emulator::payment_search),
            make_route<ep::payments_create>(&emulator::payment_create, true),
            make_route<ep::payments_get>(&emulator::payment_get),
            make_route<ep::payments_update>(&emulator::payment_update),
            make_route<ep::refunds_create>(&emulator::refund_create, true),
            make_route<ep::refunds_list>(&emulator::refund_list),
            make_route<ep::refunds_get>(&emulator::refund_get),
            make_route<ep::customers_search>(&emulator::customer_search),
            make_route<ep::customers_create>(&emulator::customer_create),
            make_route<ep::customers_get>(&emulator::customer_get),
            make_route<ep::customers_update>(&emulator::customer_update),
            make_route<ep::customers_delete>(&emulator::customer_delete),
            make_route<ep::cards_create>(&emulator::card_create),
            make_route<ep::cards_list>(&emulator::card_list),
            make_route<ep::cards_get>(&emulator::card_get),
            make_route<ep::cards_update>(&emulator::card_update),
            make_route<ep::cards_delete>(&emulator::card_delete),
            make_route<ep::payment_methods_search>(&emulator::payment_methods_search),
            make_route<ep::payment_methods_installments>(&emulator::payment_methods_installments),
            make_route<ep::payment_methods_card_issuers>(&emulator::payment_methods_card_issuers),
            make_route<ep::payment_methods_list>(&emulator::payment_methods_list),
            make_route<ep::identification_types_list>(&emulator::identification_types_list),
            make_route<ep::users_me>(&emulator::users_me),
        };
        return table;
    }

    // --- answering ------------------------------------------------------------

    /// handle() under the lock.
    http_response answer(const http_request& req) {
        ++requests_;
        call c{req, detail::parse_target(req.target), {}, {}, now(), uuid()};

        const route* r = nullptr;
        bool path_known = false;
        for (const auto& candidate : routes()) {
            if (!detail::match_path(candidate.pattern, c.target.segments, c.params)) continue;
            path_known = true;
            if (candidate.method == req.method) {
                r = &candidate;
                break;
            }
        }
        if (!r) {
            if (path_known)
                return error(c, 405, "method " + std::string(to_string(req.method)) + " not allowed on " + c.target.path, {});
            return error(c, 404, "resource " + c.target.path + " not found", {});
        }
        if (auto denied = authenticate(c, r->public_ok)) return std::move(*denied);

        std::string replay_key;
        if (req.method != http_method::get) {
            const auto key = find_header(req.headers, "X-Idempotency-Key");
            if (!key || key->empty()) {
                if (r->key_required)
                    return error(c, 400, "header X-Idempotency-Key is required",
                                 {{"empty_required_header", "the X-Idempotency-Key header is required on this request"}});
            } else {
                if (key->size() > 128)
                    return error(c, 400, "X-Idempotency-Key is too long",
                                 {{"invalid_idempotency_key_length", "X-Idempotency-Key must be at most 128 characters"}});
                replay_key = c.who.credential + '\n' + std::string(to_string(req.method)) + ' ' + c.target.path + '\n' +
                             std::string(*key);
                if (auto it = replays_.find(replay_key); it != replays_.end()) return it->second;
            }
        }
        http_response res = (this->*(r->fn))(c);
        if (!replay_key.empty() && res.status >= 200 && res.status < 300) replays_.emplace(std::move(replay_key), res);
        return res;
    }

    /// Hands the notifications a request caused to the sink, or to the
    /// bounded queue when there is none.
    void dispatch(std::vector<webhook_delivery> deliveries) {
        std::lock_guard lock(sink_mutex_);
        for (auto& d : deliveries) {
            if (sink_) {
                sink_(std::move(d));
                continue;
            }
            if (options_.max_queued_webhooks == 0) return;
            if (queued_webhooks_.size() >= options_.max_queued_webhooks) queued_webhooks_.pop_front();
            queued_webhooks_.push_back(std::move(d));
        }
    }

    // --- state ---------------------------------------------------------------

    struct token_record {
        card_token view{};
        const card_brand* brand = nullptr;
        std::string card_id{};
        std::string customer_id{};
        clock_type::time_point due{};
        bool used = false;
    };

    struct payment_record {
        payment p{};
        std::int64_t collector = 0;
        std::int64_t amount_cents = 0;  ///< transaction_amount (the authorised amount until captured)
        std::int64_t refunded_cents = 0;
        int installments = 1;
        bool card = false;
        std::vector<refund> refunds{};
    };

    struct customer_record {
        customer c{};
        std::int64_t collector = 0;
        std::uint64_t sequence = 0;  ///< creation order
    };

    // --- small helpers -----------------------------------------------------------

    clock_type::time_point now() const { return options_.clock ? options_.clock() : clock_type::now(); }

    timestamp stamp(clock_type::time_point t) const {
        return timestamp::from_time(std::chrono::floor<std::chrono::microseconds>(t), options_.utc_offset);
    }

    static decimal money(std::int64_t cents) { return decimal::from_cents(cents).normalized(); }
    static std::string money_text(std::int64_t cents) { return decimal::from_cents(cents).to_string(); }

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

    /// "23-09-2021T17:56:16UTC;<request id>", the API's `cause[].data`.
    static std::string error_data(const call& c) {
        using namespace std::chrono;
        const auto s = floor<seconds>(c.now);
        const auto day = floor<days>(s);
        const year_month_day ymd{day};
        const hh_mm_ss<seconds> tod{s - day};
        char buf[40];
        std::snprintf(buf, sizeof buf, "%02u-%02u-%04dT%02ld:%02ld:%02ldUTC;", static_cast<unsigned>(ymd.day()),
                      static_cast<unsigned>(ymd.month()), static_cast<int>(ymd.year()),
                      static_cast<long>(tod.hours().count()), static_cast<long>(tod.minutes().count()),
                      static_cast<long>(tod.seconds().count()));
        return buf + c.request_id;
    }

    static http_response respond(const call& c, int status, std::string body) {
        http_response r;
        r.status = status;
        r.headers = {{"Content-Type", "application/json;charset=UTF-8"},
                     {"x-request-id", c.request_id},
                     {"Cache-Control", "no-cache, no-store"}};
        r.body = std::move(body);
        return r;
    }

    template <class T>
    static http_response reply(const call& c, int status, const T& model) {
        return respond(c, status, to_json(model));
    }

    /// A classic error; the first cause's description is the message when none is given.
    static http_response error(const call& c, int status, std::string message, std::vector<detail::cause> causes) {
        return respond(c, status,
                       detail::error_body(status, detail::error_name(status), message, causes, error_data(c), status != 401));
    }
    static http_response error_code(const call& c, int status, std::string code, std::string description) {
        return error(c, status, description, {{std::move(code), description}});
    }
    static http_response bad_request(const call& c, std::string code, std::string description) {
        return error_code(c, 400, std::move(code), std::move(description));
    }

    /// The body decoded into T, or the 400 explaining why it is not one.
    template <class T>
    static std::optional<T> decode(const call& c, std::string_view body, http_response& failed) {
        result<T> r = from_json<T>(body);
        if (r) return std::move(*r);
        const mercadopago::error& e = r.error();
        if (e.code == errc::invalid_json) failed = bad_request(c, "1", "malformed JSON body: " + e.message);
        else failed = bad_request(c, "1", "invalid parameter " + e.what());
        return std::nullopt;
    }

    static bool valid_email(std::string_view e) {
        const auto at = e.find('@');
        if (at == 0 || at == std::string_view::npos || e.size() > 254) return false;
        const auto dot = e.find('.', at);
        return dot != std::string_view::npos && dot > at + 1 && dot + 1 < e.size() && e.find(' ') == std::string_view::npos;
    }


    static std::optional<std::int64_t> parse_int(std::string_view s) {
        std::int64_t v = 0;
        const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
        if (s.empty() || r.ec != std::errc{} || r.ptr != s.data() + s.size()) return std::nullopt;
        return v;
    }

    // --- credentials -------------------------------------------------------------

    static bool valid_credential(std::string_view t) {
        std::string_view rest;
        if (t.starts_with("TEST-")) rest = t.substr(5);
        else if (t.starts_with("APP_USR-")) rest = t.substr(8);
        else return false;
        if (rest.empty() || rest.size() > 512) return false;
        for (char ch : rest) {
            const bool ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' ||
                            ch == '_' || ch == '.';
            if (!ok) return false;
        }
        return true;
    }

    /// The seller behind an access token: its last dash-separated part when that is a number.
    std::int64_t user_of(std::string_view token) const {
        const auto dash = token.rfind('-');
        const std::string_view tail = token.substr(dash + 1);
        if (tail.size() >= 3 && tail.size() <= 15) {
            if (auto id = parse_int(tail); id && *id > 0) return *id;
        }
        return options_.default_user_id;
    }

    std::optional<http_response> authenticate(call& c, bool public_ok) const {
        if (auto auth = find_header(c.req.headers, "Authorization")) {
            std::string_view v = *auth;
            while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
            if (v.size() < 7 || detail::lowercase(v.substr(0, 7)) != "bearer ")
                return error(c, 401, "invalid access token", {});
            v.remove_prefix(7);
            while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
            while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
            if (!valid_credential(v)) return error(c, 401, "invalid access token", {});
            c.who = principal{std::string(v), false, user_of(v)};
            return std::nullopt;
        }
        if (auto pk = detail::query_value(c.target.query, "public_key")) {
            if (!valid_credential(*pk)) return error(c, 401, "invalid public_key", {});
            if (!public_ok)
                return error(c, 401,
                             "a public_key cannot access " + c.target.path +
                                 ": call it from your server with the access token (Authorization: Bearer)",
                             {});
            c.who = principal{*pk, true, 0};
            return std::nullopt;
        }
        return error(c, 401, "invalid access token", {});
    }

    // --- card tokens ---------------------------------------------------------------

    /// The saved card `card_id` (of `customer_id` when given), and its customer.
    std::pair<customer_record*, card*> find_saved_card(std::string_view card_id, std::string_view customer_id) {
        for (auto& [id, rec] : customers_) {
            if (!customer_id.empty() && id != customer_id) continue;
            if (!rec.c.cards) continue;
            for (auto& k : *rec.c.cards)
                if (k.id && *k.id == card_id) return {&rec, &k};
        }
        return {nullptr, nullptr};
    }

    http_response card_token_create(call& c) {
        http_response failed;
        auto req = decode<card_token_request>(c, c.req.body, failed);
        if (!req) return failed;
        std::vector<detail::cause> causes;
        const auto ymd = std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(c.now)};
        const int this_year = static_cast<int>(ymd.year());
        const int this_month = static_cast<int>(static_cast<unsigned>(ymd.month()));
        auto check_security_code = [&](const card_brand* brand) {
            if (!req->security_code || req->security_code->empty()) {
                causes.push_back({"224", "parameter securityCode can not be null/empty"});
                return;
            }
            bool digits = true;
            for (char ch : *req->security_code) digits = digits && ch >= '0' && ch <= '9';
            if (!digits || (brand && static_cast<int>(req->security_code->size()) != brand->security_code_length))
                causes.push_back({"E302", "invalid parameter securityCode"});
        };

        token_record t;
        card_token& v = t.view;
        if (req->card_id) {
            auto [owner, saved] = find_saved_card(*req->card_id, req->customer_id.value_or(""));
            if (!saved) return error(c, 404, "card not found", {{"120", "card " + *req->card_id + " not found"}});
            t.brand = find_brand(saved->payment_method ? saved->payment_method->id.value_or("") : "");
            check_security_code(t.brand);
            if (!causes.empty()) return error(c, 400, causes.size() == 1 ? causes[0].description : "invalid parameters", causes);
            t.card_id = *saved->id;
            t.customer_id = *owner->c.id;
            v.card_id = saved->id;
            v.first_six_digits = saved->first_six_digits;
            v.last_four_digits = saved->last_four_digits;
            v.expiration_month = saved->expiration_month;
            v.expiration_year = saved->expiration_year;
            v.cardholder = saved->cardholder;
        } else {
            const card_brand* brand = nullptr;
            std::string number = req->card_number.value_or("");
            if (number.empty()) {
                causes.push_back({"205", "parameter cardNumber can not be null/empty"});
            } else {
                brand = luhn_valid(number) ? brand_of_number(number) : nullptr;
                if (!brand || static_cast<int>(number.size()) != brand->number_length) {
                    causes.push_back({"E301", "invalid parameter cardNumber"});
                    brand = nullptr;
                }
            }
            if (!req->expiration_month) causes.push_back({"208", "parameter expirationMonth can not be null/empty"});
            else if (*req->expiration_month < 1 || *req->expiration_month > 12)
                causes.push_back({"325", "invalid parameter expirationMonth"});
            if (!req->expiration_year) causes.push_back({"209", "parameter expirationYear can not be null/empty"});
            else if (*req->expiration_year < this_year || *req->expiration_year > 9999)
                causes.push_back({"326", "invalid parameter expirationYear"});
            else if (*req->expiration_year == this_year && req->expiration_month && *req->expiration_month < this_month)
                causes.push_back({"325", "invalid parameter expirationMonth"});
            check_security_code(brand);
            if (!req->cardholder || !req->cardholder->name || req->cardholder->name->empty())
                causes.push_back({"221", "parameter cardholderName can not be null/empty"});
            if (!causes.empty()) return error(c, 400, causes.size() == 1 ? causes[0].description : "invalid parameters", causes);
            t.brand = brand;
            v.first_six_digits = number.substr(0, 6);
            v.last_four_digits = number.substr(number.size() - 4);
            v.expiration_month = req->expiration_month;
            v.expiration_year = req->expiration_year;
            v.cardholder = cardholder{req->cardholder->name, req->cardholder->identification, {}};
            v.card_number_length = static_cast<std::int64_t>(number.size());
        }
        v.id = random_hex(32);
        v.status = "active";
        v.date_created = stamp(c.now);
        v.date_last_updated = v.date_created;
        t.due = c.now + options_.token_lifetime;
        v.date_due = stamp(t.due);
        v.luhn_validation = true;
        v.live_mode = false;
        v.require_esc = false;
        v.security_code_length = t.brand ? t.brand->security_code_length : 3;
        card_token out = v;
        tokens_.emplace(*v.id, std::move(t));
        return reply(c, 201, out);
    }

    http_response card_token_get(call& c) {
        auto it = tokens_.find(c.params[0]);
        if (it == tokens_.end()) return error_code(c, 404, "2006", "Card Token not found");
        card_token v = it->second.view;
        v.status = it->second.used ? "used" : c.now >= it->second.due ? "expired" : "active";
        return reply(c, 200, v);
    }

    /// The token a payment or a saved card may use, or the 400 why not.
    token_record* usable_token(const call& c, const std::string& id, http_response& failed) {
        auto it = tokens_.find(id);
        if (it == tokens_.end() || it->second.used || c.now >= it->second.due) {
            failed = bad_request(c, "2006", "Card Token not found");
            return nullptr;
        }
        return &it->second;
    }

    // --- payments ---------------------------------------------------------------------

    payment_record* find_payment(const call& c, const std::string& id_text) {
        const auto id = parse_int(id_text);
        if (!id) return nullptr;
        auto it = payments_.find(*id);
        if (it == payments_.end() || it->second.collector != c.who.user_id) return nullptr;
        return &it->second;
    }

    http_response payment_not_found(const call& c) { return error_code(c, 404, "2000", "Payment not found"); }

    /// transaction_details, fee_details and the refunded total from the record's amounts.
    static void refresh_money(payment_record& r) {
        payment& p = r.p;
        const bool settled = p.status && (*p.status == payment_status::approved || *p.status == payment_status::refunded);
        const std::int64_t total = r.card ? total_with_interest(r.amount_cents, r.installments) : r.amount_cents;
        const std::int64_t fee = scale_cents(r.amount_cents, 499, 10000);  // 4.99%
        auto& td = p.transaction_details ? *p.transaction_details : p.transaction_details.emplace();
        td.total_paid_amount = money(total);
        td.installment_amount = r.card ? money(scale_cents(total, 1, r.installments)) : money(0);
        td.net_received_amount = money(settled ? r.amount_cents - fee : 0);
        td.overpaid_amount = money(0);
        p.fee_details = std::vector<payment_fee_detail>{};
        if (settled) {
            p.fee_details->push_back(payment_fee_detail{"mercadopago_fee", "collector", money(fee), {}});
            if (total > r.amount_cents)
                p.fee_details->push_back(payment_fee_detail{"financing_fee", "payer", money(total - r.amount_cents), {}});
        }
        p.transaction_amount_refunded = money(r.refunded_cents);
    }

    std::string payer_id_for(const std::string& email) {
        auto [it, fresh] = payer_ids_.try_emplace(detail::lowercase(email), std::string{});
        if (fresh) it->second = std::to_string(1'300'000'000 + static_cast<std::int64_t>(payer_ids_.size()) * 7919);
        return it->second;
    }

    /// The EMV "copia e cola" text of a Pix charge (with its CRC16).
    static std::string pix_code(const std::string& key, const std::string& amount, std::int64_t payment_id) {
        auto field = [](std::string_view id, const std::string& value) {
            char len[3];
            std::snprintf(len, sizeof len, "%02zu", value.size() % 100);
            return std::string(id) + len + value;
        };
        std::string s = field("00", "01") + field("26", field("00", "br.gov.bcb.pix") + field("01", key)) +
                        field("52", "0000") + field("53", "986") + field("54", amount) + field("58", "BR") +
                        field("59", "SANDBOX SELLER") + field("60", "SAO PAULO") +
                        field("62", field("05", "mpqrinter" + std::to_string(payment_id))) + "6304";
        unsigned crc = 0xFFFF;
        for (unsigned char ch : s) {
            crc ^= static_cast<unsigned>(ch) << 8;
            for (int i = 0; i < 8; ++i) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
        }
        char hex[5];
        std::snprintf(hex, sizeof hex, "%04X", crc);
        return s + hex;
    }

    http_response payment_create(call& c) {
        result<payment_create_request> decoded = from_json<payment_create_request>(c.req.body);
        if (!decoded) {
            const mercadopago::error& e = decoded.error();
            if (e.code == errc::decode && e.path == "transaction_amount")
                return e.message == "missing required field" ? bad_request(c, "4002", "transaction_amount attribute can't be null")
                                                             : bad_request(c, "4003", "transaction_amount attribute must be numeric");
            if (e.code == errc::decode && e.path == "installments")
                return bad_request(c, "4005", "installments attribute must be numeric");
            http_response failed;
            (void)decode<payment_create_request>(c, c.req.body, failed);
            return failed;
        }
        const payment_create_request& req = *decoded;
        const auto cents = req.transaction_amount.minor_units(2);
        if (!cents || *cents <= 0) return bad_request(c, "4037", "Invalid transaction_amount");
        if (!req.payment_method_id || req.payment_method_id->empty())
            return bad_request(c, "4001", "payment_method_id attribute can't be null");
        const std::string& method = *req.payment_method_id;
        const card_brand* brand = find_brand(method);
        const offline_method* offline = brand ? nullptr : find_offline_method(method);
        if (!brand && !offline) return bad_request(c, "3028", "Invalid payment_method_id");
        const int installments = req.installments.value_or(1);
        if (installments < 1) return bad_request(c, "4005", "installments attribute must be a positive integer");
        if (req.payer && req.payer->email && !valid_email(*req.payer->email))
            return bad_request(c, "4050", "payer.email must be a valid email");
        customer_record* cust = nullptr;
        if (req.payer && req.payer->type && *req.payer->type == "customer") {
            if (!req.payer->id || req.payer->id->empty()) return bad_request(c, "4012", "payer.id attribute can't be null");
            cust = find_customer(c, *req.payer->id);
            if (!cust) return bad_request(c, "2002", "Customer not found");
        }
        if (req.notification_url && !req.notification_url->starts_with("https://") &&
            !req.notification_url->starts_with("http://"))
            return bad_request(c, "4020", "notificaction_url attribute must be url valid");
        if (req.notification_url && req.notification_url->size() > 248)
            return bad_request(c, "4021", "notification_url attribute must be at most 248 characters");
        if (req.application_fee) {
            if (*req.application_fee < decimal(0)) return bad_request(c, "4039", "application_fee cannot be a negative value");
            if (*req.application_fee > req.transaction_amount)
                return bad_request(c, "4038", "application_fee cannot be bigger than transaction_amount");
        }
        const bool capture = req.capture.value_or(true);
        if (!capture && (!brand || brand->payment_type_id != "credit_card"))
            return bad_request(c, "2077", "deferred capture is not supported for payment_method_id " + method);
        if (offline && offline->id != "account_money" && !(req.payer && req.payer->email))
            return bad_request(c, "4050", "payer.email must be a valid email");

        token_record* token = nullptr;
        if (brand) {
            if (!req.token || req.token->empty())
                return bad_request(c, "3003", "Invalid card_token_id: a card payment needs the token of the card");
            http_response failed;
            token = usable_token(c, *req.token, failed);
            if (!token) return failed;
            if (token->brand != brand)
                return bad_request(c, "3034", "Invalid card_number_validation: the token's card is not " + method);
        }

        const std::int64_t id = next_payment_id_++;
        payment_record rec;
        rec.collector = c.who.user_id;
        rec.amount_cents = *cents;
        rec.installments = installments;
        rec.card = brand != nullptr;
        payment& p = rec.p;
        p.id = id;
        p.date_created = stamp(c.now);
        p.date_last_updated = p.date_created;
        p.operation_type = "regular_payment";
        p.payment_method_id = method;
        p.payment_type_id = payment_type(brand ? brand->payment_type_id : offline->payment_type_id);
        p.currency_id = std::string(site_->currency_id);
        p.description = req.description;
        p.live_mode = false;
        p.collector_id = c.who.user_id;
        if (auto h = find_header(c.req.headers, "X-Integrator-Id")) p.integrator_id = std::string(*h);
        if (auto h = find_header(c.req.headers, "X-Platform-Id")) p.platform_id = std::string(*h);
        if (auto h = find_header(c.req.headers, "X-Corporation-Id")) p.corporation_id = std::string(*h);
        p.metadata = req.metadata ? *req.metadata : free_form(boost::json::object{});  // numbers keep their text
        if (req.additional_info) {
            if (auto info = from_json<payment_additional_info>(to_json(*req.additional_info))) p.additional_info = std::move(*info);
        }
        p.order = payment_order{};
        p.external_reference = req.external_reference;
        p.transaction_amount = req.transaction_amount;
        p.coupon_amount = money(0);
        p.taxes_amount = money(0);
        p.shipping_amount = money(0);
        p.installments = installments;
        p.binary_mode = req.binary_mode.value_or(false);
        p.notification_url = req.notification_url;
        p.callback_url = req.callback_url;
        p.processing_mode = "aggregator";
        p.refunds = std::vector<refund>{};
        p.captured = capture;

        // The payer: the customer, or who the request names.
        payment_payer payer;
        if (cust) {
            payer.type = "customer";
            payer.id = cust->c.id;
            payer.email = cust->c.email;
            payer.first_name = cust->c.first_name;
            payer.last_name = cust->c.last_name;
            payer.identification = cust->c.identification;
        } else if (req.payer) {
            payer.type = req.payer->type;
            payer.email = req.payer->email;
            if (req.payer->email) payer.id = payer_id_for(*req.payer->email);
            payer.first_name = req.payer->first_name;
            payer.last_name = req.payer->last_name;
            payer.entity_type = req.payer->entity_type;
            payer.identification = req.payer->identification;
            payer.phone = req.payer->phone;
        }

        std::string_view status = "approved", detail = "accredited";
        if (brand) {
            const std::string holder =
                token->view.cardholder && token->view.cardholder->name ? *token->view.cardholder->name : std::string{};
            const forced_outcome& o = outcome_for(holder);
            status = o.status;
            detail = o.status_detail;
            if (status == "approved" && installments > brand->max_installments) {
                status = "rejected";
                detail = "cc_rejected_invalid_installments";
            }
            if (status == "in_process" && p.binary_mode.value_or(false)) {  // binary mode: approved or rejected only
                status = "rejected";
                detail = "cc_rejected_high_risk";
            }
            if (status == "approved" && !capture) {
                status = "authorized";
                detail = "pending_capture";
            }
            token->used = true;
            if (!payer.identification && token->view.cardholder) payer.identification = token->view.cardholder->identification;
            payment_card card;
            if (!token->card_id.empty()) card.id = token->card_id;
            card.first_six_digits = token->view.first_six_digits;
            card.last_four_digits = token->view.last_four_digits;
            if (token->view.expiration_month) card.expiration_month = static_cast<int>(*token->view.expiration_month);
            if (token->view.expiration_year) card.expiration_year = static_cast<int>(*token->view.expiration_year);
            card.date_created = p.date_created;
            card.date_last_updated = p.date_created;
            if (token->view.cardholder)
                card.cardholder = payment_cardholder{token->view.cardholder->name, token->view.cardholder->identification, {}};
            p.card = std::move(card);
            p.issuer_id = std::string(brand->issuer_id);
            p.statement_descriptor = req.statement_descriptor ? *req.statement_descriptor : options_.statement_descriptor;
            payment_point_of_interaction poi;
            poi.type = "UNSPECIFIED";
            poi.business_info = payment_business_info{"online_payments", "default", {}};
            p.point_of_interaction = std::move(poi);
            p.payment_method =
                payment_payment_method{method, std::string(brand->payment_type_id), std::string(brand->issuer_id), {}, {}};
            if (status == "approved" || status == "authorized") p.authorization_code = random_digits(6);
        } else if (offline->id == "pix") {
            status = "pending";
            detail = "pending_waiting_transfer";
            p.date_of_expiration = req.date_of_expiration ? *req.date_of_expiration : stamp(c.now + std::chrono::hours{24});
            payment_transaction_data data;
            data.qr_code = pix_code(uuid(), money_text(*cents), id);
            data.qr_code_base64 =
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
            data.ticket_url = "https://www.mercadopago.com.br/sandbox/payments/" + std::to_string(id) +
                              "/ticket?caller_id=" + std::to_string(c.who.user_id) + "&hash=" + uuid();
            payment_point_of_interaction poi;
            poi.type = "OPENPLATFORM";
            poi.business_info = payment_business_info{"online_payments", "default", {}};
            poi.transaction_data = std::move(data);
            p.point_of_interaction = std::move(poi);
            p.payment_method = payment_payment_method{method, "bank_transfer", std::nullopt, {}, {}};
        } else if (offline->id == "bolbradesco") {
            status = "pending";
            detail = "pending_waiting_payment";
            p.date_of_expiration = req.date_of_expiration ? *req.date_of_expiration : stamp(c.now + std::chrono::hours{72});
            auto& td = p.transaction_details.emplace();
            const std::string reference = random_digits(10);
            td.payment_method_reference_id = reference;
            td.external_resource_url = "https://www.mercadopago.com.br/sandbox/payments/" + std::to_string(id) +
                                       "/ticket?caller_id=" + std::to_string(c.who.user_id) +
                                       "&payment_method_id=bolbradesco&payment_id=" + std::to_string(id) +
                                       "&payment_method_reference_id=" + reference + "&hash=" + uuid();
            td.barcode = payment_barcode{"2379" + random_digits(40), {}};
            td.digitable_line = "23793" + random_digits(42);
            payment_point_of_interaction poi;
            poi.type = "UNSPECIFIED";
            poi.business_info = payment_business_info{"online_payments", "default", {}};
            p.point_of_interaction = std::move(poi);
            p.payment_method = payment_payment_method{method, "ticket", std::nullopt, {}, {}};
        } else {  // account_money
            payment_point_of_interaction poi;
            poi.type = "UNSPECIFIED";
            poi.business_info = payment_business_info{"online_payments", "default", {}};
            p.point_of_interaction = std::move(poi);
            p.payment_method = payment_payment_method{method, "account_money", std::nullopt, {}, {}};
        }
        p.payer = std::move(payer);
        p.status = payment_status(status);
        p.status_detail = payment_status_detail(detail);
        if (status == "approved") approve(rec, c.now);
        if (status == "authorized") p.captured = false;
        refresh_money(rec);
        payment out = p;
        notify(c, rec, "payment.created");
        payments_.emplace(id, std::move(rec));
        return reply(c, 201, out);
    }

    /// Queues the signed notification of a change to a payment, when the
    /// payment asked for them and the sandbox has a secret to sign with.
    void notify(const call& c, const payment_record& r, std::string_view action) {
        const auto& url = r.p.notification_url;
        if (options_.webhook_secret.empty() || !url || url->empty()) return;
        const std::string data_id = std::to_string(r.p.id.value_or(0));
        const std::string request_id = uuid();
        notification_facts facts{.notification_url = *url,
                                 .topic = "payment",
                                 .action = action,
                                 .data_id = data_id,
                                 .notification_id = next_notification_id_++,
                                 .user_id = r.collector,
                                 .live_mode = c.who.credential.starts_with("APP_USR-"),
                                 .request_id = request_id,
                                 .now = c.now,
                                 .utc_offset = options_.utc_offset};
        caused_.push_back(make_webhook_delivery(facts, options_.webhook_secret));
    }

    void approve(payment_record& r, clock_type::time_point t) {
        r.p.date_approved = stamp(t);
        r.p.money_release_date = stamp(t + std::chrono::hours{24 * 14});
        r.p.money_release_status = "pending";
        r.p.money_release_schema = std::nullopt;
    }

    http_response payment_get(call& c) {
        payment_record* r = find_payment(c, c.params[0]);
        if (!r) return payment_not_found(c);
        return reply(c, 200, r->p);
    }

    http_response payment_update(call& c) {
        payment_record* r = find_payment(c, c.params[0]);
        if (!r) return payment_not_found(c);
        const std::string_view body = c.req.body.empty() ? std::string_view("{}") : std::string_view(c.req.body);
        result<payment_update_request> decoded = from_json<payment_update_request>(body);
        if (!decoded) {
            if (decoded.error().code == errc::decode && decoded.error().path == "capture")
                return bad_request(c, "2078", "capture attribute must be boolean");
            http_response failed;
            (void)decode<payment_update_request>(c, body, failed);
            return failed;
        }
        const payment_update_request& u = *decoded;
        payment& p = r->p;
        const payment_status current = p.status.value_or(payment_status{});
        if (u.status) {
            if (*u.status != payment_status::cancelled)
                return bad_request(c, "1", "invalid status " + u.status->str() + ": a payment can only be cancelled");
            if (current != payment_status::pending && current != payment_status::in_process &&
                current != payment_status::authorized)
                return bad_request(c, "2018", "The action requested is not valid for the current payment state (" +
                                                   current.str() + ")");
            p.status = payment_status::cancelled;
            p.status_detail = payment_status_detail::by_collector;
            p.money_release_date = std::nullopt;
            p.money_release_status = std::nullopt;
        } else if (u.capture) {
            if (*u.capture) {
                if (current != payment_status::authorized)
                    return bad_request(c, "2018", "The action requested is not valid for the current payment state (" +
                                                       current.str() + ")");
                const decimal amount = u.transaction_amount ? *u.transaction_amount : p.transaction_amount.value_or(decimal{});
                const auto cents = amount.minor_units(2);
                if (!cents || *cents <= 0) return bad_request(c, "4037", "Invalid transaction_amount");
                if (*cents > r->amount_cents)
                    return bad_request(c, "4037", "Invalid transaction_amount: " + amount.to_string() +
                                                      " exceeds the authorized amount " + money_text(r->amount_cents));
                p.transaction_amount = amount;
                r->amount_cents = *cents;
                p.status = payment_status::approved;
                p.status_detail = payment_status_detail::accredited;
                p.captured = true;
                approve(*r, c.now);
            }
        } else if (u.transaction_amount) {
            return bad_request(c, "1", "transaction_amount can only be changed when capturing (capture: true)");
        }
        p.date_last_updated = stamp(c.now);
        refresh_money(*r);
        if (p.status != current) notify(c, *r, "payment.updated");
        return reply(c, 200, p);
    }

    // --- search ---------------------------------------------------------------------------

    struct page_window {
        std::int64_t limit = 30;
        std::int64_t offset = 0;
    };

    static std::optional<page_window> window(const call& c, http_response& failed) {
        page_window w;
        if (auto v = detail::query_value(c.target.query, "limit")) {
            auto n = parse_int(*v);
            if (!n || *n < 1) {
                failed = bad_request(c, "1", "invalid parameter limit: expected a positive integer");
                return std::nullopt;
            }
            if (*n > 50) {
                failed = bad_request(c, "1000", "the requested row count is over the limit: limit must be at most 50");
                return std::nullopt;
            }
            w.limit = *n;
        }
        if (auto v = detail::query_value(c.target.query, "offset")) {
            auto n = parse_int(*v);
            if (!n || *n < 0) {
                failed = bad_request(c, "1", "invalid parameter offset: expected a non-negative integer");
                return std::nullopt;
            }
            if (*n > max_search_offset) {
                failed = bad_request(c, "1", "offset must be at most 10000: narrow the date range (begin_date, end_date) "
                                             "instead of paging further");
                return std::nullopt;
            }
            w.offset = *n;
        }
        return w;
    }

    /// A search date: ISO-8601, or NOW, NOW-30DAYS, NOW-2HOURS, NOW-1MONTHS, …
    static std::optional<clock_type::time_point> search_date(std::string_view s, clock_type::time_point now) {
        if (s.starts_with("NOW")) {
            s.remove_prefix(3);
            if (s.empty()) return now;
            if (s.front() != '-' && s.front() != '+') return std::nullopt;
            const bool minus = s.front() == '-';
            s.remove_prefix(1);
            std::size_t i = 0;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
            const auto n = parse_int(s.substr(0, i));
            if (!n) return std::nullopt;
            std::string unit(s.substr(i));
            if (unit.ends_with('S')) unit.pop_back();
            std::int64_t minutes = 0;
            if (unit == "MINUTE") minutes = 1;
            else if (unit == "HOUR") minutes = 60;
            else if (unit == "DAY") minutes = 60 * 24;
            else if (unit == "WEEK") minutes = 60 * 24 * 7;
            else if (unit == "MONTH") minutes = 60 * 24 * 30;
            else if (unit == "YEAR") minutes = 60 * 24 * 365;
            else return std::nullopt;
            const auto d = std::chrono::minutes{*n * minutes};
            return minus ? now - d : now + d;
        }
        auto t = timestamp::parse(s);
        if (!t) return std::nullopt;
        return clock_type::time_point{std::chrono::duration_cast<clock_type::duration>(t->time()->time_since_epoch())};
    }

    static std::optional<clock_type::time_point> date_of(const payment& p, std::string_view field) {
        const std::optional<timestamp>* t = field == "date_approved"       ? &p.date_approved
                                            : field == "date_last_updated"  ? &p.date_last_updated
                                            : field == "money_release_date" ? &p.money_release_date
                                                                            : &p.date_created;
        if (!*t || !(*t)->time()) return std::nullopt;
        return clock_type::time_point{std::chrono::duration_cast<clock_type::duration>((*t)->time()->time_since_epoch())};
    }

    /// The text a payment-search filter compares with; nullopt for an unknown filter.
    static std::optional<std::string> filter_value(const payment& p, std::string_view key) {
        auto text = [](const auto& o) -> std::string {
            if (!o) return {};
            using V = std::remove_cvref_t<decltype(*o)>;
            if constexpr (std::is_same_v<V, std::string>) return *o;
            else if constexpr (std::is_integral_v<V>) return std::to_string(*o);
            else return o->str();
        };
        if (key == "id") return text(p.id);
        if (key == "external_reference") return text(p.external_reference);
        if (key == "status") return text(p.status);
        if (key == "status_detail") return text(p.status_detail);
        if (key == "payment_method_id") return text(p.payment_method_id);
        if (key == "payment_type_id") return text(p.payment_type_id);
        if (key == "operation_type") return text(p.operation_type);
        if (key == "currency_id") return text(p.currency_id);
        if (key == "installments") return text(p.installments);
        if (key == "processing_mode") return text(p.processing_mode);
        if (key == "store_id") return text(p.store_id);
        if (key == "pos_id") return text(p.pos_id);
        if (key == "issuer_id") return text(p.issuer_id);
        if (key == "collector.id" || key == "collector_id") return text(p.collector_id);
        if (key == "payer.id") return p.payer ? text(p.payer->id) : std::string{};
        if (key == "payer.email") return p.payer ? text(p.payer->email) : std::string{};
        if (key == "card.id") return p.card ? text(p.card->id) : std::string{};
        return std::nullopt;
    }

    http_response payment_search(call& c) {
        http_response failed;
        const auto w = window(c, failed);
        if (!w) return failed;
        const auto& q = c.target.query;
        const std::string sort = detail::query_value(q, "sort").value_or("date_created");
        const std::string criteria = detail::query_value(q, "criteria").value_or("asc");
        const std::string range = detail::query_value(q, "range").value_or("date_created");
        static constexpr std::string_view date_fields[] = {"date_created", "date_approved", "date_last_updated",
                                                           "money_release_date"};
        auto is_date_field = [](std::string_view f) {
            return std::find(std::begin(date_fields), std::end(date_fields), f) != std::end(date_fields);
        };
        if (sort != "id" && !is_date_field(sort)) return bad_request(c, "1", "invalid parameter sort: " + sort);
        if (criteria != "asc" && criteria != "desc") return bad_request(c, "1", "invalid parameter criteria: " + criteria);
        if (!is_date_field(range)) return bad_request(c, "1", "invalid parameter range: " + range);
        std::optional<clock_type::time_point> begin, end;
        if (auto v = detail::query_value(q, "begin_date")) {
            if (!(begin = search_date(*v, c.now))) return bad_request(c, "1001", "invalid parameter begin_date: " + *v);
        }
        if (auto v = detail::query_value(q, "end_date")) {
            if (!(end = search_date(*v, c.now))) return bad_request(c, "1001", "invalid parameter end_date: " + *v);
        }
        static constexpr std::string_view controls[] = {"limit", "offset", "sort", "criteria", "range",
                                                        "begin_date", "end_date", "access_token"};
        std::vector<std::pair<std::string, std::string>> filters;
        for (const auto& [k, v] : q)
            if (std::find(std::begin(controls), std::end(controls), k) == std::end(controls)) filters.emplace_back(k, v);

        std::vector<const payment*> hits;
        for (const auto& [id, rec] : payments_) {
            if (rec.collector != c.who.user_id) continue;
            bool keep = true;
            for (const auto& [k, v] : filters) {
                const auto actual = filter_value(rec.p, k);
                if (actual && *actual != v) {
                    keep = false;
                    break;
                }
            }
            if (keep && (begin || end)) {
                const auto d = date_of(rec.p, range);
                keep = d && (!begin || *d >= *begin) && (!end || *d <= *end);
            }
            if (keep) hits.push_back(&rec.p);
        }
        const bool desc = criteria == "desc";
        std::stable_sort(hits.begin(), hits.end(), [&](const payment* a, const payment* b) {
            if (sort != "id") {
                const auto da = date_of(*a, sort), db = date_of(*b, sort);
                if (da != db) {
                    if (!da) return false;  // no date: last either way
                    if (!db) return true;
                    return desc ? *da > *db : *da < *db;
                }
            }
            return desc ? a->id > b->id : a->id < b->id;
        });
        results_page<payment> page;
        page.paging = paging{static_cast<std::int64_t>(hits.size()), w->limit, w->offset, {}};
        for (std::size_t i = static_cast<std::size_t>(w->offset);
             i < hits.size() && page.results.size() < static_cast<std::size_t>(w->limit); ++i)
            page.results.push_back(*hits[i]);
        return reply(c, 200, page);
    }

    // --- refunds -----------------------------------------------------------------------------

    http_response refund_create(call& c) {
        payment_record* r = find_payment(c, c.params[0]);
        if (!r) return payment_not_found(c);
        const std::string_view body = c.req.body.empty() ? std::string_view("{}") : std::string_view(c.req.body);
        http_response failed;
        auto req = decode<refund_create_request>(c, body, failed);
        if (!req) return failed;
        payment& p = r->p;
        if (!p.status || *p.status != payment_status::approved)
            return bad_request(c, "3005", "Payment with status " + (p.status ? p.status->str() : std::string("?")) +
                                              " can't be refunded: only approved payments can");
        const std::int64_t refundable = r->amount_cents - r->refunded_cents;
        std::int64_t cents = refundable;
        if (req->amount) {
            const auto given = req->amount->minor_units(2);
            if (!given || *given <= 0) return bad_request(c, "4037", "Invalid refund amount: it must be greater than zero");
            if (*given > refundable)
                return bad_request(c, "4037", "Invalid refund amount: " + req->amount->to_string() +
                                                  " exceeds the refundable balance " + money_text(refundable));
            cents = *given;
        }
        refund rf;
        rf.id = next_refund_id_++;
        rf.payment_id = p.id;
        rf.amount = req->amount ? *req->amount : money(cents);
        rf.metadata = boost::json::object{};
        rf.source = refund_source{std::to_string(r->collector), "Sandbox Seller", "collector", {}};
        rf.date_created = stamp(c.now);
        rf.refund_mode = "standard";
        rf.adjustment_amount = money(0);
        rf.status = refund_status::approved;
        rf.amount_refunded_to_payer = rf.amount;
        r->refunded_cents += cents;
        r->refunds.push_back(rf);
        p.refunds->push_back(rf);  // the payment embeds the same refund model
        if (r->refunded_cents == r->amount_cents) {
            p.status = payment_status::refunded;
            p.status_detail = payment_status_detail::refunded;
        } else {
            p.status_detail = payment_status_detail::partially_refunded;
        }
        p.date_last_updated = stamp(c.now);
        refresh_money(*r);
        notify(c, *r, "payment.updated");
        return reply(c, 201, rf);
    }

    http_response refund_list(call& c) {
        payment_record* r = find_payment(c, c.params[0]);
        if (!r) return payment_not_found(c);
        return reply(c, 200, r->refunds);
    }

    http_response refund_get(call& c) {
        payment_record* r = find_payment(c, c.params[0]);
        if (!r) return payment_not_found(c);
        for (const auto& rf : r->refunds)
            if (rf.id && std::to_string(*rf.id) == c.params[1]) return reply(c, 200, rf);
        return error(c, 404, "refund " + c.params[1] + " not found", {});
    }

    // --- customers and cards --------------------------------------------------------------------

    customer_record* find_customer(const call& c, const std::string& id) {
        auto it = customers_.find(id);
        if (it == customers_.end() || it->second.collector != c.who.user_id) return nullptr;
        return &it->second;
    }

    http_response customer_not_found(const call& c) { return error_code(c, 404, "2002", "Customer not found"); }

    bool email_taken(const call& c, const std::string& email, const std::string& except_id) const {
        const std::string e = detail::lowercase(email);
        for (const auto& [id, rec] : customers_)
            if (rec.collector == c.who.user_id && id != except_id && rec.c.email && detail::lowercase(*rec.c.email) == e)
                return true;
        return false;
    }

    /// Applies the members a create or update request sets.
    void apply(customer& cu, const customer_request& r, clock_type::time_point t) {
        if (r.email) cu.email = r.email;
        if (r.first_name) cu.first_name = r.first_name;
        if (r.last_name) cu.last_name = r.last_name;
        if (r.phone) cu.phone = r.phone;
        if (r.identification) cu.identification = r.identification;
        if (r.description) cu.description = r.description;
        if (r.date_registered) cu.date_registered = r.date_registered;
        if (r.metadata) cu.metadata = r.metadata;
        if (r.default_card) cu.default_card = r.default_card;
        if (r.address) {
            customer_default_address a = *r.address;
            if (!a.id) a.id = random_digits(10);
            cu.address = a;
            cu.default_address = a.id;
            customer_address entry;
            entry.id = a.id;
            entry.zip_code = a.zip_code;
            entry.street_name = a.street_name;
            entry.street_number = a.street_number;
            entry.city = a.city;
            entry.date_created = stamp(t);
            entry.normalized = false;
            if (!cu.addresses) cu.addresses.emplace();
            std::erase_if(*cu.addresses, [&](const customer_address& x) { return x.id == a.id; });
            cu.addresses->push_back(std::move(entry));
        }
        if (r.default_address) cu.default_address = r.default_address;
    }

    http_response customer_create(call& c) {
        http_response failed;
        auto req = decode<customer_request>(c, c.req.body, failed);
        if (!req) return failed;
        if (!req->email || req->email->empty()) return bad_request(c, "106", "the email is required");
        if (!valid_email(*req->email)) return bad_request(c, "106", "the email format is invalid");
        if (email_taken(c, *req->email, {})) return bad_request(c, "101", "the customer already exist");
        customer_record rec;
        rec.collector = c.who.user_id;
        rec.sequence = ++customer_sequence_;
        customer& cu = rec.c;
        cu.id = std::to_string(c.who.user_id) + "-" +
                random_chars(14, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        cu.date_created = stamp(c.now);
        cu.date_last_updated = cu.date_created;
        cu.metadata = boost::json::object{};
        cu.cards = std::vector<card>{};
        cu.addresses = std::vector<customer_address>{};
        cu.live_mode = false;
        apply(cu, *req, c.now);
        customer out = cu;
        customers_.emplace(*cu.id, std::move(rec));
        return reply(c, 201, out);
    }

    http_response customer_get(call& c) {
        customer_record* r = find_customer(c, c.params[0]);
        if (!r) return customer_not_found(c);
        return reply(c, 200, r->c);
    }

    http_response customer_update(call& c) {
        customer_record* r = find_customer(c, c.params[0]);
        if (!r) return customer_not_found(c);
        http_response failed;
        auto req = decode<customer_request>(c, c.req.body.empty() ? std::string_view("{}") : std::string_view(c.req.body), failed);
        if (!req) return failed;
        if (req->email) {
            if (!valid_email(*req->email)) return bad_request(c, "106", "the email format is invalid");
            if (email_taken(c, *req->email, c.params[0])) return bad_request(c, "101", "the customer already exist");
        }
        apply(r->c, *req, c.now);
        r->c.date_last_updated = stamp(c.now);
        return reply(c, 200, r->c);
    }

    http_response customer_delete(call& c) {
        customer_record* r = find_customer(c, c.params[0]);
        if (!r) return customer_not_found(c);
        customer out = std::move(r->c);
        customers_.erase(c.params[0]);
        return reply(c, 200, out);
    }

    http_response customer_search(call& c) {
        http_response failed;
        const auto w = window(c, failed);
        if (!w) return failed;
        std::vector<const customer_record*> hits;
        for (const auto& [id, rec] : customers_) {
            if (rec.collector != c.who.user_id) continue;
            bool keep = true;
            for (const auto& [k, v] : c.target.query) {
                if (k == "email") keep = keep && rec.c.email && detail::lowercase(*rec.c.email) == detail::lowercase(v);
                else if (k == "id") keep = keep && id == v;
                else if (k == "first_name") keep = keep && rec.c.first_name.value_or("") == v;
                else if (k == "last_name") keep = keep && rec.c.last_name.value_or("") == v;
                else if (k == "identification.number")
                    keep = keep && rec.c.identification && rec.c.identification->number.value_or("") == v;
            }
            if (keep) hits.push_back(&rec);
        }
        std::sort(hits.begin(), hits.end(), [](auto* a, auto* b) { return a->sequence < b->sequence; });
        results_page<customer> page;
        page.paging = paging{static_cast<std::int64_t>(hits.size()), w->limit, w->offset, {}};
        for (std::size_t i = static_cast<std::size_t>(w->offset);
             i < hits.size() && page.results.size() < static_cast<std::size_t>(w->limit); ++i)
            page.results.push_back(hits[i]->c);
        return reply(c, 200, page);
    }

    card* find_card(customer_record& r, const std::string& card_id) {
        if (!r.c.cards) return nullptr;
        for (auto& k : *r.c.cards)
            if (k.id && *k.id == card_id) return &k;
        return nullptr;
    }

    http_response card_not_found(const call& c) { return error(c, 404, "card " + c.params[1] + " not found", {}); }

    /// Card details (brand, digits, expiry, holder) from a token.
    void fill_card(card& k, const token_record& t, clock_type::time_point now) {
        const card_brand& b = *t.brand;
        k.first_six_digits = t.view.first_six_digits;
        k.last_four_digits = t.view.last_four_digits;
        k.expiration_month = t.view.expiration_month;
        k.expiration_year = t.view.expiration_year;
        k.payment_method = card_payment_method{std::string(b.payment_method_id), std::string(b.payment_method_id),
                                               std::string(b.payment_type_id), detail::logo(b.payment_method_id, false),
                                               detail::logo(b.payment_method_id, true), {}};
        k.security_code = card_security_code{b.security_code_length, std::string(b.security_code_location), {}};
        k.issuer = card_issuer{std::string(b.issuer_id), std::string(b.issuer_name), {}};
        k.cardholder = t.view.cardholder;
        k.date_last_updated = stamp(now);
    }

    http_response card_create(call& c) {
        customer_record* r = find_customer(c, c.params[0]);
        if (!r) return customer_not_found(c);
        http_response failed;
        auto req = decode<card_create_request>(c, c.req.body, failed);
        if (!req) return failed;
        if (req->token.empty()) return bad_request(c, "2006", "Card Token not found");
        token_record* t = usable_token(c, req->token, failed);
        if (!t) return failed;
        if (!t->card_id.empty()) {  // a token of a saved card: that card
            t->used = true;
            if (card* k = find_card(*r, t->card_id)) return reply(c, 200, *k);
            return bad_request(c, "2006", "Card Token not found");
        }
        t->used = true;
        for (const auto& k : *r->c.cards) {  // the same card saved twice is the same card
            if (k.first_six_digits == t->view.first_six_digits && k.last_four_digits == t->view.last_four_digits &&
                k.expiration_month == t->view.expiration_month && k.expiration_year == t->view.expiration_year)
                return reply(c, 200, k);
        }
        card k;
        k.id = std::to_string(next_card_id_);
        next_card_id_ += 1 + static_cast<std::int64_t>(rng_() % 9973);
        k.customer_id = r->c.id;
        fill_card(k, *t, c.now);
        k.date_created = stamp(c.now);
        k.user_id = std::to_string(c.who.user_id);
        k.live_mode = false;
        r->c.cards->push_back(k);
        if (!r->c.default_card) r->c.default_card = k.id;
        r->c.date_last_updated = stamp(c.now);
        return reply(c, 201, k);
    }

    http_response card_list(call& c) {
        customer_record* r = find_customer(c, c.params[0]);
        if (!r) return customer_not_found(c);
        return reply(c, 200, r->c.cards.value_or(std::vector<card>{}));
    }

    http_response card_get(call& c) {
        customer_record* r = find_customer(c, c.params[0]);
        if (!r) return customer_not_found(c);
        card* k = find_card(*r, c.params[1]);
        if (!k) return card_not_found(c);
        return reply(c, 200, *k);
    }

    http_response card_update(call& c) {
        customer_record* r = find_customer(c, c.params[0]);
        if (!r) return customer_not_found(c);
        card* k = find_card(*r, c.params[1]);
        if (!k) return card_not_found(c);
        http_response failed;
        auto req = decode<card_update_request>(c, c.req.body.empty() ? std::string_view("{}") : std::string_view(c.req.body), failed);
        if (!req) return failed;
        if (req->expiration_month && (*req->expiration_month < 1 || *req->expiration_month > 12))
            return bad_request(c, "325", "invalid parameter expirationMonth");
        if (req->expiration_year && (*req->expiration_year < 1000 || *req->expiration_year > 9999))
            return bad_request(c, "326", "invalid parameter expirationYear");
        if (req->token) {
            token_record* t = usable_token(c, *req->token, failed);
            if (!t) return failed;
            if (!t->brand) return bad_request(c, "2006", "Card Token not found");
            t->used = true;
            fill_card(*k, *t, c.now);
        }
        if (req->expiration_month) k->expiration_month = req->expiration_month;
        if (req->expiration_year) k->expiration_year = req->expiration_year;
        if (req->cardholder) k->cardholder = req->cardholder;
        k->date_last_updated = stamp(c.now);
        return reply(c, 200, *k);
    }

    http_response card_delete(call& c) {
        customer_record* r = find_customer(c, c.params[0]);
        if (!r) return customer_not_found(c);
        card* k = find_card(*r, c.params[1]);
        if (!k) return card_not_found(c);
        card out = *k;
        std::erase_if(*r->c.cards, [&](const card& x) { return x.id == out.id; });
        if (r->c.default_card == out.id) {
            r->c.default_card = r->c.cards->empty() ? std::nullopt : r->c.cards->front().id;
        }
        r->c.date_last_updated = stamp(c.now);
        return reply(c, 200, out);
    }

    // --- public look-ups ---------------------------------------------------------------------------

    http_response payment_methods_list(call& c) { return reply(c, 200, payment_methods_catalogue()); }

    http_response payment_methods_search(call& c) {
        const auto& q = c.target.query;
        std::string bins = detail::query_value(q, "bins").value_or("");
        if (auto comma = bins.find(','); comma != std::string::npos) bins.resize(comma);
        const card_brand* by_bin = nullptr;
        if (!bins.empty()) {
            bool digits = bins.size() >= 6;
            for (char ch : bins) digits = digits && ch >= '0' && ch <= '9';
            if (!digits) return bad_request(c, "1", "invalid parameter bins: expected the card's first 6 to 8 digits");
            by_bin = brand_of_number(bins);
        }
        results_page<payment_method> page;
        for (auto& m : payment_methods_catalogue()) {
            if (!bins.empty() && (!by_bin || m.id != by_bin->payment_method_id)) continue;
            if (auto v = detail::query_value(q, "id"); v && m.id != *v) continue;
            if (auto v = detail::query_value(q, "payment_type_id"); v && m.payment_type_id != *v) continue;
            if (const card_brand* b = find_brand(m.id.value_or(""))) {
                boost::json::object iss;
                iss["id"] = std::stoll(std::string(b->issuer_id));
                iss["name"] = b->issuer_name;
                iss["default"] = true;
                m.extra["issuer"] = std::move(iss);
            }
            page.results.push_back(std::move(m));
        }
        const auto n = static_cast<std::int64_t>(page.results.size());
        page.paging = paging{n, n, 0, {}};
        return reply(c, 200, page);
    }

    http_response payment_methods_installments(call& c) {
        const auto& q = c.target.query;
        const auto amount_text = detail::query_value(q, "amount");
        if (!amount_text) return bad_request(c, "1", "the parameter amount is required");
        const auto amount = decimal::parse(*amount_text);
        const auto cents = amount ? amount->minor_units(2) : std::nullopt;
        if (!cents || *cents <= 0) return bad_request(c, "1", "invalid parameter amount: " + *amount_text);
        const card_brand* only = nullptr;
        if (auto bin = detail::query_value(q, "bin"); bin && !bin->empty()) {
            only = bin->size() >= 6 ? brand_of_number(*bin) : nullptr;
            if (!only) return reply(c, 200, std::vector<installment_options>{});
        }
        const auto method = detail::query_value(q, "payment_method_id");
        const auto issuer_id = detail::query_value(q, "issuer.id");
        const auto type = detail::query_value(q, "payment_type_id");
        std::vector<installment_options> out;
        for (const auto& b : card_brands) {
            if (only && &b != only) continue;
            if (method && b.payment_method_id != *method) continue;
            if (issuer_id && b.issuer_id != *issuer_id) continue;
            if (type && b.payment_type_id != *type) continue;
            out.push_back(installment_plans(b, *cents, *site_));
        }
        return reply(c, 200, out);
    }

    http_response payment_methods_card_issuers(call& c) {
        const auto method = detail::query_value(c.target.query, "payment_method_id");
        if (!method || method->empty()) return bad_request(c, "4001", "payment_method_id attribute can't be null");
        const card_brand* b = find_brand(*method);
        if (!b) {
            if (find_offline_method(*method)) return reply(c, 200, std::vector<issuer>{});
            return bad_request(c, "3028", "Invalid payment_method_id");
        }
        return reply(c, 200, std::vector<issuer>{issuer_of(*b)});
    }

    http_response identification_types_list(call& c) { return reply(c, 200, identification_types_of(site_->id)); }

    http_response users_me(call& c) {
        user u;
        u.id = c.who.user_id;
        u.nickname = "TESTUSER" + std::to_string(c.who.user_id % 100000000);
        u.first_name = "Test";
        u.last_name = "Test";
        u.email = "test_user_" + std::to_string(c.who.user_id % 100000000) + "@testuser.com";
        u.site_id = std::string(site_->id);
        u.country_id = std::string(site_->country_id);
        return reply(c, 200, u);
    }

    // --- members -------------------------------------------------------------------------------------

    mutable std::mutex mutex_;
    emulator_options options_;
    const site_info* site_;
    std::mt19937_64 rng_;
    std::int64_t next_payment_id_;
    std::int64_t next_refund_id_;
    std::int64_t next_card_id_;
    std::uint64_t customer_sequence_ = 0;
    std::uint64_t requests_ = 0;
    std::map<std::string, token_record> tokens_;
    std::map<std::int64_t, payment_record> payments_;
    std::map<std::string, customer_record> customers_;
    std::map<std::string, std::string> payer_ids_;
    std::unordered_map<std::string, http_response> replays_;
    std::int64_t next_notification_id_ = options_.first_notification_id;
    std::vector<webhook_delivery> caused_;  ///< by the request being answered; sent once the lock is released

    std::mutex sink_mutex_;  ///< held while a sink runs, so on_webhook({}) waits for it to return
    webhook_sink sink_;
    std::deque<webhook_delivery> queued_webhooks_;
};

}  // namespace mercadopago::sandbox
