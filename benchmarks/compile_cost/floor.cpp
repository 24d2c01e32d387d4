// Compile-cost floor: every header the library itself includes from its
// dependencies (Boost.JSON, cpp-httplib, OpenSSL) and the standard library,
// and nothing of the library. benchmarks/compile_cost.sh divides the cost of
// the other translation units by this one's.
//
// Keep it in step with the library's includes:
//   grep -rh '#include <boost' include/ | sort -u
//   grep -rh '#include <openssl' include/ | sort -u
//   grep -rh '#include <[a-z_]*>' include/ | sort -u
// (plus <httplib.h>). The POSIX headers only the sandbox's HTTP server uses
// are left out: httplib.h includes them anyway, and the umbrella header does
// not include the sandbox.

// Boost.JSON
#include <boost/json/array.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

// cpp-httplib (with the CPPHTTPLIB_* macros of `pkg-config --cflags cpp-httplib`)
#include <httplib.h>

// OpenSSL
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>

// The standard library
#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <chrono>
#include <climits>
#include <cmath>
#include <compare>
#include <concepts>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <functional>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

int main() {}
