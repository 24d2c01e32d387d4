// Error bodies of the REST API.
//
// Classic APIs: {"message","error","status","cause"} where `cause` comes as an
// array of objects (normal), a single object (old endpoints), a nested array
// [[{…}]] (card tokens), [] or null, or is missing. `cause` is kept as sent;
// causes() flattens every shape into one list.
// Orders API: {"errors":[{"code","message","details":[…]}]}.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/optional.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// One cause of a classic error (`cause[]`).
struct api_error_cause {
    optional<std::string> code{};  ///< text: 2006 (a number), "130", "E301", "card-120" all occur
    optional<std::string> description{};  ///< the API's explanation of the code, e.g. "Card Token not found"
    optional<std::string> data{};  ///< often "<non-ISO date>;<request id>"
    /// Keys this library does not model, kept with their JSON text and written back unchanged;
    /// causes() also keeps here each of `code`, `description`, `data` that was not sent as a string.
    extra_fields extra{};

    /// `code` as an integer when it is one ("2006" → 2006; "E301" → nullopt).
    std::optional<std::int64_t> numeric_code() const noexcept {
        if (!code || code->empty()) return std::nullopt;
        std::int64_t n = 0;
        const char* end = code->data() + code->size();
        const auto r = std::from_chars(code->data(), end, n);
        if (r.ec != std::errc{} || r.ptr != end) return std::nullopt;
        return n;
    }

    MERCADOPAGO_FIELDS(api_error_cause, code, description, data);
};

/// One entry of an Orders API error (`errors[]`).
struct api_error_detail {
    optional<std::string> code{};  ///< e.g. "idempotency_key_already_used"
    optional<std::string> message{};  ///< the API's explanation of the code
    optional<std::vector<std::string>> details{};  ///< further explanations, e.g. which property was refused
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(api_error_detail, code, message, details);
};

/// The JSON body of a failed request; every member is optional because
/// gateways answer `{"status":502,"message":"Bad Gateway"}` and 401s carry no cause.
struct api_error_body {
    optional<std::string> message{};  ///< human-readable summary, e.g. "invalid access token"
    optional<std::string> error{};  ///< "bad_request", "unauthorized", "internal_error", …
    optional<std::int64_t> status{};  ///< mirrors the HTTP status
    optional<free_form> cause{};  ///< as sent (array, object, nested array, []); read with causes()
    optional<std::vector<api_error_detail>> errors{};  ///< Orders API shape
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(api_error_body, message, error, status, cause, errors);
};

namespace detail {

/// A cause object: code, description and data are read as text (an integer
/// code as its digits); everything else, and each member that was not a
/// string, is kept as sent in `extra`. Read directly rather than through the
/// codec, so that including this header instantiates no model codec.
inline api_error_cause read_cause(const boost::json::object& o) {
    api_error_cause c;
    auto text = [](const boost::json::value& v) -> optional<std::string> {
        if (v.is_string()) return std::string(v.get_string());
        if (v.is_int64()) return std::to_string(v.get_int64());
        if (v.is_uint64()) return std::to_string(v.get_uint64());
        return std::nullopt;
    };
    for (const auto& kv : o) {
        const std::string_view key(kv.key().data(), kv.key().size());
        optional<std::string>* member = key == "code"          ? &c.code
                                             : key == "description" ? &c.description
                                             : key == "data"        ? &c.data
                                                                    : nullptr;
        if (member) *member = text(kv.value());
        if (!member || !kv.value().is_string()) c.extra.insert_or_assign(kv.key(), kv.value());
    }
    return c;
}

inline void collect_causes(const boost::json::value& v, std::vector<api_error_cause>& out, int depth) {
    if (depth > 8) return;  // no real body nests deeper than [[{…}]]
    switch (v.kind()) {
    case boost::json::kind::array:
        for (const auto& e : v.get_array()) collect_causes(e, out, depth + 1);
        break;
    case boost::json::kind::object:
        out.push_back(read_cause(v.get_object()));
        break;
    case boost::json::kind::string: {
        // A bare text cause: treat it as the description.
        api_error_cause c;
        c.description.emplace(v.get_string());
        out.push_back(std::move(c));
        break;
    }
    default: break;  // null and stray scalars carry no cause
    }
}

}  // namespace detail

/// Every cause of a classic error body, whatever shape `cause` came in:
/// array, single object, nested array, [], null or absent (the last three
/// give an empty list).
inline std::vector<api_error_cause> causes(const api_error_body& body) {
    std::vector<api_error_cause> out;
    if (body.cause) detail::collect_causes(body.cause->value(), out, 0);
    return out;
}

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(api_error_cause, api_error_detail, api_error_body);

}  // namespace mercadopago
