// Test helpers: read the real API bodies under tests/fixtures and compare JSON
// by value (key order and number spelling do not matter, kinds do). To compare
// number spelling as well (`1.50` vs `1.5`), see json_text.hpp.
#pragma once

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace test_support {

inline std::string read_fixture(const std::string& relative) {
    std::ifstream in(std::string(MERCADOPAGO_FIXTURES_DIR) + "/" + relative, std::ios::binary);
    if (!in) throw std::runtime_error("missing fixture " + relative);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline boost::json::value parse(const std::string& text) { return boost::json::parse(text); }

}  // namespace test_support
