from django import forms

from .models import CATEGORY_CHOICES, AuditEntry, Flag, ReviewItem
from .services import BULK_ACTIONS, MAX_SUSPENSION_DAYS


def anchor_choices() -> list[tuple[str, str]]:
    """Reference anchors a context note can link to ([] until the reference section exists)."""
    try:
        from reference.selectors import anchor_choices as reference_anchor_choices
    except ImportError:
        return []
    return list(reference_anchor_choices())


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        choices=Flag.ReportReason.choices, widget=forms.RadioSelect, label="What is wrong?"
    )
    note = forms.CharField(
        max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 3}),
        label="Anything the moderators should know? (optional)",
    )


class QueueFilterForm(forms.Form):
    category = forms.ChoiceField(choices=[("", "All categories")] + CATEGORY_CHOICES,
                                 required=False)
    state = forms.ChoiceField(
        choices=[(ReviewItem.State.OPEN, "Open"), (ReviewItem.State.RESOLVED, "Resolved")],
        required=False,
    )


class ApproveForm(forms.Form):
    note = forms.CharField(
        max_length=300, required=False, widget=forms.Textarea(attrs={"rows": 2}),
        label="Context note (optional, shown under the post to everyone)",
    )
    reference = forms.ChoiceField(choices=(), required=False, label="Reference link")

    def __init__(self, *args, anchors: list[tuple[str, str]] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.anchors = dict(anchors if anchors is not None else anchor_choices())
        self.fields["reference"].choices = [("", "No link")] + list(self.anchors.items())

    def clean(self):
        data = super().clean()
        if data.get("reference") and not data.get("note"):
            self.add_error("note", "Write the note that goes with the reference link.")
        data["reference_label"] = self.anchors.get(data.get("reference") or "", "")
        return data


class ReasonForm(forms.Form):
    reason = forms.CharField(max_length=300, label="Reason")


class EditForm(forms.Form):
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 10}), label="Post text")
    reason = forms.CharField(max_length=300, label="What you changed and why")


class SuspendForm(ReasonForm):
    days = forms.IntegerField(min_value=1, max_value=MAX_SUSPENSION_DAYS, initial=7,
                              label="Days")


class BulkForm(forms.Form):
    items = forms.TypedMultipleChoiceField(coerce=int, choices=(), label="Selected items")
    action = forms.ChoiceField(choices=[(a, a) for a in BULK_ACTIONS])
    reason = forms.CharField(max_length=300, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any id is acceptable here; the service ignores ids that do not exist.
        ids = self.data.getlist("items") if hasattr(self.data, "getlist") else []
        self.fields["items"].choices = [(i, i) for i in ids if str(i).isdigit()]


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(choices=[("", "All actions")] + AuditEntry.Action.choices,
                               required=False)
    actor = forms.CharField(max_length=150, required=False, label="Moderator")
    member = forms.CharField(max_length=150, required=False, label="Member")
    since = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
