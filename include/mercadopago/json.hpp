// The public codec: JSON text or Boost.JSON values <-> typed models.
//
//     auto p = mercadopago::from_json<mercadopago::payment>(body);  // result<payment>
//     std::string text = mercadopago::to_json(request);
#pragma once

#include <mercadopago/codec.hpp>
#include <mercadopago/result.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>

namespace mercadopago {

/// Decodes JSON text into T. Errors name the JSON path:
/// `payer.identification.number: expected string, got object`.
template <class T>
result<T> from_json(std::string_view json) {
    thread_local detail::tape tape;  // reused: no allocation per call once warm
    std::string message;
    if (!detail::build_tape(json, tape, message)) return failure(errc::invalid_json, std::move(message));
    T out{};
    decode_context ctx;
    const decode_status s = json_codec<T>::decode(detail::tape_node(&tape, 0), out, ctx);
    if (tape.arena.capacity() > (std::size_t{1} << 22)) tape = detail::tape{};  // do not pin a huge buffer
    if (s == decode_status::failed) return ctx.take();
    if (s == decode_status::absent) return failure(errc::decode, "document has no value");
    return out;
}

/// Decodes a Boost.JSON value into T, by the same rules as from_json.
template <class T>
result<T> from_value(const boost::json::value& v) {
    T out{};
    decode_context ctx;
    const decode_status s = json_codec<T>::decode(detail::value_node(v), out, ctx);
    if (s == decode_status::failed) return ctx.take();
    if (s == decode_status::absent) return failure(errc::decode, "document has no value");
    return out;
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

/// `v` as a Boost.JSON value. (Boost.JSON has no decimal kind: money becomes
/// a double here; use to_json for exact text.)
template <class T>
boost::json::value to_value(const T& v) {
    return boost::json::parse(to_json(v));
}

}  // namespace mercadopago
