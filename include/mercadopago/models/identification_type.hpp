// An identity document type accepted in a country (`GET /v1/identification_types`).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/optional.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// An identity document type accepted on the seller's site (CPF, CNPJ, DNI, …), with its length rule.
struct identification_type {
    optional<std::string> id{};    ///< "CPF", "CNPJ", "DNI", … (the value to send as identification.type)
    optional<std::string> name{};  ///< display name of the document type
    optional<std::string> type{};  ///< "number" or "string": what the document number holds
    optional<std::int64_t> min_length{};  ///< fewest characters a document number of this type has
    optional<std::int64_t> max_length{};  ///< most characters a document number of this type has
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(identification_type, id, name, type, min_length, max_length);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(identification_type);

}  // namespace mercadopago
