// A person's or company's identity document (CPF, CNPJ, DNI, RUT, …).
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/optional.hpp>

#include <boost/json/object.hpp>

#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// An identity document: its type (see identification_types()) and number.
struct identification {
    optional<std::string> type{};    ///< "CPF", "CNPJ", "DNI", … (see identification_types())
    optional<std::string> number{};  ///< digits as text; the API sometimes sends a JSON number
    extra_fields extra{};          ///< keys this version does not model, kept for round trips

    MERCADOPAGO_FIELDS(identification, type, number);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(identification);

}  // namespace mercadopago
