// Searching from an asynchronous client: every result across pages, one
// element per `next`, each page fetched when the previous one is used up.
//
//     auto found = cli.payments().search_all({.external_reference = "order-42"});
//     while (auto r = co_await found.next(boost::asio::use_awaitable)) {
//         if (!*r) { log(r->error().what()); break; }  // a failing page is an element
//         use(**r);                                   // a payment
//     }
//
// The walk (when to fetch, when to stop, the offset cap) is the synchronous
// paged_range's, detail::page_walk in search.hpp.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/async_run.hpp>
#include <mercadopago/detail/config.hpp>
#include <mercadopago/error.hpp>
#include <mercadopago/result.hpp>
#include <mercadopago/search.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <utility>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

MERCADOPAGO_DETAIL_COROUTINES_BEGIN

/// Every result of a search through an asynchronous client. `Fetch` is called
/// as `fetch(position, token)` and completes with `api_result<Page>`. Copies
/// share one position; call next() again only after the previous one completed.
template <class Page, class Fetch>
class async_paged_range {
public:
    using item = typename detail::page_traits<Page>::item;  ///< type of one search result (payment, order, …)

    /// A range that fetches nothing until next(); `first_position` is an offset, or a page number
    /// when `by_page_number`. Pages are fetched on `ex`; a completion handler runs on its own
    /// associated executor (`ex` when it has none).
    async_paged_range(Fetch fetch, std::int64_t first_position, bool by_page_number, boost::asio::any_io_executor ex)
        : s_(std::make_shared<state>(std::move(fetch), first_position, by_page_number)), executor_(std::move(ex)) {}

    /// The next element, fetching a page when needed: completes with a
    /// `std::optional<result<item>>`, empty once the search is over.
    template <class Token>
    auto next(Token&& token) const {
        using element = std::optional<result<item>>;
        return detail::async_run<element>(
            executor_, pull(s_),
            [](std::exception_ptr e, element value) -> element {
                if (detail::cancelled_by_caller(e)) return result<item>(failure(errc::cancelled, "cancelled"));
                if (e) return result<item>(failure(errc::transport, "the search stopped on an exception"));
                return value;
            },
            std::forward<Token>(token));
    }

private:
    struct state {
        state(Fetch f, std::int64_t first, bool pages) : fetch(std::move(f)), walk(first, pages) {}
        Fetch fetch;
        detail::page_walk<Page> walk;
    };

    static boost::asio::awaitable<std::optional<result<item>>> pull(std::shared_ptr<state> s) {
        while (auto position = s->walk.step()) {
            auto page = co_await s->fetch(*position, boost::asio::use_awaitable);
            s->walk.take(std::move(page));
        }
        co_return std::move(s->walk.current);
    }

    std::shared_ptr<state> s_;
    boost::asio::any_io_executor executor_;
};

MERCADOPAGO_DETAIL_COROUTINES_END

}  // namespace mercadopago
