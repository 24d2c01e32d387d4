// Compile-time field descriptors: how a model states its JSON shape.
//
// A model is a plain aggregate plus one static function listing its fields:
//
//     struct identification {
//         std::optional<std::string> type;
//         std::optional<std::string> number;
//         boost::json::object extra;   // unknown keys, kept for round trips
//
//         static constexpr auto json_fields() {
//             using self = identification;
//             return std::tuple{field<"type">(&self::type), field<"number">(&self::number)};
//         }
//     };
//
// The JSON name is a template argument, so it may differ from the member name
// (C++ keywords) and costs nothing at run time. There is no arity limit. The
// generic codec (json.hpp) is written once against the `described` concept.
#pragma once

#include <boost/json/object.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace mercadopago {

/// A string usable as a template argument: `field<"transaction_amount">`.
template <std::size_t N>
struct fixed_string {
    char chars[N]{};
    constexpr fixed_string(const char (&s)[N]) { std::copy_n(s, N, chars); }
    constexpr std::string_view view() const noexcept { return {chars, N - 1}; }
    constexpr std::size_t size() const noexcept { return N - 1; }
};

/// One field: the JSON name `Name` bound to the member `member` of `Class`.
template <fixed_string Name, class Class, class Member>
struct field_descriptor {
    using class_type = Class;
    using member_type = Member;
    Member Class::*member;

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

/// Binds JSON name `Name` to a data member: `field<"id">(&payment::id)`.
template <fixed_string Name, class Class, class Member>
constexpr field_descriptor<Name, Class, Member> field(Member Class::*member) noexcept {
    return {member};
}

namespace detail {
template <class T>
struct is_field_tuple : std::false_type {};
template <class... F>
struct is_field_tuple<std::tuple<F...>> : std::true_type {};
}  // namespace detail

/// A model: lists its fields with `json_fields()` and keeps unknown keys in
/// `extra` (a boost::json::object) so decode → encode loses nothing.
template <class T>
concept described = std::is_class_v<T> && requires(T& t) {
    { T::json_fields() } -> std::same_as<decltype(T::json_fields())>;
    requires detail::is_field_tuple<decltype(T::json_fields())>::value;
    { t.extra } -> std::convertible_to<boost::json::object&>;
};

/// The field tuple of a described type, as a compile-time constant.
template <described T>
inline constexpr auto fields_of = T::json_fields();

/// Number of fields of a described type.
template <described T>
inline constexpr std::size_t field_count = std::tuple_size_v<std::remove_cvref_t<decltype(fields_of<T>)>>;

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

/// Field names sorted, each with its index in the tuple: the decoder finds a
/// key's field by binary search instead of comparing against every name.
template <described T>
inline constexpr auto sorted_field_names = [] {
    std::array<field_name_entry, field_count<T>> out{};
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        ((out[I] = field_name_entry{name_key(std::tuple_element_t<I, std::remove_cvref_t<decltype(fields_of<T>)>>::name),
                                    std::tuple_element_t<I, std::remove_cvref_t<decltype(fields_of<T>)>>::name, I}),
         ...);
    }(std::make_index_sequence<field_count<T>>{});
    std::sort(out.begin(), out.end(), [](const field_name_entry& a, const field_name_entry& b) { return a.name < b.name; });
    return out;
}();

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

}  // namespace detail
}  // namespace mercadopago
