// Every library model's decoder. An input is a model's name, a newline and
// JSON text (tests/fuzz/seed_corpus.sh makes the seeds from the fixtures);
// a name that is not in the list picks a model by its hash, so mutated names
// still decode something.
//
// Properties: decoding never crashes, whatever the text; and what decodes
// encodes to text that decodes again to a value that encodes to the same
// JSON, number text included (nothing is lost or altered on a round trip).
#include <mercadopago/mercadopago.hpp>

#include "fuzz_check.hpp"
#include "support/json_text.hpp"

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace mp = mercadopago;

template <class T>
void round_trip(std::string_view json) {
    auto first = mp::from_json<T>(json);
    if (!first) {
        MERCADOPAGO_FUZZ_CHECK(!first.error().message.empty(), "a decode error says what went wrong");
        return;
    }
    const std::string once = mp::to_json(*first);
    auto second = mp::from_json<T>(once);
    MERCADOPAGO_FUZZ_CHECK(second.has_value(), "what was encoded decodes again");
    // By value, number text exact, keys in any order (the fixtures' promise): with
    // a key sent twice, a member may move between the typed fields and `extra`
    // from one pass to the next (a fuzzer found `"reason":0, ..., "reason":null`).
    MERCADOPAGO_FUZZ_CHECK(test_support::same_json_text(mp::to_json(*second), once),
                           "a second round trip changes nothing");
}

struct model {
    std::string_view name;
    void (*decode)(std::string_view);
};

constexpr std::array models{
    model{"payment", &round_trip<mp::payment>},
    model{"payment_create_request", &round_trip<mp::payment_create_request>},
    model{"payment_search", &round_trip<mp::results_page<mp::payment>>},
    model{"refund", &round_trip<mp::refund>},
    model{"refund_list", &round_trip<std::vector<mp::refund>>},
    model{"customer", &round_trip<mp::customer>},
    model{"customer_search", &round_trip<mp::results_page<mp::customer>>},
    model{"card", &round_trip<mp::card>},
    model{"card_list", &round_trip<std::vector<mp::card>>},
    model{"card_token", &round_trip<mp::card_token>},
    model{"identification_types", &round_trip<std::vector<mp::identification_type>>},
    model{"payment_methods", &round_trip<std::vector<mp::payment_method>>},
    model{"installments", &round_trip<std::vector<mp::installment_options>>},
    model{"issuers", &round_trip<std::vector<mp::issuer>>},
    model{"order", &round_trip<mp::order>},
    model{"order_create_request", &round_trip<mp::order_create_request>},
    model{"order_search", &round_trip<mp::data_page<mp::order>>},
    model{"preference", &round_trip<mp::preference>},
    model{"preference_request", &round_trip<mp::preference_request>},
    model{"preference_search", &round_trip<mp::elements_page<mp::preference_search_element>>},
    model{"merchant_order", &round_trip<mp::merchant_order>},
    model{"merchant_order_search", &round_trip<mp::elements_page<mp::merchant_order>>},
    model{"user", &round_trip<mp::user>},
    model{"api_error", &round_trip<mp::api_error_body>},
    model{"notification", &round_trip<mp::webhooks::notification>},
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in = fuzz::text(data, size);
    const std::string_view name = fuzz::next_field(in);
    for (const model& m : models) {
        if (m.name == name) {
            m.decode(in);
            return 0;
        }
    }
    models[std::hash<std::string_view>{}(name) % models.size()].decode(in);
    return 0;
}
