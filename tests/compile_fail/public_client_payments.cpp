// Must NOT compile: payments need the access token, so a public_client (which
// holds only the public key and ships inside apps) has no payments(). The
// build fails with the library's static_assert; tests/CMakeLists.txt checks
// the message.
#include <mercadopago/public_client.hpp>
#include <mercadopago/testing/scripted_transport.hpp>

int main() {
    mercadopago::testing::scripted_transport t;
    mercadopago::public_client<mercadopago::testing::scripted_transport> pub({.public_key = "TEST-pk"}, t);
    pub.payments();
}
