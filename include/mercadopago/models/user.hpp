// The account behind the access token (`GET /users/me`).
//
// Only the members the official SDKs declare are typed; the profile carries
// many more (reputation, status, company, …) that stay reachable in `extra`.
#pragma once

#include <mercadopago/describe.hpp>
#include <mercadopago/extra_fields.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>

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

    static constexpr auto json_fields() {
        using self = user;
        return std::tuple{field<"id">(&self::id),
                          field<"nickname">(&self::nickname),
                          field<"first_name">(&self::first_name),
                          field<"last_name">(&self::last_name),
                          field<"email">(&self::email),
                          field<"site_id">(&self::site_id),
                          field<"country_id">(&self::country_id)};
    }
};

}  // namespace mercadopago
