#!/usr/bin/env bash
# The full-screen reader, driven in a private tmux server: keys, resize,
# exit status, signals, and the refusal to start without a terminal.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
test_name=tui
source "$(dirname "$0")/tmux-helpers.sh"
seed=Fixtures/articles/seed-article.txt
# After exit the pane must be back on the normal screen. (tmux reports a dead
# pane's cursor as hidden whatever it was, so the cursor is checked in
# `wrapped` runs, where a shell outlives the reader.)
restored() {
  [ "$(tm display -p -t "$1" '#{alternate_on}')" = 0 ] || fail "$1: still on the alternate screen"
}
cursor_shown() {
  [ "$(tm display -p -t "$1" '#{cursor_flag}')" = 1 ] || fail "$1: cursor left hidden"
  [ "$(tm display -p -t "$1" '#{alternate_on}')" = 0 ] || fail "$1: still on the alternate screen"
}
wrapped() {  # wrapped SESSION COMMAND...: a command under a shell that prints its status and waits
  local name=$1; shift
  start "$name" 80 24 sh -c '"$@"; echo "exit=$?"; sleep 30' sh "$@"
}
reverse=$'\e\\[([0-9]+;)*7(;[0-9]+)*m'   # an SGR sequence that turns on reverse video
keys() { local name=$1; shift; tm send-keys -t "$name" "$@"; }
typed() { tm send-keys -t "$1" -l "$2"; }

# --- The library of bundled fixtures, then the seed ---
start r 80 24 "$bin"
wait_for r "Newsroom · "
wait_for r "Enter open  / filter"
keys r /; typed r "truce bid"; wait_for r "1 of "
seed_row=$(screen r | grep -A1 -F "Trump says Ukraine truce bid" | tail -1)
grep -qF "seed-article.txt" <<<"$seed_row" || fail "the filter did not find the seed: $seed_row"
keys r Enter; keys r Enter
wait_for r "seed-article.txt · Opening"
wait_for r "Trump says Ukraine truce bid 'on track' after Zelensky call"

# --- ] three times: the fourth section heading is the top line ---
keys r "]"; wait_for r "· The White House considers"
keys r "]"; wait_for r "· Russia and Ukraine carry"
keys r "]"; wait_for r "· Attacks continue despite"
[ "$(screen r | head -1)" = " Attacks continue despite calls from Putin and Trump" ] || { screen r >&2; fail "section 3 is not at the top"; }

# --- Resize 80x24 -> 60x20: reflowed, the same section still on top ---
tm resize-window -t r -x 60 -y 20
for ((i = 0; i < 250; i++)); do
  [ "$(screen r | wc -l)" -eq 20 ] && screen r | tail -1 | grep -qF "seed-article.txt" && break
  sleep 0.02
done
wait_for r "Attacks continue despite calls from Putin and Trump"
[ "$(screen r | head -1)" = " Attacks continue despite calls from Putin and Trump" ] || { screen r >&2; fail "resize lost the position"; }
while IFS= read -r line; do
  [ "${#line}" -le 60 ] || fail "a line wider than 60 columns after resize: $line"
done < <(screen r)

# --- Text search with a counter; n moves on, and wraps with a notice ---
keys r /; typed r drones; wait_for r "1/2"
keys r Enter; wait_for r "1/2  "
tm capture-pane -p -e -t r | grep -qE "${reverse}drones" || fail "the match is not highlighted"
keys r n; wait_for r "2/2"
keys r n; wait_for r "search wrapped to the top"
keys r Escape; wait_gone r "1/2"

# --- Panels: figures, quotes ---
keys r "#"; wait_for r "Figures · "
keys r Escape; wait_gone r "Figures · "
keys r '"'; wait_for r "Quotes · "
keys r Escape; wait_gone r "Quotes · "

# --- Quotes panel and speaker search (@): the seed has 12 quotes ---
keys r '"'; wait_for r "Quotes · 12 · "
keys r Escape; wait_gone r "Quotes · "
# @: the people first; Enter lists the person's quotes, Enter opens one, q comes back to them.
keys r @; typed r leav; wait_for r "Karoline Leavitt"
wait_for r "Enter quotes  Esc close"
keys r Enter; wait_for r "‹ Karoline Leavitt"
keys r Enter
# The quote is also in the panel: wait for the reader's status line, not the text.
wait_for r "seed-article.txt · The White House"
screen r | grep -qF "We are now focused on a long-term peace" || fail "@leav did not land on the Leavitt quote"
tm capture-pane -p -e -t r | grep -F "We are now" | grep -qE "$reverse" || fail "the Leavitt quote is not highlighted"
keys r q; wait_for r "‹ Karoline Leavitt"
keys r q; wait_for r "Speaker: leav"
keys r Escape; wait_gone r "Speaker search"
# The quotes panel on a narrow terminal: long quotes wrap (never cut with …), a
# speaker is named once above their run, the CLI's marks and section names.
start qp 50 30 "$bin" "$seed"
wait_for qp "seed-article.txt · Opening"
keys qp '"'; wait_for qp "Quotes · 12 · in order"
panel=$(screen qp | sed -n '2,29p')
grep -qx "  Donald Trump · US counterpart" <<<"$panel" || fail "quotes panel: no speaker row: $panel"
grep -qF "?cont “Much of the conversation" <<<"$panel" || fail "quotes panel: no ?cont mark: $panel"
grep -qF "“on track” · partial · headline" <<<"$panel" || fail "quotes panel: no place: $panel"
grep -q "…$" <<<"$panel" && fail "quotes panel: a quote cut with …: $panel"
[ "$(grep -c "Donald Trump" <<<"$panel")" -lt 3 ] || fail "quotes panel: the name repeated on every quote: $panel"
keys qp q q

# --- q back to the library, q quits 0 with the terminal restored ---
keys r q; wait_for r "Enter open  / filter"
keys r q
[ "$(wait_dead r)" = 0 ] || fail "q: exit status $(tm display -p -t r '#{pane_dead_status}'), want 0"
restored r

# --- Speaker search from the library: people, a person's quotes, an article, q back twice ---
start sp 80 24 "$bin"
wait_for sp "Enter open  / filter"
keys sp @; typed sp wren; wait_for sp "2 speakers"
screen sp | sed -n 3p | grep -qF "▸ Tomasz Wren · bus mechanic" || { screen sp >&2; fail "@wren: Tomasz Wren is not the first person"; }
screen sp | sed -n 4p | grep -qF "Tobias Wren" || { screen sp >&2; fail "@wren: Tobias Wren is not listed second"; }
keys sp Enter; wait_for sp "‹ Tomasz Wren"
wait_for sp "Tomasz Wren ?cont"
keys sp Down Enter
wait_for sp "budget-row.txt · "
screen sp | grep -qF "Where is the money going?" || { screen sp >&2; fail "Enter did not open the article at the quote"; }
wait_for sp "q quotes"
keys sp q; wait_for sp "‹ Tomasz Wren"
screen sp | sed -n 5p | grep -qF "▸ Tomasz Wren ?cont" || { screen sp >&2; fail "q: the quote opened is no longer selected"; }
keys sp q; wait_for sp "Speaker: wren"
wait_for sp "▸ Tomasz Wren"
keys sp Escape; wait_for sp "Enter open  / filter"
keys sp Q
[ "$(wait_dead sp)" = 0 ] || fail "speaker search session: want exit 0"

# --- Signals: SIGTERM 143, SIGINT (Ctrl-C) 130, terminal restored ---
start s 80 24 "$bin" "$seed"
wait_for s "seed-article.txt · Opening"
kill -TERM "$(tm display -p -t s '#{pane_pid}')"
[ "$(wait_dead s)" = 143 ] || fail "SIGTERM: exit status $(tm display -p -t s '#{pane_dead_status}'), want 143"
restored s
start h 80 24 "$bin" "$seed"
wait_for h "seed-article.txt · Opening"
kill -HUP "$(tm display -p -t h '#{pane_pid}')"
[ "$(wait_dead h)" = 129 ] || fail "SIGHUP: exit status $(tm display -p -t h '#{pane_dead_status}'), want 129"
restored h
start c 80 24 "$bin" "$seed#3"
wait_for c "seed-article.txt · Attacks continue"
keys c C-c
[ "$(wait_dead c)" = 130 ] || fail "SIGINT: exit status $(tm display -p -t c '#{pane_dead_status}'), want 130"
restored c

# --- Too small, then big enough again ---
start z 24 6 "$bin" "$seed"
wait_for z "too small"
tm resize-window -t z -x 80 -y 24
wait_for z "seed-article.txt · Opening"
keys z Q
[ "$(wait_dead z)" = 0 ] || fail "Q: exit status, want 0"

# --- The cursor is visible again after q and after SIGTERM ---
wrapped w "$bin" "$seed"
wait_for w "seed-article.txt · Opening"
keys w q; wait_for w "exit=0"
cursor_shown w
wrapped v "$bin" "$seed"
wait_for v "seed-article.txt · Opening"
kill -TERM "$(ps -o pid= --ppid "$(tm display -p -t v '#{pane_pid}')" | head -1)"
wait_for v "exit=143"
cursor_shown v

# --- Mouse (X10 reports, as tmux sends them for TERM=tmux-256color) ---
# ESC [ M, then 32 + button, 32 + 1 + column, 32 + 1 + row.
mouse() { tm send-keys -t "$1" -l $'\e[M'"$2"; }
start mo 80 24 "$bin"
wait_for mo "Enter open  / filter"
third=$(screen mo | sed -n 8p | sed 's/^ *//' | cut -c1-30)   # the third article's headline
third_file=$(screen mo | sed -n 9p | grep -oE '[^ /…]+\.(txt|md)' | head -1)
mouse mo " +("; mouse mo "#+("            # press and release on the third article
wait_for mo "▸ $third"
screen mo | grep -qF "$third_file · " && fail "one click opened the article"
mouse mo " +("                            # a second click opens it
wait_for mo "$third_file · "
fourth=$(screen mo | sed -n 4p)
mouse mo "a+&"                            # wheel down: three lines
for ((i = 0; i < 250; i++)); do [ "$(screen mo | head -1)" = "$fourth" ] && break; sleep 0.02; done
[ "$(screen mo | head -1)" = "$fourth" ] || { screen mo >&2; fail "the wheel did not scroll three lines"; }
keys mo Q
[ "$(wait_dead mo)" = 0 ] || fail "mouse session: want exit 0"

# --- A narrow library: the headline keeps its room, details give way; s sorts ---
start nl 50 16 "$bin"
wait_for nl "Newsroom · "
screen nl | sed -n 2p | grep -qF "▸ Council budget row deepens as treasurer" || { screen nl >&2; fail "narrow library cut the headline"; }
while IFS= read -r line; do [ "${#line}" -le 50 ] || fail "a library line wider than 50 columns: $line"; done < <(screen nl)
keys nl s; wait_for nl "sorted by date"
screen nl | sed -n 2p | grep -qF "Fire destroys three warehouses" || { screen nl >&2; fail "s did not sort by date, newest first"; }
keys nl /; typed nl firefighters; wait_for nl "1 match"
keys nl Escape; keys nl Q
[ "$(wait_dead nl)" = 0 ] || fail "narrow library: want exit 0"

# --- Kept between sessions: the reading position, a bookmark, a clipping, a copy ---
home=$xdg/kept; mkdir -p "$home"
kept=(env XDG_STATE_HOME="$home/state" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config")
start k1 80 24 "${kept[@]}" "$bin" "$seed"
wait_for k1 "seed-article.txt · Opening"
keys k1 "]"; keys k1 "]"; wait_for k1 "· Russia and Ukraine carry"
keys k1 c; wait_for k1 "clipped the quote"
keys k1 q
[ "$(wait_dead k1)" = 0 ] || fail "first kept session: want exit 0"
[ -s "$home/state/newsroom/state.json" ] || fail "no state file written"
start k2 80 24 "${kept[@]}" "$bin" "$seed"
wait_for k2 "seed-article.txt · Russia and Ukraine carry"
[ "$(screen k2 | head -1)" = " Russia and Ukraine carry out a prisoner exchange" ] || { screen k2 >&2; fail "the position was not kept across runs"; }
keys k2 q
[ "$(wait_dead k2)" = 0 ] || fail "second kept session: want exit 0"
out=$("${kept[@]}" "$bin" clippings --format csv) || fail "clippings exited $?"
[ "$(head -1 <<<"$out" | tr -d '\r')" = "kind,text,speaker,role,headline,date,source,article,start,end,saved" ] || fail "clippings header: $out"
grep -q "^quote,.*Trump says Ukraine truce bid" <<<"$out" || fail "the clipping was not exported: $out"
# A bookmark, and the marked-only library.
start k3 80 24 "${kept[@]}" "$bin"
wait_for k3 "Enter open  / filter"
keys k3 j; keys k3 m; wait_for k3 "marked"
keys k3 M; wait_for k3 "marked articles only"
[ "$(screen k3 | grep -c "figures$")" = 1 ] || { screen k3 >&2; fail "the marked-only library lists other articles"; }
screen k3 | grep -qF "*Larkfield council passes" || { screen k3 >&2; fail "the marked article is not listed as marked"; }
keys k3 q
[ "$(wait_dead k3)" = 0 ] || fail "bookmark session: want exit 0"
grep -qF "budget-vote.md" "$home/state/newsroom/state.json" || fail "the bookmark was not saved"
# y copies through OSC 52: tmux takes it into a paste buffer.
tm set -g set-clipboard on >/dev/null
start k4 80 24 "${kept[@]}" "$bin" "$seed"
wait_for k4 "seed-article.txt · "
keys k4 g; keys k4 '"'; wait_for k4 "Quotes · "; keys k4 y; wait_for k4 "copied the quote"
tm show-buffer 2>/dev/null | grep -qF "“on track” — Donald Trump" || fail "y did not reach the clipboard: $(tm show-buffer 2>&1)"
keys k4 Escape; keys k4 q
[ "$(wait_dead k4)" = 0 ] || fail "copy session: want exit 0"
# A corrupt state file is reported once and ignored.
echo "{not json" > "$home/state/newsroom/state.json"
start k5 80 24 "${kept[@]}" "$bin" "$seed"
wait_for k5 "state file corrupt"
keys k5 q
[ "$(wait_dead k5)" = 0 ] || fail "corrupt state: want exit 0"
[ -e "$home/state/newsroom/state.json.corrupt" ] || fail "the corrupt state file was not moved aside"

# --- Settings: a remapped key and a colour; the help and the status hints follow ---
cfg=$xdg/cfg; mkdir -p "$cfg/newsroom"
printf '[keys]\nnext_section = ["L"]\nhelp = "H"\n\n[colors]\nheading = "bold magenta"\n' >"$cfg/newsroom/config.toml"
start st 80 24 env XDG_CONFIG_HOME="$cfg" "$bin" "$seed"
wait_for st "H help"
keys st L; wait_for st "· The White House considers"
tm capture-pane -p -e -t st | grep -F "The White House considers the minerals" | grep -qE $'\e\\[([0-9]+;)*35(;[0-9]+)*m' \
  || { tm capture-pane -p -e -t st | head -3 >&2; fail "the heading is not in the configured magenta"; }
keys st H; wait_for st "this help"; keys st Space; wait_for st "next section"
screen st | grep -E "^ +L +next section" >/dev/null || { screen st >&2; fail "help does not show the remapped key"; }
keys st Escape; keys st q
[ "$(wait_dead st)" = 0 ] || fail "settings session: want exit 0"
printf '[reader]\nmax_width = "wide"\n' >"$cfg/newsroom/config.toml"
wrapped sb env XDG_CONFIG_HOME="$cfg" "$bin" "$seed"
wait_for sb "exit=2"
tm capture-pane -p -J -t sb | grep -qF "config.toml:2: max_width must be" || fail "invalid settings: $(screen sb)"

# --- Mouse in the SGR encoding (1006): ESC [ < button ; column ; row M, release m ---
sgr() { tm send-keys -t "$1" -l $'\e[<'"$2"; }
start sg 80 24 "$bin"
wait_for sg "Enter open  / filter"
third=$(screen sg | sed -n 8p | sed 's/^ *//' | cut -c1-30)
third_file=$(screen sg | sed -n 9p | grep -oE '[^ /…]+\.(txt|md)' | head -1)
sgr sg "0;5;8M"; sgr sg "0;5;8m"           # press and release on the third article
wait_for sg "▸ $third"
sgr sg "0;5;8M"                             # a second click opens it
wait_for sg "$third_file · "
fourth=$(screen sg | sed -n 4p)
sgr sg "65;5;5M"                            # wheel down: three lines
for ((i = 0; i < 250; i++)); do [ "$(screen sg | head -1)" = "$fourth" ] && break; sleep 0.02; done
[ "$(screen sg | head -1)" = "$fourth" ] || { screen sg >&2; fail "the SGR wheel did not scroll three lines"; }
keys sg Escape; keys sg Q
[ "$(wait_dead sg)" = 0 ] || fail "SGR mouse session: want exit 0"

# --- An article piped on standard input, keys from the terminal (as less does) ---
wrapped pi sh -c 'cat "$0" | "$1" -' "$seed" "$bin"
wait_for pi "Trump says Ukraine truce bid 'on track' after Zelensky call"
wait_for pi "- · Opening"
keys pi "]"; wait_for pi "- · The White House considers"
keys pi q; wait_for pi "exit=0"
cursor_shown pi
# With other articles too: standard input is read once, listed first, and opens from memory.
wrapped pm sh -c 'cat "$0" | "$1" - Fixtures/articles/port-fire.txt' "$seed" "$bin"
wait_for pm "2 articles"
screen pm | sed -n 2p | grep -qF "Trump says Ukraine truce bid" || { screen pm >&2; fail "standard input is not listed first"; }
keys pm Enter; wait_for pm "- · Opening"
keys pm q; wait_for pm "Enter open"
keys pm j; keys pm Enter; wait_for pm "port-fire.txt · Opening"
keys pm q; keys pm k; keys pm Enter; wait_for pm "- · Opening"
screen pm | grep -qF "cannot open" && fail "standard input was read again"
keys pm Q; wait_for pm "exit=0"

# --- A file that cannot load is reported before the reader opens the others; exit 1 ---
wrapped e "$bin" "$seed" /nonexistent/gone.txt
wait_for e "seed-article.txt · Opening"
keys e q
wait_for e "exit=1"
screen e | grep -qx "newsroom: error: /nonexistent/gone.txt: no such file or directory" || fail "load failure not reported: $(screen e)"

# --- A crash (here a SIGSEGV or SIGABRT from outside) still restores the terminal ---
for sig in SEGV ABRT; do
  wrapped "k$sig" "$bin" "$seed"
  wait_for "k$sig" "seed-article.txt · Opening"
  kill -"$sig" "$(ps -o pid= --ppid "$(tm display -p -t "k$sig" '#{pane_pid}')" | head -1)"
  wait_for "k$sig" "exit=$((128 + $(kill -l "$sig")))"
  cursor_shown "k$sig"
done

# --- Ctrl-Z suspends to the shell, fg redraws ---
start j 80 24 bash --norc --noprofile
keys j "PS1='$ '" Enter
typed j "$bin $seed#1"; keys j Enter
wait_for j "seed-article.txt · The White House"
keys j C-z
wait_for j "Stopped"
[ "$(tm display -p -t j '#{alternate_on}')" = 0 ] || fail "Ctrl-Z: still on the alternate screen"
typed j fg; keys j Enter
wait_for j "seed-article.txt · The White House"
[ "$(screen j | head -1)" = " The White House considers the minerals agreement obsolete" ] || { screen j >&2; fail "fg did not redraw"; }
keys j q
# Type the next command only once the shell has its terminal back: keys sent
# earlier could still be read by the reader.
for ((i = 0; i < 250; i++)); do
  [ "$(tm display -p -t j '#{alternate_on}')" = 0 ] && [ "$(screen j | grep -v '^$' | tail -1)" = '$' ] && break
  sleep 0.02
done
typed j 'echo "status=$?"'; keys j Enter
wait_for j "status=0"

# --- Not a terminal: no curses, a message, exit 2 ---
out=$("$bin" "$seed" 2>&1 | cat); code=${PIPESTATUS[0]}
[ "$code" -eq 2 ] || fail "piped: exit $code, want 2"
grep -qx "newsroom: error: not a terminal: standard output is redirected (try: newsroom show PATH)" <<<"$out" || fail "piped message: $out"
grep -q $'\e' <<<"$out" && fail "piped run wrote escape codes"
# In a terminal, with only standard output piped or only standard input redirected.
start p 120 24 bash -c 'set -o pipefail; "$0" "$1" 2>&1 | cat; echo "exit=$?"; sleep 30' "$bin" "$seed"
wait_for p "exit=2"
screen p | grep -qx "newsroom: error: not a terminal: standard output is redirected (try: newsroom show PATH)" || fail "pipe in a terminal: $(screen p)"
start i 120 24 sh -c '"$0" "$1" </dev/null; echo "exit=$?"; sleep 30' "$bin" "$seed"
wait_for i "exit=2"
screen i | grep -qx "newsroom: error: not a terminal: standard input is redirected (try: newsroom show PATH)" || fail "stdin redirected: $(screen i)"
wrapped d env TERM=dumb "$bin" "$seed"
wait_for d "exit=2"
screen d | grep -qF "newsroom: error: not a terminal: TERM=dumb" || fail "TERM=dumb: message missing"
wrapped u env -u TERM "$bin" "$seed"
wait_for u "exit=2"
screen u | grep -qF "TERM is not set" || fail "TERM unset: message missing"
wrapped x env TERM=no-such-terminal "$bin" "$seed"
wait_for x "exit=2"
screen x | grep -qF "unknown terminal type" || fail "unknown TERM: message missing"

# --- The CLI on a terminal colours speakers and headings (auto); NO_COLOR and a pipe do not ---
bold_cyan=$'\e\\[([0-9]+;)*36(;[0-9]+)*m'   # the reader's first speaker colour
underline=$'\e\\[([0-9]+;)*4(;[0-9]+)*m'
wrapped cq "$bin" quotes "$seed"
wait_for cq "exit=0"
tm capture-pane -p -e -S - -t cq | grep -F "Donald Trump" | grep -qE "$bold_cyan" \
  || { tm capture-pane -p -e -S - -t cq | head -4 | cat -v >&2; fail "quotes on a terminal: the speaker is not coloured"; }
tm capture-pane -p -e -S - -t cq | grep -F "on track" | grep -q $'\e\\[' && fail "quotes on a terminal: the words are coloured"
wrapped cs "$bin" sections "$seed"
wait_for cs "exit=0"
tm capture-pane -p -e -t cs | grep -F "The White House considers" | grep -qE "$underline" || fail "sections on a terminal: the heading is plain"
wrapped cn env NO_COLOR=1 "$bin" quotes "$seed"
wait_for cn "exit=0"
tm capture-pane -p -e -S - -t cn | grep -F "Donald Trump" | grep -q $'\e\\[' && fail "NO_COLOR: the speaker is coloured"
start cp 80 24 sh -c '"$0" quotes "$1" | cat; echo "exit=$?"; sleep 30' "$bin" "$seed"
wait_for cp "exit=0"
tm capture-pane -p -e -S - -t cp | grep -F "Donald Trump" | grep -q $'\e\\[' && fail "a pipe: the speaker is coloured"
exit 0
