// Webhook verification and the IPN query parser on hostile headers. An input
// is five '\n'-separated fields: x-signature, x-request-id, data.id, secret,
// and a query string.
//
// Properties: nothing crashes; a signature made with webhooks::sign for the
// same request id, data id and secret always verifies (the parser and the
// signer agree on every input); the IPN parser either finds both parameters
// or says which is missing.
#include <mercadopago/webhooks.hpp>

#include "fuzz_check.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace mp = mercadopago;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in = fuzz::text(data, size);
    const std::string_view signature = fuzz::next_field(in);
    const std::string_view request_id = fuzz::next_field(in);
    const std::string_view data_id = fuzz::next_field(in);
    const std::string_view secret = fuzz::next_field(in);
    const std::string_view query = fuzz::next_field(in);

    const auto verdict = mp::webhooks::verify(signature, request_id, data_id, secret);
    (void)verdict.description();

    // Header values arrive trimmed of blanks by HTTP servers; verify trims them too.
    if (!secret.empty()) {
        const std::string made = mp::webhooks::sign(request_id, data_id, secret, 1742505638);
        const auto good = mp::webhooks::verify(made, request_id, data_id, secret);
        MERCADOPAGO_FUZZ_CHECK(static_cast<bool>(good), "a signature from webhooks::sign verifies");
    }

    (void)mp::webhooks::data_id_from_query(query);
    auto ipn = mp::webhooks::parse_ipn(query);
    if (!ipn) MERCADOPAGO_FUZZ_CHECK(!ipn.error().message.empty(), "an IPN error says what is missing");
    return 0;
}
