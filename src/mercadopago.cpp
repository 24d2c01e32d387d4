// The compiled part of mercadopago for separate compilation: the codec of
// every library model, instantiated once (CMake target mercadopago::compiled,
// Meson mercadopago_compiled_dep). See include/mercadopago/src.hpp.
#include <mercadopago/src.hpp>
