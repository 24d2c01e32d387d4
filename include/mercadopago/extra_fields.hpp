// extra_fields — what a model keeps of the JSON its typed members do not hold.
//
// It is a boost::json::object of the keys this version does not model (and of
// wire forms the codec read leniently), so decode → encode loses nothing the
// API sent. Explicit nulls of declared fields are common (a payment carries
// dozens) and mean the same as an absent member; rather than an object entry
// each, they are kept as one bit per field and written back as null.
#pragma once

#include <boost/json/object.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace mercadopago {

class extra_fields : public boost::json::object {
public:
    /// Fields whose explicit nulls fit the bit set; later ones are kept as entries.
    static constexpr std::size_t max_null_bits = 128;

    extra_fields() = default;
    extra_fields(const boost::json::object& o) : boost::json::object(o) {}
    extra_fields(boost::json::object&& o) noexcept : boost::json::object(std::move(o)) {}
    extra_fields(std::initializer_list<std::pair<boost::json::string_view, boost::json::value_ref>> init)
        : boost::json::object(init) {}
    extra_fields& operator=(const boost::json::object& o) {
        boost::json::object::operator=(o);
        return *this;
    }
    extra_fields& operator=(boost::json::object&& o) {
        boost::json::object::operator=(std::move(o));
        return *this;
    }

    /// Whether the declared field with index `i` arrived as an explicit null.
    bool sent_null(std::size_t i) const noexcept { return i < max_null_bits && (nulls_[i / 64] >> (i % 64) & 1u); }
    void mark_null(std::size_t i) noexcept {
        if (i < max_null_bits) nulls_[i / 64] |= std::uint64_t{1} << (i % 64);
    }
    bool any_null() const noexcept { return (nulls_[0] | nulls_[1]) != 0; }

private:
    std::array<std::uint64_t, 2> nulls_{};
};

}  // namespace mercadopago
