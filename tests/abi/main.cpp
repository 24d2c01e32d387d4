// Links two libraries that each embed a different version of mercadopago and
// checks that each one runs its own copy (tests/abi/CMakeLists.txt).
//
//     abi_check EXPECTED_A EXPECTED_B        exit 0: each copy ran its own code
//     abi_check --expect-collision A B       exit 0: one copy ran the other's
//                                            (the control, built with one ABI
//                                            namespace for both copies)
#include <cstdio>
#include <cstring>
#include <string>

std::string embedder_a();
std::string embedder_b();

int main(int argc, char** argv) {
    const bool expect_collision = argc == 4 && std::strcmp(argv[1], "--expect-collision") == 0;
    if (argc != 3 && !expect_collision) return std::fputs("usage: abi_check [--expect-collision] A B\n", stderr), 2;
    const std::string want_a = argv[argc - 2], want_b = argv[argc - 1];
    const std::string a = embedder_a(), b = embedder_b();
    std::printf("library a sent User-Agent: %s (its headers: %s)\n", a.c_str(), want_a.c_str());
    std::printf("library b sent User-Agent: %s (its headers: %s)\n", b.c_str(), want_b.c_str());
    const bool separate = a == want_a && b == want_b;
    if (expect_collision) {
        // The control: without distinct inline namespaces both libraries run
        // the first-loaded copy of the client's inline code.
        if (a == b) return std::puts("one copy ran the other's code, as expected without distinct namespaces"), 0;
        return std::puts("FAIL: the control saw no collision, so this test could not detect one"), 1;
    }
    if (separate) return std::puts("each library ran its own copy"), 0;
    return std::puts("FAIL: a library ran the other copy's code (ODR violation)"), 1;
}
