// The test helper tests/support/json_text.hpp: a comparator that let number
// spellings through would hide exactly the bugs the round-trip checks look for.
#include <doctest/doctest.h>

#include "support/json_text.hpp"

#include <string>
#include <vector>

// The file's names live in a namespace of their own: the test binaries are
// built as unity batches, where every file shares one translation unit.
namespace json_text_test {

using test_support::same_json_text;

TEST_CASE("same_json_text: key order and whitespace are free") {
    std::string why;
    CHECK(same_json_text(R"({"a":1,"b":[1,2],"c":{"x":null,"y":true}})",
                         " {\n \"c\" : { \"y\" : true , \"x\" : null } ,\t\"b\":[1, 2], \"a\":1 }", &why));
    CHECK(why.empty());
    CHECK(same_json_text("[]", " [ ] "));
    CHECK(same_json_text("{}", "{ }"));
    CHECK(same_json_text("1.50", "1.50"));
}

TEST_CASE("same_json_text: numbers are compared by their text") {
    std::string why;
    CHECK_FALSE(same_json_text(R"({"metadata":{"total":1.50}})", R"({"metadata":{"total":1.5}})", &why));
    CHECK(why == "/metadata/total: number text 1.50 vs 1.5");
    CHECK_FALSE(same_json_text("-0", "0", &why));
    CHECK(why == "(root): number text -0 vs 0");
    CHECK_FALSE(same_json_text("[100]", "[100.0]"));
    CHECK_FALSE(same_json_text("[2E+3]", "[2E3]"));
    CHECK_FALSE(same_json_text("[1e400]", "[1E400]"));
    CHECK(same_json_text("[1e400]", "[1e400]"));  // beyond double range: text still compares
    CHECK(same_json_text("[-1e-400]", "[-1e-400]"));
    // Equal as doubles, different as text.
    CHECK_FALSE(same_json_text("[123456789012345678901234567890]", "[123456789012345678901234567891]", &why));
    CHECK(why == "/0: number text 123456789012345678901234567890 vs 123456789012345678901234567891");
    CHECK_FALSE(same_json_text("[0.1000000000000000000000000000001]", "[0.1]"));
}

TEST_CASE("same_json_text: kinds, strings and arrays") {
    std::string why;
    CHECK_FALSE(same_json_text(R"({"id":1562188766852})", R"({"id":"1562188766852"})", &why));
    CHECK(why == R"(/id: number 1562188766852 vs string "1562188766852")");
    CHECK_FALSE(same_json_text(R"({"a":null})", R"({"a":{}})", &why));
    CHECK(why == "/a: null vs object of 0 members");
    CHECK_FALSE(same_json_text("[true]", "[false]"));
    // Strings compare after unescaping.
    CHECK(same_json_text(R"(["S\u00e3o Paulo","a\/b","\"q\"\n"])", "[\"S\xC3\xA3o Paulo\",\"a/b\",\"\\\"q\\\"\\u000a\"]"));
    CHECK_FALSE(same_json_text(R"(["abc"])", R"(["abd"])", &why));
    CHECK(why == R"(/0: string "abc" vs string "abd")");
    // Array order and length matter.
    CHECK_FALSE(same_json_text("[1,2]", "[2,1]", &why));
    CHECK(why == "/0: number text 1 vs 2");
    CHECK_FALSE(same_json_text("[1,2]", "[1,2,3]", &why));
    CHECK(why == "(root): array of 2 elements vs array of 3 elements");
}

TEST_CASE("same_json_text: nested arrays and objects report a JSON Pointer path") {
    std::string why;
    CHECK(same_json_text(R"([[1,[2,{"k":[3.0,{"z":[]}]}]]])", R"([[1,[2,{"k":[3.0,{"z":[]}]}]]])"));
    CHECK_FALSE(same_json_text(R"([[1,[2,{"k":[3.0]}]]])", R"([[1,[2,{"k":[3]}]]])", &why));
    CHECK(why == "/0/1/1/k/0: number text 3.0 vs 3");
    CHECK_FALSE(same_json_text(R"({"a/b":{"m~n":1}})", R"({"a/b":{"m~n":2}})", &why));
    CHECK(why == "/a~1b/m~0n: number text 1 vs 2");
    CHECK_FALSE(same_json_text(R"({"a":1,"b":2})", R"({"a":1})", &why));
    CHECK(why == "/b: only in the first text");
    CHECK_FALSE(same_json_text(R"({"a":1})", R"({"a":1,"c":{"d":0}})", &why));
    CHECK(why == "/c: only in the second text");
}

TEST_CASE("same_json_text: duplicate keys are counted and compared in order, not collapsed") {
    std::string why;
    CHECK(same_json_text(R"({"a":1,"b":3,"a":2})", R"({"b":3,"a":1,"a":2})"));
    CHECK_FALSE(same_json_text(R"({"a":1,"a":2})", R"({"a":2})", &why));  // a last-wins reader's view
    CHECK(why == "/a: number text 1 vs 2");
    CHECK_FALSE(same_json_text(R"({"a":2})", R"({"a":2,"a":2})", &why));
    CHECK(why == "/a (occurrence 2 of a duplicate key): only in the second text");
    CHECK_FALSE(same_json_text(R"({"a":1,"a":2})", R"({"a":2,"a":1})"));
    CHECK(test_support::has_duplicate_keys(R"({"x":[{"a":1,"a":2}]})"));
    CHECK_FALSE(test_support::has_duplicate_keys(R"({"a":{"a":1},"b":[{"a":1},{"a":2}]})"));
}

TEST_CASE("same_json_text: invalid JSON never compares equal") {
    std::string why;
    CHECK_FALSE(same_json_text("{", "{", &why));
    CHECK(why.rfind("first text: invalid JSON at offset", 0) == 0);
    CHECK_FALSE(same_json_text("{}", "{} {}", &why));
    CHECK(why.rfind("second text: invalid JSON", 0) == 0);
    CHECK_FALSE(same_json_text("", ""));
    CHECK_FALSE(same_json_text("[1.]", "[1.]"));
}

TEST_CASE("same_json_text: texts fed in parts give the same tree (number, string and key parts)") {
    const std::string text =
        R"({"a_rather_long_key_name":[-12345678901234567890.125e-7,"S\u00e3o \"Paulo\"",1.50,-0,true,null],)"
        R"("k":{"n":123456789012345678901234567890}})";
    std::vector<test_support::json_text_detail::node> whole, parts;
    std::string error;
    REQUIRE(test_support::json_text_detail::parse_tree(text, whole, error));
    for (std::size_t chunk : {1u, 2u, 7u}) {
        CAPTURE(chunk);
        REQUIRE(test_support::json_text_detail::parse_tree(text, parts, error, chunk));
        REQUIRE(parts.size() == whole.size());
        for (std::size_t i = 0; i < whole.size(); ++i) {
            CHECK(parts[i].text == whole[i].text);
            CHECK(parts[i].key == whole[i].key);
        }
    }
    CHECK(whole[2].text == "-12345678901234567890.125e-7");
    CHECK(whole[3].text == "S\xC3\xA3o \"Paulo\"");
    CHECK(whole[5].text == "-0");
    CHECK(whole[1].key == "a_rather_long_key_name");
}

TEST_CASE("same_json_text: number spellings of one value still differ") {
    using test_support::same_json_text;
    std::string why;
    CHECK_FALSE(same_json_text("[5.0E8]", "[500000000.0]"));
    CHECK_FALSE(same_json_text("[2E+3]", "[2E3]"));
    CHECK_FALSE(same_json_text("[1.50]", "[1.5]", &why));
    CHECK(why == "/0: number text 1.50 vs 1.5");
    CHECK_FALSE(same_json_text("[-0]", "[0]"));
    CHECK_FALSE(same_json_text("[1e400]", "[null]"));
    CHECK(same_json_text("[1e400]", "[1e400]"));
}

}  // namespace json_text_test
