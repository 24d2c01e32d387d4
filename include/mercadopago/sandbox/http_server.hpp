// mercadopago::sandbox::http_server — serves an emulator over HTTP (or HTTPS)
// with cpp-httplib, so any HTTP client (curl, the official SDKs, this
// library's default client) can talk to the sandbox.
//
//     auto emu = std::make_shared<mercadopago::sandbox::emulator>();
//     mercadopago::sandbox::http_server server(emu, {.port = 0, .faults = {.fail_rate = 0.2}});
//     server.start();                       // binds 127.0.0.1 and serves on a thread
//     options.base_url = server.base_url(); // http://127.0.0.1:<port>
//
// When the emulator has a webhook secret, the server also delivers its signed
// notifications to each payment's notification_url (sandbox::webhook_sender;
// see webhooks()).
//
// Every method and path is handed to the emulator; extra request headers are
// ignored and header names compare case-insensitively. Injected drops close
// the TCP connection without a byte of response (shutdown of the accepted
// socket), before or after the emulator processed the request.
//
// Needs cpp-httplib with TLS, built with `pkg-config --cflags --libs
// cpp-httplib` (CPPHTTPLIB_OPENSSL_SUPPORT). Not included by sandbox.hpp.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/http.hpp>
#include <mercadopago/sandbox/emulator.hpp>
#include <mercadopago/sandbox/faults.hpp>
#include <mercadopago/sandbox/transport.hpp>
#include <mercadopago/sandbox/webhook_sender.hpp>

#include <httplib.h>

// POSIX: shutdown() for the dropped-connection fault, signals (SIGPIPE), and
// /proc/self/fd to find a request's socket (Linux; elsewhere a dropped
// connection is answered with a 500 instead).
// The only library header that needs them besides the transports (whose
// sockets come through cpp-httplib and Asio).
#if !(defined(__unix__) || defined(__APPLE__))
#error "mercadopago/sandbox/http_server.hpp needs a POSIX system (sockets, signals); the in-process sandbox (sandbox.hpp) does not"
#endif
#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>

#include <openssl/ssl.h>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox {

/// Where a sandbox::http_server listens and what it injects.
struct server_options {
    std::string host = "127.0.0.1";  ///< address to listen on ("0.0.0.0": every interface)
    int port = 0;             ///< 0: a free port chosen by the kernel
    std::string tls_cert{};   ///< PEM certificate and key: HTTPS when both are set
    std::string tls_key{};  ///< path of the PEM private key for `tls_cert`
    sandbox::faults faults{};  ///< faults injected in front of the emulator (none by default)
    std::size_t worker_threads = 64;  ///< each open keep-alive connection holds one
    std::chrono::seconds keep_alive_timeout{5};  ///< how long an idle connection stays open
    webhook_sender_options webhooks{};  ///< used when the emulator has a webhook secret
};

/// Serves a sandbox::emulator over HTTP or HTTPS (cpp-httplib, a thread pool), so any HTTP client can
/// use the sandbox: curl, the official SDKs, mercadopago::client with `base_url()`.
class http_server {
public:
    /// Sets up serving `emu`; nothing listens before bind(), run() or start(). Throws std::runtime_error
    /// when the TLS certificate or key cannot be loaded. With a webhook secret in the emulator it also delivers
    /// the emulator's notifications (webhooks()).
    explicit http_server(std::shared_ptr<sandbox::emulator> emu, server_options options = {})
        : emu_(std::move(emu)), options_(std::move(options)), link_(detail::emulator_link{emu_}, options_.faults) {
        const bool tls = !options_.tls_cert.empty() || !options_.tls_key.empty();
        if (tls) {
            server_ = std::make_unique<httplib::SSLServer>(options_.tls_cert.c_str(), options_.tls_key.c_str());
            if (!server_->is_valid()) throw std::runtime_error("sandbox: cannot load the TLS certificate or key");
            scheme_ = "https";
        } else {
            server_ = std::make_unique<httplib::Server>();
        }
        const std::size_t workers = options_.worker_threads ? options_.worker_threads : 8;
        server_->new_task_queue = [workers] { return new httplib::ThreadPool(workers); };
        server_->set_tcp_nodelay(true);
        server_->set_keep_alive_max_count(1'000'000);
        server_->set_keep_alive_timeout(static_cast<time_t>(options_.keep_alive_timeout.count()));
        server_->set_payload_max_length(4u << 20);
        auto serve = [this](const httplib::Request& req, httplib::Response& res) { this->serve(req, res); };
        server_->Get(".*", serve);
        server_->Post(".*", serve);
        server_->Put(".*", serve);
        server_->Patch(".*", serve);
        server_->Delete(".*", serve);
        // Browsers ask before a cross-origin POST with a JSON body (a card form
        // tokenizing through the sandbox's MercadoPago.js): every origin may call.
        server_->Options(".*", [](const httplib::Request&, httplib::Response& res) {
            res.status = 204;
            res.set_header("Access-Control-Allow-Origin", "*");
            res.set_header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
            res.set_header("Access-Control-Allow-Headers", "Content-Type, Authorization, X-Idempotency-Key");
            res.set_header("Access-Control-Max-Age", "600");
        });

        if (!emu_->options().webhook_secret.empty()) {
            sender_ = std::make_shared<webhook_sender>(options_.webhooks);
            emu_->on_webhook([sender = std::weak_ptr<webhook_sender>(sender_)](webhook_delivery d) {
                if (auto s = sender.lock()) s->send(std::move(d));
            });
        }
    }

    ~http_server() {
        stop();
        if (sender_) emu_->on_webhook({});  // the emulator may outlive this server
    }

    http_server(const http_server&) = delete;
    http_server& operator=(const http_server&) = delete;

    /// Binds the listening socket; returns the port. Throws std::runtime_error.
    int bind() {
        if (port_ > 0) return port_;
        port_ = options_.port == 0 ? server_->bind_to_any_port(options_.host.c_str())
                                   : (server_->bind_to_port(options_.host.c_str(), options_.port) ? options_.port : -1);
        if (port_ <= 0) {
            port_ = 0;
            throw std::runtime_error("sandbox: cannot listen on " + options_.host + ":" + std::to_string(options_.port));
        }
        return port_;
    }

    /// Serves on the calling thread until stop(). Binds first if needed.
    void run() {
        bind();
        // Writing to a connection the client closed must not kill the process:
        // the worker threads, created from this one, inherit the blocked SIGPIPE.
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &set, nullptr);
        server_->listen_after_bind();
    }

    /// bind() and run() on a background thread; returns once it is serving.
    void start() {
        bind();
        thread_ = std::thread([this] { run(); });
        for (int i = 0; i < 5000 && !server_->is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds{1});
    }

    /// Stops serving. Open keep-alive connections end within keep_alive_timeout:
    /// close clients first for a quick stop.
    void stop() {
        if (server_->is_running()) server_->stop();
        if (thread_.joinable()) thread_.join();
    }

    /// The port it listens on; 0 before bind().
    int port() const noexcept { return port_; }
    /// True when it serves HTTPS.
    bool tls() const noexcept { return scheme_ == "https"; }
    /// `http://host:port` (or https) for client_options::base_url; meaningful after bind().
    std::string base_url() const { return scheme_ + "://" + url_host() + ":" + std::to_string(port_); }
    /// The emulator it serves.
    const std::shared_ptr<sandbox::emulator>& emulator() const noexcept { return emu_; }
    /// The notification sender; null when the emulator has no webhook secret.
    webhook_sender* webhooks() const noexcept { return sender_.get(); }
    /// Faults injected so far.
    fault_counts injected() const noexcept { return link_.injected(); }

private:
    std::string url_host() const {
        if (options_.host == "0.0.0.0" || options_.host.empty()) return "127.0.0.1";
        if (options_.host.find(':') != std::string::npos) return "[" + options_.host + "]";
        return options_.host;
    }

    /// Hands the request to the emulator through the fault injector; an
    /// injected drop (an errc::transport error) closes the connection.
    void serve(const httplib::Request& req, httplib::Response& res) {
        http_request r;
        r.method = method_of(req.method);
        r.target = req.target;
        r.body = req.body;
        r.timeout = std::chrono::hours{24};  // injected latency is slept in full: the client's timeout decides
        r.headers.reserve(req.headers.size() + 1);
        for (const auto& [k, v] : req.headers)
            if (!mercadopago::detail::iequals(k, "X-Sandbox-Origin")) r.headers.emplace_back(k, v);
        // Where the client reached this server, for the links the sandbox
        // writes (a preference's init_point): as the client addressed it.
        const std::string host = req.get_header_value("Host");
        const bool plain_host = !host.empty() && host.size() <= 255 &&
                                host.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]") ==
                                    std::string::npos;
        r.headers.emplace_back("X-Sandbox-Origin", plain_host ? scheme_ + "://" + host : base_url());
        result<http_response> out = link_.send(r);
        if (!out) return drop(req, res);
        res.status = out->status;
        res.set_header("Access-Control-Allow-Origin", "*");
        std::string content_type = "application/json";
        for (auto& [k, v] : out->headers) {
            if (mercadopago::detail::iequals(k, "Content-Type")) content_type = v;
            else res.set_header(k.c_str(), v);
        }
        res.set_content(std::move(out->body), content_type.c_str());
    }

    static http_method method_of(const std::string& m) {
        if (m == "POST") return http_method::post;
        if (m == "PUT") return http_method::put;
        if (m == "PATCH") return http_method::patch;
        if (m == "DELETE") return http_method::del;
        return http_method::get;
    }

    /// Closes the request's TCP connection without answering: the client sees
    /// the connection end before any byte of response.
    static void drop(const httplib::Request& req, httplib::Response& res) {
        res.status = 500;  // never sent: the socket is shut down first
        const int fd = socket_of(req);
        if (fd >= 0) ::shutdown(fd, SHUT_RDWR);
    }

    /// The accepted socket of `req`: from TLS state, or found by its address
    /// pair among the process's descriptors (cpp-httplib 0.11 hands handlers
    /// no socket). -1 when it cannot be found.
    static int socket_of(const httplib::Request& req) {
        if (req.ssl) return SSL_get_fd(req.ssl);
        DIR* dir = opendir("/proc/self/fd");
        if (!dir) return -1;
        int found = -1;
        while (dirent* e = readdir(dir)) {
            char* end = nullptr;
            const long fd = std::strtol(e->d_name, &end, 10);
            if (end == e->d_name || *end != '\0' || fd == dirfd(dir)) continue;
            if (port_of(static_cast<int>(fd), false) == req.local_port && port_of(static_cast<int>(fd), true) == req.remote_port) {
                found = static_cast<int>(fd);
                break;
            }
        }
        closedir(dir);
        return found;
    }

    /// The local (or peer) TCP port of a socket; -1 for anything else.
    static int port_of(int fd, bool peer) {
        sockaddr_storage a{};
        socklen_t len = sizeof a;
        const int rc = peer ? ::getpeername(fd, reinterpret_cast<sockaddr*>(&a), &len)
                            : ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
        if (rc != 0) return -1;
        if (a.ss_family == AF_INET) return ntohs(reinterpret_cast<const sockaddr_in*>(&a)->sin_port);
        if (a.ss_family == AF_INET6) return ntohs(reinterpret_cast<const sockaddr_in6*>(&a)->sin6_port);
        return -1;
    }

    std::shared_ptr<sandbox::emulator> emu_;
    server_options options_;
    with_faults<detail::emulator_link> link_;
    std::shared_ptr<webhook_sender> sender_;
    std::unique_ptr<httplib::Server> server_;
    std::string scheme_ = "http";
    int port_ = 0;
    std::thread thread_;
};

}  // namespace mercadopago::sandbox
