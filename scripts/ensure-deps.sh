#!/usr/bin/env bash
# Makes sure the system packages Newsroom builds and tests with are present:
# installs them with apt-get when running as root, otherwise names the command.
set -euo pipefail
missing=()
[ -f /usr/include/ncursesw/curses.h ] || missing+=(libncurses-dev)
[ -f /usr/include/libxml2/libxml/parser.h ] || missing+=(libxml2-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "newsroom: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "newsroom: missing system packages; run: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
