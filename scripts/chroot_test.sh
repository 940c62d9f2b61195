#!/usr/bin/env bash
# Run the test suite on another Debian release's QGIS, in a debootstrap chroot.
#
#   scripts/chroot_test.sh prepare QGIS   make the chroot and install the packages
#   scripts/chroot_test.sh test QGIS      the same, then `make test` inside it
#
# QGIS is 3.22 (Debian 12), 3.40 (Debian 13) or 3.44 (Debian 13 backports).
# Run as root (CI) or with sudo. The repository is bind-mounted at its own path
# (so build/plugins/csiap_planner, an absolute link, works inside too) with
# ../shared beside it; the chroot's venv is build/venv-<release> (another Python than
# the host's .venv). Chroots live in $CSIAP_CHROOTS (default /var/tmp/csiap-ci),
# one per repository path and version, about 3 GB each; a second run reuses it.
set -euo pipefail

action=${1:?usage: $0 prepare|test QGIS}
qgis=${2:?usage: $0 prepare|test QGIS (3.22, 3.40 or 3.44)}
repo=$(cd "$(dirname "$0")/.." && pwd -P)
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

case "$qgis" in
  3.22) release=bookworm; backports= ;;
  3.40) release=trixie; backports= ;;
  3.44) release=trixie; backports=trixie-backports ;;
  *) echo "QGIS $qgis: no Debian release ships it (choose 3.22, 3.40 or 3.44)" >&2; exit 2 ;;
esac

if [ "$(id -u)" != 0 ]; then
  exec sudo --preserve-env "$0" "$@"
fi

# One chroot per clone (parallel CI jobs on one machine do not share one).
key=$(printf '%s' "$repo" | cksum | cut -d' ' -f1)
root=${CSIAP_CHROOTS:-/var/tmp/csiap-ci}/qgis-$qgis-$key
venv=build/venv-$release${backports:+-backports}
log() { printf '[chroot %s] %s\n' "$qgis" "$*"; }

if ! command -v debootstrap >/dev/null 2>&1; then
  log "installing debootstrap"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
fi

mounted=()
unmount_all() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount -R "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" || true
  done
  mounted=()
}
trap unmount_all EXIT
trap 'exit 130' INT TERM HUP

bind() {  # bind SOURCE TARGET-INSIDE-THE-CHROOT
  mkdir -p "$root$2"
  mount --rbind "$1" "$root$2"
  mount --make-rslave "$root$2"
  mounted+=("$root$2")
}

if [ ! -e "$root/.debootstrap-done" ]; then
  log "debootstrap $release into $root"
  rm -rf "$root"
  mkdir -p "$root"
  start=$SECONDS
  debootstrap --variant=minbase "$release" "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
    { tail -20 "$root.debootstrap.log" >&2; exit 1; }
  touch "$root/.debootstrap-done"
  log "debootstrap took $((SECONDS - start)) s"
fi

# Reach the registries as the host does: its resolver, CA certificates and pip settings.
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
if [ -d /etc/ssl/certs ]; then
  mkdir -p "$root/etc/ssl"
  rm -rf "$root/etc/ssl/certs"
  cp -rL /etc/ssl/certs "$root/etc/ssl/certs"
fi
[ -f /etc/pip.conf ] && cp -L /etc/pip.conf "$root/etc/pip.conf"
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror $release main
deb $mirror $release-updates main
${backports:+deb $mirror $backports main}
EOF
# Debian's services in a chroot would try to start: forbid it.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"

mount -t proc proc "$root/proc"
mounted+=("$root/proc")
bind /sys /sys
bind /dev /dev
bind "$repo" "$repo"
# ../shared beside the repository, as on the host (read-only for the tests).
if [ -e "$repo/../shared" ]; then
  bind "$(cd "$repo/../shared" && pwd -P)" "$(dirname "$repo")/shared"
  mount -o remount,bind,ro "$root$(dirname "$repo")/shared"
fi

in_chroot() {  # the host's environment (CI, PIP_*), with the chroot's own paths
  chroot "$root" /usr/bin/env -u VIRTUAL_ENV HOME=/root LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"
}

# The same packages as `make deps`, read from the Makefile; QGIS 3.44 from backports.
packages=$(make -s -C "$repo" apt-packages)
if [ ! -e "$root/.packages-done" ] || [ "$(cat "$root/.packages-done")" != "$packages" ]; then
  log "apt-get install (from $release${backports:+ and $backports})"
  start=$SECONDS
  in_chroot apt-get update -q
  # shellcheck disable=SC2086  # a list of package names
  in_chroot apt-get install -y -q --no-install-recommends ${backports:+-t $backports} make ca-certificates $packages
  printf '%s' "$packages" >"$root/.packages-done"
  log "apt-get took $((SECONDS - start)) s"
fi
installed=$(in_chroot dpkg-query -W -f='${Version}' qgis)
case "$installed" in
  "$qgis".*|*:"$qgis".*) log "QGIS $installed" ;;
  *) echo "[chroot $qgis] expected QGIS $qgis, the chroot has $installed" >&2; exit 1 ;;
esac

if [ "$action" = test ]; then
  in_chroot make -C "$repo" test VENV="$venv" PYTEST_ARGS="${PYTEST_ARGS:-}"
fi
