// Must NOT compile: GET /v1/card_tokens/{id} needs the access token, so
// card_tokens().get is refused through a public_client even though
// card_tokens().create (a public-key endpoint) is allowed. The build fails
// with the library's static_assert; tests/CMakeLists.txt checks the message.
#include <mercadopago/public_client.hpp>
#include <mercadopago/testing/scripted_transport.hpp>

int main() {
    mercadopago::testing::scripted_transport t;
    mercadopago::public_client<mercadopago::testing::scripted_transport> pub({.public_key = "TEST-pk"}, t);
    auto r = pub.card_tokens().get("x");
    return r ? 0 : 1;
}
