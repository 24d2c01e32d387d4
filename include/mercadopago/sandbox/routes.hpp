// mercadopago::sandbox::route_table — which handler answers a method and path.
//
// Each emulated service adds the routes of its endpoint descriptors
// (include/mercadopago/api/*.hpp), so the sandbox answers exactly the paths
// the client calls. Order does not matter: when several path templates fit
// (`/v1/payments/search` and `/v1/payments/{id}`), the one with more literal
// segments wins; between equals, the one whose first placeholder comes later
// (so `/v1/x/{id}` beats `/v1/{kind}/x` for `/v1/x/x`).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/endpoint.hpp>
#include <mercadopago/http.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/router.hpp>

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

/// How a route's errors are written: the classic body (`message`, `error`,
/// `status`, `cause[]`) or the Orders API's `{"errors":[…]}` with string codes.
enum class error_shape { classic, orders };

/// What a route demands of a request, besides its credential.
struct route_rules {
    bool key_required = false;  ///< refuses a write without X-Idempotency-Key
    /// The errors' shape; with `orders`, a key sent again with a different
    /// request is refused (409 idempotency_key_already_used) instead of replayed.
    error_shape errors = error_shape::classic;
};

struct route {
    http_method method = http_method::get;
    std::string_view pattern{};  ///< an endpoint's path template, "/v1/payments/{id}"
    bool public_ok = false;      ///< the public key may call it
    route_rules rules{};
    bool page = false;  ///< a page a buyer's browser opens: no credential
    std::function<http_response(call&)> handler{};
};

class route_table {
public:
    /// Routes endpoint E to `handler` of `service`.
    template <class E, class Service>
    void add(Service* service, http_response (Service::*handler)(call&), route_rules rules = {}) {
        routes_.push_back(route{E::method, E::path_template, E::auth == credential::public_key, rules, false,
                                [service, handler](call& c) { return (service->*handler)(c); }});
    }

    /// Routes a sandbox control call (`pattern` under /sandbox/, which the
    /// real API cannot have, and which the emulator refuses unless
    /// emulator_options::control_api) to `handler`; it needs the access token.
    template <class Service>
    void add_control(http_method method, std::string_view pattern, Service* service,
                     http_response (Service::*handler)(call&)) {
        routes_.push_back(route{method, pattern, false, {}, false,
                                [service, handler](call& c) { return (service->*handler)(c); }});
    }

    /// Routes a page of Mercado Pago's own site that the buyer's browser
    /// opens (the hosted checkout): it takes no credential.
    template <class Service>
    void add_page(http_method method, std::string_view pattern, Service* service,
                  http_response (Service::*handler)(call&)) {
        routes_.push_back(route{method, pattern, false, {}, true,
                                [service, handler](call& c) { return (service->*handler)(c); }});
    }

    struct match {
        const route* found = nullptr;  ///< the route for the method and path
        bool path_known = false;       ///< some route has the path (a wrong method is a 405)
    };

    /// The route for `method` on `segments`; its placeholder values go to `params`.
    match find(http_method method, const std::vector<std::string>& segments, std::vector<std::string>& params) const {
        match m;
        std::vector<std::string> candidate;
        std::pair<std::size_t, std::size_t> best{};  // (literal segments, where the first placeholder is)
        for (const auto& r : routes_) {
            if (!detail::match_path(r.pattern, segments, candidate)) continue;
            m.path_known = true;
            if (r.method != method) continue;
            const std::pair<std::size_t, std::size_t> rank{segments.size() - candidate.size(),
                                                           std::min(r.pattern.find('{'), r.pattern.size())};
            if (m.found && rank <= best) continue;
            m.found = &r;
            best = rank;
            params = candidate;
        }
        return m;
    }

    std::size_t size() const noexcept { return routes_.size(); }

private:
    std::vector<route> routes_;
};

}  // namespace mercadopago::sandbox
