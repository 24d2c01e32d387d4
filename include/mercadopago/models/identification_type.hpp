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

struct identification_type {
    optional<std::string> id{};    ///< "CPF", "CNPJ", "DNI", … (the value to send as identification.type)
    optional<std::string> name{};
    optional<std::string> type{};  ///< "number" or "string": what the document number holds
    optional<std::int64_t> min_length{};
    optional<std::int64_t> max_length{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(identification_type, id, name, type, min_length, max_length);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(identification_type);

}  // namespace mercadopago
