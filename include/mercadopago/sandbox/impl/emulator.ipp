// The definitions of sandbox::emulator (sandbox/emulator.hpp): included by
// that header in header-only mode, and compiled once in src/sandbox.cpp
// (<mercadopago/sandbox/src.hpp>) with separate compilation.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/config.hpp>
#include <mercadopago/sandbox/auth.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/emulator.hpp>
#include <mercadopago/sandbox/idempotency.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/services.hpp>
#include <mercadopago/sandbox/state.hpp>

#include <iterator>
#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

MERCADOPAGO_DETAIL_DECL emulator::emulator(emulator_options options)
    : state_(std::make_unique<shared_state>(std::move(options))),
      routes_(std::make_unique<route_table>()),
      replays_(std::make_unique<replay_store>()) {
    detail::install_services(*state_, *routes_);
}

/// Back to the state of a new emulator with the same options: no resources,
/// no remembered keys, ids from their first values again. Under the lock.
MERCADOPAGO_DETAIL_DECL void emulator::reset_state() {
    emulator_options options = state_->options();
    auto state = std::make_unique<shared_state>(std::move(options));
    auto routes = std::make_unique<route_table>();
    detail::install_services(*state, *routes);
    state_ = std::move(state);
    routes_ = std::move(routes);
    replays_->clear();
}

MERCADOPAGO_DETAIL_DECL emulator::~emulator() = default;

MERCADOPAGO_DETAIL_DECL const emulator_options& emulator::options() const noexcept { return state_->options(); }

MERCADOPAGO_DETAIL_DECL http_response emulator::handle(const http_request& req) {
    std::vector<webhook_delivery> caused;
    http_response res;
    {
        std::lock_guard lock(mutex_);
        res = answer(req);
        caused = state_->take_caused();
    }
    if (!caused.empty()) dispatch(std::move(caused));
    return res;
}

/// handle() under the lock: route, authenticate, replay or run, remember.
MERCADOPAGO_DETAIL_DECL http_response emulator::answer(const http_request& req) {
    ++requests_;
    call c{req, detail::parse_target(req.target)};
    c.now = state_->now();
    c.request_id = state_->uuid();

    // The control calls (/sandbox/…) are the sandbox's own: refused unless
    // enabled, and reset is answered here because it replaces the routes.
    const bool control = c.target.path == "/sandbox" || c.target.path.starts_with("/sandbox/");
    if (control && !state_->options().control_api)
        return c.error(403, "the sandbox control API is disabled: enable it with emulator_options::control_api "
                            "(mercadopago-sandbox --control-api)", {});
    if (control && c.target.path == "/sandbox/reset") {
        if (req.method != http_method::post)
            return c.error(405, "method " + std::string(to_string(req.method)) + " not allowed on /sandbox/reset", {});
        if (auto denied = detail::authenticate(c, false, state_->options().default_user_id))
            return std::move(*denied);
        reset_state();
        return c.respond(200, R"({"reset":true})");
    }

    const auto match = routes_->find(req.method, c.target.segments, c.params);
    if (!match.found) {
        if (match.path_known)
            return c.error(405, "method " + std::string(to_string(req.method)) + " not allowed on " + c.target.path, {});
        return c.error(404, "resource " + c.target.path + " not found", {});
    }
    if (!match.found->page) {
        if (auto denied = detail::authenticate(c, match.found->public_ok, state_->options().default_user_id))
            return std::move(*denied);
    }
    auto idempotency = replays_->check(c, match.found->rules);
    if (idempotency.answer) return std::move(*idempotency.answer);
    http_response res = match.found->handler(c);
    replays_->remember(std::move(idempotency), c, res);
    return res;
}

/// Hands the notifications a request caused to the sink, or to the bounded
/// queue when there is none.
MERCADOPAGO_DETAIL_DECL void emulator::dispatch(std::vector<webhook_delivery> deliveries) {
    std::lock_guard lock(sink_mutex_);
    const std::size_t cap = state_->options().max_queued_webhooks;
    for (auto& d : deliveries) {
        if (sink_) {
            sink_(std::move(d));
            continue;
        }
        if (cap == 0) return;
        if (queued_webhooks_.size() >= cap) queued_webhooks_.pop_front();
        queued_webhooks_.push_back(std::move(d));
    }
}

MERCADOPAGO_DETAIL_DECL void emulator::on_webhook(webhook_sink sink) {
    std::lock_guard lock(sink_mutex_);
    sink_ = std::move(sink);
}

MERCADOPAGO_DETAIL_DECL std::vector<webhook_delivery> emulator::take_webhooks() {
    std::lock_guard lock(sink_mutex_);
    std::vector<webhook_delivery> out(std::make_move_iterator(queued_webhooks_.begin()),
                                      std::make_move_iterator(queued_webhooks_.end()));
    queued_webhooks_.clear();
    return out;
}

MERCADOPAGO_DETAIL_DECL std::uint64_t emulator::requests_handled() const {
    std::lock_guard lock(mutex_);
    return requests_;
}

MERCADOPAGO_DETAIL_DECL std::size_t emulator::payment_count() const {
    return inspect<payments_service>([](const payments_service& s) { return s.all().size(); });
}

MERCADOPAGO_DETAIL_DECL std::vector<payment> emulator::payments() const {
    return inspect<payments_service>([](const payments_service& s) {
        std::vector<payment> out;
        out.reserve(s.all().size());
        for (const auto& [id, rec] : s.all()) out.push_back(rec.p);
        return out;
    });
}

MERCADOPAGO_DETAIL_DECL std::optional<payment> emulator::find_payment(std::int64_t id) const {
    return inspect<payments_service>([id](const payments_service& s) -> std::optional<payment> {
        auto it = s.all().find(id);
        if (it == s.all().end()) return std::nullopt;
        return it->second.p;
    });
}

MERCADOPAGO_DETAIL_DECL std::size_t emulator::customer_count() const {
    return inspect<customers_service>([](const customers_service& s) { return s.size(); });
}

}  // namespace mercadopago::sandbox
