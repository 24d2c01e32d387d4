// A flat "tape" of JSON tokens built by Boost.JSON's basic_parser.
//
// Decoding walks this tape straight into typed structs: there is no DOM with
// its hash tables and per-node allocations, and every number keeps its exact
// source text, which is how money is read without binary floating point.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/config.hpp>
#include <mercadopago/detail/number_texts.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

/// JSON kinds as the codec sees them (numbers split by how they were written).
enum class jkind : std::uint8_t { object, array, end, key, string, int64, uint64, number, boolean, null };

constexpr std::string_view kind_name(jkind k) noexcept {
    switch (k) {
    case jkind::object: return "object";
    case jkind::array: return "array";
    case jkind::string: return "string";
    case jkind::int64:
    case jkind::uint64:
    case jkind::number: return "number";
    case jkind::boolean: return "boolean";
    case jkind::null: return "null";
    default: return "token";
    }
}

struct token {
    jkind kind;
    bool flag;        // boolean value
    std::uint32_t a;  // string/key/number: offset in arena; object/array: index of its `end` token
    std::uint32_t b;  // string/key/number: length; object/array: number of members/elements
    union {
        std::int64_t i;
        std::uint64_t u;
        double d;
    };
};

struct tape {
    std::vector<token> tokens;
    std::string arena;  // unescaped strings and number texts, back to back

    void clear() noexcept {
        tokens.clear();
        arena.clear();
    }
    std::string_view text(const token& t) const noexcept { return {arena.data() + t.a, t.b}; }
};

/// basic_parser handler that appends tokens to a tape.
class tape_builder {
public:
    static constexpr std::size_t max_object_size = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::size_t max_array_size = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::size_t max_key_size = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::size_t max_string_size = std::numeric_limits<std::uint32_t>::max();

    explicit tape_builder(tape* t) noexcept : t_(t) {}
    void reset(tape* t) noexcept {
        t_ = t;
        open_.clear();
        part_start_ = npos;
    }

    bool on_document_begin(boost::json::error_code&) { return true; }
    bool on_document_end(boost::json::error_code&) { return true; }
    bool on_array_begin(boost::json::error_code&) { return open(jkind::array); }
    bool on_array_end(std::size_t n, boost::json::error_code&) { return close(n); }
    bool on_object_begin(boost::json::error_code&) { return open(jkind::object); }
    bool on_object_end(std::size_t n, boost::json::error_code&) { return close(n); }
    bool on_string_part(boost::json::string_view s, std::size_t, boost::json::error_code&) { return part(s); }
    bool on_string(boost::json::string_view s, std::size_t, boost::json::error_code&) { return text(jkind::string, s); }
    bool on_key_part(boost::json::string_view s, std::size_t, boost::json::error_code&) { return part(s); }
    bool on_key(boost::json::string_view s, std::size_t, boost::json::error_code&) { return text(jkind::key, s); }
    bool on_number_part(boost::json::string_view s, boost::json::error_code&) { return part(s); }
    bool on_int64(std::int64_t v, boost::json::string_view s, boost::json::error_code&) {
        text(jkind::int64, s);
        t_->tokens.back().i = v;
        return true;
    }
    bool on_uint64(std::uint64_t v, boost::json::string_view s, boost::json::error_code&) {
        text(jkind::uint64, s);
        t_->tokens.back().u = v;
        return true;
    }
    bool on_double(double v, boost::json::string_view s, boost::json::error_code&) {
        text(jkind::number, s);
        t_->tokens.back().d = v;
        return true;
    }
    bool on_bool(bool v, boost::json::error_code&) {
        push(jkind::boolean).flag = v;
        return true;
    }
    bool on_null(boost::json::error_code&) {
        push(jkind::null);
        return true;
    }
    bool on_comment_part(boost::json::string_view, boost::json::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::json::error_code&) { return true; }

private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    token& push(jkind k) {
        token& t = t_->tokens.emplace_back();
        t.kind = k;
        t.flag = false;
        t.a = t.b = 0;
        t.i = 0;
        return t;
    }
    bool open(jkind k) {
        open_.push_back(static_cast<std::uint32_t>(t_->tokens.size()));
        push(k);
        return true;
    }
    bool close(std::size_t n) {
        const std::uint32_t at = open_.back();
        open_.pop_back();
        token& o = t_->tokens[at];
        o.a = static_cast<std::uint32_t>(t_->tokens.size());
        o.b = static_cast<std::uint32_t>(n);
        push(jkind::end);
        return true;
    }
    bool part(boost::json::string_view s) {
        if (part_start_ == npos) part_start_ = t_->arena.size();
        t_->arena.append(s.data(), s.size());
        return true;
    }
    bool text(jkind k, boost::json::string_view s) {
        const std::size_t start = part_start_ == npos ? t_->arena.size() : part_start_;
        part_start_ = npos;
        t_->arena.append(s.data(), s.size());
        token& t = push(k);
        t.a = static_cast<std::uint32_t>(start);
        t.b = static_cast<std::uint32_t>(t_->arena.size() - start);
        return true;
    }

    tape* t_;
    std::vector<std::uint32_t> open_;
    std::size_t part_start_ = npos;
};

/// Deepest nesting accepted; deeper input is refused as invalid JSON instead of
/// exhausting the stack.
inline constexpr std::size_t max_json_depth = 64;

/// Parses `json` into `t`. On failure returns false and sets `message`.
/// (A template so that Boost.JSON's parser is compiled only in files that decode.)
template <class Tape>
bool build_tape(std::string_view json, Tape& t, std::string& message) {
    if (json.size() >= std::numeric_limits<std::uint32_t>::max()) {
        message = "JSON text larger than 4 GiB";
        return false;
    }
    t.clear();
    t.arena.reserve(json.size());
    t.tokens.reserve(json.size() / 8 + 4);
    thread_local boost::json::basic_parser<tape_builder> parser = [] {
        boost::json::parse_options opt;
        opt.max_depth = max_json_depth;
        return boost::json::basic_parser<tape_builder>(opt, nullptr);
    }();
    parser.reset();
    parser.handler().reset(&t);
    boost::json::error_code ec;
    const std::size_t n = parser.write_some(false, json.data(), json.size(), ec);
    if (!ec && n != json.size()) ec = boost::json::error::extra_data;
    if (ec) {
        // Position only: the input may hold card data, so none of it is quoted.
        message = "invalid JSON at offset " + std::to_string(n) + ": " + ec.message();
        return false;
    }
    return true;
}

/// Boost.JSON's parser with the tape handler, compiled once with
/// MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_DETAIL_INSTANTIATE(bool build_tape<tape>(std::string_view, tape&, std::string&));

/// A JSON node on a tape; the codec reads input through this interface.
class tape_node {
public:
    tape_node(const tape* t, std::uint32_t i) noexcept : t_(t), i_(i) {}

    jkind kind() const noexcept { return tok().kind; }
    std::string_view str() const noexcept { return t_->text(tok()); }
    std::string_view number_text() const noexcept { return t_->text(tok()); }
    std::int64_t int64() const noexcept { return tok().i; }
    std::uint64_t uint64() const noexcept { return tok().u; }
    bool boolean() const noexcept { return tok().flag; }
    std::size_t size() const noexcept { return tok().b; }

    /// Calls f(key, node) per member; stops early when f returns false.
    template <class F>
    bool members(F&& f) const {
        std::uint32_t j = i_ + 1;
        const std::uint32_t end = tok().a;
        while (j < end) {
            const std::string_view key = t_->text(t_->tokens[j]);
            tape_node v(t_, j + 1);
            if (!f(key, v)) return false;
            j = v.next();
        }
        return true;
    }
    /// Calls f(index, node) per element; stops early when f returns false.
    template <class F>
    bool elements(F&& f) const {
        std::uint32_t j = i_ + 1;
        const std::uint32_t end = tok().a;
        std::size_t index = 0;
        while (j < end) {
            tape_node v(t_, j);
            if (!f(index++, v)) return false;
            j = v.next();
        }
        return true;
    }

    /// This node as a Boost.JSON value. Numbers become int64, uint64 or
    /// double: their text is lost (see the overload below).
    boost::json::value to_value() const { return build(nullptr, nullptr); }
    /// This node as a Boost.JSON value, keeping in `texts` the source text of
    /// every number the writer would not print the same way; `path` is where
    /// this node is (null: the root of what `texts` describes).
    boost::json::value to_value(number_texts& texts, const json_path* path) const { return build(&texts, path); }

    /// Index of the token after this node's subtree.
    std::uint32_t next() const noexcept {
        const token& t = tok();
        return (t.kind == jkind::object || t.kind == jkind::array) ? t.a + 1 : i_ + 1;
    }

private:
    boost::json::value build(number_texts* texts, const json_path* path) const {
        const token& t = tok();
        switch (t.kind) {
        case jkind::object: {
            boost::json::object o;
            o.reserve(t.b);
            members([&](std::string_view k, tape_node v) {
                const json_path here{path, k, 0, false};
                o.insert_or_assign(k, v.build(texts, &here));
                return true;
            });
            return o;
        }
        case jkind::array: {
            boost::json::array a;
            a.reserve(t.b);
            elements([&](std::size_t i, tape_node v) {
                const json_path here{path, {}, i, true};
                a.push_back(v.build(texts, &here));
                return true;
            });
            return a;
        }
        case jkind::string: return boost::json::string(str());
        case jkind::int64:
            if (texts && !integer_text_is_canonical(number_text(), t.i))
                texts->add(json_path::pointer_of(path), number_text(), t.i);
            return t.i;
        case jkind::uint64:
            if (texts && !integer_text_is_canonical(number_text(), t.u))
                texts->add(json_path::pointer_of(path), number_text(), t.u);
            return t.u;
        case jkind::number:
            // A double's text is always kept: `1.50`, `1e400` and 30-digit
            // integers have no exact double, and checking costs as much.
            if (texts) texts->add(json_path::pointer_of(path), number_text(), t.d);
            return t.d;
        case jkind::boolean: return t.flag;
        default: return nullptr;
        }
    }

    const token& tok() const noexcept { return t_->tokens[i_]; }
    const tape* t_;
    std::uint32_t i_;
};

}  // namespace mercadopago::detail
