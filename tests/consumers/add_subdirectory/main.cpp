// Smallest useful consumer: decode a model, read a decimal, print the version.
#include <mercadopago/mercadopago.hpp>

#include <cstdio>

int main() {
    auto id = mercadopago::from_json<mercadopago::identification>(R"({"type":"CPF","number":19119119100})");
    auto amount = mercadopago::decimal::parse("12.34");
    if (!id || !amount || id->number != "19119119100" || amount->minor_units(2) != 1234) {
        std::fprintf(stderr, "consumer check failed\n");
        return 1;
    }
    std::printf("mercadopago %s consumer OK: %s, %s\n", mercadopago::version_string,
                mercadopago::to_json(*id).c_str(), amount->to_string().c_str());
    return 0;
}
