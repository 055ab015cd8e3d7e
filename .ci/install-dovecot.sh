#!/usr/bin/env bash
# Install Dovecot's IMAP server for tests/imap (idempotent; CI runs as root on Debian).
# The tests start their own unprivileged instance on a free loopback port; the machine
# images' policy-rc.d keeps the package from starting a system-wide Dovecot.
set -euo pipefail

if command -v dovecot >/dev/null 2>&1 && command -v doveadm >/dev/null 2>&1 \
    && dpkg-query -W -f='${Status}' dovecot-imapd 2>/dev/null | grep -q "install ok installed"; then
  echo "dovecot-imapd already installed: $(dovecot --version)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends dovecot-imapd
echo "installed: $(dovecot --version)"
