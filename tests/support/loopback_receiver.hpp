// A webhook receiver on 127.0.0.1 for the HTTP sandbox tests: a real
// cpp-httplib server that keeps every notification it is sent (signature
// headers, data.id and type from the query, body) and answers 200.
#pragma once

#include <httplib.h>

#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace test_support {

struct loopback_receiver {
    struct delivery {
        std::string signature, request_id, data_id, type, body;
    };

    httplib::Server server;
    std::mutex mutex;
    std::vector<delivery> received;
    int port = 0;
    std::thread thread;

    explicit loopback_receiver(const std::string& path = "/mp") {
        server.Post(path, [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(mutex);
            received.push_back({req.get_header_value("x-signature"), req.get_header_value("x-request-id"),
                                req.get_param_value("data.id"), req.get_param_value("type"), req.body});
            res.status = 200;
        });
        port = server.bind_to_any_port("127.0.0.1");
        thread = std::thread([this] { server.listen_after_bind(); });
    }
    ~loopback_receiver() {
        server.stop();
        thread.join();
    }
    loopback_receiver(const loopback_receiver&) = delete;
    loopback_receiver& operator=(const loopback_receiver&) = delete;

    std::string url(const std::string& path = "/mp") const { return "http://127.0.0.1:" + std::to_string(port) + path; }

    /// What arrived once `n` deliveries are in, or when `limit` has passed.
    std::vector<delivery> wait_for(std::size_t n, std::chrono::milliseconds limit) {
        const auto until = std::chrono::steady_clock::now() + limit;
        while (std::chrono::steady_clock::now() < until) {
            {
                std::lock_guard lock(mutex);
                if (received.size() >= n) return received;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds{10});
        }
        std::lock_guard lock(mutex);
        return received;
    }
};

}  // namespace test_support
