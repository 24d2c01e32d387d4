// mercadopago::sandbox::call — one request being answered by the emulator:
// the request, its parsed target, the path parameters of the matched route,
// who sent it, the sandbox's time, and the request id the response carries.
// Handlers answer through it (reply, error, bad_request), so every response
// has the API's headers and every error the classic body with `cause[].data`.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/http.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/result.hpp>
#include <mercadopago/sandbox/router.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

/// Who sent a request, once authenticated.
struct principal {
    std::string credential{};  ///< the access token or public key
    bool public_key = false;
    std::int64_t user_id = 0;  ///< the seller (0 for a public key)
};

struct call {
    using clock_type = std::chrono::system_clock;

    const http_request& req;
    detail::parsed_target target;
    std::vector<std::string> params{};  ///< values of the matched route's `{…}` placeholders, in order
    principal who{};
    clock_type::time_point now{};
    std::string request_id{};

    /// The body, or `{}` when it is empty (updates that change nothing).
    std::string_view body_or_empty_object() const {
        return req.body.empty() ? std::string_view("{}") : std::string_view(req.body);
    }

    /// A response with the API's headers.
    http_response respond(int status, std::string body) const {
        http_response r;
        r.status = status;
        r.headers = {{"Content-Type", "application/json;charset=UTF-8"},
                     {"x-request-id", request_id},
                     {"Cache-Control", "no-cache, no-store"}};
        r.body = std::move(body);
        return r;
    }

    /// A web page (the hosted checkout), not cached.
    http_response html(int status, std::string page) const {
        http_response r;
        r.status = status;
        r.headers = {{"Content-Type", "text/html; charset=utf-8"},
                     {"x-request-id", request_id},
                     {"Cache-Control", "no-cache, no-store"}};
        r.body = std::move(page);
        return r;
    }

    /// Sends the browser to `location` (303: the form's POST becomes a GET).
    http_response redirect(std::string location) const {
        http_response r = html(303, {});
        r.headers.emplace_back("Location", std::move(location));
        return r;
    }

    /// `model` written by the library's own codec.
    template <class T>
    http_response reply(int status, const T& model) const {
        return respond(status, to_json(model));
    }

    /// A classic error (a 401 has no `cause`, as the API sends it).
    http_response error(int status, std::string message, const std::vector<detail::cause>& causes) const {
        return respond(status, detail::error_body(status, detail::error_name(status), message, causes, error_data(),
                                                  status != 401));
    }
    /// A classic error with one cause whose description is also the message.
    http_response error_code(int status, std::string code, std::string description) const {
        return error(status, description, {{std::move(code), description}});
    }
    http_response bad_request(std::string code, std::string description) const {
        return error_code(400, std::move(code), std::move(description));
    }

    /// An Orders API error: `{"errors":[{code, message, details}]}` with a string code.
    http_response orders_error(int status, std::string_view code, std::string_view message,
                               const std::vector<std::string>& details = {}) const {
        return respond(status, detail::orders_error_body(code, message, details));
    }

    /// `body` decoded into T, or the 400 explaining why it is not one.
    template <class T>
    std::optional<T> decode(std::string_view body, http_response& failed) const {
        result<T> r = from_json<T>(body);
        if (r) return std::move(*r);
        const mercadopago::error& e = r.error();
        if (e.code == errc::invalid_json) failed = bad_request("1", "malformed JSON body: " + e.message);
        else failed = bad_request("1", "invalid parameter " + e.what());
        return std::nullopt;
    }

    /// "23-09-2021T17:56:16UTC;<request id>", the API's `cause[].data`.
    std::string error_data() const {
        using namespace std::chrono;
        const auto s = floor<seconds>(now);
        const auto day = floor<days>(s);
        const year_month_day ymd{day};
        const hh_mm_ss<seconds> tod{s - day};
        char buf[40];
        std::snprintf(buf, sizeof buf, "%02u-%02u-%04dT%02ld:%02ld:%02ldUTC;", static_cast<unsigned>(ymd.day()),
                      static_cast<unsigned>(ymd.month()), static_cast<int>(ymd.year()),
                      static_cast<long>(tod.hours().count()), static_cast<long>(tod.minutes().count()),
                      static_cast<long>(tod.seconds().count()));
        return buf + request_id;
    }
};

}  // namespace mercadopago::sandbox
