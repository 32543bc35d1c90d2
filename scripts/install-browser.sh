#!/bin/sh
# Installs Debian's Chromium and ChromeDriver for the browser tests (root on these machines; sudo elsewhere).
set -e
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
