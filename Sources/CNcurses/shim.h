#ifndef NEWSROOM_CNCURSES_SHIM_H
#define NEWSROOM_CNCURSES_SHIM_H

// Wide-character curses must be requested before any system header is read,
// otherwise get_wch, cchar_t and mvaddnwstr are not declared.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// Glibc's Swift module hides wcwidth.
extern int wcwidth(wchar_t);

// Swift 6 rejects access to C globals and cannot import function-like macros,
// so each one the backend needs is exposed as a function.
static inline WINDOW *nr_stdscr(void) { return stdscr; }
static inline int nr_lines(void) { return LINES; }
static inline int nr_cols(void) { return COLS; }
static inline int nr_colors(void) { return COLORS; }
static inline int nr_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *nr_stdout(void) { return stdout; }
static inline FILE *nr_stdin(void) { return stdin; }

static inline attr_t nr_a_normal(void) { return A_NORMAL; }
static inline attr_t nr_a_bold(void) { return A_BOLD; }
static inline attr_t nr_a_dim(void) { return A_DIM; }
static inline attr_t nr_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nr_a_reverse(void) { return A_REVERSE; }
static inline attr_t nr_a_italic(void) { return A_ITALIC; }
static inline attr_t nr_a_standout(void) { return A_STANDOUT; }

static inline mmask_t nr_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t nr_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t nr_button1_press(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t nr_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t nr_button5_pressed(void) { return BUTTON5_PRESSED; }

// Reads back one cell of stdscr (for tests on a headless screen): its
// characters into text (at most max), its attributes and colour pair.
static inline int nr_cell_at(int y, int x, wchar_t *text, int max, attr_t *attrs, short *pair) {
    cchar_t cell;
    wchar_t wch[CCHARW_MAX + 1];
    int n = 0;
    if (mvwin_wch(stdscr, y, x, &cell) == ERR) return -1;
    if (getcchar(&cell, wch, attrs, pair, NULL) == ERR) return -1;
    while (n < max && n < CCHARW_MAX && wch[n] != 0) { text[n] = wch[n]; n++; }
    return n;
}

// term.h defines macros named lines and columns, so it comes last.
#include <ncursesw/term.h>

// Frees the terminfo entry loaded by a preflight setupterm (cur_term is a global).
static inline int nr_del_cur_term(void) { return del_curterm(cur_term); }

#endif
