// Appends JSON text to a std::string. The encoder writes models straight to
// text (keys are precomputed at compile time) instead of building a DOM first.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/number_texts.hpp>
#include <mercadopago/detail/value_node.hpp>

#include <boost/json/value.hpp>

#include <charconv>
#include <cstring>
#include <cstdint>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

class json_writer {
public:
    explicit json_writer(std::string& out) noexcept : out_(out) {}

    void raw(std::string_view s) { out_.append(s.data(), s.size()); }
    void put(char c) { out_.push_back(c); }

    /// A JSON string literal with the mandatory escapes; UTF-8 passes through.
    void string(std::string_view s) {
        out_.push_back('"');
        const char* p = s.data();
        const char* const end = p + s.size();
        const char* run = p;
        while (p != end) {
            // Eight bytes at a time while none needs escaping (long texts such
            // as base64 QR codes are the common case).
            while (end - p >= 8 && !needs_escape8(p)) p += 8;
            if (p == end) break;
            const auto c = static_cast<unsigned char>(*p);
            if (c >= 0x20 && c != '"' && c != '\\') {
                ++p;
                continue;
            }
            out_.append(run, static_cast<std::size_t>(p - run));
            escape(c);
            run = ++p;
        }
        out_.append(run, static_cast<std::size_t>(end - run));
        out_.push_back('"');
    }

    template <class I>
    void integer(I v) {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v);
        out_.append(buf, r.ptr);
    }

    void boolean(bool b) { raw(b ? "true" : "false"); }
    void null() { raw("null"); }

    /// A Boost.JSON value (unknown keys, free-form metadata). Doubles are
    /// written in plain notation, not Boost's `1.234E1`.
    void value(const boost::json::value& v) { write(v, nullptr, nullptr); }

    /// A Boost.JSON value whose numbers may have kept source texts: each
    /// number at a pointer with a kept text (still holding the value it was
    /// decoded as) is written as that text. `pointer` is the value's own JSON
    /// pointer; it is restored on return.
    void value(const boost::json::value& v, const number_texts& texts, std::string& pointer) {
        write(v, texts.empty() ? nullptr : &texts, &pointer);
    }

    std::string& out() noexcept { return out_; }

private:
    /// The one writer of Boost.JSON values; with `texts`, `pointer` tracks
    /// where it is (only inside subtrees that hold a kept text).
    void write(const boost::json::value& v, const number_texts* texts, std::string* pointer) {
        if (texts && !texts->any_under(*pointer)) texts = nullptr;
        switch (v.kind()) {
        case boost::json::kind::object: {
            put('{');
            bool first = true;
            for (const auto& kv : v.get_object()) {
                if (!first) put(',');
                first = false;
                const std::string_view key(kv.key().data(), kv.key().size());
                string(key);
                put(':');
                const std::size_t mark = texts ? pointer->size() : 0;
                if (texts) push_pointer_token(*pointer, key);
                write(kv.value(), texts, pointer);
                if (texts) pointer->resize(mark);
            }
            put('}');
            break;
        }
        case boost::json::kind::array: {
            put('[');
            const auto& a = v.get_array();
            for (std::size_t i = 0; i < a.size(); ++i) {
                if (i) put(',');
                const std::size_t mark = texts ? pointer->size() : 0;
                if (texts) push_pointer_index(*pointer, i);
                write(a[i], texts, pointer);
                if (texts) pointer->resize(mark);
            }
            put(']');
            break;
        }
        case boost::json::kind::string: string(std::string_view(v.get_string().data(), v.get_string().size())); break;
        case boost::json::kind::int64:
        case boost::json::kind::uint64:
        case boost::json::kind::double_:
            if (const std::string* text = texts ? texts->text_for(*pointer, v) : nullptr) raw(*text);
            else if (v.is_int64()) integer(v.get_int64());
            else if (v.is_uint64()) integer(v.get_uint64());
            else if (const double d = v.get_double(); d != d || d - d != 0) null();  // NaN, infinities: no JSON form
            else raw(double_text(d));
            break;
        case boost::json::kind::bool_: boolean(v.get_bool()); break;
        case boost::json::kind::null: null(); break;
        }
    }


    /// Whether any of the 8 bytes at p is a control character, '"' or '\\'
    /// (SWAR: the classic "has zero byte" / "has byte less than" bit tricks).
    static bool needs_escape8(const char* p) noexcept {
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        const auto has_zero = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
        const std::uint64_t below_space = (x - ones * 0x20) & ~x & highs;
        return (below_space | has_zero(x ^ (ones * '"')) | has_zero(x ^ (ones * '\\'))) != 0;
    }

    void escape(unsigned char c) {
        switch (c) {
        case '"': out_.append("\\\""); break;
        case '\\': out_.append("\\\\"); break;
        case '\n': out_.append("\\n"); break;
        case '\r': out_.append("\\r"); break;
        case '\t': out_.append("\\t"); break;
        case '\b': out_.append("\\b"); break;
        case '\f': out_.append("\\f"); break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out_.append(esc, 6);
        }
        }
    }

    std::string& out_;
};

}  // namespace mercadopago::detail
