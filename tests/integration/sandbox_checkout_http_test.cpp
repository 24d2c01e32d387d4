// Checkout Pro through the HTTP sandbox on 127.0.0.1: the preference made
// with the default client, its init_point at the server's own origin, the
// hosted page fetched and its form posted by a plain HTTP client as a browser
// would, the redirect to each back URL with Mercado Pago's parameters, and the
// signed notifications delivered to a real receiver.
#include <mercadopago/client.hpp>
#include <mercadopago/httplib_transport.hpp>
#include <mercadopago/sandbox.hpp>
#include <mercadopago/sandbox/router.hpp>
#include <mercadopago/sandbox/http_server.hpp>
#include <mercadopago/webhooks.hpp>

#include <doctest/doctest.h>

#include "support/loopback_receiver.hpp"
#include "support/sandbox_credentials.hpp"
#include "support/sandbox_requests.hpp"

#include <httplib.h>

#include <chrono>
#include <map>
#include <memory>
#include <string>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace sandbox_checkout_http_test {

namespace mp = mercadopago;
namespace sb = mercadopago::sandbox;
using namespace std::chrono_literals;
using test_support::query_of;
using test_support::seller_token;

TEST_CASE("sandbox checkout pro over HTTP: each outcome's redirect and notifications") {
    test_support::loopback_receiver hook;
    const std::string secret = "http-checkout-secret";
    auto emu = std::make_shared<sb::emulator>(sb::emulator_options{.webhook_secret = secret});
    sb::http_server server(emu);
    server.start();
    {
        mp::client<> shop({.access_token = seller_token, .base_url = server.base_url()});
        auto made = shop.preferences().create(
            {.items = {{.title = "Headphones", .quantity = 1, .unit_price = mp::decimal("249.90")}},
             .back_urls = mp::preference_back_urls{.success = "https://shop.example/ok",
                                                   .pending = "https://shop.example/wait",
                                                   .failure = "https://shop.example/fail"},
             .auto_return = "all",
             .notification_url = hook.url(),
             .external_reference = "order 55"});
        REQUIRE_MESSAGE(made, made.error().what());
        // The page is at this server, as the client reached it.
        CHECK(made->init_point->starts_with(server.base_url() + "/checkout/v1/redirect?pref_id="));

        httplib::Client browser("127.0.0.1", server.port());
        const std::string path = made->init_point->substr(server.base_url().size());
        auto page = browser.Get(path.c_str());
        REQUIRE(page);
        CHECK(page->status == 200);
        CHECK(page->get_header_value("Content-Type").starts_with("text/html"));
        CHECK(page->body.find("Headphones") != std::string::npos);

        struct outcome {
            const char* holder;
            const char* url;
            const char* status;
        };
        for (const outcome o : {outcome{"APRO", "https://shop.example/ok?", "approved"},
                                outcome{"CONT", "https://shop.example/wait?", "in_process"},
                                outcome{"OTHE", "https://shop.example/fail?", "rejected"}}) {
            CAPTURE(o.holder);
            const std::string form = "pref_id=" + *made->id + "&method=card&card_number=5031433215406351&holder=" +
                                     o.holder + "&expiry=11%2F30&cvv=123&document=12345678909&installments=1";
            auto res = browser.Post("/checkout/v1/pay", form, "application/x-www-form-urlencoded");
            REQUIRE(res);
            CHECK(res->status == 303);
            const std::string back = res->get_header_value("Location");
            CHECK(back.starts_with(o.url));
            auto q = query_of(back);
            CHECK(q["status"] == o.status);
            CHECK(q["collection_status"] == o.status);
            CHECK(q["external_reference"] == "order 55");
            CHECK(q["preference_id"] == *made->id);
            auto paid = shop.payments().get(std::stoll(q["payment_id"]));
            REQUIRE(paid);
            CHECK(paid->status->str() == o.status);
            CHECK(paid->order->id == q["merchant_order_id"]);
        }

        // Three payments and one merchant order (created, then updated by each payment), all signed.
        const auto got = hook.wait_for(7, 5s);
        CHECK(got.size() == 7);
        int payments = 0, merchant_orders = 0;
        for (const auto& d : got) {
            CHECK(mp::webhooks::verify(d.signature, d.request_id, d.data_id, secret));
            payments += d.type == "payment";
            merchant_orders += d.type == "topic_merchant_order_wh";
        }
        CHECK(payments == 3);
        CHECK(merchant_orders == 4);
        auto found = shop.merchant_orders().search({.preference_id = *made->id});
        REQUIRE(found);
        REQUIRE(found->elements.size() == 1);
        CHECK(found->elements[0].payments->size() == 3);
        CHECK(found->elements[0].order_status == mp::merchant_order_order_status::paid);
    }
    server.stop();
}

}  // namespace sandbox_checkout_http_test
