// Compiled twice by tests/CMakeLists.txt: with MERCADOPAGO_SEPARATE_COMPILATION
// (linked to mercadopago::compiled) this file must only call the payment codec,
// and header-only it must compile it itself. check_symbols.cmake reads the
// two object files' symbols.
#include <mercadopago/json.hpp>
#include <mercadopago/models/payment.hpp>

#include <string>

std::string reencode_payment(const std::string& text) {
    auto p = mercadopago::from_json<mercadopago::payment>(text);
    return p ? mercadopago::to_json(*p) : std::string();
}
