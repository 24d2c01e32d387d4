// Compile cost of including the whole library and using none of it.
#include <mercadopago/mercadopago.hpp>

int main() {}
