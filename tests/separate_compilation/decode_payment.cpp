// Compiled twice by tests/CMakeLists.txt: with MERCADOPAGO_SEPARATE_COMPILATION
// (linked to mercadopago::compiled) this file must only call the payment
// codec, the payment's from_json and the decoding of a call's payment answer,
// and header-only it must compile them itself. check_symbols.cmake reads the
// two object files' symbols.
#include <mercadopago/client.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/models/payment.hpp>

#include <cstdint>
#include <string>

std::string reencode_payment(const std::string& text) {
    auto p = mercadopago::from_json<mercadopago::payment>(text);
    return p ? mercadopago::to_json(*p) : std::string();
}

std::string status_of_payment(const mercadopago::client<>& cli, std::int64_t id) {
    auto p = cli.payments().get(id);
    return p && p->status ? std::string(p->status->str()) : std::string();
}
