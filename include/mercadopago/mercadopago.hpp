// mercadopago — C++20 binding of the Mercado Pago payments REST API.
//
// The umbrella header: includes the whole public API. Including only the
// headers you use compiles faster; single_include/mercadopago/mercadopago.hpp
// is this header with every mercadopago/ header inlined (scripts/amalgamate.sh).
#pragma once

#include <mercadopago/version.hpp>

#include <mercadopago/codec.hpp>
#include <mercadopago/decimal.hpp>
#include <mercadopago/describe.hpp>
#include <mercadopago/error.hpp>
#include <mercadopago/json.hpp>
#include <mercadopago/open_enum.hpp>
#include <mercadopago/result.hpp>
#include <mercadopago/timestamp.hpp>

// Models: every header under mercadopago/models/, alphabetically
// (`scripts/amalgamate.sh --check` fails when one is missing here).
#include <mercadopago/models/identification.hpp>
#include <mercadopago/models/phone.hpp>
