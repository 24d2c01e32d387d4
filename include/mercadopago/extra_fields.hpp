// extra_fields — what a model keeps of the JSON its typed members do not hold.
//
// It is a boost::json::object of the keys this version does not model (and of
// wire forms the codec read leniently), so decode → encode loses nothing the
// API sent. Explicit nulls of declared fields are common (a payment carries
// dozens) and mean the same as an absent member; rather than an object entry
// each, they are kept as one bit per field and written back as null.
// Numbers keep their source text beside the object (detail/number_texts.hpp):
// `"x": 1.50` reads as the double 1.5 but is written back as `1.50`, and
// `number_text("/x")` or `decimal_at("/x")` read it exactly.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/exact_number.hpp>
#include <mercadopago/detail/number_texts.hpp>

#include <boost/json/object.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The `extra` member of every model: the JSON keys this version does not model, kept with their
/// number texts, plus which declared fields arrived as explicit null; written back unchanged.
/// Use it as a `boost::json::object`.
class extra_fields : public boost::json::object {
public:
    /// Fields whose explicit nulls fit the bit set; later ones are kept as entries.
    static constexpr std::size_t max_null_bits = 128;

    /// No extra keys.
    extra_fields() = default;
    /// The keys of `o`, with no null bits or number texts.
    extra_fields(const boost::json::object& o) : boost::json::object(o) {}
    /// As above, taking `o` over.
    extra_fields(boost::json::object&& o) noexcept : boost::json::object(std::move(o)) {}
    /// From key/value pairs, e.g. `{{"campaign", "spring"}}`, to send keys this library does not model.
    extra_fields(std::initializer_list<std::pair<boost::json::string_view, boost::json::value_ref>> init)
        : boost::json::object(init) {}
    /// Replaces the contents: the null bits and number texts of what was
    /// here before are dropped with it.
    extra_fields& operator=(const boost::json::object& o) {
        boost::json::object::operator=(o);
        forget_wire_details();
        return *this;
    }
    /// As above, taking `o` over.
    extra_fields& operator=(boost::json::object&& o) {
        boost::json::object::operator=(std::move(o));
        forget_wire_details();
        return *this;
    }

    /// The number at `pointer` ("/key" or "/key/0/total") as it was sent
    /// (or as it will be written, if it was set since); nullopt if none.
    std::optional<std::string> number_text(std::string_view pointer) const {
        const boost::json::value* n = entry_at(pointer);
        const std::string_view rest = pointer.substr(first_token_end(pointer));
        boost::json::error_code ec;
        if (n && !rest.empty()) n = n->find_pointer(rest, ec);
        return detail::exact_number_text(n, texts_, pointer);
    }
    /// The number at `pointer` as an exact decimal (money in unknown keys).
    result<decimal> decimal_at(std::string_view pointer) const { return detail::exact_decimal(number_text(pointer)); }

    /// Source texts of the numbers held here (the codec reads and writes them).
    const detail::number_texts& number_texts() const noexcept { return texts_; }
    /// As above, mutable; for the codec.
    detail::number_texts& number_texts() noexcept { return texts_; }

    /// Whether the declared field with index `i` arrived as an explicit null.
    bool sent_null(std::size_t i) const noexcept { return i < max_null_bits && (nulls_[i / 64] >> (i % 64) & 1u); }
    /// Records that declared field `i` arrived as an explicit null, so it is written back as null;
    /// for the codec. Indexes from `max_null_bits` on are not recorded.
    void mark_null(std::size_t i) noexcept {
        if (i < max_null_bits) nulls_[i / 64] |= std::uint64_t{1} << (i % 64);
    }

private:
    void forget_wire_details() noexcept {
        nulls_ = {};
        texts_.clear();
    }
    static std::size_t first_token_end(std::string_view pointer) noexcept {
        const std::size_t slash = pointer.find('/', 1);
        return slash == std::string_view::npos ? pointer.size() : slash;
    }
    /// The entry named by the first token of `pointer`.
    const boost::json::value* entry_at(std::string_view pointer) const {
        if (pointer.size() < 2 || pointer[0] != '/') return nullptr;
        return if_contains(detail::pointer_token_key(pointer.substr(1, first_token_end(pointer) - 1)));
    }

    std::array<std::uint64_t, 2> nulls_{};
    detail::number_texts texts_;
};

}  // namespace mercadopago
