// Compile-time field descriptors: how a model states its JSON shape.
//
// A model is a plain aggregate that names its fields once, in one list:
//
//     struct identification {
//         optional<std::string> type;     // mercadopago::optional (or std::optional)
//         optional<std::string> number;
//         extra_fields extra;   // unknown keys, kept for round trips
//
//         MERCADOPAGO_FIELDS(identification, type, number);
//     };
//
// The JSON name is the member's name; where it differs, the entry is a pair:
// `MERCADOPAGO_FIELDS(item, id, (colour, "color"))`. The macro writes two
// declarations, which may also be written by hand:
//
//     using json_fields = mercadopago::fields<&identification::type, &identification::number>;
//     static constexpr char json_names[] = "type\0number";  // the JSON names, in the same order
//
// Why a list of pointers to members and one string of names, and not a
// constexpr `std::tuple` of descriptor objects (this library's first design),
// Boost.Describe's macros or glaze's `glz::object(...)`: naming a class
// template specialisation in an alias instantiates nothing, and a string
// literal costs the compiler nothing to evaluate. The codec and its lookup
// tables are instantiated only in a translation unit that encodes or decodes
// the model. A `std::tuple` built by CTAD instead instantiates libstdc++'s
// constraint machinery (`_TupleConstraints`, `__and_`, `_Tuple_impl`) for
// every model of every included header, used or not: that was 4.8x the
// dependencies' own compile time for a file that included the library and
// used nothing. A list of `field<"name", &Class::member>` types (this
// library's second design) made g++ deduce and constant-evaluate a
// class-type template argument per field while reading the headers: 0.44 G
// instructions for the library's models, a sixteenth of compiling its
// dependencies, against 0.24 G for this form. Boost.Describe lists members much
// the same way but caps a class at 52 members (a payment has 69) and has no
// renames; glaze's descriptors are values, so they are built eagerly like the
// tuple. The codec walks the list by pack expansion, so it never indexes into
// it (no recursive type-list algorithms, no `std::tuple_element`).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace detail {
template <class P>
struct member_pointer_traits;
template <class C, class M>
struct member_pointer_traits<M C::*> {
    using class_type = C;
    using member_type = M;
};
}  // namespace detail

/// The fields of a model, in the order they are written: pointers to its data members (`&C::m`).
template <auto... Members>
struct fields {
    static constexpr std::size_t size = sizeof...(Members);  ///< number of fields in the list
};

/// The type of the data member a pointer to member `Member` designates, e.g. `optional<std::string>`.
template <auto Member>
using member_type_of = typename detail::member_pointer_traits<decltype(Member)>::member_type;

/// A model: lists its fields in `json_fields`, their JSON names in `json_names`, and keeps what they
/// do not hold in `extra` (`extra_fields`, or a plain boost::json::object), so decode → encode loses
/// nothing.
template <class T>
concept described = std::is_class_v<T> && requires(T& t) {
    T::json_fields::size;
    T::json_names;
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

/// Sorts by name. An insertion sort written once, rather than std::sort with
/// a comparator: std::sort would be instantiated anew for every model.
constexpr void sort_by_name(field_name_entry* first, std::size_t n) noexcept {
    for (std::size_t i = 1; i < n; ++i) {
        const field_name_entry e = first[i];
        std::size_t j = i;
        for (; j > 0 && e.name < first[j - 1].name; --j) first[j] = first[j - 1];
        first[j] = e;
    }
}

/// Not constexpr: reached while constant-evaluating field_names, it stops the
/// compilation with its name as the message.
void json_names_must_hold_one_plain_name_per_field();

/// The JSON names of T's fields, in field order, split out of `T::json_names`
/// (one string, each name ended by a NUL). Fails to compile when the string
/// does not hold one valid name per field.
template <described T>
inline constexpr auto field_names = [] {
    constexpr std::size_t n = T::json_fields::size;
    std::array<std::string_view, n + 1> out{};  // one spare entry: a model may have no fields
    const char* const text = T::json_names;
    const std::size_t size = sizeof(T::json_names);
    std::size_t count = 0, start = 0;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = text[i];
        if (c == '\0') {
            if (count == n || i == start) json_names_must_hold_one_plain_name_per_field();
            out[count++] = std::string_view(text + start, i - start);
            start = i + 1;
        } else if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) {
            json_names_must_hold_one_plain_name_per_field();  // names are written unescaped
        }
    }
    if (count != n) json_names_must_hold_one_plain_name_per_field();
    return out;
}();

/// Field names sorted, each with its index in the list: the decoder finds a
/// key's field by binary search instead of comparing against every name.
template <described T>
inline constexpr auto sorted_field_names = [] {
    constexpr std::size_t n = T::json_fields::size;
    std::array<field_name_entry, n> out{};
    for (std::size_t i = 0; i < n; ++i) out[i] = field_name_entry{name_key(field_names<T>[i]), field_names<T>[i], i};
    sort_by_name(out.data(), out.size());
    return out;
}();

template <described T>
inline constexpr bool has_unique_field_names = [] {
    const auto& n = sorted_field_names<T>;
    for (std::size_t i = 1; i < n.size(); ++i)
        if (n[i - 1].name == n[i].name) return false;
    return true;
}();

/// Index of the field called `key` among `n` names sorted by sorted_names,
/// or `n` if there is none. Not a template: one copy serves every model.
constexpr std::size_t find_field(const field_name_entry* names, std::size_t n, std::string_view key) noexcept {
    const std::uint64_t k = name_key(key);
    std::size_t lo = 0, hi = n;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        int c = names[mid].key < k ? -1 : names[mid].key > k ? 1 : 0;
        if (c == 0) c = names[mid].name.compare(key);
        if (c == 0) return names[mid].index;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return n;
}

/// Index of T's field called `key`, or field_count<T> if there is none.
template <described T>
constexpr std::size_t find_field(std::string_view key) noexcept {
    return find_field(sorted_field_names<T>.data(), field_count<T>, key);
}

}  // namespace detail
}  // namespace mercadopago

// --- MERCADOPAGO_FIELDS(class, entry, ...) -----------------------------------
// Each entry is a member name, or `(member, "json_name")`. Expands to
// `using json_fields = ::mercadopago::fields<&cls::member, …>;` and the
// `json_names` string. Up to 128 entries.
//
// The list is walked by a plain chain of macros, one per length (FE_n applies
// m to its first entry and hands the rest to FE_n-1): each entry costs one
// expansion. The shorter recursive __VA_OPT__ idiom rescans its whole output
// a fixed few hundred times per list, which made preprocessing the library's
// models cost more than parsing them.

/// Declares a model's fields, inside its class: `MERCADOPAGO_FIELDS(item, id, (colour, "color"))`; each
/// entry is a member whose JSON key is its name, or a `(member, "json_key")` pair. Up to 128 entries.
#define MERCADOPAGO_FIELDS(cls, ...)                                                                          \
    using json_fields = ::mercadopago::fields<MERCADOPAGO_DETAIL_FOR_EACH(MERCADOPAGO_DETAIL_MEMBER,            \
                                                                          MERCADOPAGO_DETAIL_COMMA, cls, __VA_ARGS__)>; \
    static constexpr char json_names[] =                                                                      \
        MERCADOPAGO_DETAIL_FOR_EACH(MERCADOPAGO_DETAIL_NAME, MERCADOPAGO_DETAIL_NAME_SEPARATOR, cls, __VA_ARGS__)

// m(c, x) for each x, with sep() between two of them.
#define MERCADOPAGO_DETAIL_FOR_EACH(m, sep, c, ...) \
    MERCADOPAGO_DETAIL_CAT(MERCADOPAGO_DETAIL_FE_, MERCADOPAGO_DETAIL_COUNT(__VA_ARGS__))(m, sep, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_COMMA() ,
#define MERCADOPAGO_DETAIL_NAME_SEPARATOR() "\0"

#define MERCADOPAGO_DETAIL_COUNT(...) MERCADOPAGO_DETAIL_COUNT_I(__VA_ARGS__, 128, 127, 126, 125, 124, 123, \
    122, 121, 120, 119, 118, 117, 116, 115, 114, 113, 112, 111, 110, 109, 108, 107, 106, 105, 104, 103, 102, \
    101, 100, 99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88, 87, 86, 85, 84, 83, 82, 81, 80, 79, 78, 77, 76, \
    75, 74, 73, 72, 71, 70, 69, 68, 67, 66, 65, 64, 63, 62, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, \
    49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24, \
    23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define MERCADOPAGO_DETAIL_COUNT_I(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, \
    _17, _18, _19, _20, _21, _22, _23, _24, _25, _26, _27, _28, _29, _30, _31, _32, _33, _34, _35, _36, _37, \
    _38, _39, _40, _41, _42, _43, _44, _45, _46, _47, _48, _49, _50, _51, _52, _53, _54, _55, _56, _57, _58, \
    _59, _60, _61, _62, _63, _64, _65, _66, _67, _68, _69, _70, _71, _72, _73, _74, _75, _76, _77, _78, _79, \
    _80, _81, _82, _83, _84, _85, _86, _87, _88, _89, _90, _91, _92, _93, _94, _95, _96, _97, _98, _99, _100, \
    _101, _102, _103, _104, _105, _106, _107, _108, _109, _110, _111, _112, _113, _114, _115, _116, _117, \
    _118, _119, _120, _121, _122, _123, _124, _125, _126, _127, _128, n, ...) n
#define MERCADOPAGO_DETAIL_FE_1(m, s, c, x) m(c, x)
#define MERCADOPAGO_DETAIL_FE_2(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_1(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_3(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_2(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_4(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_3(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_5(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_4(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_6(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_5(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_7(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_6(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_8(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_7(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_9(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_8(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_10(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_9(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_11(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_10(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_12(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_11(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_13(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_12(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_14(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_13(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_15(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_14(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_16(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_15(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_17(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_16(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_18(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_17(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_19(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_18(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_20(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_19(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_21(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_20(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_22(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_21(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_23(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_22(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_24(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_23(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_25(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_24(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_26(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_25(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_27(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_26(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_28(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_27(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_29(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_28(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_30(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_29(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_31(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_30(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_32(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_31(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_33(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_32(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_34(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_33(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_35(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_34(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_36(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_35(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_37(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_36(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_38(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_37(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_39(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_38(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_40(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_39(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_41(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_40(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_42(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_41(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_43(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_42(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_44(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_43(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_45(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_44(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_46(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_45(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_47(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_46(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_48(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_47(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_49(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_48(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_50(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_49(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_51(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_50(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_52(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_51(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_53(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_52(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_54(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_53(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_55(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_54(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_56(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_55(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_57(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_56(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_58(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_57(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_59(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_58(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_60(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_59(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_61(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_60(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_62(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_61(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_63(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_62(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_64(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_63(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_65(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_64(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_66(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_65(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_67(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_66(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_68(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_67(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_69(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_68(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_70(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_69(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_71(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_70(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_72(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_71(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_73(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_72(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_74(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_73(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_75(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_74(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_76(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_75(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_77(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_76(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_78(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_77(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_79(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_78(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_80(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_79(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_81(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_80(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_82(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_81(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_83(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_82(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_84(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_83(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_85(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_84(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_86(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_85(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_87(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_86(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_88(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_87(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_89(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_88(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_90(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_89(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_91(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_90(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_92(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_91(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_93(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_92(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_94(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_93(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_95(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_94(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_96(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_95(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_97(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_96(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_98(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_97(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_99(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_98(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_100(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_99(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_101(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_100(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_102(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_101(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_103(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_102(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_104(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_103(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_105(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_104(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_106(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_105(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_107(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_106(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_108(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_107(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_109(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_108(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_110(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_109(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_111(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_110(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_112(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_111(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_113(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_112(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_114(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_113(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_115(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_114(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_116(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_115(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_117(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_116(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_118(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_117(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_119(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_118(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_120(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_119(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_121(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_120(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_122(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_121(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_123(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_122(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_124(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_123(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_125(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_124(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_126(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_125(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_127(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_126(m, s, c, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_FE_128(m, s, c, x, ...) m(c, x) s() MERCADOPAGO_DETAIL_FE_127(m, s, c, __VA_ARGS__)

// An entry `name` or `(member, "json")`: told apart by whether it starts with
// a parenthesis (PROBE x expands to two arguments only when x is `(…)`).
// MEMBER gives `&cls::member`, NAME the JSON name as a string literal.
#define MERCADOPAGO_DETAIL_MEMBER(cls, x) \
    MERCADOPAGO_DETAIL_CAT(MERCADOPAGO_DETAIL_MEMBER_, MERCADOPAGO_DETAIL_IS_PAREN(x))(cls, x)
#define MERCADOPAGO_DETAIL_MEMBER_0(cls, name) &cls::name
#define MERCADOPAGO_DETAIL_MEMBER_1(cls, pair) MERCADOPAGO_DETAIL_MEMBER_RENAMED(cls, MERCADOPAGO_DETAIL_UNPAREN pair)
#define MERCADOPAGO_DETAIL_MEMBER_RENAMED(cls, ...) MERCADOPAGO_DETAIL_MEMBER_RENAMED_I(cls, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_MEMBER_RENAMED_I(cls, member, json) &cls::member
#define MERCADOPAGO_DETAIL_NAME(cls, x) \
    MERCADOPAGO_DETAIL_CAT(MERCADOPAGO_DETAIL_NAME_, MERCADOPAGO_DETAIL_IS_PAREN(x))(cls, x)
#define MERCADOPAGO_DETAIL_NAME_0(cls, name) #name
#define MERCADOPAGO_DETAIL_NAME_1(cls, pair) MERCADOPAGO_DETAIL_NAME_RENAMED(cls, MERCADOPAGO_DETAIL_UNPAREN pair)
#define MERCADOPAGO_DETAIL_NAME_RENAMED(cls, ...) MERCADOPAGO_DETAIL_NAME_RENAMED_I(cls, __VA_ARGS__)
#define MERCADOPAGO_DETAIL_NAME_RENAMED_I(cls, member, json) json
#define MERCADOPAGO_DETAIL_UNPAREN(...) __VA_ARGS__

#define MERCADOPAGO_DETAIL_IS_PAREN(x) MERCADOPAGO_DETAIL_SECOND(MERCADOPAGO_DETAIL_PROBE x, 0, ~)
#define MERCADOPAGO_DETAIL_PROBE(...) ~, 1
#define MERCADOPAGO_DETAIL_SECOND(...) MERCADOPAGO_DETAIL_SECOND_I(__VA_ARGS__)
#define MERCADOPAGO_DETAIL_SECOND_I(a, b, ...) b
#define MERCADOPAGO_DETAIL_CAT(a, b) MERCADOPAGO_DETAIL_CAT_I(a, b)
#define MERCADOPAGO_DETAIL_CAT_I(a, b) a##b
