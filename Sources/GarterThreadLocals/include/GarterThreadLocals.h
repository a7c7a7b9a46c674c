// Per-thread words the Garter runtime reads on hot paths, as C11 thread-locals.
//
// Swift has no thread-local variables of its own; `pthread_getspecific` costs a call into the
// C library on every read, and the run's allocation budget is read for every object made or
// freed (about 1.5 % of a string-heavy program). A `_Thread_local` read through these inline
// accessors compiles to a load relative to the thread pointer in the executable (and a
// short `__tls_get_addr` call in a shared library).
#ifndef GARTER_THREAD_LOCALS_H
#define GARTER_THREAD_LOCALS_H

#include <stdint.h>

/// The allocation budget of the run on this thread (an `AllocationBudget *`), or null.
extern _Thread_local void *_Nullable garter_thread_budget;

/// The lowest stack address this thread may recurse down to, or 0 when not computed yet.
extern _Thread_local uintptr_t garter_thread_stack_limit;

static inline void *_Nullable garter_get_thread_budget(void) { return garter_thread_budget; }
static inline void garter_set_thread_budget(void *_Nullable budget) { garter_thread_budget = budget; }
static inline uintptr_t garter_get_thread_stack_limit(void) { return garter_thread_stack_limit; }
static inline void garter_set_thread_stack_limit(uintptr_t limit) { garter_thread_stack_limit = limit; }

#endif
