#include "GarterThreadLocals.h"

_Thread_local void *_Nullable garter_thread_budget = 0;
_Thread_local uintptr_t garter_thread_stack_limit = 0;
