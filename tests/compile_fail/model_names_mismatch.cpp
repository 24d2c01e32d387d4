// Must NOT compile: a hand-written model whose `json_names` string names fewer
// fields than its `json_fields` list. Decoding it constant-evaluates the
// names, which stops at the library's named check; tests/CMakeLists.txt
// checks that name in the compiler's output.
#include <mercadopago/json.hpp>

#include <string>

struct two_fields {
    mercadopago::optional<std::string> id;
    mercadopago::optional<std::string> title;
    mercadopago::extra_fields extra;

    using json_fields = mercadopago::fields<&two_fields::id, &two_fields::title>;
    static constexpr char json_names[] = "id";  // "title" is missing
};

int main() { return mercadopago::from_json<two_fields>(R"({"id":"1"})").has_value() ? 0 : 1; }
