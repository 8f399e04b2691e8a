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

// Errors are read from the parser context after the parse; nothing is printed.
static void nr_xml_silent(void *context, xmlErrorPtr error) { (void)context; (void)error; }
static void nr_xml_silent_generic(void *context, const char *message, ...) { (void)context; (void)message; }

// Once per process, before any thread parses (libxml2's global state).
static inline void nr_xml_init(void) { xmlInitParser(); }

// Per thread: libxml2's error handlers are thread-local.
static inline void nr_xml_quiet(void) {
    xmlSetStructuredErrorFunc(NULL, nr_xml_silent);
    xmlSetGenericErrorFunc(NULL, nr_xml_silent_generic);
}

// No network, no external entities or DTD loaded, entities left as references
// (not substituted), no relaxed limits (XML_PARSE_HUGE stays off: the depth
// limit of 256 and libxml2's entity amplification checks apply).
static inline int nr_xml_options(void) {
    return XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
}

// xmlFree is a global function pointer, which Swift 6 will not read; this frees for it.
static inline void nr_xml_free(void *pointer) { xmlFree(pointer); }

static inline int nr_html_options(void) {
    return HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
        | HTML_PARSE_NODEFDTD;
}

#endif
