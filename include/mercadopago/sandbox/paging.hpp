// The paging rules every emulated search shares: `limit` 1..50 (default 30)
// and `offset` 0..10000, refused with the API's codes otherwise; and the
// slice of the matches a page shows, as a results page or an elements page.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/http.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/sandbox/call.hpp>
#include <mercadopago/sandbox/checks.hpp>
#include <mercadopago/search.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox::detail {

struct page_window {
    std::int64_t limit = 30;
    std::int64_t offset = 0;
};

/// The request's window, or nullopt with the 400 in `failed`.
inline std::optional<page_window> window(const call& c, http_response& failed) {
    page_window w;
    if (auto v = query_value(c.target.query, "limit")) {
        auto n = parse_int(*v);
        if (!n || *n < 1) {
            failed = c.bad_request("1", "invalid parameter limit: expected a positive integer");
            return std::nullopt;
        }
        if (*n > 50) {
            failed = c.bad_request("1000", "the requested row count is over the limit: limit must be at most 50");
            return std::nullopt;
        }
        w.limit = *n;
    }
    if (auto v = query_value(c.target.query, "offset")) {
        auto n = parse_int(*v);
        if (!n || *n < 0) {
            failed = c.bad_request("1", "invalid parameter offset: expected a non-negative integer");
            return std::nullopt;
        }
        if (*n > max_search_offset) {
            failed = c.bad_request("1", "offset must be at most 10000: narrow the date range (begin_date, end_date) "
                                        "instead of paging further");
            return std::nullopt;
        }
        w.offset = *n;
    }
    return w;
}

/// The results page of `hits` (pointers to the matches, in order) that `w` shows.
template <class T>
results_page<T> page_of(const std::vector<const T*>& hits, const page_window& w) {
    results_page<T> page;
    page.paging = paging{static_cast<std::int64_t>(hits.size()), w.limit, w.offset, {}};
    for (std::size_t i = static_cast<std::size_t>(w.offset);
         i < hits.size() && page.results.size() < static_cast<std::size_t>(w.limit); ++i)
        page.results.push_back(*hits[i]);
    return page;
}

/// The elements page of `hits` that `w` shows (/merchant_orders/search,
/// /checkout/preferences/search): `next_offset` is where the next page starts.
template <class T>
elements_page<T> elements_of(const std::vector<const T*>& hits, const page_window& w) {
    elements_page<T> page;
    for (std::size_t i = static_cast<std::size_t>(w.offset);
         i < hits.size() && page.elements.size() < static_cast<std::size_t>(w.limit); ++i)
        page.elements.push_back(*hits[i]);
    page.next_offset = w.offset + static_cast<std::int64_t>(page.elements.size());
    page.total = static_cast<std::int64_t>(hits.size());
    return page;
}

}  // namespace mercadopago::sandbox::detail
