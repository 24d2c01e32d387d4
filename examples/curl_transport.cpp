// A transport over libcurl instead of cpp-httplib: the whole seam is one
// const member `result<http_response> send(const http_request&)`.
//
//     MERCADOPAGO_ACCESS_TOKEN=TEST-... curl_transport [base_url]   # GET /users/me
//
// Thread-safe: each call borrows an easy handle from a small pool (so
// keep-alive connections are reused) and returns it afterwards. TLS is always
// verified; the call's remaining budget becomes CURLOPT_TIMEOUT_MS.
#include <mercadopago/client.hpp>

#include <curl/curl.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mp = mercadopago;

class curl_transport {
public:
    explicit curl_transport(const mp::client_options& o) : s_(std::make_shared<shared>()) {
        static const bool global_ok = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;  // once, before any handle
        if (!global_ok) s_->config_error = mp::error{mp::errc::transport, "curl_global_init failed"};
        if (auto url = mp::detail::parse_base_url(o.base_url)) s_->origin = url->scheme + "://" + url->host + ":" + std::to_string(url->port);
        else s_->config_error = url.error();
        s_->options = o.connection;
    }

    mp::result<mp::http_response> send(const mp::http_request& req) const {
        if (s_->config_error) return *s_->config_error;
        CURL* h = acquire();
        if (!h) return mp::error{mp::errc::transport, "curl_easy_init failed"};
        const auto& o = s_->options;
        mp::http_response out;
        char message[CURL_ERROR_SIZE] = {};
        curl_slist* headers = curl_slist_append(nullptr, "Expect:");  // no 100-continue round trip
        for (const auto& [k, v] : req.headers) headers = curl_slist_append(headers, (k + ": " + v).c_str());

        const std::string url = s_->origin + req.target;
        const long timeout = static_cast<long>(std::max<long long>(1, req.timeout.count()));
        curl_easy_setopt(h, CURLOPT_URL, url.c_str());
        curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);        // threads: no SIGALRM for DNS timeouts
        curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);  // the token must not follow a redirect
        curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, timeout);
        curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, std::min<long>(timeout, static_cast<long>(o.connect_timeout.count())));
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, o.verify_certificates ? 1L : 0L);
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, o.verify_certificates ? 2L : 0L);
        if (!o.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, o.ca_file.c_str());
        if (!o.ca_dir.empty()) curl_easy_setopt(h, CURLOPT_CAPATH, o.ca_dir.c_str());
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(h, CURLOPT_ERRORBUFFER, message);
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, std::string(mp::to_string(req.method)).c_str());
        if (req.method == mp::http_method::get) curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
        else {
            curl_easy_setopt(h, CURLOPT_POSTFIELDS, req.body.data());
            curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(req.body.size()));
        }
        curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &on_body);
        curl_easy_setopt(h, CURLOPT_WRITEDATA, &out);
        curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &on_header);
        curl_easy_setopt(h, CURLOPT_HEADERDATA, &out);

        const CURLcode rc = curl_easy_perform(h);
        curl_slist_free_all(headers);
        if (rc != CURLE_OK) {
            std::string text = message[0] ? message : curl_easy_strerror(rc);
            curl_easy_cleanup(h);  // its connection may be half-used: never pool it
            return mp::error{category(rc), "curl: " + text};
        }
        long status = 0;
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
        out.status = static_cast<int>(status);
        release(h);
        return out;
    }

private:
    struct shared {
        mp::connection_options options;
        std::string origin;
        std::optional<mp::error> config_error;
        std::mutex mutex;
        std::vector<CURL*> idle;
        ~shared() {
            for (CURL* h : idle) curl_easy_cleanup(h);
        }
    };

    CURL* acquire() const {
        std::lock_guard lock(s_->mutex);
        if (s_->idle.empty()) return curl_easy_init();
        CURL* h = s_->idle.back();
        s_->idle.pop_back();
        curl_easy_reset(h);  // forget the last call's options, keep its connection
        return h;
    }
    void release(CURL* h) const {
        std::lock_guard lock(s_->mutex);
        if (s_->idle.size() < s_->options.max_idle_connections) s_->idle.push_back(h);
        else curl_easy_cleanup(h);
    }

    static size_t on_body(char* data, size_t size, size_t n, void* out) {
        static_cast<mp::http_response*>(out)->body.append(data, size * n);
        return size * n;
    }
    static size_t on_header(char* data, size_t size, size_t n, void* out) {
        auto& r = *static_cast<mp::http_response*>(out);
        std::string_view line(data, size * n);
        if (line.starts_with("HTTP/")) r.headers.clear();  // a new response (after 1xx)
        if (const auto colon = line.find(':'); colon != std::string_view::npos) {
            std::string_view value = line.substr(colon + 1);
            while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
            while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' ')) value.remove_suffix(1);
            r.headers.emplace_back(std::string(line.substr(0, colon)), std::string(value));
        }
        return size * n;
    }

    static mp::errc category(CURLcode rc) {
        switch (rc) {
        case CURLE_OPERATION_TIMEDOUT: return mp::errc::timeout;
        case CURLE_PEER_FAILED_VERIFICATION: case CURLE_SSL_CONNECT_ERROR: case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER: case CURLE_SSL_CACERT_BADFILE: case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH: case CURLE_SSL_ENGINE_NOTFOUND: case CURLE_SSL_ENGINE_SETFAILED:
        case CURLE_SSL_CRL_BADFILE: case CURLE_USE_SSL_FAILED:
            return mp::errc::tls;
        default: return mp::errc::transport;  // refused, reset, DNS, partial body: retried by the client
        }
    }

    std::shared_ptr<shared> s_;
};

static_assert(mp::transport<curl_transport>);

int main(int argc, char** argv) {
    const char* token = std::getenv("MERCADOPAGO_ACCESS_TOKEN");
    if (!token || !*token) {
        std::fprintf(stderr, "usage: MERCADOPAGO_ACCESS_TOKEN=TEST-... %s [base_url]\n", argv[0]);
        return 2;
    }
    mp::client_options options{.access_token = token};
    if (argc > 1) options.base_url = argv[1];
    if (const char* ca = std::getenv("MP_CA_FILE")) options.connection.ca_file = ca;

    mp::client<curl_transport> cli(options);
    auto me = cli.users().me();
    if (!me) {
        const mp::error& e = me.error();
        std::printf("error %s (HTTP %d, %d attempt(s), request id %s): %s\n", std::string(mp::to_string(e.code)).c_str(),
                    e.http_status, e.attempts, e.request_id.empty() ? "-" : e.request_id.c_str(), e.what().c_str());
        return 1;
    }
    std::printf("user %lld %s (%s), site %s, HTTP %d, request id %s\n", static_cast<long long>(me->id.value_or(0)),
                me->nickname.value_or("-").c_str(), me->email.value_or("-").c_str(), me->site_id.value_or("-").c_str(),
                me.info().http_status, me.info().request_id.empty() ? "-" : me.info().request_id.c_str());
    return 0;
}
