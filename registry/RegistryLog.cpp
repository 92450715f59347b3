#include "registry/RegistryLog.h"

Q_LOGGING_CATEGORY(lcRegistry, "eol.registry")
