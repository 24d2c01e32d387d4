// The emulated `GET /users/me`: the test seller behind the access token.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api/users.hpp>
#include <mercadopago/models/user.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/routes.hpp>
#include <mercadopago/sandbox/state.hpp>

#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

class users_service : public service {
public:
    users_service(shared_state& state, route_table& routes) : state_(state) {
        routes.add<endpoints::users_me>(this, &users_service::me);
    }

private:
    http_response me(call& c) {
        user u;
        u.id = c.who.user_id;
        u.nickname = "TESTUSER" + std::to_string(c.who.user_id % 100000000);
        u.first_name = "Test";
        u.last_name = "Test";
        u.email = "test_user_" + std::to_string(c.who.user_id % 100000000) + "@testuser.com";
        u.site_id = std::string(state_.site().id);
        u.country_id = std::string(state_.site().country_id);
        return c.reply(200, u);
    }

    shared_state& state_;
};

}  // namespace mercadopago::sandbox
