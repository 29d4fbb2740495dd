from django import forms

from .models import Category, Profile
from .services import BODY_MAX, TITLE_MAX, TITLE_MIN

BODY_HELP = "Markdown works: **bold**, *italic*, lists, > quotes, [links](https://…) and `code`."


class ThreadForm(forms.Form):
    category = forms.ModelChoiceField(queryset=Category.objects.all(), empty_label=None)
    title = forms.CharField(min_length=TITLE_MIN, max_length=TITLE_MAX, strip=True)
    body = forms.CharField(
        label="Your post", max_length=BODY_MAX, widget=forms.Textarea(attrs={"rows": 10}),
        help_text=BODY_HELP,
    )


class PostForm(forms.Form):
    body = forms.CharField(
        label="Your reply", max_length=BODY_MAX, widget=forms.Textarea(attrs={"rows": 8}),
        help_text=BODY_HELP,
    )
    quote = forms.IntegerField(required=False, widget=forms.HiddenInput)


class PostEditForm(forms.Form):
    body = forms.CharField(
        label="Your post", max_length=BODY_MAX, widget=forms.Textarea(attrs={"rows": 10}),
        help_text=BODY_HELP,
    )


class ProfileForm(forms.Form):
    display_name = forms.CharField(max_length=60, required=False)
    about = forms.CharField(
        label="About you (optional)", max_length=1000, required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    conditions = forms.MultipleChoiceField(
        label="Your condition(s) (optional)", choices=Profile.Condition.choices, required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    baclofen_duration = forms.CharField(
        label="How long you have taken baclofen (optional)", max_length=60, required=False,
        help_text="For example: 2 years, since 2019, just started.",
    )


class AccountDeleteForm(forms.Form):
    confirm = forms.CharField(
        label="Type DELETE to confirm", max_length=10,
        help_text="Your account is removed; your posts stay, shown as from a deleted member.",
    )

    def clean_confirm(self):
        if self.cleaned_data["confirm"].strip() != "DELETE":
            raise forms.ValidationError("Type DELETE in capitals to delete your account.")
        return self.cleaned_data["confirm"]


class SearchForm(forms.Form):
    q = forms.CharField(label="Search", max_length=200, required=False)
