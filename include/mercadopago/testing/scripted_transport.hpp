// Test doubles for code that uses the client: a transport that answers from a
// script and records every request, and virtual time that records the waits
// between retries without sleeping.
//
//     mercadopago::testing::scripted_transport t;
//     t.reply(503).reply(200, R"({"id":1})");
//     mercadopago::testing::virtual_time time;
//     mercadopago::client_options o{.access_token = "TEST-1"};
//     time.install(o);
//     mercadopago::client<mercadopago::testing::scripted_transport> cli(o, t);
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/client_options.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/result.hpp>

#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::testing {

// Both test doubles are class templates used through an alias, as
// nlohmann::json is basic_json<>: the bodies of a plain class's member
// functions are compiled, and the deque, vector, shared_ptr and std::function
// code they use instantiated, in every file that includes the umbrella header,
// tests or not (g++ 12: about 3% of the dependencies' own compile time). A
// template's bodies are compiled only in a file that uses them.

/// A synchronous transport that answers from a queue of scripted responses and records every request.
/// Copies share the script and the record; safe to use from several threads. Use it as
/// `scripted_transport`; `Response` is the type of the scripted answers.
template <class Response = http_response>
class basic_scripted_transport {
public:
    /// Queues a response.
    basic_scripted_transport& reply(int status, std::string body = {}, http_headers headers = {}) {
        std::lock_guard lock(s_->mutex);
        s_->script.push_back(result<Response>(Response{status, std::move(headers), std::move(body)}));
        return *this;
    }
    /// Queues a transport failure: `errc::transport`, `errc::timeout` or `errc::tls`.
    basic_scripted_transport& fail(errc code, std::string message = "scripted failure") {
        std::lock_guard lock(s_->mutex);
        s_->script.push_back(result<Response>(error{code, std::move(message)}));
        return *this;
    }

    /// Records `req` and returns the next scripted answer; an errc::transport error once the script is used up.
    result<Response> send(const http_request& req) const {
        std::lock_guard lock(s_->mutex);
        s_->requests.push_back(req);
        if (s_->script.empty()) return error{errc::transport, "scripted_transport: no response left in the script"};
        result<Response> r = std::move(s_->script.front());
        s_->script.pop_front();
        return r;
    }

    /// Every request sent so far, in order (copies share one record).
    std::vector<http_request> requests() const {
        std::lock_guard lock(s_->mutex);
        return s_->requests;
    }
    /// How many scripted answers are still queued.
    std::size_t pending() const {
        std::lock_guard lock(s_->mutex);
        return s_->script.size();
    }

private:
    struct state {
        std::mutex mutex;
        std::deque<result<Response>> script;
        std::vector<http_request> requests;
    };
    std::shared_ptr<state> s_ = std::make_shared<state>();
};

/// A clock that only moves when the client "sleeps"; records every wait. Use it as `virtual_time`;
/// `Options` is the options type it installs itself in.
template <class Options = client_options>
class basic_virtual_time {
public:
    /// Points the options' clock, sleep and jitter at this object. `jitter`
    /// is the value the random source returns (0.5 = half the backoff ceiling).
    void install(Options& o, double jitter = 0.5) {
        auto s = s_;
        o.clock = [s] {
            std::lock_guard lock(s->mutex);
            return s->now;
        };
        o.sleep = [s](std::chrono::milliseconds d) {
            std::lock_guard lock(s->mutex);
            s->sleeps.push_back(d);
            s->now += d;
        };
        o.random = [jitter] { return jitter; };
    }
    /// Moves the clock forward by `d` without recording a wait (time passing outside the client).
    void advance(std::chrono::milliseconds d) {
        std::lock_guard lock(s_->mutex);
        s_->now += d;
    }
    /// Every wait the client asked for, in order.
    std::vector<std::chrono::milliseconds> sleeps() const {
        std::lock_guard lock(s_->mutex);
        return s_->sleeps;
    }

private:
    struct state {
        std::mutex mutex;
        std::chrono::steady_clock::time_point now{std::chrono::hours{1}};
        std::vector<std::chrono::milliseconds> sleeps;
    };
    std::shared_ptr<state> s_ = std::make_shared<state>();
};

/// The scripted transport the tests and examples use: answers are http_response values.
using scripted_transport = basic_scripted_transport<>;
/// Virtual time for client_options.
using virtual_time = basic_virtual_time<>;

}  // namespace mercadopago::testing
