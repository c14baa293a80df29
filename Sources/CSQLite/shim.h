#ifndef COBRANZA_CSQLITE_SHIM_H
#define COBRANZA_CSQLITE_SHIM_H

#include <sqlite3.h>

/// SQLITE_TRANSIENT as a function: the macro is a cast Swift cannot import. Tells SQLite to copy bound text.
static inline sqlite3_destructor_type cobranza_sqlite_transient(void) {
    return (sqlite3_destructor_type)-1;
}

#endif
