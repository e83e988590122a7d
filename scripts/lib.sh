# Shared helpers for scripts/demo and scripts/test (sourced, not run).
CAIJI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CAIJI_BUILD_DIR=${CAIJI_BUILD_DIR:-$CAIJI_ROOT/build}

# Installs whatever scripts/debian-packages.txt lists that is not installed yet.
caiji_install_packages() {
    local wanted missing=()
    wanted=$(grep -v '^\s*#' "$CAIJI_ROOT/scripts/debian-packages.txt" | grep -v '^\s*$')
    for p in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then sudo="sudo"; else
            echo "error: missing packages ${missing[*]} and no root rights to install them" >&2
            return 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures and builds Release with Ninja (ccache is picked up by CMakeLists.txt when present);
# arguments go to cmake (a later -DCMAKE_BUILD_TYPE wins).
caiji_build() {
    cmake -S "$CAIJI_ROOT" -B "$CAIJI_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
    cmake --build "$CAIJI_BUILD_DIR" -j"$(nproc)"
}
