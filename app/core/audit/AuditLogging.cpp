#include "audit/AuditLogging.h"

namespace eol::core::audit {

Q_LOGGING_CATEGORY(lcAudit, "eol.core.audit")

} // namespace eol::core::audit
