// Search envelopes. Bare JSON arrays (payment methods, cards, refunds, …)
// decode as std::vector<T> directly and need no envelope.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/optional.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// Position of a results page. `total` counts all matches; a page may hold
/// fewer than `limit` items (or none even when offset < total): stop paging on
/// an empty page as well as on offset >= total.
struct paging {
    optional<std::int64_t> total{};  ///< matches across all pages (offsets past 10000 are refused: narrow the dates)
    optional<std::int64_t> limit{};  ///< page size the API applied (payments: default 30, max 50)
    optional<std::int64_t> offset{};  ///< position of this page's first result among all matches, from 0
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(paging, total, limit, offset);
};

/// `{"paging":{…},"results":[…]}`: /v1/payments/search, /v1/customers/search,
/// /preapproval/search, … `results` is required: a page without it is malformed.
template <class T>
struct results_page {
    optional<mercadopago::paging> paging{};  ///< where this page sits among all matches
    std::vector<T> results{};  ///< this page's items, in the order the API sent them
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(results_page, paging, results);
};

/// `{"elements":[…],"next_offset":N,"total":N}`: /merchant_orders/search,
/// /checkout/preferences/search (whose elements are summaries, not full resources).
template <class T>
struct elements_page {
    std::vector<T> elements{};  ///< this page's items (preference summaries, merchant orders)
    optional<std::int64_t> next_offset{};  ///< next page's offset, as the API says; not always offset + elements.size()
    optional<std::int64_t> total{};  ///< matches across all pages
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(elements_page, elements, next_offset, total);
};

/// The paging of a data page. Its values arrive as numbers or as strings
/// ("30"); either reads as an integer and is written back as it came.
struct page_number_paging {
    optional<std::int64_t> total{};        ///< results in all pages
    optional<std::int64_t> total_pages{};  ///< number of pages at this page size; may be absent
    optional<std::int64_t> offset{};  ///< position of this page's first result among all matches
    optional<std::int64_t> limit{};  ///< page size
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(page_number_paging, total, total_pages, offset, limit);
};

/// `{"data":[…],"paging":{…}}`: /v1/orders (paged by page number).
template <class T>
struct data_page {
    std::vector<T> data{};  ///< this page's items
    optional<page_number_paging> paging{};  ///< totals and position of this page
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(data_page, data, paging);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(paging, page_number_paging);

}  // namespace mercadopago
