#ifndef PREUVE_CLIBXML2_SHIM_H
#define PREUVE_CLIBXML2_SHIM_H

/* libxml2 built with ICU would pull the system's <unicode/*.h> into this module, which
   clashes with Foundation's own ICU copy in any Swift module importing both. We never use
   libxml2's ICU converters (iconv covers the legacy charsets), so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/encoding.h>

/* xmlFree is a global function pointer, which Swift 6 sees as shared mutable state. */
static inline void preuve_xmlFree(void *p) { xmlFree(p); }

/* Silence libxml2's default error printing to stderr; readers collect errors themselves. */
static void preuve_silentError(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void preuve_silenceErrors(void) {
    xmlSetGenericErrorFunc(NULL, preuve_silentError);
}

#endif
