// The account behind the access token (`GET /users/me`).
//
// Only the members the official SDKs declare are typed; the profile carries
// many more (reputation, status, company, …) that stay reachable in `extra`.
#pragma once

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace mercadopago {

struct user {
    std::optional<std::int64_t> id{};  ///< the collector id of this account
    std::optional<std::string> nickname{};
    std::optional<std::string> first_name{};
    std::optional<std::string> last_name{};
    std::optional<std::string> email{};
    std::optional<std::string> site_id{};     ///< "MLB", "MLA", …
    std::optional<std::string> country_id{};  ///< "BR", "AR", …
    extra_fields extra{};

    MERCADOPAGO_FIELDS(user, id, nickname, first_name, last_name, email, site_id, country_id);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(user);

}  // namespace mercadopago
