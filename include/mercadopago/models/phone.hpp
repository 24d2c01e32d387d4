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

struct phone {
    optional<std::string> area_code{};  ///< text; customers' phones arrive as JSON numbers at times
    optional<std::string> number{};
    optional<std::string> extension{};
    extra_fields extra{};

    MERCADOPAGO_FIELDS(phone, area_code, number, extension);
};

/// Compiled once with MERCADOPAGO_SEPARATE_COMPILATION (detail/instantiation.hpp).
MERCADOPAGO_CODECS(phone);

}  // namespace mercadopago
