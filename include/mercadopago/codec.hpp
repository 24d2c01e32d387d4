// json_codec<T>: how each C++ type is read from and written to JSON.
//
// Written once for every vocabulary type (strings, integers, booleans,
// decimal, timestamp, open enums, optionals, vectors, maps, free-form JSON)
// and once for every `described` model. Users may specialise json_codec for
// their own types.
//
// Leniencies, each one a documented quirk of the real API
// (shared reference: models.md §4):
//   * string members accept a JSON number and keep its source text
//     (card `id` 1562188766852, `last_four_digits` 5682 arrive as numbers);
//   * integer members accept a string holding an integer (`quantity: "1"`),
//     and a masked "***" (card expiry returned masked) reads as absent;
//   * boolean members accept "true"/"false" (`request_public: "true"`);
//   * decimals accept a numeric string (`unit_price: "100.0"`);
//   * "" in a date field reads as absent (`money_release_date: ""`);
//   * an empty array where an object is expected reads as absent (`payer: []`).
// Whenever a value was read leniently, or was an explicit null, the model keeps
// the original JSON in `extra` under the same key; the encoder writes that
// original back while the typed member still holds the value read from it, so
// decode → encode reproduces what the API sent.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/detail/config.hpp>
#include <mercadopago/detail/json_writer.hpp>
#include <mercadopago/detail/tape.hpp>
#include <mercadopago/detail/value_node.hpp>
#include <mercadopago/error.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/open_enum.hpp>
#include <mercadopago/optional.hpp>
#include <mercadopago/timestamp.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <charconv>
#include <concepts>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Outcome of decoding one JSON node into a member.
enum class decode_status {
    exact,    ///< read as the encoder would write it
    coerced,  ///< read leniently (or null): keep the original JSON for re-encoding
    absent,   ///< the JSON stands for "no value" (masked, "" date, [] object)
    failed,   ///< error recorded in the context
};

/// Collects the error of a failing decode; the path is built while unwinding.
class decode_context {
public:
    /// Records a decode error with `message` (no path yet) and returns decode_status::failed.
    decode_status fail(std::string message) {
        error_.code = errc::decode;
        error_.message = std::move(message);
        return decode_status::failed;
    }
    /// Records "expected <expected>, got <JSON kind of got>" and returns decode_status::failed.
    template <class Node>
    decode_status type_error(std::string_view expected, const Node& got) {
        return fail("expected " + std::string(expected) + ", got " + std::string(detail::kind_name(got.kind())));
    }
    /// Prepends object key `key` to the error's path while unwinding (`payer` + `.email`).
    void prefix_key(std::string_view key) {
        std::string p(key);
        if (!error_.path.empty() && error_.path.front() != '[') p.push_back('.');
        error_.path.insert(0, p);
    }
    /// Prepends array index `i` to the error's path while unwinding (`items` + `[2].unit_price`).
    void prefix_index(std::size_t i) {
        std::string p = "[" + std::to_string(i) + "]";
        if (!error_.path.empty() && error_.path.front() != '[') p.push_back('.');
        error_.path.insert(0, p);
    }
    /// Moves the recorded error (errc::decode, message and path) out.
    error take() { return std::move(error_); }

private:
    error error_{errc::decode, {}, {}};
};

/// Primary template: a type with no codec does not compile into a model.
template <class T>
struct json_codec;

namespace detail {

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_optional<mercadopago::optional<T>> : std::true_type {};

template <class T>
concept open_enum_type = std::derived_from<T, open_enum<T>>;

template <class T>
concept json_integer = std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, char>;

template <class T>
bool same_value(const T& a, const T& b) {
    if constexpr (std::same_as<T, decimal>) return a.same_representation(b);
    else if constexpr (is_optional<T>::value) return a.has_value() == b.has_value() && (!a || same_value(*a, *b));
    else if constexpr (requires { typename T::value_type; a.size(); a.begin(); } && !std::same_as<T, std::string>) {
        if (a.size() != b.size()) return false;
        auto ib = b.begin();
        for (const auto& x : a)
            if (!same_value(x, *ib++)) return false;
        return true;
    } else return a == b;
}

/// Types whose kept wire form can be compared with the typed member: scalars
/// and containers of them. Models keep their own `extra` instead.
template <class T>
inline constexpr bool wire_comparable =
    std::same_as<T, std::string> || std::same_as<T, bool> || json_integer<T> || std::same_as<T, decimal> ||
    std::same_as<T, timestamp> || open_enum_type<T>;
template <class T>
inline constexpr bool wire_comparable<std::optional<T>> = wire_comparable<T>;
template <class T>
inline constexpr bool wire_comparable<mercadopago::optional<T>> = wire_comparable<T>;
template <class T, class A>
inline constexpr bool wire_comparable<std::vector<T, A>> = wire_comparable<T>;
template <class T, class C, class A>
inline constexpr bool wire_comparable<std::map<std::string, T, C, A>> = wire_comparable<T>;

}  // namespace detail

// --- strings -----------------------------------------------------------------

/// Strings. A JSON number is accepted too and kept as its source text (card ids, `last_four_digits`).
template <>
struct json_codec<std::string> {
    /// Reads a JSON string (exact) or a number's source text (coerced); anything else fails.
    template <class Node>
    static decode_status decode(const Node& v, std::string& out, decode_context& ctx) {
        switch (v.kind()) {
        case detail::jkind::string: out.assign(v.str()); return decode_status::exact;
        case detail::jkind::int64:
        case detail::jkind::uint64:
        case detail::jkind::number: {
            // Lenient: ids and card digits sometimes arrive as numbers; keep the text.
            const auto text = v.number_text();
            out.assign(std::string_view(text));
            return decode_status::coerced;
        }
        default: return ctx.type_error("string", v);
        }
    }
    /// Writes `s` as an escaped JSON string.
    static void encode(detail::json_writer& w, const std::string& s) { w.string(s); }
};

// --- integers ----------------------------------------------------------------

/// Integer types other than `bool` and `char`. A string holding an integer (`quantity: "1"`) is accepted;
/// a masked all-`*` string ("***", card expiry) reads as no value.
template <detail::json_integer I>
struct json_codec<I> {
    /// Reads an integer that fits `I`; a numeric string is coerced, "***" is absent; a fraction,
    /// an out-of-range value or any other JSON fails.
    template <class Node>
    static decode_status decode(const Node& v, I& out, decode_context& ctx) {
        switch (v.kind()) {
        case detail::jkind::int64: {
            const std::int64_t x = v.int64();
            if (!std::in_range<I>(x)) return ctx.fail("integer out of range");
            out = static_cast<I>(x);
            // `-0` reads as 0 but is kept as sent (the only integer text the
            // writer would not reproduce).
            return x == 0 && v.number_text().front() == '-' ? decode_status::coerced : decode_status::exact;
        }
        case detail::jkind::uint64: {
            const std::uint64_t x = v.uint64();
            if (!std::in_range<I>(x)) return ctx.fail("integer out of range");
            out = static_cast<I>(x);
            return decode_status::exact;
        }
        case detail::jkind::string: {
            const std::string_view s = v.str();
            // Lenient: masked values ("***", card expiry since 2026-07) mean "not disclosed".
            if (!s.empty() && s.find_first_not_of('*') == std::string_view::npos) return decode_status::absent;
            // Lenient: integers sent as strings (`quantity: "1"`).
            I x{};
            auto r = std::from_chars(s.data(), s.data() + s.size(), x);
            if (s.empty() || r.ec != std::errc{} || r.ptr != s.data() + s.size()) {
                if (r.ec == std::errc::result_out_of_range) return ctx.fail("integer out of range");
                return ctx.type_error("integer", v);
            }
            out = x;
            return decode_status::coerced;
        }
        case detail::jkind::number: return ctx.fail("expected integer, got fractional or out-of-range number");
        default: return ctx.type_error("integer", v);
        }
    }
    /// Writes `v` as a JSON integer.
    static void encode(detail::json_writer& w, I v) { w.integer(v); }
};

// --- booleans ----------------------------------------------------------------

/// Booleans; the strings "true" and "false" are accepted too (`request_public: "true"`).
template <>
struct json_codec<bool> {
    /// Reads `true`/`false` (exact) or "true"/"false" (coerced); anything else fails.
    template <class Node>
    static decode_status decode(const Node& v, bool& out, decode_context& ctx) {
        if (v.kind() == detail::jkind::boolean) {
            out = v.boolean();
            return decode_status::exact;
        }
        if (v.kind() == detail::jkind::string) {
            // Lenient: booleans sent as strings (`request_public: "true"`).
            if (v.str() == "true") return out = true, decode_status::coerced;
            if (v.str() == "false") return out = false, decode_status::coerced;
        }
        return ctx.type_error("boolean", v);
    }
    /// Writes `true` or `false`.
    static void encode(detail::json_writer& w, bool b) { w.boolean(b); }
};

// --- money -------------------------------------------------------------------

/// Money, read exactly from the number's own text; a numeric string (`unit_price: "100.0"`) is accepted.
template <>
struct json_codec<decimal> {
    /// Reads a JSON number or numeric string exactly ("" is absent); more than 18 decimal places or
    /// a value beyond int64 fails rather than rounding. Exponent forms and strings are kept as sent.
    template <class Node>
    static decode_status decode(const Node& v, decimal& out, decode_context& ctx) {
        decode_status ok = decode_status::exact;
        switch (v.kind()) {
        case detail::jkind::int64:
        case detail::jkind::uint64:
        case detail::jkind::number: {
            const auto text = v.number_text();  // the number's own text: exact
            const std::string_view t(text);
            const decode_status s = assign(decimal::parse(t), out, ctx, ok);
            if (s != decode_status::exact) return s;
            // The writer prints plain notation: a number sent with an exponent
            // (`5.0E8`) or as a negative zero is kept as sent.
            const bool exponent = t.find_first_of("eE") != std::string_view::npos;
            const bool negative_zero = t.front() == '-' && out.mantissa() == 0;
            return exponent || negative_zero ? decode_status::coerced : decode_status::exact;
        }
        case detail::jkind::string:
            // Lenient: amounts sent as strings (`unit_price: "100.0"`; Orders API).
            if (v.str().empty()) return decode_status::absent;
            ok = decode_status::coerced;
            return assign(decimal::parse(v.str()), out, ctx, ok);
        default: return ctx.type_error("number", v);
        }
    }
    /// Writes a JSON number in plain notation with the value's own places ("100.50").
    static void encode(detail::json_writer& w, const decimal& d) {
        char buf[decimal::max_text_size];
        w.raw(std::string_view(buf, d.format(buf)));
    }

private:
    static decode_status assign(result<decimal> r, decimal& out, decode_context& ctx, decode_status ok) {
        if (!r) return ctx.fail(r.error().message);  // never silently drop money
        out = *r;
        return ok;
    }
};

// --- timestamps --------------------------------------------------------------

/// Date-times, kept as their text; "" reads as no date (`money_release_date: ""`).
template <>
struct json_codec<timestamp> {
    /// Reads a string; text that is not ISO-8601 is kept with `valid()` false, never an error.
    template <class Node>
    static decode_status decode(const Node& v, timestamp& out, decode_context& ctx) {
        if (v.kind() != detail::jkind::string) return ctx.type_error("date-time string", v);
        // Lenient: "" stands for "no date" (`money_release_date: ""`).
        if (v.str().empty()) return decode_status::absent;
        out = timestamp::from_text(v.str());  // unparsable text is kept, never fatal
        return decode_status::exact;
    }
    /// Writes the kept text as a JSON string.
    static void encode(detail::json_writer& w, const timestamp& t) { w.string(t.text()); }
};

// --- open enums --------------------------------------------------------------

/// Open vocabularies (`payment_status`, …): any string, known to this version or not.
template <detail::open_enum_type E>
struct json_codec<E> {
    /// Reads a JSON string as it is; a non-string fails.
    template <class Node>
    static decode_status decode(const Node& v, E& out, decode_context& ctx) {
        if (v.kind() != detail::jkind::string) return ctx.type_error("string", v);
        out = E(v.str());
        return decode_status::exact;
    }
    /// Writes the value's text as a JSON string.
    static void encode(detail::json_writer& w, const E& e) { w.string(e.str()); }
};

// --- free-form JSON ------------------------------------------------------------

/// Any JSON as a Boost.JSON DOM. Numbers become doubles or integers (use free_form to keep their text).
template <>
struct json_codec<boost::json::value> {
    /// Reads any JSON, null included; never fails.
    template <class Node>
    static decode_status decode(const Node& v, boost::json::value& out, decode_context&) {
        out = v.to_value();
        return decode_status::exact;
    }
    /// Writes `v` as JSON.
    static void encode(detail::json_writer& w, const boost::json::value& v) { w.value(v); }
};

/// Any JSON object as a Boost.JSON object.
template <>
struct json_codec<boost::json::object> {
    /// Reads a JSON object; any other kind fails.
    template <class Node>
    static decode_status decode(const Node& v, boost::json::object& out, decode_context& ctx) {
        if (v.kind() != detail::jkind::object) return ctx.type_error("object", v);
        out = std::move(v.to_value().as_object());
        return decode_status::exact;
    }
    /// Writes `o` as a JSON object.
    static void encode(detail::json_writer& w, const boost::json::object& o) {
        // Written through the value overload so both share one writer.
        w.value(boost::json::value(o, boost::json::storage_ptr{}));
    }
};

/// Free-form JSON read exactly: numbers keep their source text.
template <>
struct json_codec<free_form> {
    /// Reads any JSON, recording each number's source text; never fails.
    static decode_status decode(const detail::tape_node& v, free_form& out, decode_context&) {
        out.number_texts().clear();
        out.value() = v.to_value(out.number_texts(), nullptr);
        out.number_texts().finish();
        return decode_status::exact;
    }
    /// Writes the JSON back, each number with its kept source text (`1.50` stays `1.50`).
    static void encode(detail::json_writer& w, const free_form& v) {
        std::string pointer;
        w.value(v.value(), v.number_texts(), pointer);
    }
};

// --- optional ------------------------------------------------------------------

namespace detail {

/// Both optionals: mercadopago::optional (the models') and std::optional (a
/// user's own models may hold either).
template <class O, class T>
struct optional_codec {
    template <class Node>
    static decode_status decode(const Node& v, O& out, decode_context& ctx) {
        return decode_member(&out, v, ctx);
    }
    /// The decoder itself, with the signature of a model's member decoders:
    /// a model's table points here directly rather than through a wrapper
    /// (one function fewer per optional member type in a file that decodes).
    template <class Node>
    static decode_status decode_member(void* member, const Node& v, decode_context& ctx) {
        O& out = *static_cast<O*>(member);
        if (v.kind() == detail::jkind::null) {
            out.reset();
            return decode_status::coerced;  // keeps the explicit null for re-encoding
        }
        if constexpr (described<T> || std::is_same_v<T, boost::json::object>) {
            // Lenient: an empty array where an object belongs (`payer: []`).
            if (v.kind() == detail::jkind::array && v.size() == 0) {
                out.reset();
                return decode_status::coerced;
            }
        }
        const decode_status s = json_codec<T>::decode(v, out.emplace(), ctx);
        if (s == decode_status::absent) {
            out.reset();
            return decode_status::coerced;
        }
        return s;
    }
    static void encode(detail::json_writer& w, const O& v) {
        if (v) json_codec<T>::encode(w, *v);
        else w.null();
    }
};

}  // namespace detail

/// Optional members: null (or, for objects, `[]`) reads as empty and is kept to be written back.
template <class T>
struct json_codec<mercadopago::optional<T>> : detail::optional_codec<mercadopago::optional<T>, T> {};
/// As above, for std::optional members of a user's own models.
template <class T>
struct json_codec<std::optional<T>> : detail::optional_codec<std::optional<T>, T> {};

// --- arrays and maps ---------------------------------------------------------

/// JSON arrays, element by element through `json_codec<T>`.
template <class T, class A>
struct json_codec<std::vector<T, A>> {
    /// Reads an array; the first element that fails (or has no value) ends the decode, its index
    /// prefixed to the error path (`[2].unit_price`).
    template <class Node>
    static decode_status decode(const Node& v, std::vector<T, A>& out, decode_context& ctx) {
        if (v.kind() != detail::jkind::array) return ctx.type_error("array", v);
        // The elements are value-initialised at their final place and decoded
        // there: growing the vector element by element would compile its
        // reallocation path (and T's move constructor) for every element type.
        std::vector<T, A> decoded(v.size(), out.get_allocator());
        decode_status overall = decode_status::exact;
        const bool ok = v.elements([&](std::size_t i, const Node& e) {
            decode_status s = json_codec<T>::decode(e, decoded[i], ctx);
            if (s == decode_status::absent) s = ctx.fail("element has no value");
            if (s == decode_status::failed) {
                ctx.prefix_index(i);
                return false;
            }
            if (s == decode_status::coerced) overall = s;
            return true;
        });
        out.swap(decoded);
        return ok ? overall : decode_status::failed;
    }
    /// Writes the elements in order as a JSON array.
    static void encode(detail::json_writer& w, const std::vector<T, A>& v) {
        w.put('[');
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i) w.put(',');
            json_codec<T>::encode(w, v[i]);
        }
        w.put(']');
    }
};

/// JSON objects whose keys are data (not field names), values through `json_codec<T>`.
template <class T, class C, class A>
struct json_codec<std::map<std::string, T, C, A>> {
    /// Reads an object; the first member that fails (or has no value) ends the decode, its key
    /// prefixed to the error path.
    template <class Node>
    static decode_status decode(const Node& v, std::map<std::string, T, C, A>& out, decode_context& ctx) {
        if (v.kind() != detail::jkind::object) return ctx.type_error("object", v);
        out.clear();
        decode_status overall = decode_status::exact;
        const bool ok = v.members([&](std::string_view k, const Node& e) {
            decode_status s = json_codec<T>::decode(e, out[std::string(k)], ctx);
            if (s == decode_status::absent) s = ctx.fail("member has no value");
            if (s == decode_status::failed) {
                ctx.prefix_key(k);
                return false;
            }
            if (s == decode_status::coerced) overall = s;
            return true;
        });
        return ok ? overall : decode_status::failed;
    }
    /// Writes the entries as a JSON object, in the map's key order.
    static void encode(detail::json_writer& w, const std::map<std::string, T, C, A>& m) {
        w.put('{');
        bool first = true;
        for (const auto& [k, val] : m) {
            if (!first) w.put(',');
            first = false;
            w.string(k);
            w.put(':');
            json_codec<T>::encode(w, val);
        }
        w.put('}');
    }
};

// --- models --------------------------------------------------------------------

namespace detail {

template <class T>
struct unwrap_optional {
    using type = T;
};
template <class T>
struct unwrap_optional<std::optional<T>> {
    using type = T;
};
template <class T>
struct unwrap_optional<mercadopago::optional<T>> {
    using type = T;
};
template <class T>
using unwrap_optional_t = typename unwrap_optional<T>::type;

/// Whether the JSON kept in `extra` for a member still describes its value,
/// so the original form (a quoted number, a numeric id) is written back.
/// `texts` (when the model keeps them) holds the source text of its numbers,
/// the wire form's at `pointer`.
template <class M>
bool wire_form_matches(const boost::json::value& wire, const number_texts* texts, const std::string& pointer,
                       const M& member) {
    using V = unwrap_optional_t<M>;
    if constexpr (!wire_comparable<V>) {
        return false;
    } else {
        V probe{};
        decode_context ctx;
        const decode_status s = json_codec<V>::decode(value_node(wire, texts, pointer), probe, ctx);
        if (s != decode_status::exact && s != decode_status::coerced) return false;
        if constexpr (is_optional<M>::value) return same_value(probe, *member);
        else return same_value(probe, member);
    }
}

/// Members that go to `extra` (unknown keys, and wire forms to keep), gathered
/// first so the object is sized once instead of rehashing as it grows.
class pending_extras {
public:
    void push(std::string_view key, const tape_node& v) {
        if (n_ < inline_.size()) inline_[n_] = {key, v};
        else overflow_.emplace_back(key, v);
        ++n_;
    }
    /// Into `extra`; `texts` (when the model keeps them) gets their numbers' source text.
    void flush(boost::json::object& extra, number_texts* texts) {
        if (n_ == 0) return;
        extra.reserve(extra.size() + n_);
        for (std::size_t i = 0; i < n_; ++i) {
            const auto& [k, v] = i < inline_.size() ? *inline_[i] : overflow_[i - inline_.size()];
            if (texts) {
                const json_path at{nullptr, k, 0, false};  // "/k"
                extra.insert_or_assign(k, v.to_value(*texts, &at));
            } else {
                extra.insert_or_assign(k, v.to_value());
            }
        }
        if (texts) texts->finish();
    }

private:
    std::array<std::optional<std::pair<std::string_view, tape_node>>, 16> inline_{};
    std::vector<std::pair<std::string_view, tape_node>> overflow_;
    std::size_t n_ = 0;
};

/// Writes `v`, kept in `extra` under `key`, with its numbers' kept texts.
inline void write_extra_value(json_writer& w, const number_texts* texts, std::string_view key,
                              const boost::json::value& v) {
    if (texts && !texts->empty()) {
        std::string pointer;
        push_pointer_token(pointer, key);
        w.value(v, *texts, pointer);
        return;
    }
    w.value(v);
}

/// What the model codec does with one member, written once per member type
/// rather than once per field: a model's codec is a loop over its tables, and
/// a type that a hundred fields share (optional<std::string>) is compiled
/// once. The cost is an indirect call per field, which decoding paid already
/// (it dispatches on the key) and encoding pays within noise.
///
/// Decoding and encoding have separate tables, reached only from the codec
/// function that uses them: a file that only decodes a payment instantiates
/// the decoders of its member types and nested models, not their encoders
/// (one shared table made every `from_json<payment>` compile the encoder of
/// every nested model too, and every `create` the decoders of its request).
using member_decoder = decode_status (*)(void* member, const tape_node& v, decode_context& ctx);

struct member_encoder {
    void (*encode)(json_writer& w, const void* member);
    bool (*present)(const void* member);
    /// Whether a wire form kept in `extra` (at `pointer` of `texts`) still describes the member's value.
    bool (*wire_matches)(const boost::json::value& wire, const number_texts* texts, const std::string& pointer,
                         const void* member);
};

/// The functions behind both tables. Naming this class instantiates none of
/// them; taking a function's address (in decoder_for / encoder_for) does.
template <class M>
struct member_codec {
    static decode_status decode(void* m, const tape_node& v, decode_context& ctx) {
        return json_codec<M>::decode(v, *static_cast<M*>(m), ctx);
    }
    static void encode(json_writer& w, const void* m) { json_codec<M>::encode(w, *static_cast<const M*>(m)); }
    /// Whether the member carries a value to write (an empty optional does not).
    static bool present(const void* m) {
        if constexpr (is_optional<M>::value) return static_cast<const M*>(m)->has_value();
        else return true;
    }
    static bool wire_matches(const boost::json::value& wire, const number_texts* texts, const std::string& pointer,
                             const void* m) {
        return wire_form_matches(wire, texts, pointer, *static_cast<const M*>(m));
    }
};

/// Money as JSON strings ("200.00"), for the models of APIs that send it so
/// (the Orders API): written as a string, read from a string exactly; a
/// number is still accepted and kept as sent. Written once for `decimal` and
/// `optional<decimal>` members.
template <class M>
struct quoted_decimal_codec {
    static decode_status decode_one(const tape_node& v, decimal& out, decode_context& ctx) {
        if (v.kind() != jkind::string) {
            const decode_status s = json_codec<decimal>::decode(v, out, ctx);
            return s == decode_status::exact ? decode_status::coerced : s;  // a number: kept as sent
        }
        const decode_status s = json_codec<decimal>::decode(v, out, ctx);
        if (s != decode_status::coerced) return s;  // absent ("") or failed
        char buf[decimal::max_text_size];
        return std::string_view(buf, out.format(buf)) == v.str() ? decode_status::exact : decode_status::coerced;
    }
    static decode_status decode(void* m, const tape_node& v, decode_context& ctx) {
        if constexpr (is_optional<M>::value) {
            auto& o = *static_cast<M*>(m);
            if (v.kind() == jkind::null) return o.reset(), decode_status::coerced;
            const decode_status s = decode_one(v, o.emplace(), ctx);
            if (s == decode_status::absent) return o.reset(), decode_status::coerced;
            return s;
        } else {
            return decode_one(v, *static_cast<M*>(m), ctx);
        }
    }
    static void encode(json_writer& w, const void* m) {
        const auto& v = *static_cast<const M*>(m);
        if constexpr (is_optional<M>::value) {
            if (!v) return w.null();
        }
        const decimal& d = [&]() -> const decimal& {
            if constexpr (is_optional<M>::value) return *v;
            else return v;
        }();
        char buf[decimal::max_text_size + 2];
        buf[0] = '"';
        const std::size_t n = d.format(buf + 1);
        buf[n + 1] = '"';
        w.raw(std::string_view(buf, n + 2));
    }
};

/// A model whose money travels as JSON strings declares
/// `static constexpr bool decimals_as_strings = true;`.
template <class T>
concept quoted_decimals = requires {
    requires T::decimals_as_strings;
};

/// The decoder of a member of type M: member_codec's, or for an optional the
/// optional codec's own (one function per member type, not two).
template <class M>
struct member_decode {
    static constexpr member_decoder value = &member_codec<M>::decode;
};
template <class V>
struct member_decode<optional<V>> {
    static constexpr member_decoder value = &optional_codec<optional<V>, V>::template decode_member<tape_node>;
};
template <class V>
struct member_decode<std::optional<V>> {
    static constexpr member_decoder value = &optional_codec<std::optional<V>, V>::template decode_member<tape_node>;
};

/// The codec of member type M in model T: its own, or the quoted-decimal one.
template <class T, class M>
struct member_codec_in {
    static constexpr member_decoder decoder = member_decode<M>::value;
    using encoding = member_codec<M>;
};
template <quoted_decimals T>
struct member_codec_in<T, decimal> {
    static constexpr member_decoder decoder = &quoted_decimal_codec<decimal>::decode;
    using encoding = quoted_decimal_codec<decimal>;
};
template <quoted_decimals T>
struct member_codec_in<T, optional<decimal>> {
    static constexpr member_decoder decoder = &quoted_decimal_codec<optional<decimal>>::decode;
    using encoding = quoted_decimal_codec<optional<decimal>>;
};

template <class T, class M>
inline constexpr member_decoder decoder_for = member_codec_in<T, M>::decoder;
template <class T, class M>
inline constexpr member_encoder encoder_for{&member_codec_in<T, M>::encoding::encode, &member_codec<M>::present,
                                            &member_codec<M>::wire_matches};

/// What the field loops need to know of a model: constant tables, indexed
/// like its field list (one spare entry, so that a model without fields still
/// has arrays).
struct model_table {
    std::size_t size;
    const field_name_entry* sorted;        ///< names sorted, for find_field
    const std::string_view* names;         ///< in field order
    const std::string_view* quoted_keys;   ///< `"name":`, in field order
    const bool* required;                  ///< members that are not optional; nullptr if none is
};

template <auto... M>
constexpr std::array<bool, sizeof...(M) + 1> required_fields(fields<M...>*) {
    return {!is_optional<member_type_of<M>>::value..., false};
}

/// Which fields of T must be present (members that are not optional).
template <described T>
inline constexpr auto required_mask = required_fields(static_cast<typename T::json_fields*>(nullptr));

template <described T>
inline constexpr bool has_required_fields = [] {
    for (bool r : required_mask<T>)
        if (r) return true;
    return false;
}();

/// `"name":` for every field of T, in field order, ready to append while
/// encoding: views into one buffer per model (JSON names need no escaping).
template <described T>
struct quoted_keys_of {
    static constexpr std::size_t chars = [] {
        std::size_t n = 0;
        for (std::size_t i = 0; i < T::json_fields::size; ++i) n += field_names<T>[i].size() + 3;
        return n;
    }();
    static constexpr auto buffer = [] {
        std::array<char, chars + 1> b{};
        std::size_t at = 0;
        for (std::size_t i = 0; i < T::json_fields::size; ++i) {
            b[at++] = '"';
            for (char c : field_names<T>[i]) b[at++] = c;
            b[at++] = '"';
            b[at++] = ':';
        }
        return b;
    }();
    static constexpr auto views = [] {
        std::array<std::string_view, T::json_fields::size + 1> v{};
        std::size_t at = 0;
        for (std::size_t i = 0; i < T::json_fields::size; ++i) {
            const std::size_t len = field_names<T>[i].size() + 3;
            v[i] = std::string_view(buffer.data() + at, len);
            at += len;
        }
        return v;
    }();
};

/// A model's constant tables, reached only from its codec's functions.
template <described T>
inline constexpr model_table table_of{T::json_fields::size, sorted_field_names<T>.data(), field_names<T>.data(),
                                      quoted_keys_of<T>::views.data(),
                                      has_required_fields<T> ? required_mask<T>.data() : nullptr};

/// The field loops of every model, written once: a model's own codec only
/// takes its members' addresses and hands them over with its tables. One copy
/// per program instead of one per model (a payment nests 53 models) is what
/// keeps a file that decodes a payment quick to compile.
///
/// `extra` is the model's `extra`; `kept` the same object when it is an
/// extra_fields (which keeps explicit nulls as bits and numbers' source
/// text), nullptr for a plain boost::json::object. `seen` has a slot per field.
inline decode_status decode_fields(const tape_node& v, const model_table& t, void* const* member,
                                   const member_decoder* decoders, boost::json::object& extra, extra_fields* kept,
                                   bool* seen, decode_context& ctx) {
    if (v.kind() != jkind::object) return ctx.type_error("object", v);
    pending_extras extras;
    const bool ok = v.members([&](std::string_view key, const tape_node& val) {
        const std::size_t i = find_field(t.sorted, t.size, key);
        if (i == t.size) {
            extras.push(key, val);  // unknown key: kept
            return true;
        }
        seen[i] = true;
        decode_status s = decoders[i](member[i], val, ctx);
        if (s == decode_status::absent) s = ctx.fail("required field has no value");
        if (s == decode_status::failed) {
            ctx.prefix_key(t.names[i]);
            return false;
        }
        if (s == decode_status::coerced) {
            // The wire form is kept for re-encoding: a null as one bit when
            // the model's extra can hold it, anything else as an entry.
            if (kept && val.kind() == jkind::null && i < extra_fields::max_null_bits) {
                kept->mark_null(i);
                return true;
            }
            extras.push(key, val);
        }
        return true;
    });
    if (!ok) return decode_status::failed;
    extras.flush(extra, kept ? &kept->number_texts() : nullptr);
    if (t.required) {
        for (std::size_t i = 0; i < t.size; ++i) {
            if (t.required[i] && !seen[i]) {
                ctx.fail("missing required field");
                ctx.prefix_key(t.names[i]);
                return decode_status::failed;
            }
        }
    }
    return decode_status::exact;
}

/// Writes one field: its key and value, or the explicit null the API sent,
/// or the wire form kept in `extra` when it still describes the value.
inline void encode_field(json_writer& w, const boost::json::object& extra, const extra_fields* kept, std::size_t i,
                         const void* m, const member_encoder& ops, std::string_view quoted_key, std::string_view name,
                         bool& first, bool has_wire_form) {
    if (!ops.present(m)) {
        // Unset optionals are omitted, never sent as null — unless the API
        // itself sent this field as null (kept for an exact round trip).
        if (kept && kept->sent_null(i) && !has_wire_form) {
            if (!first) w.put(',');
            first = false;
            w.raw(quoted_key);
            w.null();
        }
        return;
    }
    if (!first) w.put(',');
    first = false;
    w.raw(quoted_key);
    if (has_wire_form) {
        if (const boost::json::value* wire = extra.if_contains(name)) {
            const number_texts* texts = kept ? &kept->number_texts() : nullptr;
            std::string pointer;
            if (texts) push_pointer_token(pointer, name);
            if (ops.wire_matches(*wire, texts, pointer, m)) {
                write_extra_value(w, texts, name, *wire);  // with its numbers' texts
                return;
            }
        }
    }
    ops.encode(w, m);
}

/// The encoding counterpart of decode_fields. `in_extra` has a slot per field
/// and a spare one.
inline void encode_fields(json_writer& w, const model_table& t, const void* const* member,
                          const member_encoder* const* encoders, const boost::json::object& extra,
                          const extra_fields* kept, bool* in_extra) {
    // Which declared fields also have an entry in `extra` (a kept wire form,
    // or an explicit null): one lookup per extra key, none per field.
    for (const auto& kv : extra)
        in_extra[find_field(t.sorted, t.size, std::string_view(kv.key().data(), kv.key().size()))] = true;
    const number_texts* texts = kept ? &kept->number_texts() : nullptr;
    w.put('{');
    bool first = true;
    for (std::size_t i = 0; i < t.size; ++i)
        encode_field(w, extra, kept, i, member[i], *encoders[i], t.quoted_keys[i], t.names[i], first, in_extra[i]);
    for (const auto& kv : extra) {  // keys no field has, and wire forms of fields left unset
        const std::string_view key(kv.key().data(), kv.key().size());
        const std::size_t i = find_field(t.sorted, t.size, key);
        if (i != t.size && encoders[i]->present(member[i])) continue;  // the typed member was written
        if (!first) w.put(',');
        first = false;
        w.string(key);
        w.put(':');
        write_extra_value(w, texts, key, kv.value());
    }
    w.put('}');
}

/// A model's extra as the field loops take it: extra_fields, or a plain
/// boost::json::object in a user's own model.
template <class Extra>
auto* kept_extra(Extra& extra) noexcept {
    static_assert(std::derived_from<std::remove_const_t<Extra>, boost::json::object>,
                  "a model's `extra` member must be a mercadopago::extra_fields or a boost::json::object");
    using kept_ptr = std::conditional_t<std::is_const_v<Extra>, const extra_fields*, extra_fields*>;
    if constexpr (std::derived_from<std::remove_const_t<Extra>, extra_fields>) return static_cast<kept_ptr>(&extra);
    else return static_cast<kept_ptr>(nullptr);
}

/// The member tables of a model, as constants: built in the constant
/// evaluator, so no function is emitted for them; each is named only by the
/// codec function that uses it (a file that only encodes a model compiles
/// none of its members' decoders).
template <class T, auto... M>
constexpr std::array<member_decoder, sizeof...(M) + 1> decoders_of(fields<M...>*) noexcept {
    return {decoder_for<T, member_type_of<M>>..., nullptr};
}
template <class T, auto... M>
constexpr std::array<const member_encoder*, sizeof...(M) + 1> encoders_of(fields<M...>*) noexcept {
    return {&encoder_for<T, member_type_of<M>>..., nullptr};
}

/// The address of every member of `obj`, in field order: the one function per
/// model besides its codec's (its name spells the whole field list).
template <class Obj, class Ptr, auto... M>
void member_addresses(Obj& obj, Ptr* out, fields<M...>*) noexcept {
    [[maybe_unused]] std::size_t i = 0;
    ((out[i++] = &(obj.*M)), ...);
}

/// A null pointer typed as T's field list: passing it deduces the list's pack.
template <class T>
constexpr typename T::json_fields* fields_of = nullptr;

/// The codec of one model. With MERCADOPAGO_SEPARATE_COMPILATION the library's
/// models declare `extern template struct model_codec<…>` and
/// <mercadopago/src.hpp> instantiates them once; its functions are then not
/// inline, since g++ -O2 instantiates an extern template's inline functions
/// anyway (to inline them).
template <class T>
struct model_codec {
    static decode_status decode(const tape_node& v, T& out, decode_context& ctx);
    static void encode(json_writer& w, const T& obj);
};

template <class T>
MERCADOPAGO_DETAIL_DECL decode_status model_codec<T>::decode(const tape_node& v, T& out, decode_context& ctx) {
    static_assert(has_unique_field_names<T>, "two fields of this model share a JSON name");
    static constexpr auto decoders = decoders_of<T>(fields_of<T>);
    void* member[field_count<T> + 1]{};
    member_addresses(out, member, fields_of<T>);
    bool seen[field_count<T> + 1]{};
    return decode_fields(v, table_of<T>, member, decoders.data(), out.extra, kept_extra(out.extra), seen, ctx);
}

template <class T>
MERCADOPAGO_DETAIL_DECL void model_codec<T>::encode(json_writer& w, const T& obj) {
    static constexpr auto encoders = encoders_of<T>(fields_of<T>);
    const void* member[field_count<T> + 1]{};
    member_addresses(obj, member, fields_of<T>);
    bool in_extra[field_count<T> + 1]{};
    encode_fields(w, table_of<T>, member, encoders.data(), obj.extra, kept_extra(obj.extra), in_extra);
}

}  // namespace detail

/// Models (`described` types): each JSON key goes to its field; unknown keys, explicit nulls and
/// leniently read forms are kept in `extra`, so encoding reproduces what was read.
///
/// `decode(const tape_node&, T&, decode_context&)` reads a JSON object into `out`; it fails on
/// another kind, on a field that fails (its key prefixed to the path) or on a missing required
/// field. `encode(json_writer&, const T&)` writes the fields in declared order (empty optionals
/// left out, unless the API sent them as null), then the keys kept in `extra`. Both are
/// model_codec's own, inherited rather than wrapped: one function each per model.
template <described T>
struct json_codec<T> : detail::model_codec<T> {};

/// Whether the API sent field `json_name` of `obj` as an explicit null (the
/// member then reads as empty, and re-encoding writes the null back).
template <described T>
bool sent_null(const T& obj, std::string_view json_name) noexcept {
    const std::size_t i = detail::find_field<T>(json_name);
    if (i == field_count<T>) return false;
    if constexpr (requires { obj.extra.sent_null(i); }) {
        if (obj.extra.sent_null(i)) return true;
    }
    const auto* v = obj.extra.if_contains(json_name);
    return v && v->is_null();
}

}  // namespace mercadopago
