# Shared by the tmux-driven e2e scripts (sourced, not run): a private tmux
# server, sessions started without a shell, and polling of the screen.
# The sourcing script sets `test_name` first and may use every function here.
server=newsroom-$test_name-$$
tm() { tmux -L "$server" "$@"; }
# Every session keeps its positions, bookmarks, clippings and settings in a folder of its own here, not in the user's home.
xdg=$(mktemp -d)
# Readers ended by kill-server save their positions on the way out: wait for them before removing it.
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$xdg" 2>/dev/null || { sleep 1; rm -rf "$xdg"; }' EXIT
fail() { echo "$test_name.e2e: $*" >&2; exit 1; }
command -v tmux >/dev/null 2>&1 || fail "tmux is not installed"
# A server whose options hold before any reader starts: remain-on-exit keeps
# a finished pane so its exit status can be read.
tm -f /dev/null new-session -d -s idle -x 80 -y 24 "sleep 600" || fail "tmux did not start"
tm set -g remain-on-exit on >/dev/null

start() {  # start SESSION WIDTH HEIGHT ARGS... (argv runs without a shell)
  local name=$1 w=$2 h=$3; shift 3
  tm new-session -d -s "$name" -x "$w" -y "$h" -e LANG=C.UTF-8 -e TERM=tmux-256color \
    -e XDG_STATE_HOME="$xdg/$name/state" -e XDG_DATA_HOME="$xdg/$name/data" -e XDG_CONFIG_HOME="$xdg/$name/config" "$@" || fail "new-session $name"
}
screen() { tm capture-pane -p -t "$1"; }
# Polls every 20 ms until the screen of SESSION shows TEXT; dumps it after 5 s.
wait_for() {
  local name=$1 want=$2 i
  for ((i = 0; i < 250; i++)); do
    screen "$name" | grep -qF -- "$want" && return 0
    sleep 0.02
  done
  echo "--- screen of $name ---" >&2; screen "$name" >&2
  fail "timed out waiting for: $want"
}
# Polls until TEXT is no longer on the screen of SESSION.
wait_gone() {
  local name=$1 gone=$2 i
  for ((i = 0; i < 250; i++)); do
    screen "$name" | grep -qF -- "$gone" || return 0
    sleep 0.02
  done
  echo "--- screen of $name ---" >&2; screen "$name" >&2
  fail "still on screen: $gone"
}
wait_dead() {  # prints the exit status once the pane's process is gone
  local name=$1 i
  for ((i = 0; i < 250; i++)); do
    if [ "$(tm display -p -t "$name" '#{pane_dead}')" = 1 ]; then
      local status; status=$(tm display -p -t "$name" '#{pane_dead_status}')
      [ -n "$status" ] && { echo "$status"; return 0; }
      # tmux 3.3 now and then leaves a dead pane's child unreaped (a zombie,
      # no status) until its next SIGCHLD: nudge it.
      ((i % 10 == 9)) && kill -CHLD "$(tm display -p '#{pid}')" 2>/dev/null
    fi
    sleep 0.02
  done
  echo "--- screen of $name ---" >&2; screen "$name" >&2
  fail "$name did not exit"
}
