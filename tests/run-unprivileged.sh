#!/bin/sh
# Runs the file-writing tests ([io]) of the test binary $1 again as an unprivileged user
# (nobody) when the tests run as root: root may create files in any folder and give files
# away, so the tests take other paths for it. Not root: they already ran as this user.
set -eu
if [ "$(id -u)" != 0 ]; then
  echo "not root: the [io] tests already ran as $(id -un)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$1" "$work/mandat_tests"
chmod 755 "$work" "$work/mandat_tests"
setpriv --reuid=65534 --regid=65534 --clear-groups -- "$work/mandat_tests" "[io]"
