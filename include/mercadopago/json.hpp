// The public codec: JSON text or Boost.JSON values <-> typed models.
//
//     auto p = mercadopago::from_json<mercadopago::payment>(body);  // result<payment>
//     std::string text = mercadopago::to_json(request);
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/codec.hpp>
#include <mercadopago/free_form.hpp>
#include <mercadopago/result.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace detail {

/// This thread's tape, reused so that decoding allocates nothing once warm.
/// A decode that runs inside another (a user codec calling from_json) finds
/// it taken and gets a tape of its own.
class tape_lease {
public:
    tape_lease() : t_(spare() ? spare().release() : new tape) {}
    ~tape_lease() {
        if (t_->arena.capacity() > (std::size_t{1} << 22)) return;  // do not pin a huge buffer
        if (!spare()) spare().reset(t_.release());
    }
    tape_lease(const tape_lease&) = delete;
    tape_lease& operator=(const tape_lease&) = delete;
    tape& operator*() noexcept { return *t_; }

private:
    static std::unique_ptr<tape>& spare() noexcept {
        thread_local std::unique_ptr<tape> t;
        return t;
    }
    std::unique_ptr<tape> t_;
};

/// Decodes `json` into `out`; on failure sets `e` and returns false.
template <class T>
bool decode_json_into(std::string_view json, T& out, error& e) {
    tape_lease lease;
    tape& tape = *lease;
    std::string message;
    if (!build_tape(json, tape, message)) {
        e = error{errc::invalid_json, std::move(message), {}};
        return false;
    }
    decode_context ctx;
    const decode_status s = json_codec<T>::decode(tape_node(&tape, 0), out, ctx);
    if (s == decode_status::failed) e = ctx.take();
    else if (s == decode_status::absent) e = error{errc::decode, "document has no value", {}};
    else return true;
    return false;
}

}  // namespace detail

/// Decodes JSON text into T. Errors name the JSON path:
/// `payer.identification.number: expected string, got object`.
template <class T>
result<T> from_json(std::string_view json) {
    // Decoded where the result lives: no T is moved (see result's build_in_place constructor).
    return result<T>(detail::build_in_place, [json](T& out, error& e) { return detail::decode_json_into(json, out, e); });
}

/// Appends the JSON text of `v` to `out` (reuse one buffer in hot loops).
template <class T>
void to_json(const T& v, std::string& out) {
    detail::json_writer w(out);
    json_codec<T>::encode(w, v);
}

/// JSON text of `v`: unset optionals omitted, money in plain decimal notation.
template <class T>
std::string to_json(const T& v) {
    // Sized from the last output of this type on this thread: one allocation
    // in steady state instead of a doubling series.
    thread_local std::size_t size_hint = 256;
    std::string out;
    out.reserve(size_hint);
    to_json(v, out);
    size_hint = out.size() + out.size() / 8 + 16;
    return out;
}

/// Decodes a Boost.JSON value into T, by the same rules as from_json.
/// (Its doubles are read by their shortest text: `1.5`, never `1.50`.)
template <class T>
result<T> from_value(const boost::json::value& v) {
    return from_json<T>(to_json(v));
}

/// Decodes free-form JSON into T exactly: numbers are read by the text they
/// were sent with (`"total": 1.50` into a decimal is 1.50).
template <class T>
result<T> from_value(const free_form& v) {
    return from_json<T>(to_json(v));
}

/// `v` as a Boost.JSON value. (Boost.JSON has no decimal kind: money becomes
/// a double here; use to_json for exact text.)
template <class T>
boost::json::value to_value(const T& v) {
    return boost::json::parse(to_json(v));
}

}  // namespace mercadopago
