// The account behind the access token (`GET /users/me`).
//
// Only the members the official SDKs declare are typed; the profile carries
// many more (reputation, status, company, …) that stay reachable in `extra`.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/optional.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

struct user {
    optional<std::int64_t> id{};  ///< the collector id of this account
    optional<std::string> nickname{};
    optional<std::string> first_name{};
    optional<std::string> last_name{};
    optional<std::string> email{};
    optional<std::string> site_id{};     ///< "MLB", "MLA", …
    optional<std::string> country_id{};  ///< "BR", "AR", …
    extra_fields extra{};

    MERCADOPAGO_FIELDS(user, id, nickname, first_name, last_name, email, site_id, country_id);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(user);

}  // namespace mercadopago
