// The asynchronous client's default transport compiled once, for separate
// compilation (see include/mercadopago/async_src.hpp): the library
// mercadopago::async_compiled, apart from mercadopago::compiled so that a
// program that never uses the asynchronous client never compiles it.
#include <mercadopago/async_src.hpp>
