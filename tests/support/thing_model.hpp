// A made-up resource for the client's tests: small enough that a test's
// server can answer it by hand, so the tests exercise the client runtime
// (paths, headers, retries, errors), not the API's models.
#pragma once

#include <mercadopago/describe.hpp>
#include <mercadopago/endpoint.hpp>

#include <boost/json/object.hpp>

#include <optional>
#include <string>

namespace test_support {

struct thing {
    std::optional<std::string> id;
    std::optional<std::string> name;
    boost::json::object extra;
    MERCADOPAGO_FIELDS(thing, id, name);
};

/// GET /v1/things/{id}
using get_thing = mercadopago::endpoint<mercadopago::http_method::get, "/v1/things/{id}", mercadopago::no_body, thing>;

}  // namespace test_support
