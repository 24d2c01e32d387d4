// Webhook signatures (x-signature), notification bodies and legacy IPN query
// strings, against the test vectors of shared reference webhooks.md §2.4.
#include <mercadopago/json.hpp>
#include <mercadopago/detail/hmac.hpp>
#include <mercadopago/webhooks.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace webhooks_test {

namespace mp = mercadopago;
namespace wh = mercadopago::webhooks;
using wh::verify_failure;

namespace {

constexpr std::string_view secret = "your_secret_key_here";
constexpr std::string_view request_id = "2066ca19-c6f1-498a-be75-1923005edd06";
constexpr std::string_view ts = "1742505638683";
constexpr std::int64_t ts_number = 1742505638683;
constexpr std::string_view order_id = "ORD01JQ4S4KY8HWQ6NA5PXB65B3D3";

constexpr std::string_view v1_verbatim = "fb15ae6472eb449173c556793205d77787d58f384d183bb5bc3b724c27bd103c";
constexpr std::string_view v1_lowercase = "633f91233312dd391ec75fa0bea539cfc2d6c4918873305b84a96cc1c58db71c";
constexpr std::string_view v1_no_id = "8a7b0cc777a8217c3bab41a50c95dc92debbc6f8448f1c967dfe10ac1cb8b894";
constexpr std::string_view v1_ts_only = "3f075add3ddb923bebf0bc0648457b8244cf4420b98d5b445167d379bec0ca54";
constexpr std::string_view v1_no_request_id = "1edf43150d2b9d355abbcadd2b06c49503074b61c9c986dbeeb8941771b65833";

std::string header(std::string_view t, std::string_view v1) { return "ts=" + std::string(t) + ",v1=" + std::string(v1); }

std::chrono::system_clock::time_point at_ms(std::int64_t ms) {
    return std::chrono::system_clock::time_point{std::chrono::duration_cast<std::chrono::system_clock::duration>(
        std::chrono::milliseconds{ms})};
}

/// `s` with its character at `i` replaced by a different hex digit.
std::string flip(std::string_view s, std::size_t i) {
    std::string out(s);
    out[i] = out[i] == '0' ? '1' : '0';
    return out;
}

}  // namespace

TEST_CASE("webhooks: the reference test vectors verify") {
    SUBCASE("vector 1: alphanumeric data.id used verbatim") {
        CHECK(wh::manifest(request_id, order_id, ts) ==
              "id:ORD01JQ4S4KY8HWQ6NA5PXB65B3D3;request-id:2066ca19-c6f1-498a-be75-1923005edd06;ts:1742505638683;");
        const auto v = wh::verify(header(ts, v1_verbatim), request_id, order_id, secret);
        CHECK(v);
        CHECK(v.valid());
        CHECK(v.reason == verify_failure::none);
        CHECK(v.matched_id == wh::id_form::verbatim);
        CHECK(v.secret_index == 0);
        CHECK(v.version == "v1");
        CHECK(v.ts == ts);
        CHECK(v.request_id == request_id);
    }
    SUBCASE("vector 2: the lowercased id signs differently") {
        const auto v = wh::verify(header(ts, v1_lowercase), request_id, "ord01jq4s4ky8hwq6na5pxb65b3d3", secret);
        CHECK(v);
        CHECK(v.matched_id == wh::id_form::verbatim);
    }
    SUBCASE("vector 3: absent data.id leaves the id pair out") {
        CHECK(wh::manifest(request_id, "", ts) == "request-id:2066ca19-c6f1-498a-be75-1923005edd06;ts:1742505638683;");
        CHECK(wh::verify(header(ts, v1_no_id), request_id, "", secret));
    }
    SUBCASE("extra vectors: absent request id") {
        CHECK(wh::manifest("", "", ts) == "ts:1742505638683;");
        CHECK(wh::verify(header(ts, v1_ts_only), "", "", secret));
        CHECK(wh::manifest("", order_id, ts) == "id:ORD01JQ4S4KY8HWQ6NA5PXB65B3D3;ts:1742505638683;");
        CHECK(wh::verify(header(ts, v1_no_request_id), "", order_id, secret));
        // Whitespace-only values count as absent.
        CHECK(wh::verify(header(ts, v1_no_request_id), "  ", order_id, secret));
    }
    SUBCASE("sign() reproduces the vectors") {
        CHECK(wh::sign(request_id, order_id, secret, ts_number) == header(ts, v1_verbatim));
        CHECK(wh::sign(request_id, "", secret, ts_number) == header(ts, v1_no_id));
        CHECK(wh::sign("", "", secret, ts_number) == header(ts, v1_ts_only));
    }
}

TEST_CASE("webhooks: any tampering is a mismatch") {
    const std::string good = header(ts, v1_verbatim);
    REQUIRE(wh::verify(good, request_id, order_id, secret));

    CHECK(wh::verify(good, request_id, "ORD01JQ4S4KY8HWQ6NA5PXB65B3D4", secret).reason == verify_failure::mismatch);
    CHECK(wh::verify(good, "2066ca19-c6f1-498a-be75-1923005edd07", order_id, secret).reason ==
          verify_failure::mismatch);
    CHECK(wh::verify(good, "", order_id, secret).reason == verify_failure::mismatch);
    CHECK(wh::verify(good, request_id, "", secret).reason == verify_failure::mismatch);
    CHECK(wh::verify(header("1742505638684", v1_verbatim), request_id, order_id, secret).reason ==
          verify_failure::mismatch);
    CHECK(wh::verify(good, request_id, order_id, "your_secret_key_herE").reason == verify_failure::mismatch);
    CHECK(wh::verify(header(ts, flip(v1_verbatim, 0)), request_id, order_id, secret).reason ==
          verify_failure::mismatch);
    CHECK(wh::verify(header(ts, flip(v1_verbatim, 63)), request_id, order_id, secret).reason ==
          verify_failure::mismatch);
    CHECK(wh::verify(header(ts, v1_verbatim.substr(0, 63)), request_id, order_id, secret).reason ==
          verify_failure::mismatch);
    CHECK(wh::verify(header(ts, std::string(v1_verbatim) + "0"), request_id, order_id, secret).reason ==
          verify_failure::mismatch);
    // The ts is copied verbatim into the manifest: a reformatted one does not match.
    CHECK(wh::verify(header("01742505638683", v1_verbatim), request_id, order_id, secret).reason ==
          verify_failure::mismatch);
    // A manifest signed in another layout (pairs reordered) does not match.
    const std::string reordered = "ts=" + std::string(ts) + ",v1=" +
                                  mp::detail::hmac_sha256_hex(secret, "request-id:" + std::string(request_id) + ";id:" +
                                                                          std::string(order_id) + ";ts:" + std::string(ts) + ";");
    CHECK(wh::verify(reordered, request_id, order_id, secret).reason == verify_failure::mismatch);
    // An empty secret never validates, even against a digest made with the empty key.
    const std::string empty_key_sig = wh::sign(request_id, order_id, "", ts_number);
    CHECK(wh::verify(empty_key_sig, request_id, order_id, "").reason == verify_failure::mismatch);
}

TEST_CASE("webhooks: header parsing") {
    SUBCASE("missing header") {
        CHECK(wh::verify("", request_id, order_id, secret).reason == verify_failure::missing_header);
        CHECK(wh::verify("   \t", request_id, order_id, secret).reason == verify_failure::missing_header);
    }
    SUBCASE("malformed header") {
        CHECK(wh::verify("garbage", request_id, order_id, secret).reason == verify_failure::malformed_header);
        CHECK(wh::verify("ts=,v1=", request_id, order_id, secret).reason == verify_failure::malformed_header);
        CHECK(wh::verify(",,,", request_id, order_id, secret).reason == verify_failure::malformed_header);
        CHECK(wh::verify("=abc,=def", request_id, order_id, secret).reason == verify_failure::malformed_header);
        CHECK(wh::verify(header("abc", v1_verbatim), request_id, order_id, secret).reason ==
              verify_failure::malformed_header);
        CHECK(wh::verify(header("-1742505638683", v1_verbatim), request_id, order_id, secret).reason ==
              verify_failure::malformed_header);
        CHECK(wh::verify(header("17425056.38683", v1_verbatim), request_id, order_id, secret).reason ==
              verify_failure::malformed_header);
        CHECK(wh::verify("foo=bar,baz=qux", request_id, order_id, secret).reason == verify_failure::malformed_header);
        // Two different ts values are ambiguous.
        CHECK(wh::verify(header(ts, v1_verbatim) + ",ts=1", request_id, order_id, secret).reason ==
              verify_failure::malformed_header);
    }
    SUBCASE("missing timestamp") {
        CHECK(wh::verify("v1=abc", request_id, order_id, secret).reason == verify_failure::missing_timestamp);
        CHECK(wh::verify("v1=" + std::string(v1_verbatim), request_id, order_id, secret).reason ==
              verify_failure::missing_timestamp);
        CHECK(wh::verify("ts=,v1=abc", request_id, order_id, secret).reason == verify_failure::missing_timestamp);
    }
    SUBCASE("missing hash") {
        CHECK(wh::verify("ts=123", request_id, order_id, secret).reason == verify_failure::missing_hash);
        CHECK(wh::verify("ts=123,v1=", request_id, order_id, secret).reason == verify_failure::missing_hash);
        CHECK(wh::verify("ts=1742505638683,v2=" + std::string(v1_verbatim), request_id, order_id, secret).reason ==
              verify_failure::missing_hash);
        CHECK(wh::verify("ts=1742505638683,vx=" + std::string(v1_verbatim), request_id, order_id, secret).reason ==
              verify_failure::missing_hash);
    }
    SUBCASE("spaces, case of keys, order, unknown keys and parts without '='") {
        const std::string v1(v1_verbatim);
        CHECK(wh::verify(" ts = 1742505638683 , v1 = " + v1 + " ", request_id, order_id, secret));
        CHECK(wh::verify("TS=1742505638683,V1=" + v1, request_id, order_id, secret));
        CHECK(wh::verify("v1=" + v1 + ",ts=1742505638683", request_id, order_id, secret));
        CHECK(wh::verify("ts=1742505638683,foo=bar,v1=" + v1 + ",v9=00", request_id, order_id, secret));
        CHECK(wh::verify("ts=1742505638683,garbage,v1=" + v1, request_id, order_id, secret));
        CHECK(wh::verify(header(ts, v1_verbatim) + ",ts=" + std::string(ts), request_id, order_id, secret));
        // Upper-case hex digits are accepted.
        std::string upper = v1;
        for (char& c : upper) c = (c >= 'a' && c <= 'f') ? static_cast<char>(c - 'a' + 'A') : c;
        CHECK(wh::verify(header(ts, upper), request_id, order_id, secret));
        // Inputs are trimmed.
        CHECK(wh::verify(" " + header(ts, v1_verbatim) + "\r\n", " 2066ca19-c6f1-498a-be75-1923005edd06 ",
                         " ORD01JQ4S4KY8HWQ6NA5PXB65B3D3 ", secret));
    }
    SUBCASE("several values of v1: valid when any matches") {
        const std::string two = "ts=1742505638683,v1=" + std::string(64, '0') + ",v1=" + std::string(v1_verbatim);
        CHECK(wh::verify(two, request_id, order_id, secret));
        CHECK(wh::verify("ts=1742505638683,v1=" + std::string(64, '0') + ",v1=" + std::string(64, 'f'), request_id,
                         order_id, secret)
                  .reason == verify_failure::mismatch);
    }
    SUBCASE("supported versions: the first listed version present is the one checked") {
        wh::verify_options o;
        o.versions = {"v2", "v1"};
        const std::string v1(v1_verbatim);
        auto r = wh::verify("ts=1742505638683,v1=" + v1, request_id, order_id, secret, o);
        CHECK(r);
        CHECK(r.version == "v1");
        // v2 is preferred and present (with a wrong value): v1 is not consulted.
        r = wh::verify("ts=1742505638683,v2=" + std::string(64, '0') + ",v1=" + v1, request_id, order_id, secret, o);
        CHECK(r.reason == verify_failure::mismatch);
        CHECK(r.version == "v2");
        o.versions = {"v3"};
        CHECK(wh::verify("ts=1742505638683,v1=" + v1, request_id, order_id, secret, o).reason ==
              verify_failure::missing_hash);
    }
}

TEST_CASE("webhooks: tolerance window") {
    const std::string sig = header(ts, v1_verbatim);
    wh::verify_options o;
    o.tolerance = std::chrono::seconds{300};

    SUBCASE("off by default: an old signature still verifies") { CHECK(wh::verify(sig, request_id, order_id, secret)); }
    SUBCASE("milliseconds ts: exactly at the limit passes, one second past fails") {
        o.now = at_ms(ts_number + 300'000);
        CHECK(wh::verify(sig, request_id, order_id, secret, o));
        o.now = at_ms(ts_number - 300'000);
        CHECK(wh::verify(sig, request_id, order_id, secret, o));
        o.now = at_ms(ts_number + 301'000);
        CHECK(wh::verify(sig, request_id, order_id, secret, o).reason == verify_failure::timestamp_out_of_tolerance);
        o.now = at_ms(ts_number - 301'000);
        CHECK(wh::verify(sig, request_id, order_id, secret, o).reason == verify_failure::timestamp_out_of_tolerance);
        o.now = at_ms(ts_number + 300'001);
        CHECK(wh::verify(sig, request_id, order_id, secret, o).reason == verify_failure::timestamp_out_of_tolerance);
    }
    SUBCASE("seconds ts") {
        const std::int64_t secs = 1704908010;
        const std::string s = wh::sign(request_id, "123456", secret, secs);
        CHECK(s.rfind("ts=1704908010,v1=", 0) == 0);
        o.now = at_ms(secs * 1000 + 300'000);
        CHECK(wh::verify(s, request_id, "123456", secret, o));
        o.now = at_ms(secs * 1000 - 300'000);
        CHECK(wh::verify(s, request_id, "123456", secret, o));
        o.now = at_ms(secs * 1000 + 301'000);
        const auto r = wh::verify(s, request_id, "123456", secret, o);
        CHECK(r.reason == verify_failure::timestamp_out_of_tolerance);
        CHECK(r.matched_id == wh::id_form::verbatim);  // the digest did match
    }
    SUBCASE("the time check runs only after the digest matched") {
        o.now = at_ms(0);
        CHECK(wh::verify(header(ts, flip(v1_verbatim, 5)), request_id, order_id, secret, o).reason ==
              verify_failure::mismatch);
    }
    SUBCASE("a ts too large to be a time fails the window") {
        const std::string huge = "99999999999999999999";
        const std::string s =
            "ts=" + huge + ",v1=" + mp::detail::hmac_sha256_hex(secret, wh::manifest(request_id, order_id, huge));
        CHECK(wh::verify(s, request_id, order_id, secret));  // no tolerance: the digest alone decides
        o.now = at_ms(ts_number);
        CHECK(wh::verify(s, request_id, order_id, secret, o).reason == verify_failure::timestamp_out_of_tolerance);
    }
    SUBCASE("the real clock is used when now is unset") {
        const auto now_s = std::chrono::duration_cast<std::chrono::seconds>(
                               std::chrono::system_clock::now().time_since_epoch())
                               .count();
        const std::string fresh = wh::sign(request_id, order_id, secret, now_s);
        CHECK(wh::verify(fresh, request_id, order_id, secret, o));
        CHECK(wh::verify(sig, request_id, order_id, secret, o).reason == verify_failure::timestamp_out_of_tolerance);
    }
}

TEST_CASE("webhooks: secret rotation") {
    const std::string new_secret = "new_secret_value";
    const std::string old_sig = wh::sign(request_id, "123", secret, ts_number);
    const std::string new_sig = wh::sign(request_id, "123", new_secret, ts_number);

    wh::verify_options o;
    o.additional_secrets = {std::string(secret)};

    auto r = wh::verify(new_sig, request_id, "123", new_secret, o);
    CHECK(r);
    CHECK(r.secret_index == 0);
    r = wh::verify(old_sig, request_id, "123", new_secret, o);
    CHECK(r);
    CHECK(r.secret_index == 1);

    o.additional_secrets = {"", "unrelated", std::string(secret)};
    r = wh::verify(old_sig, request_id, "123", new_secret, o);
    CHECK(r);
    CHECK(r.secret_index == 3);

    // Without the extra secret, the old signature fails.
    CHECK(wh::verify(old_sig, request_id, "123", new_secret).reason == verify_failure::mismatch);
    // An empty main secret is skipped; additional secrets still work.
    o.additional_secrets = {std::string(secret)};
    r = wh::verify(old_sig, request_id, "123", "", o);
    CHECK(r);
    CHECK(r.secret_index == 1);
}

TEST_CASE("webhooks: lowercase data.id retry is opt-in") {
    // Signed over the lowercased id (vector 2) but the URL carries upper case.
    const std::string sig = header(ts, v1_lowercase);
    auto r = wh::verify(sig, request_id, order_id, secret);
    CHECK(r.reason == verify_failure::mismatch);
    CHECK(r.matched_id == wh::id_form::none);

    wh::verify_options o;
    o.try_lowercase_id = true;
    r = wh::verify(sig, request_id, order_id, secret, o);
    CHECK(r);
    CHECK(r.matched_id == wh::id_form::lowercase);

    // The verbatim form is still preferred and reported when it matches.
    r = wh::verify(header(ts, v1_verbatim), request_id, order_id, secret, o);
    CHECK(r);
    CHECK(r.matched_id == wh::id_form::verbatim);
}

TEST_CASE("webhooks: sign() and verify() round trip") {
    for (std::string_view id : {"123456789", "", "ORD01ABC", "id with spaces", "ñandú"}) {
        for (std::string_view rid : {"", "req-1"}) {
            const std::string s = wh::sign(rid, id, "k3y", 1700000000);
            const auto r = wh::verify(s, rid, id, "k3y");
            CHECK_MESSAGE(r, "id=" << id << " request-id=" << rid);
            CHECK(wh::verify(s, rid, id, "other").reason == verify_failure::mismatch);
        }
    }
}

TEST_CASE("webhooks: constant-time comparison helper") {
    // detail::constant_time_equal compares with OpenSSL's CRYPTO_memcmp, which
    // visits every byte (no early exit at the first difference).
    const std::string a(v1_verbatim);
    CHECK(mp::detail::constant_time_equal(a, a));
    CHECK_FALSE(mp::detail::constant_time_equal(a, flip(a, 0)));    // differs only in the first byte
    CHECK_FALSE(mp::detail::constant_time_equal(a, flip(a, 63)));   // differs only in the last byte
    CHECK_FALSE(mp::detail::constant_time_equal(a, a.substr(0, 63)));
    CHECK_FALSE(mp::detail::constant_time_equal("", ""));
    CHECK(mp::detail::hmac_sha256_hex(secret, "ts:1742505638683;") == v1_ts_only);
}

TEST_CASE("webhooks: messages and errors never contain the secret") {
    const std::string s = "a-very-private-signing-secret";
    const std::string sig = wh::sign(request_id, order_id, s, ts_number);
    for (const auto& hdr : {std::string(), std::string("garbage"), std::string("v1=ab"), std::string("ts=1"),
                            header(ts, v1_verbatim), sig}) {
        wh::verify_options o;
        o.tolerance = std::chrono::seconds{1};
        o.now = at_ms(0);
        const auto r = wh::verify(hdr, request_id, order_id, s, o);
        const auto e = r.to_error();
        CHECK(e.code == mp::errc::signature);
        CHECK(e.request_id == request_id);
        CHECK(e.message.find(s) == std::string::npos);
        CHECK(std::string(r.description()).find(s) == std::string::npos);
        CHECK_FALSE(r.description().empty());
        CHECK(e.message.find(std::string(wh::to_string(r.reason))) == 0);
    }
    CHECK(wh::to_string(verify_failure::timestamp_out_of_tolerance) == "timestamp_out_of_tolerance");
    CHECK_FALSE(wh::describe(verify_failure::none).empty());
}

TEST_CASE("webhooks: notification bodies decode") {
    SUBCASE("payment.created with numeric ids") {
        const auto n = mp::from_json<wh::notification>(
            R"({"id":12345,"live_mode":true,"type":"payment","date_created":"2015-03-25T10:04:58.396-04:00",)"
            R"("user_id":44444,"api_version":"v1","action":"payment.created","data":{"id":"999999999"}})");
        REQUIRE_MESSAGE(n, n.error().what());
        CHECK(n->id == "12345");
        CHECK(n->live_mode == true);
        CHECK(n->type == "payment");
        CHECK(n->action == "payment.created");
        CHECK(n->user_id == "44444");
        CHECK(n->api_version == "v1");
        REQUIRE(n->data);
        CHECK(n->data->id == "999999999");
        REQUIRE(n->date_created);
        CHECK(n->date_created->valid());
        CHECK(n->date_created->utc_offset() == std::chrono::minutes{-240});
        // Numbers stay numbers when written back.
        CHECK(mp::to_json(*n).find(R"("id":12345)") != std::string::npos);
        CHECK(mp::to_json(*n).find(R"("user_id":44444)") != std::string::npos);
    }
    SUBCASE("payment.updated with string ids and the fields real deliveries add") {
        const auto n = mp::from_json<wh::notification>(
            R"({"action":"payment.updated","api_version":"v1","data":{"id":"123456789012"},)"
            R"("date_created":"2025-11-10T13:38:25Z","id":"124781648765","live_mode":false,"type":"payment",)"
            R"("user_id":"1234567","application_id":"5432109876","version":2,"something_new":{"x":1}})");
        REQUIRE_MESSAGE(n, n.error().what());
        CHECK(n->id == "124781648765");
        CHECK(n->live_mode == false);
        CHECK(n->action == "payment.updated");
        CHECK(n->user_id == "1234567");
        CHECK(n->application_id == "5432109876");
        CHECK(n->version == "2");
        CHECK(n->data->id == "123456789012");
        CHECK(n->date_created->text() == "2025-11-10T13:38:25Z");
        CHECK(n->extra.contains("something_new"));
    }
    SUBCASE("a numeric data.id is read as its text") {
        const auto n = mp::from_json<wh::notification>(R"({"type":"payment","data":{"id":999999999}})");
        REQUIRE(n);
        CHECK(n->data->id == "999999999");
    }
    SUBCASE("other topics") {
        const auto n = mp::from_json<wh::notification>(
            R"({"type":"order","action":"order.processed","data":{"id":"ORD01JQ4S4KY8HWQ6NA5PXB65B3D3"}})");
        REQUIRE(n);
        CHECK(n->type == "order");
        CHECK(n->data->id == order_id);
    }
    SUBCASE("a body of the wrong shape is a decode error") {
        const auto n = mp::from_json<wh::notification>(R"({"data":"oops"})");
        REQUIRE_FALSE(n);
        CHECK(n.error().code == mp::errc::decode);
        CHECK(n.error().path == "data");
    }
}

TEST_CASE("webhooks: data.id from the query string") {
    CHECK(wh::data_id_from_query("data.id=132646402927&type=payment") == "132646402927");
    CHECK(wh::data_id_from_query("?type=payment&data.id=132646402927") == "132646402927");
    CHECK(wh::data_id_from_query("/hook?data.id=ORD01ABC&type=order#frag") == "ORD01ABC");
    CHECK(wh::data_id_from_query("https://example.com/hook?data.id=1&data.id=2") == "1");
    CHECK(wh::data_id_from_query("data%2Eid=abc%2Fdef") == "abc/def");
    CHECK(wh::data_id_from_query("data.id=a+b%20c") == "a b c");
    CHECK(wh::data_id_from_query("data.id=100%") == "100%");
    CHECK(wh::data_id_from_query("data.id=%zz") == "%zz");
    CHECK_FALSE(wh::data_id_from_query("type=payment").has_value());
    CHECK_FALSE(wh::data_id_from_query("data.id=&type=payment").has_value());
    CHECK_FALSE(wh::data_id_from_query("data.id").has_value());
    CHECK_FALSE(wh::data_id_from_query("").has_value());
    CHECK_FALSE(wh::data_id_from_query("xdata.id=1").has_value());

    // End to end: the id read from the URL verifies vector 1.
    const auto id = wh::data_id_from_query("/webhooks?data.id=ORD01JQ4S4KY8HWQ6NA5PXB65B3D3&type=order");
    REQUIRE(id);
    CHECK(wh::verify(header(ts, v1_verbatim), request_id, *id, secret));
}

TEST_CASE("webhooks: legacy IPN query strings") {
    auto r = wh::parse_ipn("topic=payment&id=123456789");
    REQUIRE(r);
    CHECK(r->topic == "payment");
    CHECK(r->id == "123456789");

    r = wh::parse_ipn("https://yoursite.example/notifications?id=987&topic=merchant_order");
    REQUIRE(r);
    CHECK(r->topic == "merchant_order");
    CHECK(r->id == "987");

    r = wh::parse_ipn("?topic=point%5Fintegration%5Fipn&id=abc%2D1%2B2+3");
    REQUIRE(r);
    CHECK(r->topic == "point_integration_ipn");
    CHECK(r->id == "abc-1+2 3");

    r = wh::parse_ipn("topic=payment");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == mp::errc::invalid_argument);
    CHECK_FALSE(wh::parse_ipn("id=1"));
    CHECK_FALSE(wh::parse_ipn("data.id=1&type=payment"));
    CHECK_FALSE(wh::parse_ipn(""));
}

}  // namespace webhooks_test
