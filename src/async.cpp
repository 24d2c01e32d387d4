// The asynchronous client's default transport compiled once, for separate
// compilation (see include/mercadopago/async_src.hpp). In its own file so
// that a program that never uses the asynchronous client does not link it.
#include <mercadopago/async_src.hpp>
