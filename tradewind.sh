#!/usr/bin/env bash
# Tradewind's two commands: `./tradewind.sh demo` and `./tradewind.sh test` (see README.md).
# Both install what is missing from Debian's archive, then build with CMake and Ninja.
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${TRADEWIND_BUILD_DIR:-$top/build}"
listen="${TRADEWIND_LISTEN:-127.0.0.1:8765}"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 libgl-dev qt6-translations-l10n
    libhttp-parser-dev libargon2-dev libsqlite3-dev catch2
    openssl curl xvfb xauth fonts-noto-cjk fonts-dejavu-core poppler-utils
)

install_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build_all() {
    cmake -G Ninja -S "$top" -B "$build" -DCMAKE_BUILD_TYPE="${TRADEWIND_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
    cmake --build "$build"
}

wait_for_server() {
    for _ in $(seq 1 100); do
        curl -fsS "http://$listen/api/v1" >/dev/null 2>&1 && return 0
        kill -0 "$1" 2>/dev/null || return 1
        sleep 0.2
    done
    return 1
}

run_demo() {
    local database="$build/tradewind-demo.db"
    "$build/app/tradewind-server" --database "$database" --listen "$listen" --demo &
    local server=$!
    trap 'kill $server 2>/dev/null || true' EXIT INT TERM
    if ! wait_for_server "$server"; then
        echo "The Tradewind server did not start; see the messages above." >&2
        exit 1
    fi
    cat <<MSG

Tradewind demo server: http://$listen  (database $database)
Demo logins, all with password tradewind-demo:
  director (executive) · manager.east, manager.west (sales managers)
  sales.east1, sales.east2, sales.west1 (salespeople) · finance · contracts · dispatcher · engineer1 · admin
MSG
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        "$build/app/tradewind" --server "http://$listen" || true
    else
        cat <<MSG
No display here, so the client was not opened. Run it on a desktop with:
  $build/app/tradewind --server http://$listen
(for another machine, restart with TRADEWIND_LISTEN=0.0.0.0:8765 and use this machine's address).
The server keeps running until you press Ctrl+C.
MSG
        wait "$server"
    fi
}

case "${1:-}" in
    demo)
        install_packages
        build_all
        run_demo
        ;;
    test)
        install_packages
        build_all
        cd "$build"
        QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j"$(nproc)"
        ;;
    *)
        echo "usage: $0 demo|test" >&2
        exit 2
        ;;
esac
