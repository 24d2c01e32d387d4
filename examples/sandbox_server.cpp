// mercadopago-sandbox: the offline Mercado Pago emulator over HTTP, for any
// client (curl, the official SDKs, this library's default client).
//
//     mercadopago-sandbox --port 8080
//     curl -s -H 'Authorization: Bearer TEST-1' http://127.0.0.1:8080/v1/payment_methods
//
// Prints exactly one line, `listening on http://127.0.0.1:PORT` (https with
// --tls-cert/--tls-key), then serves until SIGINT or SIGTERM.
//
// With MERCADOPAGO_WEBHOOK_SECRET in the environment (not a flag: argv is
// visible to every user of the machine), payments created with a
// notification_url get signed notifications, as from Mercado Pago, and so do
// orders when --order-notification-url names the application's URL:
//
//     MERCADOPAGO_WEBHOOK_SECRET=s3cret mercadopago-sandbox --port 8080
//
// --control-api enables the calls that script outcomes (README, "The sandbox
// control API"): pay or expire a pending Pix or boleto, reset all state.
#include <mercadopago/sandbox/http_server.hpp>

#include "stop_signals.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>

namespace sandbox = mercadopago::sandbox;

namespace {

void usage(std::ostream& out) {
    out << "usage: mercadopago-sandbox [options]\n"
           "  --port N             port on 127.0.0.1 (0 = any free port; default 0)\n"
           "  --host ADDR          address to listen on (default 127.0.0.1)\n"
           "  --tls-cert FILE      PEM certificate: serve HTTPS (with --tls-key)\n"
           "  --tls-key FILE       PEM private key\n"
           "  --site ID            MLB (default), MLA, MLM, MLC, MCO, MPE, MLU\n"
           "  --fail-rate R        fraction of requests answered 503 (0..1)\n"
           "  --rate-limit-rate R  fraction answered 429 with Retry-After\n"
           "  --retry-after S      Retry-After of those 429s, in seconds (default 1)\n"
           "  --drop-rate R        fraction of connections closed without a response\n"
           "  --latency-ms N       latency added to every request\n"
           "  --seed N             seed of the fault injection (default 1)\n"
           "  --webhook-ca FILE    PEM CA to trust when notifying https receivers\n"
           "  --order-notification-url URL  where `order` notifications go (the application's URL)\n"
           "  --control-api        answer POST /sandbox/reset and /sandbox/{payments|orders}/{id}/{pay|expire}\n"
           "environment:\n"
           "  MERCADOPAGO_WEBHOOK_SECRET  sign and send notifications to notification_url\n";
}

bool number(const char* text, double& out) {
    char* end = nullptr;
    out = std::strtod(text, &end);
    return end != text && *end == '\0';
}

}  // namespace

int main(int argc, char** argv) {
    sandbox::server_options server;
    sandbox::emulator_options emulator;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            usage(std::cout);
            return EXIT_SUCCESS;
        }
        if (arg == "--control-api") {
            emulator.control_api = true;
            continue;
        }
        if (i + 1 >= argc) {
            std::cerr << "mercadopago-sandbox: " << arg << " needs a value (or is unknown)\n";
            usage(std::cerr);
            return 2;
        }
        const char* value = argv[++i];
        double n = 0;
        const bool numeric = number(value, n);
        auto rate = [&](double& into) {
            if (!numeric || n < 0 || n > 1) return false;
            into = n;
            return true;
        };
        bool ok = true;
        if (arg == "--port") ok = numeric && n >= 0 && n <= 65535 && (server.port = static_cast<int>(n), true);
        else if (arg == "--host") server.host = value;
        else if (arg == "--tls-cert") server.tls_cert = value;
        else if (arg == "--tls-key") server.tls_key = value;
        else if (arg == "--site") emulator.site_id = value;
        else if (arg == "--fail-rate") ok = rate(server.faults.fail_rate);
        else if (arg == "--rate-limit-rate") ok = rate(server.faults.rate_limit_rate);
        else if (arg == "--drop-rate") ok = rate(server.faults.drop_rate);
        else if (arg == "--retry-after")
            ok = numeric && n >= 0 && (server.faults.retry_after = std::chrono::seconds{static_cast<long>(n)}, true);
        else if (arg == "--latency-ms")
            ok = numeric && n >= 0 && (server.faults.latency = std::chrono::milliseconds{static_cast<long>(n)}, true);
        else if (arg == "--seed") ok = numeric && n >= 0 && (server.faults.seed = static_cast<std::uint64_t>(n), true);
        else if (arg == "--webhook-ca") server.webhooks.connection.ca_file = value;
        else if (arg == "--order-notification-url") emulator.order_notification_url = value;
        else {
            std::cerr << "mercadopago-sandbox: unknown option " << arg << "\n";
            usage(std::cerr);
            return 2;
        }
        if (!ok) {
            std::cerr << "mercadopago-sandbox: bad value for " << arg << ": " << value << "\n";
            return 2;
        }
    }
    if (const char* secret = std::getenv("MERCADOPAGO_WEBHOOK_SECRET")) emulator.webhook_secret = secret;
    server.webhooks.on_report = [](const sandbox::webhook_report& r) {
        std::cerr << "mercadopago-sandbox: notification " << r.action << " of " << r.data_id << ": "
                  << (r.delivered() ? "delivered" : "gave up, " + r.error) << " (" << r.attempts << " attempt"
                  << (r.attempts == 1 ? "" : "s") << ")\n";
    };
    if (server.tls_cert.empty() != server.tls_key.empty()) {
        std::cerr << "mercadopago-sandbox: --tls-cert and --tls-key go together\n";
        return 2;
    }

    const examples::stop_signals stop;  // before any thread starts: they inherit its mask

    try {
        sandbox::http_server http(std::make_shared<sandbox::emulator>(emulator), server);
        http.start();
        std::cout << "listening on " << http.base_url() << std::endl;  // the one line; flushed
        stop.wait();
        http.stop();
        const auto f = http.injected();
        std::cerr << "mercadopago-sandbox: stopped (" << http.emulator()->requests_handled() << " requests handled, "
                  << http.emulator()->payment_count() << " payments";
        if (server.faults.any())
            std::cerr << "; injected " << f.unavailable << "x503, " << f.rate_limited << "x429, "
                      << f.dropped_before + f.dropped_after << " drops";
        if (const auto* sender = http.webhooks()) {
            std::size_t delivered = 0, failed = 0;
            for (const auto& r : sender->reports()) ++(r.delivered() ? delivered : failed);
            std::cerr << "; notifications: " << delivered << " delivered, " << failed << " given up";
        }
        std::cerr << ")\n";
    } catch (const std::exception& e) {
        std::cerr << "mercadopago-sandbox: " << e.what() << "\n";
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}
