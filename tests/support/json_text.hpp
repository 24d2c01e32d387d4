// Test helper: compare two JSON texts the way the round-trip promise reads —
// same structure, object keys in any order, strings equal once unescaped, and
// every NUMBER compared by its exact source text (`1.50` is not `1.5`, `-0` is
// not `0`, `1e400` equals only `1e400`). Comparing parsed boost::json values
// cannot do that: numbers become doubles there.
//
// Built on Boost.JSON's basic_parser with a handler of its own, which keeps
// each number's text in a small tree; nothing here uses the library under test.
//
// Duplicate keys are compared, not collapsed: an object must hold the same
// number of members, each key as many times in both texts, and the values under
// a repeated key are compared in their order of appearance.
#pragma once

#include <boost/json/basic_parser_impl.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace test_support {

namespace json_text_detail {

enum class kind : std::uint8_t { object, array, string, number, boolean, null };

/// One value of a parsed text; `children` index into the tree's node list.
struct node {
    kind k = kind::null;
    std::string text;                    // string: unescaped; number: source text; boolean: true/false
    std::string key;                     // member name when the parent is an object
    std::vector<std::uint32_t> children;  // object members / array elements, in source order
};

/// basic_parser handler: builds the node list, number texts kept verbatim.
class tree_builder {
public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    std::vector<node> nodes;

    bool on_document_begin(boost::json::error_code&) { return true; }
    bool on_document_end(boost::json::error_code&) { return true; }
    bool on_object_begin(boost::json::error_code&) { return open(kind::object); }
    bool on_object_end(std::size_t, boost::json::error_code&) { return close(); }
    bool on_array_begin(boost::json::error_code&) { return open(kind::array); }
    bool on_array_end(std::size_t, boost::json::error_code&) { return close(); }
    bool on_key_part(boost::json::string_view s, std::size_t, boost::json::error_code&) { return part(s); }
    bool on_key(boost::json::string_view s, std::size_t, boost::json::error_code&) {
        key_ = take(s);
        return true;
    }
    bool on_string_part(boost::json::string_view s, std::size_t, boost::json::error_code&) { return part(s); }
    bool on_string(boost::json::string_view s, std::size_t, boost::json::error_code&) {
        return leaf(kind::string, take(s));
    }
    // A number may arrive in parts (on_number_part) before its final callback;
    // the string_view of on_int64/on_uint64/on_double is the last part only.
    bool on_number_part(boost::json::string_view s, boost::json::error_code&) { return part(s); }
    bool on_int64(std::int64_t, boost::json::string_view s, boost::json::error_code&) { return number(s); }
    bool on_uint64(std::uint64_t, boost::json::string_view s, boost::json::error_code&) { return number(s); }
    bool on_double(double, boost::json::string_view s, boost::json::error_code&) { return number(s); }
    bool on_bool(bool b, boost::json::error_code&) { return leaf(kind::boolean, b ? "true" : "false"); }
    bool on_null(boost::json::error_code&) { return leaf(kind::null, "null"); }
    bool on_comment_part(boost::json::string_view, boost::json::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::json::error_code&) { return true; }

private:
    std::string take(boost::json::string_view last) {
        std::string s = std::move(pending_);
        pending_.clear();
        s.append(last.data(), last.size());
        return s;
    }
    bool part(boost::json::string_view s) {
        pending_.append(s.data(), s.size());
        return true;
    }
    bool number(boost::json::string_view s) { return leaf(kind::number, take(s)); }
    std::uint32_t add(kind k, std::string text) {
        const auto i = static_cast<std::uint32_t>(nodes.size());
        node& n = nodes.emplace_back();
        n.k = k;
        n.text = std::move(text);
        if (!open_.empty()) {
            node& parent = nodes[open_.back()];
            if (parent.k == kind::object) n.key = std::move(key_);
            parent.children.push_back(i);
        }
        key_.clear();
        return i;
    }
    bool leaf(kind k, std::string text) {
        add(k, std::move(text));
        return true;
    }
    bool open(kind k) {
        open_.push_back(add(k, {}));
        return true;
    }
    bool close() {
        open_.pop_back();
        return true;
    }

    std::vector<std::uint32_t> open_;
    std::string key_;
    std::string pending_;
};

/// Parses `text` into a node list (root at index 0); false and `error` on bad
/// JSON. `chunk` feeds the parser that many bytes at a time (the helper's own
/// test uses it to make strings, keys and numbers arrive in parts).
inline bool parse_tree(std::string_view text, std::vector<node>& out, std::string& error,
                       std::size_t chunk = std::string_view::npos) {
    boost::json::parse_options opt;
    opt.max_depth = 10000;  // deeper than any parser under test accepts
    boost::json::basic_parser<tree_builder> p(opt);
    boost::json::error_code ec;
    std::size_t done = 0;
    do {
        const std::size_t size = std::min(chunk, text.size() - done);
        const bool more = done + size < text.size();
        const std::size_t n = p.write_some(more, text.data() + done, size, ec);
        done += n;
        if (!ec && n != size) ec = boost::json::error::extra_data;
    } while (!ec && done < text.size());
    if (ec) {
        error = "invalid JSON at offset " + std::to_string(done) + ": " + ec.message();
        return false;
    }
    out = std::move(p.handler().nodes);
    return true;
}

/// JSON Pointer escaping of one reference token (RFC 6901).
inline std::string pointer_token(std::string_view key) {
    std::string s;
    for (char c : key) {
        if (c == '~') s += "~0";
        else if (c == '/') s += "~1";
        else s += c;
    }
    return s;
}

/// A value for a message: short, and quoted when it is a string.
inline std::string show(const node& n) {
    switch (n.k) {
    case kind::string: {
        std::string s = n.text.size() > 60 ? n.text.substr(0, 57) + "..." : n.text;
        return "string \"" + s + "\"";
    }
    case kind::number: return "number " + n.text;
    case kind::object: return "object of " + std::to_string(n.children.size()) + " members";
    case kind::array: return "array of " + std::to_string(n.children.size()) + " elements";
    default: return n.text;
    }
}

struct comparison {
    const std::vector<node>& a;
    const std::vector<node>& b;
    std::string* why;

    bool fail(const std::string& path, const std::string& what) const {
        if (why) *why = (path.empty() ? std::string("(root)") : path) + ": " + what;
        return false;
    }

    bool equal(std::uint32_t ia, std::uint32_t ib, const std::string& path) const {
        const node& x = a[ia];
        const node& y = b[ib];
        if (x.k != y.k) return fail(path, show(x) + " vs " + show(y));
        switch (x.k) {
        case kind::number:
            if (x.text != y.text) return fail(path, "number text " + x.text + " vs " + y.text);
            return true;
        case kind::string:
        case kind::boolean:
            if (x.text != y.text) return fail(path, show(x) + " vs " + show(y));
            return true;
        case kind::null: return true;
        case kind::array:
            if (x.children.size() != y.children.size())
                return fail(path, show(x) + " vs " + show(y));
            for (std::size_t i = 0; i < x.children.size(); ++i)
                if (!equal(x.children[i], y.children[i], path + "/" + std::to_string(i))) return false;
            return true;
        case kind::object: {
            // Key -> positions in b, in order; consumed as a's members are matched.
            std::map<std::string_view, std::vector<std::uint32_t>> in_b;
            for (std::uint32_t c : y.children) in_b[b[c].key].push_back(c);
            std::map<std::string_view, std::size_t> seen;
            for (std::uint32_t c : x.children) {
                const std::string& key = a[c].key;
                const std::size_t occurrence = seen[key]++;
                std::string sub = path + "/" + pointer_token(key);
                if (occurrence > 0) sub += " (occurrence " + std::to_string(occurrence + 1) + " of a duplicate key)";
                const auto it = in_b.find(key);
                if (it == in_b.end() || it->second.size() <= occurrence) return fail(sub, "only in the first text");
                if (!equal(c, it->second[occurrence], sub)) return false;
            }
            for (const auto& [key, positions] : in_b) {
                const std::size_t n = seen.count(key) ? seen.at(key) : 0;
                if (positions.size() > n) {
                    std::string sub = path + "/" + pointer_token(key);
                    if (n > 0) sub += " (occurrence " + std::to_string(n + 1) + " of a duplicate key)";
                    return fail(sub, "only in the second text");
                }
            }
            return true;
        }
        }
        return true;
    }
};

}  // namespace json_text_detail

/// Whether JSON texts `a` and `b` hold the same document, number texts
/// included. On a difference (or invalid JSON) `why` receives a JSON-Pointer
/// path and what differs there, e.g. `/metadata/total: number text 1.50 vs 1.5`.
inline bool same_json_text(std::string_view a, std::string_view b, std::string* why = nullptr) {
    std::vector<json_text_detail::node> ta, tb;
    std::string error;
    if (!json_text_detail::parse_tree(a, ta, error)) {
        if (why) *why = "first text: " + error;
        return false;
    }
    if (!json_text_detail::parse_tree(b, tb, error)) {
        if (why) *why = "second text: " + error;
        return false;
    }
    const json_text_detail::comparison cmp{ta, tb, why};
    return cmp.equal(0, 0, "");
}

/// Whether `text` is valid JSON holding an object with a key twice
/// (such documents have no agreed meaning, RFC 8259 §4).
inline bool has_duplicate_keys(std::string_view text) {
    std::vector<json_text_detail::node> t;
    std::string error;
    if (!json_text_detail::parse_tree(text, t, error)) return false;
    for (const auto& n : t) {
        if (n.k != json_text_detail::kind::object) continue;
        std::map<std::string_view, int> count;
        for (std::uint32_t c : n.children)
            if (++count[t[c].key] > 1) return true;
    }
    return false;
}

}  // namespace test_support
