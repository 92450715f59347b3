#include "runner/RunnerLog.h"

Q_LOGGING_CATEGORY(lcRunner, "eol.core.runner")
