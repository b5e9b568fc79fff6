#!/usr/bin/env bash
# RunPad's developer entry point: installs what is missing, builds, runs, tests.
#
#   packaging/dev.sh run [ARGS...]   build the Qt 6 flavour and start the IDE with the local sandbox
#   packaging/dev.sh test            build both flavours (Qt 6 and Qt 5), run every CTest suite and 60 s of fuzzing
#   packaging/dev.sh fuzz [SECONDS]  fuzz the sandbox's request parsing (libFuzzer, clang) for SECONDS (60)
#   packaging/dev.sh build [6|5]     configure and build one flavour (default 6) into build/qt<N>
#   packaging/dev.sh bench [6|5]     build and run the benchmarks in tests/bench
#   packaging/dev.sh deps            only install the Debian packages that are missing
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

common_packages=(
    build-essential cmake ninja-build pkg-config git
    nlohmann-json3-dev libseccomp-dev libcap-dev libgl-dev
    xvfb xauth fonts-dejavu-core
    fonts-nanum  # Hangul for the Korean translation (else boxes)
)
# The toolchains of resources/languages, so that every language runs (and is tested) out of the box.
toolchain_packages=(
    python3 pypy3 gcc g++ openjdk-17-jdk-headless nodejs rustc golang-go ruby perl php-cli lua5.4
    bash sqlite3 gfortran fp-compiler gnucobol3 tcl mono-mcs mono-runtime
)
# Packaging (tests/packaging): dpkg-shlibdeps for cpack's dependencies, the validators of the
# desktop file and the AppStream metainfo, man for the man pages, addgroup for the postinst.
packaging_packages=(dpkg-dev desktop-file-utils appstream man-db adduser)
# TypeScript with Node's type declarations, from npm (Debian has no @types/node).
npm_packages=(typescript@5.9.3 @types/node@20.19.43)
qt6_packages=(
    qt6-base-dev qt6-base-dev-tools libqscintilla2-qt6-dev qt6-websockets-dev qt6-httpserver-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins qtkeychain-qt6-dev
    libqt6svg6  # Qt's SVG plugin: draws the window icon
    qt6-translations-l10n  # Qt's own words (standard buttons, dialogs) in Korean and German
)
qt5_packages=(
    qtbase5-dev libqscintilla2-qt5-dev qttools5-dev qttools5-dev-tools libqt5websockets5-dev
    libkf5syntaxhighlighting-dev qtkeychain-qt5-dev libqt5svg5  # libqt5svg5: the window icon
    qttranslations5-l10n  # Qt's own words (standard buttons, dialogs) in Korean and German
)

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

say() { printf '\033[1m== %s\033[0m\n' "$*"; }

# Installs only what dpkg does not already report as installed, so a second call does nothing.
install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

deps() {
    local flavours=("$@")
    local wanted=("${common_packages[@]}" "${toolchain_packages[@]}" "${packaging_packages[@]}")
    for f in "${flavours[@]}"; do
        if [ "$f" = 6 ]; then wanted+=("${qt6_packages[@]}"); else wanted+=("${qt5_packages[@]}"); fi
    done
    install_missing "${wanted[@]}"
    # Debian's nodejs comes without npm; NodeSource's has it built in.
    command -v npm >/dev/null || install_missing npm
    local npm_root
    npm_root=$(npm root -g 2>/dev/null)
    if [ ! -f "$npm_root/typescript/package.json" ] || [ ! -d "$npm_root/@types/node" ]; then
        say "installing ${npm_packages[*]} from npm"
        "${sudo[@]}" npm install -g --no-fund --no-audit "${npm_packages[@]}"
    fi
}

build() {
    local flavour=$1 dir="$root/build/qt$1"
    say "building Qt $flavour flavour in build/qt$flavour"
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQT_MAJOR_VERSION="$flavour" >/dev/null
    cmake --build "$dir" -j"$jobs"
}

# libFuzzer on the helper's request parsing (tests/fuzz), built with clang into build/fuzz. Prints
# "fuzz: N execs, 0 crashes", or fails with the crashing input's path.
fuzz() {
    local seconds=${1:-60} dir="$root/build/fuzz" cxx
    cxx=$(command -v clang++ || command -v clang++-14 || true)
    if [ -z "$cxx" ]; then
        install_missing clang
        cxx=$(command -v clang++ || command -v clang++-14)
    fi
    say "fuzzing request parsing for ${seconds} s"
    CXX=$cxx cmake -S "$root/tests/fuzz" -B "$dir" -G Ninja >/dev/null
    cmake --build "$dir" -j"$jobs" >"$dir/build.log" 2>&1 || { tail -n 20 "$dir/build.log"; echo "fuzz: the fuzzer did not build"; return 1; }
    mkdir -p "$dir/corpus" "$dir/crashes"
    local log="$dir/fuzz.log" status=0
    "$dir/fuzz_execute_request" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$dir/crashes/" "$dir/corpus" "$root/tests/fuzz/corpus" >"$log" 2>&1 || status=$?
    local execs
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    if [ "$status" -ne 0 ]; then
        grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' "$log" || tail -n 20 "$log"
        echo "fuzz: ${execs:-?} execs, a crash (log: $log)"
        return 1
    fi
    echo "fuzz: ${execs:-?} execs, 0 crashes"
}

run_tests() {
    local flavour=$1
    say "testing Qt $flavour flavour"
    # Failures are collected, not fatal, so both flavours always report.
    ctest --test-dir "$root/build/qt$flavour" --output-on-failure -j"$jobs" -LE bench || return 1
}

cmd=${1:-help}
shift || true
case "$cmd" in
    deps)
        deps 6 5 ;;
    build)
        flavour=${1:-6}
        deps "$flavour"
        build "$flavour" ;;
    run)
        deps 6
        build 6
        say "starting RunPad"
        exec "$root/build/qt6/bin/runpad" "$@" ;;
    test)
        deps 6 5
        build 6
        build 5
        status=0
        run_tests 6 || status=1
        # Between the flavours, so the last thing printed is still a CTest summary.
        fuzz 60 || status=1
        run_tests 5 || status=1
        exit $status ;;
    fuzz)
        fuzz "${1:-60}" ;;
    bench)
        flavour=${1:-6}
        deps "$flavour"
        build "$flavour"
        ctest --test-dir "$root/build/qt$flavour" -L bench --verbose ;;
    *)
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        [ "$cmd" = help ] || exit 2 ;;
esac
