"""Writes for moderation: scanning results, reports, moderator actions, rescans.

Every function takes keyword-only arguments and runs in a transaction. Moderator actions are
conditional updates; an audit entry is written only when something actually changed.

One module per concern; everything public is re-exported here, so callers keep writing
`from moderation import services` / `services.item_approve(...)`:

- `_common`: ModerationError and the helpers the others share (audit, notify, review items)
- `scanning`: ScanResult, post_scan, pending_scan_ids
- `reports`: report_create
- `queue`: claiming an item, deciding on it (approve, remove, edit), bulk decisions
- `sanctions`: warn, suspend, ban, ban a spammer, revoke
- `rescans`: rescan_start, rescan_batch, rescan_fail
- `rules`: rules_load_builtin

A test that patches a function used inside this package patches it in the module that looks it
up (e.g. `moderation.services.rescans.post_scan`), not on the package.
"""

from ._common import REMOVED_STATUSES, ModerationError
from .queue import (
    BULK_ACTIONS,
    CLAIM_TTL,
    claim_holder,
    item_approve,
    item_claim,
    item_edit,
    item_release_claim,
    item_remove,
    items_bulk,
)
from .reports import REPORT_SEVERITY, report_create
from .rescans import rescan_batch, rescan_fail, rescan_start
from .rules import rules_load_builtin
from .sanctions import (
    MAX_SUSPENSION_DAYS,
    member_ban,
    member_ban_spammer,
    member_suspend,
    member_warn,
    sanctions_revoke,
)
from .scanning import ScanResult, pending_scan_ids, post_scan

__all__ = [
    "BULK_ACTIONS",
    "CLAIM_TTL",
    "MAX_SUSPENSION_DAYS",
    "REMOVED_STATUSES",
    "REPORT_SEVERITY",
    "ModerationError",
    "ScanResult",
    "claim_holder",
    "item_approve",
    "item_claim",
    "item_edit",
    "item_release_claim",
    "item_remove",
    "items_bulk",
    "member_ban",
    "member_ban_spammer",
    "member_suspend",
    "member_warn",
    "pending_scan_ids",
    "post_scan",
    "report_create",
    "rescan_batch",
    "rescan_fail",
    "rescan_start",
    "rules_load_builtin",
    "sanctions_revoke",
]
