// web_shop: a small coffee shop that takes payments through Mercado Pago in
// both ways a web shop can — Checkout Pro (Mercado Pago's hosted page) and its
// own card form (card data tokenised in the browser with the public key).
//
//     cmake --workflow --preset shop        # builds it, runs it, prints the URL
//     web_shop [--port 8080] [--request-log FILE]
//
// By default it starts the offline sandbox inside itself (over HTTP on
// 127.0.0.1) and talks to it exactly as it would to Mercado Pago. To run
// against Mercado Pago, give the credentials in the environment (never in
// argv, which every user of the machine can read) and the shop's public URL,
// which Mercado Pago's page and notifications must be able to reach:
//
//     export MERCADOPAGO_ACCESS_TOKEN=APP_USR-… MERCADOPAGO_PUBLIC_KEY=APP_USR-…
//     export MERCADOPAGO_WEBHOOK_SECRET=…
//     web_shop --public-url https://shop.example
#include "shop.hpp"

#include <mercadopago/sandbox/http_server.hpp>

#include "../stop_signals.hpp"

#include <chrono>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <thread>

namespace mp = mercadopago;
namespace sandbox = mercadopago::sandbox;

namespace {

const char* env(const char* name) {
    const char* v = std::getenv(name);
    return v && *v ? v : nullptr;
}

std::string random_secret() {
    std::random_device rd;
    std::string s;
    for (int i = 0; i < 32; ++i) s += "0123456789abcdef"[rd() % 16];
    return s;
}

int usage() {
    std::cerr << "usage: web_shop [--port N (default 8080; 0: any free port)] [--host ADDR] [--public-url URL]\n"
                 "                [--request-log FILE]\n"
                 "Against Mercado Pago: MERCADOPAGO_ACCESS_TOKEN, MERCADOPAGO_PUBLIC_KEY and\n"
                 "MERCADOPAGO_WEBHOOK_SECRET in the environment, and --public-url. Otherwise: the offline sandbox.\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    int port = 8080;
    std::string host = "127.0.0.1", public_url, request_log;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i + 1 >= argc) return usage();
        const char* value = argv[++i];
        if (arg == "--port") port = std::atoi(value);
        else if (arg == "--host") host = value;
        else if (arg == "--public-url") public_url = value;
        else if (arg == "--request-log") request_log = value;
        else return usage();
    }

    const examples::stop_signals stop;  // before any thread starts: they inherit its mask

    try {
        // Stopping waits for idle keep-alive connections to time out: keep that short.
        httplib::Server server;
        server.set_keep_alive_timeout(1);
        const int bound = port == 0 ? server.bind_to_any_port(host) : (server.bind_to_port(host, port) ? port : -1);
        if (bound <= 0) {
            std::cerr << "web shop: cannot listen on " << host << ':' << port << " (busy? try --port 0)\n";
            return EXIT_FAILURE;
        }
        const std::string shop_url = "http://" + host + ':' + std::to_string(bound);

        web_shop::shop_settings settings;
        settings.public_url = public_url.empty() ? shop_url : public_url;
        settings.request_log = request_log;
        std::unique_ptr<sandbox::http_server> offline;
        mp::client_options api;
        if (const char* token = env("MERCADOPAGO_ACCESS_TOKEN")) {
            const char* public_key = env("MERCADOPAGO_PUBLIC_KEY");
            const char* secret = env("MERCADOPAGO_WEBHOOK_SECRET");
            if (!public_key || !secret || public_url.empty()) return usage();
            api.access_token = token;
            settings.webhook_secret = secret;
            settings.script = {public_key, "https://sdk.mercadopago.com/js/v2", false};
            settings.payment_origins = "https://*.mercadopago.com https://*.mercadolibre.com https://*.mlstatic.com";
        } else {
            // The sandbox signs its notifications with a secret made up for this run.
            settings.webhook_secret = random_secret();
            sandbox::server_options listen;
            listen.keep_alive_timeout = std::chrono::seconds{1};
            offline = std::make_unique<sandbox::http_server>(
                std::make_shared<sandbox::emulator>(sandbox::emulator_options{.webhook_secret = settings.webhook_secret}),
                listen);
            offline->start();
            api.access_token = "TEST-8812345678901234-060213-0f9e8d7c6b5a49382716a5b4c3d2e1f0-1188183100";
            api.base_url = offline->base_url();
            settings.script = {"TEST-4f0d3e1c-8b2a-4c55-9d1e-7a6b5c4d3e2f", offline->base_url() + "/js/v2", true};
            settings.payment_origins = offline->base_url();
        }

        web_shop::shop shop(mp::client<>(api), settings);
        shop.install(server);
        std::thread serving([&] { server.listen_after_bind(); });
        std::cout << "web shop: " << shop_url << "/" << std::endl;  // the first line; tests read the URL from it
        if (offline)
            std::cout << "  payments: the offline sandbox at " << offline->base_url()
                      << "\n  test cards: Mastercard 5031 4332 1540 6351, Visa 4235 6477 2802 5682, code 123, expiry "
                         "11/30;\n  the name on the card picks the outcome: APRO approved, FUND insufficient funds, "
                         "OTHE declined\n  stop with Ctrl-C"
                      << std::endl;

        stop.wait();
        server.stop();
        serving.join();
        if (offline) offline->stop();
    } catch (const std::exception& e) {
        std::cerr << "web shop: " << e.what() << '\n';
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}
