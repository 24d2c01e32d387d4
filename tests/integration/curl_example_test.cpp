// Runs examples/curl_transport (the client over libcurl) against a loopback
// HTTPS server with certificates made for the run. Built only when the
// example is (libcurl found): examples/CMakeLists.txt then defines
// MERCADOPAGO_CURL_EXAMPLE as the example's path.
#include <doctest/doctest.h>

#ifdef MERCADOPAGO_CURL_EXAMPLE

#include "support/fixtures.hpp"
#include "support/loopback_server.hpp"
#include "support/tls_certificates.hpp"

#include <sys/wait.h>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <string>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace curl_example_test {

namespace {

struct run_result {
    int exit_code = -1;
    std::string output;
};

std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') out += "'\\''";
        else out.push_back(c);
    }
    return out + "'";
}

run_result run_example(const std::string& base_url, const std::string& ca_file) {
    std::string cmd = "MERCADOPAGO_ACCESS_TOKEN=TEST-777-example-token ";
    if (!ca_file.empty()) cmd += "MP_CA_FILE=" + quoted(ca_file) + " ";
    cmd += quoted(MERCADOPAGO_CURL_EXAMPLE) + " " + quoted(base_url) + " 2>&1";
    run_result r;
    FILE* p = ::popen(cmd.c_str(), "r");
    REQUIRE(p != nullptr);
    char buf[512];
    while (std::fgets(buf, sizeof buf, p)) r.output += buf;
    const int status = ::pclose(p);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

}  // namespace

TEST_CASE("examples/curl_transport: GET /users/me over verified HTTPS") {
    test_support::tls_certificates certs;
    std::mutex mutex;
    std::string authorization, user_agent;
    test_support::loopback_server srv(certs, [&](httplib::Server& s) {
        s.Get("/users/me", [&](const httplib::Request& req, httplib::Response& res) {
            {
                std::lock_guard lock(mutex);
                authorization = req.get_header_value("Authorization");
                user_agent = req.get_header_value("User-Agent");
            }
            res.set_header("X-Request-Id", "rid-curl-1");
            res.set_content(test_support::read_fixture("java/user_me.json"), "application/json");
        });
    });
    const run_result r = run_example(srv.base_url(), certs.cert_path());
    CAPTURE(r.output);
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("user 539675046 TETE7689213") != std::string::npos);
    CHECK(r.output.find("request id rid-curl-1") != std::string::npos);
    std::lock_guard lock(mutex);
    CHECK(authorization == "Bearer TEST-777-example-token");
    CHECK(user_agent.rfind("mercadopago-cpp/", 0) == 0);
}

TEST_CASE("examples/curl_transport: an untrusted certificate is a TLS error, not retried") {
    test_support::tls_certificates certs;
    std::atomic<int> hits{0};
    test_support::loopback_server srv(certs, [&](httplib::Server& s) {
        s.Get("/users/me", [&](const httplib::Request&, httplib::Response& res) {
            ++hits;
            res.set_content("{}", "application/json");
        });
    });
    const run_result r = run_example(srv.base_url(), "");  // system store only
    CAPTURE(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("error tls") != std::string::npos);
    CHECK(r.output.find("1 attempt(s)") != std::string::npos);
    CHECK(hits == 0);
}

TEST_CASE("examples/curl_transport: an API error is reported with its category and request id") {
    test_support::loopback_server srv([&](httplib::Server& s) {
        s.Get("/users/me", [&](const httplib::Request&, httplib::Response& res) {
            res.status = 401;
            res.set_header("X-Request-Id", "rid-401");
            res.set_content(R"({"message":"invalid access token","error":"unauthorized","status":401,"cause":[]})",
                            "application/json");
        });
    });
    const run_result r = run_example(srv.base_url(), "");
    CAPTURE(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("error unauthorized (HTTP 401, 1 attempt(s), request id rid-401): invalid access token") !=
          std::string::npos);
}

}  // namespace curl_example_test

#endif  // MERCADOPAGO_CURL_EXAMPLE
