// Compile-time field descriptors: how a model states its JSON shape.
//
// A model is a plain aggregate that names its fields once, in one list:
//
//     struct identification {
//         std::optional<std::string> type;
//         std::optional<std::string> number;
//         extra_fields extra;   // unknown keys, kept for round trips
//
//         MERCADOPAGO_FIELDS(identification, type, number)
//     };
//
// The JSON name is the member's name; where it differs, the entry is a pair:
// `MERCADOPAGO_FIELDS(item, id, (colour, "color"))`. The macro only writes a
// type alias, which may also be written by hand:
//
//     using json_fields = mercadopago::fields<mercadopago::field<"type", &identification::type>, ...>;
//
// Why a type list of `field<Name, &Class::member>` and not a constexpr
// `std::tuple` of descriptor objects (this library's first design), Boost.
// Describe's macros or glaze's `glz::object(...)`: naming a class template
// specialisation in an alias instantiates nothing. The list costs the compiler
// a template-id per field when the header is read; `field<…>` itself, the
// codec and its lookup tables are instantiated only in a translation unit that
// encodes or decodes the model. A `std::tuple` built by CTAD instead
// instantiates libstdc++'s constraint machinery (`_TupleConstraints`,
// `__and_`, `_Tuple_impl`) for every model of every included header, used or
// not: that was 4.8x the dependencies' own compile time for a file that
// included the library and used nothing. Boost.Describe works the same way as
// here but caps a class at 52 members (a payment has 69) and has no renames;
// glaze's descriptors are values, so they are built eagerly like the tuple.
// The codec walks the list by pack expansion, so it never indexes into it
// (no recursive type-list algorithms, no `std::tuple_element`).
#pragma once

#include <algorithm>
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace mercadopago {

/// A string usable as a template argument: `field<"transaction_amount", …>`.
template <std::size_t N>
struct fixed_string {
    char chars[N]{};
    constexpr fixed_string(const char (&s)[N]) { std::copy_n(s, N, chars); }
    constexpr std::string_view view() const noexcept { return {chars, N - 1}; }
    constexpr std::size_t size() const noexcept { return N - 1; }
};

namespace detail {
template <class P>
struct member_pointer_traits;
template <class C, class M>
struct member_pointer_traits<M C::*> {
    using class_type = C;
    using member_type = M;
};
}  // namespace detail

/// One field: JSON name `Name` bound to the data member `Member` (`&C::m`).
/// Only ever named in a `fields<…>` list until a codec needs it.
template <fixed_string Name, auto Member>
struct field {
    using class_type = typename detail::member_pointer_traits<decltype(Member)>::class_type;
    using member_type = typename detail::member_pointer_traits<decltype(Member)>::member_type;
    static constexpr auto member = Member;
    static constexpr std::string_view name = Name.view();

    /// `"name":` ready to append while encoding; JSON names are plain ASCII.
    static constexpr auto quoted_key = [] {
        std::array<char, Name.size() + 3> k{};
        k[0] = '"';
        for (std::size_t i = 0; i < Name.size(); ++i) k[i + 1] = Name.chars[i];
        k[Name.size() + 1] = '"';
        k[Name.size() + 2] = ':';
        return k;
    }();

    static_assert(
        [] {
            for (std::size_t i = 0; i < Name.size(); ++i) {
                const char c = Name.chars[i];
                if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) return false;
            }
            return Name.size() > 0;
        }(),
        "a JSON field name must be non-empty and need no escaping");
};

/// The fields of a model, in the order they are written.
template <class... Fields>
struct fields {
    static constexpr std::size_t size = sizeof...(Fields);
};

/// A model: lists its fields in `json_fields` and keeps what they do not hold
/// in `extra` (`extra_fields`, or a plain boost::json::object), so decode →
/// encode loses nothing.
template <class T>
concept described = std::is_class_v<T> && requires(T& t) {
    T::json_fields::size;
    t.extra;
};

/// Number of fields of a described type.
template <described T>
inline constexpr std::size_t field_count = T::json_fields::size;

namespace detail {

/// The first eight bytes of a name as a big-endian integer (zero-padded): two
/// names with different keys order like the names themselves, so most probes
/// of the lookup compare one integer instead of calling memcmp.
constexpr std::uint64_t name_key(std::string_view s) noexcept {
    std::uint64_t k = 0;
    for (std::size_t i = 0; i < 8; ++i) k = (k << 8) | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
    return k;
}

struct field_name_entry {
    std::uint64_t key;
    std::string_view name;
    std::size_t index;
};

template <class... F>
constexpr auto sorted_names(fields<F...>*) {
    std::array<field_name_entry, sizeof...(F)> out{};
    std::size_t i = 0;
    ((out[i] = field_name_entry{name_key(F::name), F::name, i}, ++i), ...);
    std::sort(out.begin(), out.end(), [](const field_name_entry& a, const field_name_entry& b) { return a.name < b.name; });
    return out;
}

/// Field names sorted, each with its index in the list: the decoder finds a
/// key's field by binary search instead of comparing against every name.
template <described T>
inline constexpr auto sorted_field_names = sorted_names(static_cast<typename T::json_fields*>(nullptr));

template <described T>
inline constexpr bool has_unique_field_names = [] {
    const auto& n = sorted_field_names<T>;
    for (std::size_t i = 1; i < n.size(); ++i)
        if (n[i - 1].name == n[i].name) return false;
    return true;
}();

/// Index of the field called `key`, or field_count<T> if there is none.
template <described T>
constexpr std::size_t find_field(std::string_view key) noexcept {
    const auto& n = sorted_field_names<T>;
    const std::uint64_t k = name_key(key);
    std::size_t lo = 0, hi = n.size();
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        int c = n[mid].key < k ? -1 : n[mid].key > k ? 1 : 0;
        if (c == 0) c = n[mid].name.compare(key);
        if (c == 0) return n[mid].index;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return field_count<T>;
}

/// JSON name of the field with index `i`.
template <described T>
constexpr std::string_view field_name(std::size_t i) noexcept {
    for (const auto& e : sorted_field_names<T>)
        if (e.index == i) return e.name;
    return {};
}

}  // namespace detail
}  // namespace mercadopago

// --- MERCADOPAGO_FIELDS(class, entry, ...) -----------------------------------
// Each entry is a member name, or `(member, "json_name")`. Expands to
// `using json_fields = ::mercadopago::fields<…>;`. The list may hold up to 256
// entries (each rescan of MERCADOPAGO_DETAIL_EXPAND handles one).

#define MERCADOPAGO_FIELDS(cls, ...) \
    using json_fields = ::mercadopago::fields<MERCADOPAGO_DETAIL_FOR_EACH(MERCADOPAGO_DETAIL_FIELD, cls, __VA_ARGS__)>

#define MERCADOPAGO_DETAIL_EXPAND(...) MERCADOPAGO_DETAIL_EXPAND3(MERCADOPAGO_DETAIL_EXPAND3(MERCADOPAGO_DETAIL_EXPAND3(MERCADOPAGO_DETAIL_EXPAND3(__VA_ARGS__))))
#define MERCADOPAGO_DETAIL_EXPAND3(...) MERCADOPAGO_DETAIL_EXPAND2(MERCADOPAGO_DETAIL_EXPAND2(MERCADOPAGO_DETAIL_EXPAND2(MERCADOPAGO_DETAIL_EXPAND2(__VA_ARGS__))))
#define MERCADOPAGO_DETAIL_EXPAND2(...) MERCADOPAGO_DETAIL_EXPAND1(MERCADOPAGO_DETAIL_EXPAND1(MERCADOPAGO_DETAIL_EXPAND1(MERCADOPAGO_DETAIL_EXPAND1(__VA_ARGS__))))
#define MERCADOPAGO_DETAIL_EXPAND1(...) MERCADOPAGO_DETAIL_EXPAND0(MERCADOPAGO_DETAIL_EXPAND0(MERCADOPAGO_DETAIL_EXPAND0(MERCADOPAGO_DETAIL_EXPAND0(__VA_ARGS__))))
#define MERCADOPAGO_DETAIL_EXPAND0(...) __VA_ARGS__

// Applies m(cls, x) to each x, separated by commas: one entry per rescan, the
// next step deferred: AGAIN is followed by `()` only after this rescan.
#define MERCADOPAGO_DETAIL_FOR_EACH(m, cls, ...) \
    __VA_OPT__(MERCADOPAGO_DETAIL_EXPAND(MERCADOPAGO_DETAIL_FOR_EACH_STEP(m, cls, __VA_ARGS__)))
#define MERCADOPAGO_DETAIL_FOR_EACH_STEP(m, cls, x, ...) \
    m(cls, x) __VA_OPT__(, MERCADOPAGO_DETAIL_FOR_EACH_AGAIN MERCADOPAGO_DETAIL_PARENS (m, cls, __VA_ARGS__))
#define MERCADOPAGO_DETAIL_FOR_EACH_AGAIN() MERCADOPAGO_DETAIL_FOR_EACH_STEP
#define MERCADOPAGO_DETAIL_PARENS ()

// An entry `name` or `(member, "json")`: told apart by whether it starts with
// a parenthesis (PROBE x expands to two arguments only when x is `(…)`).
#define MERCADOPAGO_DETAIL_FIELD(cls, x) \
    MERCADOPAGO_DETAIL_CAT(MERCADOPAGO_DETAIL_FIELD_, MERCADOPAGO_DETAIL_IS_PAREN(x))(cls, x)
#define MERCADOPAGO_DETAIL_FIELD_0(cls, name) ::mercadopago::field<#name, &cls::name>
#define MERCADOPAGO_DETAIL_FIELD_1(cls, pair) MERCADOPAGO_DETAIL_RENAMED(cls, MERCADOPAGO_DETAIL_UNPAREN pair)
#define MERCADOPAGO_DETAIL_RENAMED(cls, ...) MERCADOPAGO_DETAIL_RENAMED_I(cls, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_RENAMED_I(cls, member, json) ::mercadopago::field<json, &cls::member>
#define MERCADOPAGO_DETAIL_UNPAREN(...) __VA_ARGS__

#define MERCADOPAGO_DETAIL_IS_PAREN(x) MERCADOPAGO_DETAIL_SECOND(MERCADOPAGO_DETAIL_PROBE x, 0, ~)
#define MERCADOPAGO_DETAIL_PROBE(...) ~, 1
#define MERCADOPAGO_DETAIL_SECOND(...) MERCADOPAGO_DETAIL_SECOND_I(__VA_ARGS__)
#define MERCADOPAGO_DETAIL_SECOND_I(a, b, ...) b
#define MERCADOPAGO_DETAIL_CAT(a, b) MERCADOPAGO_DETAIL_CAT_I(a, b)
#define MERCADOPAGO_DETAIL_CAT_I(a, b) a##b
