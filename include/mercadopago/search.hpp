// Searching: a typed query, and a lazy range over every result across pages.
//
//     for (auto&& r : cli.payments().search_all({.external_reference = "order-42"})) {
//         if (!r) { log(r.error().what()); break; }   // a failing page is an element
//         use(*r);
//     }
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/api_result.hpp>
#include <mercadopago/client_options.hpp>
#include <mercadopago/endpoint.hpp>
#include <mercadopago/models/page.hpp>
#include <mercadopago/result.hpp>

#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// The API refuses offsets beyond this; narrow the date range instead.
inline constexpr std::int64_t max_search_offset = 10000;

namespace detail {
/// Adds `key=value` to a search's query when the value is set. Each resource
/// has its own query type (payment_search_query, customer_search_query, …)
/// built with these.
inline void add_param(query_params& q, const char* key, const std::string& v) {
    if (!v.empty()) q.emplace_back(key, v);
}
inline void add_param(query_params& q, const char* key, const std::optional<std::int64_t>& v) {
    if (v) q.emplace_back(key, std::to_string(*v));
}
}  // namespace detail

namespace detail {
template <class Page>
struct page_traits;
template <class T>
struct page_traits<results_page<T>> {
    using item = T;
    static constexpr bool single_page = false;
    static std::vector<T>& items(results_page<T>& p) { return p.results; }
    static std::optional<std::int64_t> total(const results_page<T>& p) { return p.paging ? p.paging->total : std::nullopt; }
};
template <class T>
struct page_traits<elements_page<T>> {  // /merchant_orders/search, /checkout/preferences/search
    using item = T;
    static constexpr bool single_page = false;
    static std::vector<T>& items(elements_page<T>& p) { return p.elements; }
    static std::optional<std::int64_t> total(const elements_page<T>& p) { return p.total; }
    /// Where the API says the next page starts: not always the offset plus
    /// the elements received (one real page held 1 element and said 22).
    static std::optional<std::int64_t> next_offset(const elements_page<T>& p) { return p.next_offset; }
};
template <class T>
struct page_traits<data_page<T>> {  // /v1/orders
    using item = T;
    static constexpr bool single_page = false;
    static std::vector<T>& items(data_page<T>& p) { return p.data; }
    static std::optional<std::int64_t> total(const data_page<T>& p) { return p.paging ? p.paging->total : std::nullopt; }
    static std::optional<std::int64_t> last_page(const data_page<T>& p) {
        return p.paging ? p.paging->total_pages : std::nullopt;
    }
};
template <class T, class A>
struct page_traits<std::vector<T, A>> {  // a bare array is the one and only page
    using item = T;
    static constexpr bool single_page = true;
    static std::vector<T, A>& items(std::vector<T, A>& p) { return p; }
    static std::optional<std::int64_t> total(const std::vector<T, A>& p) { return static_cast<std::int64_t>(p.size()); }
};

/// Where a walk over every result of a search is: the page in hand, the
/// position of the next one, and when to stop. Written once for the lazy
/// range of a synchronous client (paged_range) and the asynchronous one
/// (async_paged_range): each asks step() for the next element, fetches the
/// page it names its own way, and hands it to take().
template <class Page>
struct page_walk {
    using traits = page_traits<Page>;
    using item = typename traits::item;

    page_walk(std::int64_t first, bool pages) : position(first), by_page(pages) {}

    std::int64_t position;  ///< the next page's offset, or its number
    bool by_page;
    std::vector<item> buffer{};
    std::size_t next = 0;
    bool finished = false;
    std::optional<std::int64_t> total{};
    std::optional<std::int64_t> last_page{};
    std::optional<error> failed{};         ///< a page that did not load: the last element
    std::optional<result<item>> current{};  ///< the element step() moved to

    /// Moves to the next element (in `current`, empty at the end), or returns
    /// the position of the page to fetch first: then take() it and step again.
    std::optional<std::int64_t> step() {
        current.reset();
        if (failed) {
            current.emplace(std::move(*failed));
            failed.reset();
            return std::nullopt;
        }
        if (next < buffer.size()) {
            current.emplace(std::move(buffer[next++]));
            return std::nullopt;
        }
        if (finished) return std::nullopt;
        if (!by_page && total && position >= *total) return finish();
        if (by_page && last_page && position > *last_page) return finish();
        if (!by_page && position >= max_search_offset) {
            finished = true;
            current.emplace(failure(errc::invalid_argument,
                                    "search reached the API's offset cap (10000): narrow the date range"));
            return std::nullopt;
        }
        return position;
    }

    /// The page step() asked for, or why it did not load (the walk ends after it).
    void take(result<Page> page) {
        if (!page) {
            finished = true;
            failed.emplace(std::move(page).error());
            return;
        }
        Page& p = *page;
        buffer = std::move(traits::items(p));
        next = 0;
        total = traits::total(p);
        if constexpr (requires { traits::last_page(p); }) last_page = traits::last_page(p);
        const std::int64_t after = position + (by_page ? 1 : static_cast<std::int64_t>(buffer.size()));
        position = after;
        // Follow the page's own next offset when it has one that moves forward
        // (one that does not would ask for the same page again, for ever).
        if constexpr (requires { traits::next_offset(p); }) {
            if (auto said = traits::next_offset(p); said && *said >= after) position = *said;
        }
        if (buffer.empty()) finished = true;  // an empty page ends it, whatever `total` says
        if (traits::single_page) finished = true;
    }

private:
    std::optional<std::int64_t> finish() {
        finished = true;
        return std::nullopt;
    }
};
}  // namespace detail

/// A lazy input range over all results of a search. `Fetch` is called as
/// `fetch(position)` and returns `api_result<Page>` (a results, elements or
/// data page, or a bare array); `position` is the offset of the page's first
/// result, or, for searches paged by page number (/v1/orders), the page
/// number. Each element is a `result<T>`: a page that fails to load becomes
/// one error element, after which the range ends. It also ends on an empty
/// page, at `paging.total` (or the last page), and — with an error element
/// saying so — at the API's offset cap.
template <class Page, class Fetch>
class paged_range {
    using traits = detail::page_traits<Page>;
    struct state;  // declared before iterator names it (clang looks it up at definition)

public:
    using item = typename traits::item;  ///< type of one search result (payment, customer, order, …)

    /// What the position handed to `Fetch` counts: the offset of the page's first result (most
    /// searches), or the page number from 1 (/v1/orders).
    enum class paging_mode { by_offset, /**< result offsets */ by_page_number /**< page numbers */ };

    /// A range that fetches its first page at `first_position` when begin() is called.
    paged_range(Fetch fetch, std::int64_t first_position, paging_mode mode = paging_mode::by_offset)
        : s_(std::make_shared<state>(std::move(fetch), first_position, mode == paging_mode::by_page_number)) {}

    /// Input iterator over the results; compares equal to `std::default_sentinel` at the end.
    /// Copies share one position: advancing one advances them all.
    class iterator {
    public:
        using value_type = result<item>;  ///< one result, or the error of a page that failed to load
        using difference_type = std::ptrdiff_t;  ///< required of iterators; unused
        using reference = value_type&;  ///< the element, owned by the range's shared state

        /// An iterator over nothing: already at the end.
        iterator() = default;
        /// Starts the walk of `s`: fetches pages until the first element is in hand (or the walk is over).
        explicit iterator(std::shared_ptr<typename paged_range::state> s) : s_(std::move(s)) { s_->advance(); }

        /// The current element: a result, or the error that ends the range.
        reference operator*() const { return *s_->current(); }
        /// Member access to the current element.
        value_type* operator->() const { return &*s_->current(); }
        /// Moves to the next element, fetching the next page when this one is used up.
        iterator& operator++() {
            s_->advance();
            return *this;
        }
        /// As prefix `++`; returns nothing, as input iterators may.
        void operator++(int) { ++*this; }
        /// True once the walk is over (or for a default-constructed iterator).
        friend bool operator==(const iterator& it, std::default_sentinel_t) { return !it.s_ || !it.s_->current(); }

    private:
        std::shared_ptr<typename paged_range::state> s_;
    };

    /// Starts the walk, fetching the first page. Call it once: a second call moves the shared position on.
    iterator begin() { return iterator(s_); }
    /// The end: `std::default_sentinel`.
    std::default_sentinel_t end() const noexcept { return {}; }

private:
    struct state {
        state(Fetch f, std::int64_t first, bool pages) : fetch(std::move(f)), walk(first, pages) {}
        Fetch fetch;
        detail::page_walk<Page> walk;

        std::optional<result<item>>& current() { return walk.current; }
        void advance() {
            while (auto position = walk.step()) walk.take(fetch(*position));
        }
    };
    std::shared_ptr<state> s_;
};

template <class Page, class Fetch>
class async_paged_range;  // async_search.hpp: the same walk for an asynchronous client

/// Every result of search endpoint `E` through `client`, fetched lazily page
/// by page: written once for every resource and kind of page. A synchronous
/// client gives a paged_range (an input range); an asynchronous one an
/// async_paged_range (`co_await range.next(token)`, async_search.hpp).
/// `Query` is the resource's query type, with `to_query()` and either an
/// `offset` or, for searches paged by page number, a `page`.
template <endpoint_descriptor E, class Client, class Query>
auto search_all(const Client& client, Query q, request_options o) {
    constexpr bool by_page = requires { q.page; };
    std::int64_t first = 0;
    if constexpr (by_page) first = q.page.value_or(1);
    else first = q.offset.value_or(0);
    auto fetch = [c = &client, q = std::move(q), o = std::move(o)](std::int64_t position, auto&&... token) mutable {
        if constexpr (by_page) q.page = position;
        else q.offset = position;
        return c->template call<E>({}, q.to_query(), o, std::forward<decltype(token)>(token)...);
    };
    using Page = typename E::response_type;
    if constexpr (Client::asynchronous) {
        return async_paged_range<Page, decltype(fetch)>(std::move(fetch), first, by_page, client.get_executor());
    } else {
        using range = paged_range<Page, decltype(fetch)>;
        return range(std::move(fetch), first, by_page ? range::paging_mode::by_page_number : range::paging_mode::by_offset);
    }
}

}  // namespace mercadopago
