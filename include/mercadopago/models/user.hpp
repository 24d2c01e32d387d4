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

/// The Mercado Pago account the access token belongs to, as `GET /users/me` answers.
struct user {
    optional<std::int64_t> id{};  ///< the collector id of this account
    optional<std::string> nickname{};  ///< the account's public nickname
    optional<std::string> first_name{};  ///< the account holder's first name
    optional<std::string> last_name{};  ///< the account holder's last name
    optional<std::string> email{};  ///< the account's e-mail address (test users have one at testuser.com)
    optional<std::string> site_id{};     ///< "MLB", "MLA", …
    optional<std::string> country_id{};  ///< "BR", "AR", …
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(user, id, nickname, first_name, last_name, email, site_id, country_id);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(user);

}  // namespace mercadopago
