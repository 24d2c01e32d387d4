// The version is written once (version.hpp): its numbers and its text agree.
#include <mercadopago/version.hpp>

#include <doctest/doctest.h>

#include <string>

namespace version_test {

TEST_CASE("version(): the numbers are the text of MERCADOPAGO_VERSION_STRING and version_string") {
    constexpr auto v = mercadopago::version();
    static_assert(v.major == MERCADOPAGO_VERSION_MAJOR && v.minor == MERCADOPAGO_VERSION_MINOR &&
                  v.patch == MERCADOPAGO_VERSION_PATCH);
    const std::string from_numbers = std::to_string(v.major) + "." + std::to_string(v.minor) + "." + std::to_string(v.patch);
    CHECK(from_numbers == MERCADOPAGO_VERSION_STRING);
    CHECK(from_numbers == mercadopago::version_string);
}

}  // namespace version_test
