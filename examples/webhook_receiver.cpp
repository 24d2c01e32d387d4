// A webhook receiver: trusts a notification only when its signature verifies,
// answers at once, then asks the API what happened to the payment.
//
//     MERCADOPAGO_WEBHOOK_SECRET=… MERCADOPAGO_ACCESS_TOKEN=APP_USR-… webhook_receiver --port 8080
//
// Point the panel's Webhooks URL (or a payment's notification_url) at
// http://<host>:8080/webhooks. Offline, against the sandbox:
//
//     MERCADOPAGO_WEBHOOK_SECRET=s3cret mercadopago-sandbox --port 9000 &
//     MERCADOPAGO_WEBHOOK_SECRET=s3cret MERCADOPAGO_ACCESS_TOKEN=TEST-1 webhook_receiver --api http://127.0.0.1:9000
//
// Why it is shaped so:
//  * Mercado Pago signs the x-request-id header and the data.id of the URL's
//    query string, not the body: the payment id comes from the query.
//  * It wants 200 or 201 within 22 s and delivers again otherwise: answer
//    first, look the payment up on another thread.
//  * A notification is a hint; deliveries repeat and arrive out of order. The
//    payment as the API returns it now is the truth, so acting on it is safe
//    however often it comes.
//  * Legacy IPN deliveries (`?topic=payment&id=…`) come to the same URL unless
//    it ends in `source_news=webhooks`; their signature cannot be checked, so
//    they only trigger a lookup (refusing them would mean redelivery forever).
#include <mercadopago/mercadopago.hpp>

#include <httplib.h>

#include "stop_signals.hpp"

#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <iostream>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <thread>

namespace mp = mercadopago;

// Looks payments up on its own thread; an id already waiting is not queued twice.
class payment_lookups {
public:
    explicit payment_lookups(mp::client<> shop) : shop_(std::move(shop)), worker_([this] { run(); }) {}
    ~payment_lookups() {
        { std::lock_guard lock(mutex_); stopping_ = true; }
        wake_.notify_one();
        worker_.join();
    }
    void add(const std::string& id) {
        std::lock_guard lock(mutex_);
        if (waiting_.insert(id).second) queue_.push_back(id);
        wake_.notify_one();
    }

private:
    void run() {
        std::unique_lock lock(mutex_);
        while (true) {
            wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
            if (stopping_) return;
            const std::string id = queue_.front();
            queue_.pop_front();
            waiting_.erase(id);
            lock.unlock();
            show(id);
            lock.lock();
        }
    }
    void show(const std::string& id) {
        auto p = shop_.payments().get(id);
        if (!p) {
            const mp::error& e = p.error();  // 404: not this seller's payment; others were retried already
            std::cout << "payment " << id << ": lookup failed (" << mp::to_string(e.code);
            if (e.http_status) std::cout << ", HTTP " << e.http_status;
            std::cout << "): " << e.what() << std::endl;
            return;
        }
        // Here a shop updates the order and tells the buyer; this example prints what it would say.
        const auto m = mp::describe_outcome(*p, mp::language::en);
        std::cout << "payment " << id << ": " << m.status.str() << " / " << m.status_detail.str() << " - " << m.title
                  << ". " << m.detail << std::endl;
    }

    mp::client<> shop_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::string> queue_;
    std::set<std::string> waiting_;
    bool stopping_ = false;
    std::thread worker_;
};

int main(int argc, char** argv) {
    int port = 8080;
    std::string api = "https://api.mercadopago.com";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view arg = argv[i];
        if (arg == "--port") port = std::atoi(argv[i + 1]);
        else if (arg == "--api") api = argv[i + 1];
        else return std::cerr << "usage: webhook_receiver [--port N] [--api URL]\n", 2;
    }
    const char* secret = std::getenv("MERCADOPAGO_WEBHOOK_SECRET");
    const char* token = std::getenv("MERCADOPAGO_ACCESS_TOKEN");
    if (!secret || !*secret || !token || !*token)
        return std::cerr << "set MERCADOPAGO_WEBHOOK_SECRET and MERCADOPAGO_ACCESS_TOKEN\n", 2;

    const examples::stop_signals stop;  // before any thread starts: they inherit its mask

    payment_lookups lookups(mp::client<>({.access_token = token, .base_url = api}));
    httplib::Server server;
    server.Post("/webhooks", [&](const httplib::Request& req, httplib::Response& res) {
        if (req.has_param("topic") && !req.has_param("data.id")) {
            res.status = 200;
            if (auto ipn = mp::webhooks::parse_ipn(req.target); ipn && ipn->topic == "payment") lookups.add(ipn->id);
            std::cout << "unsigned IPN " << req.get_param_value("topic") << ": looked up, not trusted" << std::endl;
            return;
        }
        const std::string data_id = mp::webhooks::data_id_from_query(req.target).value_or("");
        const auto check = mp::webhooks::verify(req.get_header_value("x-signature"), req.get_header_value("x-request-id"),
                                                data_id, secret, {.tolerance = std::chrono::minutes{5}});
        if (!check) {
            std::cout << "rejected a notification: " << check.description() << std::endl;
            res.status = 401;
            return;
        }
        res.status = 200;
        const std::string topic = req.get_param_value("type");
        auto body = mp::from_json<mp::webhooks::notification>(req.body);  // not signed: for the log only
        std::cout << "verified " << (body && body->action ? *body->action : topic) << " for " << data_id << std::endl;
        if (topic == "payment" && !data_id.empty()) lookups.add(data_id);
    });

    const int bound = port == 0 ? server.bind_to_any_port("127.0.0.1") : (server.bind_to_port("127.0.0.1", port) ? port : -1);
    if (bound <= 0) return std::cerr << "cannot listen on 127.0.0.1:" << port << "\n", 1;
    std::thread serving([&] { server.listen_after_bind(); });
    std::cout << "listening on http://127.0.0.1:" << bound << std::endl;

    stop.wait();
    server.stop();
    serving.join();
    return EXIT_SUCCESS;
}
