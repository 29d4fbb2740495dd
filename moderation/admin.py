from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from . import detection, services
from .models import (
    AuditEntry,
    CategoryPolicy,
    ContextNote,
    Flag,
    RescanJob,
    ReviewItem,
    Rule,
    Sanction,
)


class RuleForm(forms.ModelForm):
    class Meta:
        model = Rule
        fields = ["code", "kind", "category", "severity", "enabled", "description", "phrases",
                  "reason", "reference", "must_match", "must_not_match"]

    def clean(self):
        """Check the example posts against the rule as it would be saved."""
        data = super().clean()
        kind, code = data.get("kind"), data.get("code")
        if not kind or not code:
            return data
        must = Rule.lines(data.get("must_match", ""))
        must_not = Rule.lines(data.get("must_not_match", ""))
        engine = detection._engine()
        if kind == Rule.Kind.PHRASE:
            if not Rule.lines(data.get("phrases", "")):
                raise ValidationError({"phrases": "A phrase rule needs at least one phrase."})
            if not must:
                raise ValidationError(
                    {"must_match": "Give at least one example post this rule must flag."}
                )
            target = detection.phrase_rule(Rule(**{
                k: data.get(k) or "" for k in ("code", "category", "phrases", "reason",
                                               "description", "reference")
            }, severity=data.get("severity") or 2))
        elif kind == Rule.Kind.BUILTIN:
            if code not in {info.code for info in detection.builtin_rules()}:
                raise ValidationError({"code": "The engine has no built-in rule with this code."})
            target = code
        else:
            if must or must_not:
                raise ValidationError(
                    "Behaviour rules depend on account activity: they have no text examples."
                )
            return data
        problems = engine.check_examples(target, must, must_not)
        if problems:
            raise ValidationError(list(problems))
        return data


@admin.register(Rule)
class RuleAdmin(admin.ModelAdmin):
    form = RuleForm
    list_display = ["code", "kind", "category", "severity", "enabled", "updated_at"]
    list_filter = ["kind", "category", "severity", "enabled"]
    list_editable = ["enabled"]
    search_fields = ["code", "description", "phrases"]

    def get_readonly_fields(self, request, obj=None):
        # Built-in and behavioural rules come from code: only their tuning is editable.
        if obj is not None and obj.kind != Rule.Kind.PHRASE:
            return ["code", "kind", "category", "description", "phrases", "reason", "reference"]
        return []


@admin.register(CategoryPolicy)
class CategoryPolicyAdmin(admin.ModelAdmin):
    list_display = ["category", "action"]
    list_editable = ["action"]
    list_display_links = ["category"]


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "actor_name", "action", "target_name", "post", "reason"]
    list_filter = ["action"]
    search_fields = ["actor_name", "target_name", "reason"]
    date_hierarchy = "created_at"


class FlagInline(admin.TabularInline):
    model = Flag
    extra = 0
    fields = ["source", "rule", "category", "severity", "state", "reason", "reference"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(ReviewItem)
class ReviewItemAdmin(ReadOnlyAdmin):
    list_display = ["pk", "post", "state", "severity", "opened_at", "resolution", "claimed_by"]
    list_filter = ["state", "resolution"]
    inlines = [FlagInline]


@admin.register(Flag)
class FlagAdmin(ReadOnlyAdmin):
    list_display = ["pk", "post", "source", "rule", "category", "severity", "state", "created_at"]
    list_filter = ["source", "category", "state"]
    search_fields = ["rule"]


@admin.register(RescanJob)
class RescanJobAdmin(ReadOnlyAdmin):
    list_display = ["pk", "state", "processed", "total", "flagged", "created_at", "finished_at"]


@admin.register(ContextNote)
class ContextNoteAdmin(admin.ModelAdmin):
    list_display = ["post", "text", "author", "created_at"]
    raw_id_fields = ["post", "author"]


@admin.register(Sanction)
class SanctionAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "reason", "ends_at", "created_by", "created_at", "revoked_at"]
    list_filter = ["kind"]
    search_fields = ["user__username", "reason"]
    raw_id_fields = ["user", "post", "created_by"]
    actions = ["revoke"]

    @admin.action(description="Revoke the selected sanctions (re-activates banned accounts)")
    def revoke(self, request, queryset):
        count = services.sanctions_revoke(
            moderator=request.user, sanction_ids=list(queryset.values_list("pk", flat=True))
        )
        self.message_user(request, f"Revoked {count} sanction(s).")
