// A phone number as the API splits it.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/describe.hpp>
#include <mercadopago/detail/instantiation.hpp>
#include <mercadopago/extra_fields.hpp>
#include <mercadopago/optional.hpp>

#include <boost/json/object.hpp>

#include <string>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

/// A phone number as the API splits it: area code, number, extension (all text).
struct phone {
    optional<std::string> area_code{};  ///< text; customers' phones arrive as JSON numbers at times
    optional<std::string> number{};  ///< the number without area code; kept as its digits when sent as a JSON number
    optional<std::string> extension{};  ///< extension, when there is one; usually absent
    extra_fields extra{};  ///< keys this library does not model, kept with their JSON text and written back unchanged

    MERCADOPAGO_FIELDS(phone, area_code, number, extension);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(phone);

}  // namespace mercadopago
