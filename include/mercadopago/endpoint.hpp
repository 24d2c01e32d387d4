// Endpoint descriptors: each API operation as a type that states, at compile
// time, its method, path template, request and response types, and which
// credential it accepts. The client's generic call is written once against
// them; resource facades are thin names over descriptors.
//
//     using payments_get = endpoint<http_method::get, "/v1/payments/{id}", no_body, payment>;
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/fixed_string.hpp>
#include <mercadopago/detail/url.hpp>
#include <mercadopago/http.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Which credential an endpoint accepts.
enum class credential {
    access_token,  ///< private: server side only
    public_key,    ///< also callable with the public key (tokenisation and look-ups)
};

/// Request type of endpoints that send no body.
struct no_body {};

/// Query-string parameters as (name, value) pairs in order, unencoded; both are percent-encoded when sent.
using query_params = detail::query_params;

/// Describes one API operation at compile time; the clients' generic `call<E>()` builds the request
/// and decodes the response from it. An empty type: it is only ever used as a template argument.
template <http_method Method, fixed_string Path, class Request, class Response,
          credential Auth = credential::access_token>
struct endpoint {
    static constexpr http_method method = Method;  ///< HTTP method of the operation
    /// Path after the base URL, e.g. "/v1/payments/{id}"; each `{name}` is replaced by a percent-encoded argument.
    static constexpr std::string_view path_template = Path.view();
    using request_type = Request;    ///< model sent as the JSON body; `no_body` when nothing is sent
    using response_type = Response;  ///< model a 2xx body is decoded into; `no_content` when the body is ignored
    static constexpr credential auth = Auth;  ///< whether the public key may call it, or only the access token
    /// Every write carries an X-Idempotency-Key, made once per call and kept
    /// across its retries; reads need none.
    static constexpr bool idempotency_keyed = Method != http_method::get;
    /// Number of `{param}` placeholders in the path template.
    static constexpr std::size_t path_parameters = [] {
        std::size_t n = 0;
        for (char c : Path.view()) n += c == '{';
        return n;
    }();
    static_assert(Path.view().size() > 0 && Path.view().front() == '/', "a path template starts with '/'");
};

/// A type that describes an API operation as `endpoint` does: method, path template, credential,
/// placeholder count, request and response types.
template <class E>
concept endpoint_descriptor = requires {
    { E::method } -> std::convertible_to<http_method>;
    { E::path_template } -> std::convertible_to<std::string_view>;
    { E::auth } -> std::convertible_to<credential>;
    { E::path_parameters } -> std::convertible_to<std::size_t>;
    typename E::request_type;
    typename E::response_type;
};

/// The values for an endpoint's `{param}` placeholders, in order.
template <endpoint_descriptor E>
using path_args = std::array<std::string, E::path_parameters>;

namespace detail {

/// prefix + path template with each placeholder replaced by its
/// percent-encoded argument + query string.
template <endpoint_descriptor E>
result<std::string> build_target(std::string_view prefix, const path_args<E>& args, const query_params& query) {
    std::string out(prefix);
    std::size_t next = 0;
    constexpr std::string_view t = E::path_template;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] != '{') {
            out.push_back(t[i]);
            continue;
        }
        i = t.find('}', i);
        if (auto r = append_path_segment(args[next++], out); !r) return r.error();
    }
    append_query(query, out);
    return out;
}

}  // namespace detail
}  // namespace mercadopago
