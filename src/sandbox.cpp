// The sandbox emulator compiled once, for separate compilation: every file
// that uses sandbox::emulator then only calls it (see
// include/mercadopago/sandbox/src.hpp). In its own file so that a program
// that never uses the sandbox does not link it from the static library.
#include <mercadopago/sandbox/src.hpp>
