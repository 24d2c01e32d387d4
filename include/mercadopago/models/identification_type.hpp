// An identity document type accepted in a country (`GET /v1/identification_types`).
#pragma once

#include <mercadopago/describe.hpp>
#include <mercadopago/extra_fields.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>

namespace mercadopago {

struct identification_type {
    std::optional<std::string> id{};    ///< "CPF", "CNPJ", "DNI", … (the value to send as identification.type)
    std::optional<std::string> name{};
    std::optional<std::string> type{};  ///< "number" or "string": what the document number holds
    std::optional<std::int64_t> min_length{};
    std::optional<std::int64_t> max_length{};
    extra_fields extra{};

    static constexpr auto json_fields() {
        using self = identification_type;
        return std::tuple{field<"id">(&self::id), field<"name">(&self::name), field<"type">(&self::type),
                          field<"min_length">(&self::min_length), field<"max_length">(&self::max_length)};
    }
};

}  // namespace mercadopago
