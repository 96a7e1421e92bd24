#!/usr/bin/env bash
# The browser the e2e tests and bench:app launch (scripts/chromium.ts): Chromium ($CHROME_PATH, else Debian's
# /usr/bin/chromium) with every --disable-features list it is given merged into one, as is every --enable-features
# list. Chromium reads only the last of each, so a list of ours after Playwright's would turn Playwright's own back on.
set -euo pipefail
args=()
disabled=()
enabled=()
for arg in "$@"; do
  case "$arg" in
    --disable-features=*) disabled+=("${arg#--disable-features=}") ;;
    --enable-features=*) enabled+=("${arg#--enable-features=}") ;;
    *) args+=("$arg") ;;
  esac
done
IFS=,
if ((${#disabled[@]})); then args+=("--disable-features=${disabled[*]}"); fi
if ((${#enabled[@]})); then args+=("--enable-features=${enabled[*]}"); fi
exec "${CHROME_PATH:-/usr/bin/chromium}" "${args[@]}"
