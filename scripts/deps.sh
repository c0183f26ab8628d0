#!/usr/bin/env bash
# Installs the Debian 12 packages gkreview needs to build, test and run. Sourced by run.sh and
# test.sh; installs only what is missing, as root or through sudo, else names the packages.
GK_PACKAGES=(
    cmake ninja-build g++ pkg-config python3
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libxkbcommon-dev libgl-dev
    qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6sql6-sqlite
    libicu-dev libxlsxwriter-dev libgumbo-dev libzip-dev libpoppler-qt6-dev
    libtesseract-dev libleptonica-dev tesseract-ocr-chi-sim tesseract-ocr-eng
    xvfb xauth fonts-noto-cjk unzip zip
    w3m poppler-utils
    clang libfuzzer-14-dev
)

gk_missing_packages() {
    local missing=()
    for p in "${GK_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    echo "${missing[@]}"
}

gk_install_dependencies() {
    local missing
    missing=$(gk_missing_packages)
    [ -z "$missing" ] && return 0
    echo "gkreview: installing Debian packages: $missing"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo="sudo"
        else
            echo "gkreview: these Debian packages are missing and I cannot install them without root:" >&2
            echo "    sudo apt-get install $missing" >&2
            return 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq || return 1
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq --no-install-recommends $missing || return 1
}

gk_configure_and_build() {
    local top=$1
    cmake -S "$top" -B "$top/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo || return 1
    cmake --build "$top/build" --parallel "$(nproc)" || return 1
}
