// Randomised mutations of the real fixtures. Each mutant either decodes, and
// then re-encodes to the same JSON text as the mutant (number text included:
// the round-trip promise holds for any input, not only for the fixtures), or
// fails with an error — never a crash or a hang.
//
// Bounded: at most `max_mutants` mutants and about `time_budget` of wall time.
// Deterministic: the seed is printed; MERCADOPAGO_FUZZ_SEED=<n> replays another
// sequence (the time bound may cut a sequence short on a slow machine, never
// reorder it). MERCADOPAGO_FUZZ_SHOW=<n> prints up to n failing mutants in
// full (default 20); every failure is counted in the final check either way.
#include <mercadopago/json.hpp>
#include <mercadopago/models/api_error.hpp>
#include <mercadopago/models/card.hpp>
#include <mercadopago/models/card_token.hpp>
#include <mercadopago/models/customer.hpp>
#include <mercadopago/models/identification_type.hpp>
#include <mercadopago/models/merchant_order.hpp>
#include <mercadopago/models/order.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/models/payment.hpp>
#include <mercadopago/models/payment_method.hpp>
#include <mercadopago/models/payment_request.hpp>
#include <mercadopago/models/preference.hpp>
#include <mercadopago/models/preference_request.hpp>
#include <mercadopago/models/refund.hpp>
#include <mercadopago/models/user.hpp>

#include <doctest/doctest.h>

#include "support/fixtures.hpp"
#include "support/json_text.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace fixture_mutation_test {

namespace mp = mercadopago;

namespace {

constexpr std::size_t max_mutants = 2000;
constexpr auto time_budget = std::chrono::milliseconds(2000);
constexpr std::uint64_t default_seed = 20260811;

// --- the fixtures and the model each one is decoded as ----------------------------

struct outcome {
    bool decoded = false;
    std::string output;  // to_json of the decoded value
    mp::error error{};
};

template <class T>
outcome run(std::string_view text) {
    auto r = mp::from_json<T>(text);
    if (!r) return {false, {}, r.error()};
    return {true, mp::to_json(*r), {}};
}

struct target {
    const char* fixture;
    const char* model;
    outcome (*decode)(std::string_view);
};

// Every fixture of a modelled resource, as the model tests decode it.
const std::vector<target> targets = {
    {"java/payment_create_card_approved.json", "payment", run<mp::payment>},
    {"java/payment_create_3ds.json", "payment", run<mp::payment>},
    {"java/payment_create_pix_pending.json", "payment", run<mp::payment>},
    {"java/payment_create_boleto.json", "payment", run<mp::payment>},
    {"java/payment_create_pse.json", "payment", run<mp::payment>},
    {"java/payment_cancelled.json", "payment", run<mp::payment>},
    {"java/payment_captured.json", "payment", run<mp::payment>},
    {"java/payment_search.json", "results_page<payment>", run<mp::results_page<mp::payment>>},
    {"java/payment_search_by_external_reference.json", "results_page<payment>", run<mp::results_page<mp::payment>>},
    {"java/payment_search_empty.json", "results_page<payment>", run<mp::results_page<mp::payment>>},
    {"go/payment_search.json", "results_page<payment>", run<mp::results_page<mp::payment>>},
    {"java/payment_create_REQUEST.json", "payment_create_request", run<mp::payment_create_request>},
    {"dotnet/payment_create_3ds_REQUEST.json", "payment_create_request", run<mp::payment_create_request>},
    {"java/refund_create.json", "refund", run<mp::refund>},
    {"java/refund_create_partial.json", "refund", run<mp::refund>},
    {"go/refund_get.json", "refund", run<mp::refund>},
    {"php/refund_create.json", "refund", run<mp::refund>},
    {"java/refund_list.json", "vector<refund>", run<std::vector<mp::refund>>},
    {"php/refund_list.json", "vector<refund>", run<std::vector<mp::refund>>},
    {"java/customer_get.json", "customer", run<mp::customer>},
    {"java/customer_search.json", "results_page<customer>", run<mp::results_page<mp::customer>>},
    {"java/customer_card_get.json", "card", run<mp::card>},
    {"go/customer_card_get.json", "card", run<mp::card>},
    {"java/customer_card_list.json", "vector<card>", run<std::vector<mp::card>>},
    {"php/customer_card_list.json", "vector<card>", run<std::vector<mp::card>>},
    {"java/card_token_create.json", "card_token", run<mp::card_token>},
    {"go/card_token_create.json", "card_token", run<mp::card_token>},
    {"dotnet/card_token_create.json", "card_token", run<mp::card_token>},
    {"java/payment_methods_list.json", "vector<payment_method>", run<std::vector<mp::payment_method>>},
    {"java/identification_types_list.json", "vector<identification_type>", run<std::vector<mp::identification_type>>},
    {"java/user_me.json", "user", run<mp::user>},
    {"java/error_400_card_token_not_found.json", "api_error_body", run<mp::api_error_body>},
    {"go/order_create.json", "order", run<mp::order>},
    {"go/order_create_automatic_payments.json", "order", run<mp::order>},
    {"java/order_capture.json", "order", run<mp::order>},
    {"java/order_create_checkout_pro.json", "order", run<mp::order>},
    {"java/order_refund_partial.json", "order", run<mp::order>},
    {"java/order_refund_total.json", "order", run<mp::order>},
    {"php/order_capture.json", "order", run<mp::order>},
    {"php/order_create.json", "order", run<mp::order>},
    {"php/order_get.json", "order", run<mp::order>},
    {"php/order_process.json", "order", run<mp::order>},
    {"php/order_refund_total.json", "order", run<mp::order>},
    {"python/order_cancel.json", "order", run<mp::order>},
    {"python/order_get.json", "order", run<mp::order>},
    {"python/order_process.json", "order", run<mp::order>},
    {"python/order_refund.json", "order", run<mp::order>},
    {"go/order_search.json", "data_page<order>", run<mp::data_page<mp::order>>},
    {"java/order_search.json", "data_page<order>", run<mp::data_page<mp::order>>},
    {"php/order_search.json", "data_page<order>", run<mp::data_page<mp::order>>},
    {"python/order_search.json", "data_page<order>", run<mp::data_page<mp::order>>},
    {"java/order_transaction_create.json", "order_transactions", run<mp::order_transactions>},
    {"php/order_transaction_create.json", "order_transactions", run<mp::order_transactions>},
    {"java/order_transaction_update.json", "order_payment", run<mp::order_payment>},
    {"go/preference_create.json", "preference", run<mp::preference>},
    {"java/preference_create.json", "preference", run<mp::preference>},
    {"java/preference_update.json", "preference", run<mp::preference>},
    {"php/preference_create.json", "preference", run<mp::preference>},
    {"php/preference_update.json", "preference", run<mp::preference>},
    {"python/preference_create.json", "preference", run<mp::preference>},
    {"go/preference_search.json", "elements_page<preference_search_element>", run<mp::elements_page<mp::preference_search_element>>},
    {"java/preference_search.json", "elements_page<preference_search_element>", run<mp::elements_page<mp::preference_search_element>>},
    {"python/preference_search.json", "elements_page<preference_search_element>", run<mp::elements_page<mp::preference_search_element>>},
    {"dotnet/preference_search.json", "results_page<preference>", run<mp::results_page<mp::preference>>},
    {"java/preference_create_REQUEST.json", "preference_request", run<mp::preference_request>},
    {"go/merchant_order_get.json", "merchant_order", run<mp::merchant_order>},
    {"java/merchant_order_get.json", "merchant_order", run<mp::merchant_order>},
    {"java/merchant_order_update.json", "merchant_order", run<mp::merchant_order>},
    {"php/merchant_order_get.json", "merchant_order", run<mp::merchant_order>},
    {"python/merchant_order_get.json", "merchant_order", run<mp::merchant_order>},
    {"java/merchant_order_search.json", "elements_page<merchant_order>", run<mp::elements_page<mp::merchant_order>>},
    {"php/merchant_order_search.json", "elements_page<merchant_order>", run<mp::elements_page<mp::merchant_order>>},
    {"python/merchant_order_search.json", "elements_page<merchant_order>", run<mp::elements_page<mp::merchant_order>>},
};

// --- where the values, members and objects of a (valid) JSON text are ------------

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool in_number(char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; }

struct span {
    std::size_t begin, end;  // [begin, end)
};
enum class vkind { object, array, string, number, boolean, null };
struct value_at {
    span at;
    vkind kind;
    std::string pointer;
};
struct member_at {
    span at;  // from the key's opening quote to the end of its value
    std::string pointer;
};
struct object_at {
    std::size_t open;  // offset of '{'
    bool empty;
    std::string pointer;
};
struct layout {
    std::vector<value_at> values;
    std::vector<std::size_t> numbers;  // indices into `values`
    std::vector<member_at> members;
    std::vector<object_at> objects;
};

/// Records positions in text the fixtures' JSON parser already accepted.
class scanner {
public:
    scanner(std::string_view text, layout& out) : t_(text), out_(out) {}
    void run() { value(""); }

private:
    void ws() {
        while (i_ < t_.size() && is_space(t_[i_])) ++i_;
    }
    std::string string_token() {  // raw text between the quotes (fixture keys carry no escapes)
        const std::size_t b = ++i_;
        while (t_[i_] != '"') i_ += t_[i_] == '\\' ? 2 : 1;
        return std::string(t_.substr(b, i_++ - b));
    }
    void value(const std::string& ptr) {
        ws();
        const std::size_t b = i_;
        vkind k = vkind::number;
        switch (t_[i_]) {
        case '{':
            k = vkind::object;
            object(ptr);
            break;
        case '[':
            k = vkind::array;
            array(ptr);
            break;
        case '"':
            k = vkind::string;
            string_token();
            break;
        case 't':
        case 'f':
            k = vkind::boolean;
            i_ += t_[i_] == 't' ? 4 : 5;
            break;
        case 'n':
            k = vkind::null;
            i_ += 4;
            break;
        default:
            while (i_ < t_.size() && in_number(t_[i_])) ++i_;
        }
        if (k == vkind::number) out_.numbers.push_back(out_.values.size());
        out_.values.push_back({{b, i_}, k, ptr});
    }
    void object(const std::string& ptr) {
        const std::size_t open = i_++;
        ws();
        const bool empty = t_[i_] == '}';
        out_.objects.push_back({open, empty, ptr});
        if (empty) {
            ++i_;
            return;
        }
        for (;;) {
            ws();
            const std::size_t kb = i_;
            const std::string sub = ptr + "/" + string_token();
            ws();
            ++i_;  // ':'
            value(sub);
            out_.members.push_back({{kb, i_}, sub});
            ws();
            if (t_[i_++] != ',') return;  // '}'
        }
    }
    void array(const std::string& ptr) {
        ++i_;
        ws();
        if (t_[i_] == ']') {
            ++i_;
            return;
        }
        for (std::size_t n = 0;; ++n) {
            value(ptr + "/" + std::to_string(n));
            ws();
            if (t_[i_++] != ',') return;  // ']'
        }
    }

    std::string_view t_;
    layout& out_;
    std::size_t i_ = 0;
};

// --- mutations ------------------------------------------------------------------------

/// Number texts a double cannot carry, or carries with another spelling.
constexpr std::array<std::string_view, 12> number_texts = {
    "123456789012345678901234567890",  // far beyond uint64
    "0.123456789012345678901234567890",  // 30 decimal places
    "98765432109876.5432109876543210",  // 30 digits
    "1e400",                            // beyond double
    "-0",
    "1.50",
    "2E+3",
    "100.0",
    "0.1",
    "-7.25e-5",
    "9223372036854775808",  // INT64_MAX + 1
    "18446744073709551616",  // UINT64_MAX + 1
};

enum class mutation { replace_number, change_type, insert_unknown_key, delete_key, truncate, flip_byte };
constexpr std::array<std::string_view, 6> mutation_names = {"replace number", "change type",  "insert unknown key",
                                                            "delete key",     "truncate",     "flip byte"};

class generator {
public:
    explicit generator(std::uint64_t seed) : rng_(seed) {}

    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(rng_() % n); }
    template <class C>
    const auto& pick(const C& c) {
        return c[below(c.size())];
    }

    mutation kind() {
        // Weights: the value-level mutations are the interesting ones.
        const std::size_t r = below(100);
        if (r < 25) return mutation::replace_number;
        if (r < 45) return mutation::change_type;
        if (r < 65) return mutation::insert_unknown_key;
        if (r < 80) return mutation::delete_key;
        if (r < 90) return mutation::truncate;
        return mutation::flip_byte;
    }

    /// An unknown member's value: nested objects and arrays holding the odd numbers.
    std::string nested(int depth) {
        const std::size_t r = below(depth >= 3 ? 4 : 7);
        switch (r) {
        case 0:
        case 1: return std::string(pick(number_texts));
        case 2: return below(2) ? "\"S\\u00e3o \\\"x\\\"\"" : "null";
        case 3: return below(2) ? "true" : "[]";
        case 4:
        case 5: {
            std::string s = "{";
            const std::size_t n = 1 + below(3);
            for (std::size_t i = 0; i < n; ++i) {
                if (i) s += ',';
                s += "\"k" + std::to_string(i) + "\":" + nested(depth + 1);
            }
            return s + "}";
        }
        default: {
            std::string s = "[";
            const std::size_t n = 1 + below(3);
            for (std::size_t i = 0; i < n; ++i) {
                if (i) s += ',';
                s += nested(depth + 1);
            }
            return s + "]";
        }
        }
    }

private:
    std::mt19937_64 rng_;  // fully specified by the standard: same sequence everywhere
};

struct mutant {
    std::string text;
    std::string description;
};

/// Up to 60 bytes of `s` on one line.
std::string excerpt(std::string_view s) {
    std::string e;
    for (char c : s.substr(0, 60)) {
        if (!is_space(c)) e += c;
        else if (e.empty() || e.back() != ' ') e += ' ';
    }
    if (s.size() > 60) e += "...";
    return "`" + e + "`";
}

std::string replace(std::string_view text, span at, std::string_view with) {
    std::string s(text.substr(0, at.begin));
    s += with;
    s += text.substr(at.end);
    return s;
}

/// A value of another kind than `v` (number <-> string <-> null <-> [] <-> {} <-> boolean).
std::string other_kind(generator& g, std::string_view text, const value_at& v) {
    const std::string_view old = text.substr(v.at.begin, v.at.end - v.at.begin);
    std::vector<std::string> options;
    if (v.kind != vkind::number) {
        // A string holding a number becomes that number (`"100.0"` -> 100.0).
        const bool numeric_string = v.kind == vkind::string && old.size() > 2 &&
                                    std::all_of(old.begin() + 1, old.end() - 1, in_number);
        options.push_back(numeric_string ? std::string(old.substr(1, old.size() - 2)) : std::string(g.pick(number_texts)));
    }
    if (v.kind != vkind::string)
        options.push_back(v.kind == vkind::number || v.kind == vkind::boolean ? "\"" + std::string(old) + "\""
                                                                               : std::string("\"fuzz\""));
    if (v.kind != vkind::null) options.emplace_back("null");
    if (v.kind != vkind::array) options.emplace_back("[]");
    if (v.kind != vkind::object) options.emplace_back("{}");
    if (v.kind != vkind::boolean) options.emplace_back(g.below(2) ? "true" : "false");
    return g.pick(options);
}

/// The innermost value whose text contains `pos` (for messages).
std::string pointer_at(const layout& l, std::size_t pos) {
    const value_at* best = nullptr;
    for (const auto& v : l.values)
        if (v.at.begin <= pos && pos < v.at.end && (!best || v.at.end - v.at.begin < best->at.end - best->at.begin))
            best = &v;
    return best ? (best->pointer.empty() ? "(root)" : best->pointer) : "(between values)";
}

/// One mutation of `text`; none when this kind has nothing to act on.
std::optional<mutant> mutate(generator& g, mutation kind, std::string_view text, const layout& l, std::size_t serial) {
    const auto where = [](const std::string& p) { return p.empty() ? std::string("(root)") : p; };
    switch (kind) {
    case mutation::replace_number: {
        if (l.numbers.empty()) return std::nullopt;
        const value_at& v = l.values[g.pick(l.numbers)];
        const std::string_view with = g.pick(number_texts);
        return mutant{replace(text, v.at, with), "replace number at " + where(v.pointer) + ": " +
                                                     excerpt(text.substr(v.at.begin, v.at.end - v.at.begin)) +
                                                     " -> " + excerpt(with)};
    }
    case mutation::change_type: {
        const value_at& v = g.pick(l.values);
        const std::string with = other_kind(g, text, v);
        return mutant{replace(text, v.at, with), "change type at " + where(v.pointer) + ": " +
                                                     excerpt(text.substr(v.at.begin, v.at.end - v.at.begin)) +
                                                     " -> " + excerpt(with)};
    }
    case mutation::insert_unknown_key: {
        if (l.objects.empty()) return std::nullopt;
        const object_at& o = g.pick(l.objects);
        const std::string key = "zz_fuzz_" + std::to_string(serial);  // never a key of the fixtures
        const std::string member = "\"" + key + "\":" + g.nested(0);
        std::string s(text);
        s.insert(o.open + 1, member + (o.empty ? "" : ","));
        return mutant{std::move(s), "insert unknown key " + o.pointer + "/" + key + ": " + excerpt(member)};
    }
    case mutation::delete_key: {
        if (l.members.empty()) return std::nullopt;
        const member_at& m = g.pick(l.members);
        span cut = m.at;
        std::size_t j = cut.end;
        while (j < text.size() && is_space(text[j])) ++j;
        if (j < text.size() && text[j] == ',') {
            cut.end = j + 1;  // the comma after the member
        } else {
            std::size_t p = cut.begin;
            while (p > 0 && is_space(text[p - 1])) --p;
            if (p > 0 && text[p - 1] == ',') cut.begin = p - 1;  // the last member: the comma before it
        }
        return mutant{replace(text, cut, ""), "delete key " + m.pointer};
    }
    case mutation::truncate: {
        const std::size_t n = g.below(text.size());
        return mutant{std::string(text.substr(0, n)), "truncate to " + std::to_string(n) + " of " +
                                                          std::to_string(text.size()) + " bytes (inside " +
                                                          pointer_at(l, n) + ")"};
    }
    case mutation::flip_byte: {
        const std::size_t pos = g.below(text.size());
        const auto bit = static_cast<unsigned char>(1u << g.below(8));
        std::string s(text);
        const auto before = static_cast<unsigned char>(s[pos]);
        s[pos] = static_cast<char>(before ^ bit);
        std::ostringstream d;
        d << "flip byte " << pos << " (0x" << std::hex << unsigned(before) << " -> 0x" << unsigned(before ^ bit)
          << std::dec << ") inside " << pointer_at(l, pos);
        return mutant{std::move(s), d.str()};
    }
    }
    return std::nullopt;
}

std::uint64_t env_number(const char* name, std::uint64_t fallback) {
    const char* v = std::getenv(name);
    if (!v || !*v) return fallback;
    char* end = nullptr;
    const std::uint64_t n = std::strtoull(v, &end, 0);
    return end && *end == '\0' ? n : fallback;
}

}  // namespace

TEST_CASE("fixture mutations: every mutant re-encodes to its own text or fails with an error") {
    const std::uint64_t seed = env_number("MERCADOPAGO_FUZZ_SEED", default_seed);
    const std::uint64_t show = env_number("MERCADOPAGO_FUZZ_SHOW", 20);
    MESSAGE("fixture mutation seed: " << seed << " (MERCADOPAGO_FUZZ_SEED=<n> to use another)");

    struct fixture_data {
        std::string text;
        layout at;
    };
    std::vector<fixture_data> data;
    for (const auto& t : targets) {
        fixture_data f{test_support::read_fixture(t.fixture), {}};
        // The unmutated fixture itself is the first case, and the scanner needs valid JSON.
        REQUIRE_MESSAGE(t.decode(f.text).decoded, t.fixture);
        REQUIRE_FALSE_MESSAGE(test_support::has_duplicate_keys(f.text), t.fixture);
        scanner(f.text, f.at).run();
        data.push_back(std::move(f));
    }

    generator g(seed);
    const auto start = std::chrono::steady_clock::now();
    std::size_t total = 0, decoded = 0, text_failures = 0, error_failures = 0, shown = 0;
    std::array<std::size_t, mutation_names.size()> tried{}, decoded_by{}, failed_by{};
    std::map<std::string, std::size_t> failing_kinds;  // "mutation: difference" (path left out) -> count

    for (std::size_t serial = 0; serial < max_mutants; ++serial) {
        if (std::chrono::steady_clock::now() - start > time_budget) break;
        const std::size_t which = g.below(targets.size());
        const target& t = targets[which];
        const fixture_data& f = data[which];
        const mutation kind = g.kind();
        const std::optional<mutant> made = mutate(g, kind, f.text, f.at, serial);
        // Duplicate keys (a flipped byte can make one) have no agreed meaning
        // (RFC 8259 §4): outside the promise, so not generated.
        if (!made || test_support::has_duplicate_keys(made->text)) continue;
        const mutant& m = *made;

        const auto k = static_cast<std::size_t>(kind);
        ++total;
        ++tried[k];
        const outcome o = t.decode(m.text);
        const auto describe = [&] {
            return std::string(t.fixture) + " as " + t.model + ", mutant " + std::to_string(serial) + " (seed " +
                   std::to_string(seed) + "): " + m.description;
        };
        if (o.decoded) {
            ++decoded;
            ++decoded_by[k];
            std::string why;
            const bool same = test_support::same_json_text(m.text, o.output, &why);
            if (!same) {
                ++text_failures;
                ++failed_by[k];
                ++failing_kinds[std::string(mutation_names[k]) + ": " + why.substr(why.find(": ") + 2)];
                if (shown++ < show)
                    CHECK_MESSAGE(same, describe() << "\n  re-encoded text differs (mutant vs re-encoded) at " << why);
            }
        } else {
            const bool is_error = (o.error.code == mp::errc::decode || o.error.code == mp::errc::invalid_json) &&
                                  !o.error.message.empty();
            if (!is_error) {
                ++error_failures;
                if (shown++ < show)
                    CHECK_MESSAGE(is_error, describe() << "\n  failed without a decode/invalid_json error: "
                                                       << mp::to_string(o.error.code) << " " << o.error.message);
            }
        }
    }
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();

    std::ostringstream summary;
    summary << total << " mutants in " << elapsed << " ms, " << decoded << " decoded, " << text_failures
            << " re-encoded to another text, " << error_failures << " failed without an error\n";
    for (std::size_t k = 0; k < mutation_names.size(); ++k)
        summary << "  " << mutation_names[k] << ": " << tried[k] << " tried, " << decoded_by[k] << " decoded, "
                << failed_by[k] << " re-encoded differently\n";
    if (!failing_kinds.empty()) {
        summary << "  first differences (mutant vs re-encoded), by mutation:";
        for (const auto& [what, n] : failing_kinds) summary << "\n    " << n << " x " << what;
    }
    MESSAGE(summary.str());

    CHECK_MESSAGE(text_failures == 0,
                  text_failures << " decoded mutants did not re-encode to their own text (summary above)");
    CHECK_MESSAGE(error_failures == 0, summary.str());
    // Not vacuous: enough mutants ran, and a good share of them decoded.
    CHECK_MESSAGE(total >= 100, summary.str());
    CHECK_MESSAGE(decoded * 10 >= total * 3, summary.str());
    for (mutation kind : {mutation::replace_number, mutation::change_type, mutation::insert_unknown_key,
                          mutation::delete_key})
        CHECK_MESSAGE(decoded_by[static_cast<std::size_t>(kind)] > 0,
                      std::string(mutation_names[static_cast<std::size_t>(kind)])
                          << " never produced a decodable mutant\n" << summary.str());
}

}  // namespace fixture_mutation_test
