// number_texts: the source text of numbers kept in a Boost.JSON value.
//
// Boost.JSON stores a number as int64, uint64 or double, so `1.50` becomes 1.5,
// `123456789012345678901234567890` a rounded double and `1e400` infinity.
// Free-form JSON (unknown keys, `metadata`) must come back as it was sent, and
// money must never pass through a double, so beside such a value the library
// keeps the text of every number whose text the writer would not reproduce,
// keyed by JSON pointer (RFC 6901). Each entry also keeps the number as it
// was decoded: the writer uses the text only while the value at that pointer
// still equals it, so editing the value never writes a stale text.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <boost/json/value.hpp>

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::detail {

class number_texts {
public:
    struct entry {
        std::string pointer;
        std::string text;
        boost::json::value number;  // as decoded: the text holds only while the value is still this
    };

    bool empty() const noexcept { return entries_.empty(); }
    void clear() noexcept { entries_.clear(); }

    /// Records `text` for the number at `pointer` (decoding visits pointers in
    /// document order, which is not sorted order: sorted once at the end).
    void add(std::string_view pointer, std::string_view text, boost::json::value number) {
        entries_.push_back({std::string(pointer), std::string(text), std::move(number)});
        sorted_ = false;
    }
    void finish() {
        if (!sorted_) std::sort(entries_.begin(), entries_.end(), [](const entry& a, const entry& b) { return a.pointer < b.pointer; });
        sorted_ = true;
    }

    /// The kept text of the number at `pointer` if `current` is still the
    /// number it was decoded as; null otherwise.
    const std::string* text_for(std::string_view pointer, const boost::json::value& current) const noexcept {
        auto it = lower_bound(pointer);
        if (it == entries_.end() || it->pointer != pointer || !(it->number == current)) return nullptr;
        return &it->text;
    }
    /// Whether any kept text lies at or under `pointer` (a subtree without one
    /// is written by the plain writer).
    bool any_under(std::string_view pointer) const noexcept {
        auto it = lower_bound(pointer);
        return it != entries_.end() && std::string_view(it->pointer).substr(0, pointer.size()) == pointer;
    }

private:
    std::vector<entry>::const_iterator lower_bound(std::string_view pointer) const noexcept {
        return std::lower_bound(entries_.begin(), entries_.end(), pointer,
                                [](const entry& e, std::string_view p) { return std::string_view(e.pointer) < p; });
    }

    std::vector<entry> entries_;
    bool sorted_ = true;
};

/// Appends `/token` to a JSON pointer, escaping '~' and '/' (RFC 6901).
inline void push_pointer_token(std::string& pointer, std::string_view token) {
    pointer.push_back('/');
    for (char c : token) {
        if (c == '~') pointer.append("~0");
        else if (c == '/') pointer.append("~1");
        else pointer.push_back(c);
    }
}
/// The key a JSON pointer token names: `~1` → `/`, `~0` → `~` (RFC 6901).
inline std::string pointer_token_key(std::string_view token) {
    std::string key;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            key.push_back(token[i + 1] == '1' ? '/' : '~');
            ++i;
        } else {
            key.push_back(token[i]);
        }
    }
    return key;
}
inline void push_pointer_index(std::string& pointer, std::size_t i) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, i);
    pointer.push_back('/');
    pointer.append(buf, r.ptr);
}

/// Where a node is, as a chain of segments on the stack: the JSON pointer
/// string is built only for the rare node that needs one (a kept number).
struct json_path {
    const json_path* parent = nullptr;
    std::string_view key{};  ///< an object member's key, or
    std::size_t index = 0;   ///< an array element's index
    bool is_index = false;

    void append_to(std::string& pointer) const {
        if (parent) parent->append_to(pointer);
        if (is_index) push_pointer_index(pointer, index);
        else push_pointer_token(pointer, key);
    }
    static std::string pointer_of(const json_path* p) {
        std::string out;
        if (p) p->append_to(out);
        return out;
    }
};

/// Whether the writer would print an integer decoded from `text` the same way
/// (`-0`, `+1` or `007` are not: their text is kept).
template <class I>
bool integer_text_is_canonical(std::string_view text, I v) noexcept {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return text == std::string_view(buf, static_cast<std::size_t>(r.ptr - buf));
}

}  // namespace mercadopago::detail
