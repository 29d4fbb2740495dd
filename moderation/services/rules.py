"""Rules: the Rule rows behind the engine's built-in rules and behavioural signals."""

from django.db import transaction

from .. import detection

# --- rules -----------------------------------------------------------------------------------


def rules_load_builtin(*, reset: bool = False, rule_model=None) -> dict[str, list[str]]:
    """Create a Rule row for every built-in engine rule and behavioural signal.

    Existing rows keep what moderators tuned (severity, enabled, examples) unless `reset`;
    their description and category follow the code. `rule_model` lets a data migration pass
    its historical model."""
    from ..models import Rule

    model = rule_model or Rule
    specs = [
        {"code": info.code, "kind": Rule.Kind.BUILTIN, "category": info.category,
         "severity": info.severity, "description": info.description[:300],
         "must_match": "\n".join(info.must_match),
         "must_not_match": "\n".join(info.must_not_match)}
        for info in detection.builtin_rules()
    ] + [
        {"code": code, "kind": Rule.Kind.BEHAVIOUR, "category": spec["category"],
         "severity": spec["severity"], "description": spec["description"],
         "must_match": "", "must_not_match": ""}
        for code, spec in detection.BEHAVIOUR_RULES.items()
    ]
    report: dict[str, list[str]] = {"created": [], "updated": [], "unchanged": []}
    with transaction.atomic():
        existing = {row.code: row for row in model.objects.all()}
        for spec in specs:
            row = existing.get(spec["code"])
            if row is None:
                model.objects.create(**spec)
                report["created"].append(spec["code"])
                continue
            fields = ["kind", "category", "description"]
            if reset:
                fields += ["severity", "must_match", "must_not_match"]
            target = {name: spec[name] for name in fields}
            if reset:
                target["enabled"] = True
            changed = [name for name, value in target.items() if getattr(row, name) != value]
            if changed:
                for name in changed:
                    setattr(row, name, target[name])
                row.save(update_fields=changed)
                report["updated"].append(spec["code"])
            else:
                report["unchanged"].append(spec["code"])
    return report
