#ifndef NEWSROOM_CLIBXML2_SHIM_H
#define NEWSROOM_CLIBXML2_SHIM_H

// libxml2's tree parser for wire formats and feeds, its HTML parser for web
// pages. Newsroom's only C for XML: everything else goes through NewsModel's
// XMLTree, which sets the safe options below on every parse.
// libxml2 is built with ICU, whose headers clash with the ICU copy Foundation
// carries: the shim uses no encoding internals, so it reads the headers without it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// The first error of a parse (libxml2's context keeps only the last, often a
// consequence of the first), and whether the parser gave up on an internal
// limit (depth) and stopped reading. Nothing is printed.
typedef struct {
    char message[200];
    int line;
    int code;
    int count;
    int internal;
} nr_xml_errors;

static void nr_xml_capture(void *context, xmlErrorPtr error) {
    nr_xml_errors *errors = (nr_xml_errors *)context;
    if (errors == NULL || error == NULL || error->level < XML_ERR_ERROR) return;
    // The first error is reported, unless the parser stopped on a limit: that one is.
    if (errors->internal) return;
    if (error->code == XML_ERR_INTERNAL_ERROR) errors->internal = 1;
    else if (errors->count > 0) { errors->count++; return; }
    errors->count++;
    errors->line = error->line;
    errors->code = error->code;
    const char *message = error->message ? error->message : "unknown error";
    size_t i = 0;
    for (; message[i] != 0 && i + 1 < sizeof errors->message; i++) errors->message[i] = message[i];
    errors->message[i] = 0;
}
static void nr_xml_silent_generic(void *context, const char *message, ...) { (void)context; (void)message; }

// Once per process, before any thread parses (libxml2's global state).
static inline void nr_xml_init(void) { xmlInitParser(); }

// Per thread: libxml2's error handlers are thread-local. Errors go to `errors`
// until the next call (pass NULL after the parse).
static inline void nr_xml_capture_errors(nr_xml_errors *errors) {
    xmlSetStructuredErrorFunc(errors, nr_xml_capture);
    xmlSetGenericErrorFunc(NULL, nr_xml_silent_generic);
}

// No network, no external entities or DTD loaded, entities left as references
// (not substituted), no relaxed limits (XML_PARSE_HUGE stays off: the depth
// limit of 256 and libxml2's entity amplification checks apply).
static inline int nr_xml_options(void) {
    return XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
}

// xmlFree is a global function pointer, which Swift 6 will not read; this frees for it.
static inline void nr_xml_free(void *pointer) { xmlFree(pointer); }

static inline int nr_html_options(void) {
    return HTML_PARSE_NONET | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
        | HTML_PARSE_NODEFDTD;
}

#endif
