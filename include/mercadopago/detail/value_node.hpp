// The codec's node interface over a Boost.JSON value, for comparing a kept
// wire form (a scalar, or an array of scalars) with a typed member. Numbers
// are read by their kept source text when the value comes with its
// number_texts (`1e400` and `-0` are not what the DOM holds).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/number_texts.hpp>
#include <mercadopago/detail/tape.hpp>

#include <boost/json/value.hpp>

#include <charconv>
#include <string>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// Shortest text that reads back as the same double (plain notation where
/// that is reasonable, and always with a fraction so it stays a double).
inline std::string double_text(double d) {
    char buf[64];
    const double mag = d < 0 ? -d : d;
    std::to_chars_result r;
    if (mag == 0 || (mag >= 1e-6 && mag < 1e21)) r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
    else r = std::to_chars(buf, buf + sizeof buf, d);
    std::string s(buf, r.ptr);
    if (s.find_first_of(".eE") == std::string::npos) s += ".0";
    return s;
}

class value_node {
public:
    explicit value_node(const boost::json::value& v) noexcept : v_(&v) {}
    /// A number node read by its kept source text (detail/number_texts.hpp).
    value_node(const boost::json::value& v, const std::string* text) noexcept : v_(&v), text_(text) {}
    /// A node at `pointer` of a value whose numbers' texts are in `texts`:
    /// it and its elements are read by their kept texts.
    value_node(const boost::json::value& v, const number_texts* texts, std::string pointer)
        : v_(&v), texts_(texts), pointer_(std::move(pointer)) {
        if (texts_) text_ = texts_->text_for(pointer_, v);
    }

    jkind kind() const noexcept {
        switch (v_->kind()) {
        case boost::json::kind::object: return jkind::object;
        case boost::json::kind::array: return jkind::array;
        case boost::json::kind::string: return jkind::string;
        case boost::json::kind::int64: return jkind::int64;
        case boost::json::kind::uint64: return jkind::uint64;
        case boost::json::kind::double_: return jkind::number;
        case boost::json::kind::bool_: return jkind::boolean;
        default: return jkind::null;
        }
    }
    std::string_view str() const noexcept {
        const auto& s = v_->get_string();
        return {s.data(), s.size()};
    }
    std::string number_text() const {
        if (text_) return *text_;
        switch (v_->kind()) {
        case boost::json::kind::int64: return std::to_string(v_->get_int64());
        case boost::json::kind::uint64: return std::to_string(v_->get_uint64());
        default: return double_text(v_->get_double());
        }
    }
    std::int64_t int64() const noexcept { return v_->get_int64(); }
    std::uint64_t uint64() const noexcept { return v_->get_uint64(); }
    bool boolean() const noexcept { return v_->get_bool(); }
    std::size_t size() const noexcept { return v_->is_object() ? v_->get_object().size() : v_->get_array().size(); }

    template <class F>
    bool members(F&& f) const {
        for (const auto& kv : v_->get_object())
            if (!f(std::string_view(kv.key().data(), kv.key().size()), value_node(kv.value()))) return false;
        return true;
    }
    template <class F>
    bool elements(F&& f) const {
        std::size_t i = 0;
        for (const auto& e : v_->get_array()) {
            if (texts_) {
                std::string at = pointer_;
                push_pointer_index(at, i);
                if (!f(i++, value_node(e, texts_, std::move(at)))) return false;
            } else if (!f(i++, value_node(e))) {
                return false;
            }
        }
        return true;
    }
    boost::json::value to_value() const { return *v_; }

private:
    const boost::json::value* v_;
    const std::string* text_ = nullptr;
    const number_texts* texts_ = nullptr;
    std::string pointer_{};
};

}  // namespace mercadopago::detail
