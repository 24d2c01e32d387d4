// Boost.JSON compiled from its headers, for builds that cannot link the
// installed libboost_json (MERCADOPAGO_BOOST_JSON_SOURCE: clang's libc++ on
// Debian, whose Boost is built against libstdc++). Not used otherwise.
#include <boost/json/src.hpp>
