// mercadopago::async_client — every endpoint as an Asio asynchronous
// operation, so an event-loop server (Beast, Drogon, Crow, any Asio program)
// never blocks a thread on a payment call.
//
//     boost::asio::io_context io;
//     mercadopago::async_client cli(io.get_executor(), {.access_token = token});
//     boost::asio::co_spawn(io, [&]() -> boost::asio::awaitable<void> {
//         auto p = co_await cli.payments().get(123, boost::asio::use_awaitable);  // api_result<payment>
//         ...
//     }, boost::asio::detached);
//     io.run();
//
// The facades are the synchronous client's (mercadopago/resources.hpp), with
// an Asio completion token last: `use_awaitable`, a callback taking the
// api_result, `use_future`, `deferred`, … Each operation completes with the
// same api_result the synchronous call returns. A call follows the same
// policy, from the same code (detail::call_planner): one idempotency key
// across retries, backoff with jitter and Retry-After, one total deadline,
// typed errors, redacted call records. Between attempts it waits on a timer,
// never a sleeping thread (client_options::sleep is not used).
//
// Cancellation: each call honours its completion handler's cancellation slot
// (`boost::asio::bind_cancellation_slot`, or awaitable operators racing a
// timer): the attempt in flight is cancelled and the call completes with
// errc::cancelled. A write cancelled after its request left may still have
// been processed: retry it with the same idempotency key (`error().idempotency_key`).
//
// Opt-in: not part of the umbrella header, so a file that does not use Asio
// does not pay for it. Needs Boost.Asio (Boost ≥ 1.81), and for the default
// transport Boost.Beast and OpenSSL (beast_transport.hpp); define
// MERCADOPAGO_NO_BEAST to bring your own asynchronous transport.
//
// A client is safe to share between coroutines on its executor; calls in
// flight keep what they need alive, so destroying the client does not cut them short.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/async_search.hpp>
#include <mercadopago/async_transport.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/detail/async_run.hpp>
#include <mercadopago/detail/call_engine.hpp>
#include <mercadopago/detail/config.hpp>
#include <mercadopago/detail/credentials.hpp>
#include <mercadopago/detail/refusal.hpp>
#include <mercadopago/detail/redact.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/resources.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/cancellation_state.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <concepts>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

class beast_transport;  // the default; defined in beast_transport.hpp

namespace detail {

/// What every call of one asynchronous client shares, kept alive by the
/// calls in flight.
template <class Transport>
struct async_engine {
    async_engine(boost::asio::any_io_executor ex, client_options options, Transport t)
        : executor(std::move(ex)), planner(std::move(options)), transport(std::move(t)) {}
    boost::asio::any_io_executor executor;
    call_planner planner;
    Transport transport;
};

inline bool cancelled(boost::asio::cancellation_state s) noexcept {
    return s.cancelled() != boost::asio::cancellation_type::none;
}

MERCADOPAGO_DETAIL_COROUTINES_BEGIN
/// The attempts of one call: the planner's policy over async_send, a timer
/// between attempts. Not a template on the endpoint: one coroutine per
/// transport, whatever the response type (decoding happens on completion).
template <class Transport>
boost::asio::awaitable<std::optional<call_outcome>> run_attempts(std::shared_ptr<const async_engine<Transport>> e,
                                                                 std::variant<call_state, call_outcome> prepared) {
    namespace asio = boost::asio;
    if (auto* refused = std::get_if<call_outcome>(&prepared)) co_return std::move(*refused);
    // Any kind of cancellation stops a call (the default lets only terminal through).
    co_await asio::this_coro::reset_cancellation_state(asio::enable_total_cancellation());
    call_state& c = std::get<call_state>(prepared);
    asio::steady_timer timer(co_await asio::this_coro::executor);
    for (;;) {
        if (auto over = e->planner.begin_attempt(c)) co_return std::move(*over);
        result<http_response> r = co_await e->transport.async_send(c.request, asio::use_awaitable);
        if (!r && cancelled(co_await asio::this_coro::cancellation_state)) {
            error stopped{errc::cancelled, "cancelled"};  // whatever the transport made of it
            r = std::move(stopped);
        }
        attempt_verdict v = e->planner.end_attempt(c, std::move(r));
        if (v.done) co_return std::move(*v.done);
        timer.expires_after(v.delay);
        auto [waited] = co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
        if (waited || cancelled(co_await asio::this_coro::cancellation_state)) {
            error stopped{errc::cancelled, "cancelled while waiting to retry"};
            co_return e->planner.stop(c, std::move(stopped));
        }
    }
}
MERCADOPAGO_DETAIL_COROUTINES_END

/// The one implementation of both asynchronous clients, as basic_client is
/// of the synchronous ones: options, transport, executor, the generic typed call.
template <class Credential, class Transport>
class basic_async_client {
public:
    static constexpr credential credential_level = Credential::level;
    /// Calls take a completion token last (detail::completion_token).
    static constexpr bool asynchronous = true;
    using executor_type = boost::asio::any_io_executor;

    /// Builds the transport from the executor and the options.
    basic_async_client(const executor_type& ex, client_options options)
        requires std::constructible_from<Transport, const executor_type&, const client_options&>
        : engine_(std::make_shared<engine>(ex, options, Transport(ex, options))) {}

    /// Uses a ready transport (the in-process sandbox, a custom HTTP client).
    basic_async_client(const executor_type& ex, client_options options, Transport transport)
        : engine_(std::make_shared<engine>(ex, std::move(options), std::move(transport))) {}

    /// From anything that has an executor: an io_context, a strand, a socket.
    template <class Context>
        requires requires(Context& c) {
            { c.get_executor() } -> std::convertible_to<executor_type>;
        }
    basic_async_client(Context& context, client_options options)
        : basic_async_client(executor_type(context.get_executor()), std::move(options)) {}

    template <class Context>
        requires requires(Context& c) {
            { c.get_executor() } -> std::convertible_to<executor_type>;
        }
    basic_async_client(Context& context, client_options options, Transport transport)
        : basic_async_client(executor_type(context.get_executor()), std::move(options), std::move(transport)) {}

    executor_type get_executor() const noexcept { return engine_->executor; }
    const client_options& options() const noexcept { return engine_->planner.options(); }
    const Transport& transport() const noexcept { return engine_->transport; }

    /// Calls endpoint E with a request body; completes with api_result<E::response_type>.
    template <endpoint_descriptor E, class Token>
        requires(!std::is_same_v<typename E::request_type, no_body>)
    auto call(const path_args<E>& path, const typename E::request_type& body, query_params query,
              const request_options& ro, Token&& token) const {
        auto refused = detail::refusal_of(body);
        std::string json = refused ? std::string{} : to_json(body);
        return start<E>(path, std::move(json), std::move(query), ro, std::move(refused), std::forward<Token>(token));
    }

    /// Calls endpoint E that sends no body; completes with api_result<E::response_type>.
    template <endpoint_descriptor E, class Token>
        requires std::is_same_v<typename E::request_type, no_body>
    auto call(const path_args<E>& path, query_params query, const request_options& ro, Token&& token) const {
        return start<E>(path, std::string{}, std::move(query), ro, std::nullopt, std::forward<Token>(token));
    }

private:
    static_assert(async_transport<Transport>,
                  "Transport must satisfy mercadopago::async_transport: async_send(const http_request&, token) "
                  "completing with result<http_response>");
    using engine = async_engine<Transport>;

    template <class E, class Token>
    auto start(const path_args<E>& path, std::string body, query_params query, const request_options& ro,
               std::optional<error> refused, Token&& token) const {
        using R = typename E::response_type;
        // Everything is prepared now, so nothing refers to the caller's
        // arguments (or to this client) once the operation is under way.
        std::string secret;
        std::variant<call_state, call_outcome> prepared = call_outcome{result<http_response>(error{}), {}};
        auto addressed = address_call<Credential, E>(options(), engine_->planner.path_prefix(), path, std::move(query), ro);
        if (refused) {
            prepared = call_outcome{result<http_response>(std::move(*refused)), {}};
        } else if (!addressed) {
            prepared = call_outcome{result<http_response>(addressed.error()), {}};
        } else {
            secret = addressed->bearer;
            prepared = engine_->planner.prepare(E::method, std::move(addressed->target), std::move(body),
                                                E::idempotency_keyed, std::move(addressed->bearer), ro);
        }
        return async_run<api_result<R>>(
            engine_->executor, run_attempts<Transport>(engine_, std::move(prepared)),
            [secret = std::move(secret)](std::exception_ptr e, std::optional<call_outcome> out) {
                if (!out && cancelled_by_caller(e)) {
                    out = call_outcome{result<http_response>(error{errc::cancelled, "cancelled"}), {}};
                } else if (!out) {
                    std::string why = "the call stopped on an exception";
                    try {
                        if (e) std::rethrow_exception(e);
                    } catch (const std::exception& x) {
                        why += std::string(": ") + x.what();
                        redact_secret(why, secret);
                    } catch (...) {
                    }
                    out = call_outcome{result<http_response>(error{errc::transport, std::move(why)}), {}};
                }
                return complete_call<R>(std::move(*out), secret);
            },
            std::forward<Token>(token));
    }

    std::shared_ptr<const engine> engine_;
};

}  // namespace detail

/// The server-side asynchronous client: every endpoint, with the access token.
template <class Transport = beast_transport>
class async_client : public detail::basic_async_client<access_token_credential, Transport>,
                     public detail::resources<async_client<Transport>> {
public:
    using detail::basic_async_client<access_token_credential, Transport>::basic_async_client;
};

/// `async_client cli(io.get_executor(), options);` is a client over the default transport (beast_transport).
template <class Executor>
async_client(Executor&&, client_options) -> async_client<>;
/// `async_client cli(ex, options, my_transport);` is a client over the asynchronous transport given.
template <class Executor, class Transport>
async_client(Executor&&, client_options, Transport) -> async_client<Transport>;

/// The buyer-side asynchronous client: the endpoints that accept the public
/// key (card tokens, payment methods, installments, issuers, identification
/// types). Those that need the access token do not compile through it.
template <class Transport = beast_transport>
class async_public_client : public detail::basic_async_client<public_key_credential, Transport>,
                            public detail::resources<async_public_client<Transport>> {
public:
    using detail::basic_async_client<public_key_credential, Transport>::basic_async_client;
};

/// `async_public_client pub(ex, options);` is a public client over the default transport (beast_transport).
template <class Executor>
async_public_client(Executor&&, client_options) -> async_public_client<>;
/// `async_public_client pub(ex, options, my_transport);` is one over the asynchronous transport given.
template <class Executor, class Transport>
async_public_client(Executor&&, client_options, Transport) -> async_public_client<Transport>;

}  // namespace mercadopago

#ifndef MERCADOPAGO_NO_BEAST
#include <mercadopago/beast_transport.hpp>
#endif
