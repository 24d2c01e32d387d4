#!/usr/bin/env bash
# Installs everything needed to build, test, benchmark and package mercadopago
# on Debian 12 (bookworm), then the browser tests' npm packages
# (tests/browser/node_modules, from its package-lock.json). Safe to run again:
# apt-get skips what is installed, npm ci reinstalls the locked versions.
#
#     sudo ./scripts/install-deps.sh      # or as root: ./scripts/install-deps.sh
set -euo pipefail

packages=(
  # compilers: g++ 12 (default) and clang 14 (`clang` provides /usr/bin/clang++); clang's
  # runtimes for the sanitizers and libFuzzer (only recommended by clang-14, so named here)
  g++ clang-14 clang libclang-rt-14-dev
  # LLVM's standard library, for the libcxx preset
  libc++-14-dev libc++abi-14-dev
  # build tools
  cmake ninja-build meson pkg-config git
  # the API reference (the docs target) and the Debian packages (cpack: dpkg-shlibdeps, file)
  doxygen dpkg-dev file
  # libraries
  libboost1.81-dev libboost-json1.81-dev libssl-dev libcpp-httplib-dev libcurl4-openssl-dev
  # test and benchmark frameworks; GNU time for benchmarks/compile_cost.sh
  doctest-dev libbenchmark-dev time
  # TLS tooling and CA roots
  openssl ca-certificates
  # Node.js runs the sandbox's MercadoPago.js in tests/js
  nodejs
  # the browser tests under tests/browser: examples/web_shop in headless Chromium
  chromium
)

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-deps.sh: run as root or install sudo" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}"

# puppeteer-core for tests/browser. Debian ships npm apart from nodejs; a
# Node.js from elsewhere (e.g. NodeSource) brings its own, so only install
# Debian's when there is none.
if ! command -v npm >/dev/null 2>&1; then
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends npm
fi
# Under sudo, npm runs as the invoking user: node_modules must not be root's.
npm_as=()
if [[ -n ${SUDO_USER:-} && $SUDO_USER != root && $(id -u) -eq 0 ]]; then
  npm_as=(sudo -u "$SUDO_USER" -H)
fi
"${npm_as[@]}" npm ci --prefix "$root/tests/browser" --no-audit --no-fund
