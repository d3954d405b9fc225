#!/usr/bin/env bash
# Install the Debian packages named as arguments when they are missing.
# An argument is PACKAGE or PACKAGE:COMMAND; with a COMMAND, finding it on PATH counts as
# installed (Node or PostgreSQL may come from elsewhere than Debian's packages).
# As root (CI, containers) missing packages are installed with apt-get; otherwise they are
# listed and the script exits 0, so the features needing them are skipped, not broken.
set -euo pipefail

missing=()
for spec in "$@"; do
    package="${spec%%:*}"
    command_name="${spec#*:}"
    if [ "$command_name" != "$spec" ] && command -v "$command_name" >/dev/null 2>&1; then
        continue
    fi
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        continue
    fi
    missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "install-system-deps: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "install-system-deps: missing ${missing[*]} (run as root or install them yourself)" >&2
fi
