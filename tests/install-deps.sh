#!/bin/sh
# install-deps.sh: installs, from Debian's packages, everything nis2-notify
# needs to build, run and test.  Run as root (or through sudo).
set -e
pkgs="gcc make autoconf automake autopoint gettext pkg-config \
libncurses-dev libyaml-dev libcmocka-dev tmux valgrind dialog hyperfine clang libclang-rt-14-dev \
debhelper dh-autoreconf dpkg-dev fakeroot lintian bash-completion po4a"
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
