"""Rules and policies are edited in the admin; a rule's example posts are checked on save."""

import pytest
from django.urls import reverse

from moderation.admin import RuleForm
from moderation.models import CategoryPolicy, Rule

pytestmark = pytest.mark.django_db


def phrase_form(**overrides):
    data = {
        "code": "miracle-oil", "kind": "phrase", "category": "misinformation", "severity": 2,
        "enabled": True, "description": "", "phrases": "miracle oil\npalm oil cure",
        "reason": "Promotes a fake cure.", "reference": "",
        "must_match": "Try the miracle oil instead of baclofen",
        "must_not_match": "I cook with palm oil",
    }
    data.update(overrides)
    return RuleForm(data=data)


def test_a_phrase_rule_whose_examples_behave_is_saved():
    form = phrase_form()
    assert form.is_valid(), form.errors
    form.save()
    assert Rule.objects.get(code="miracle-oil").kind == "phrase"


def test_a_phrase_rule_that_misses_an_example_it_must_match_is_refused():
    form = phrase_form(must_match="Coconut water fixed my spasms")
    assert not form.is_valid()
    assert "does not flag" in str(form.errors)


def test_a_phrase_rule_that_flags_an_example_it_must_not_match_is_refused():
    form = phrase_form(must_not_match="I rub miracle oil on my legs every day")
    assert not form.is_valid()
    assert "must not match" in str(form.errors)


def test_a_built_in_rule_is_checked_against_its_examples_on_save():
    rule = Rule.objects.get(code="stop-abruptly")
    data = {field: getattr(rule, field) for field in RuleForm.Meta.fields}
    examples = data["must_not_match"]
    data["must_not_match"] = examples + "\njust stop it cold turkey"
    form = RuleForm(data=data, instance=Rule.objects.get(pk=rule.pk))
    assert not form.is_valid()
    data["must_not_match"] = examples
    data["severity"] = 2
    form = RuleForm(data=data, instance=Rule.objects.get(pk=rule.pk))
    assert form.is_valid(), form.errors


def test_the_rule_admin_saves_a_severity_change(admin_client):
    rule = Rule.objects.get(code="insult")
    url = reverse("admin:moderation_rule_change", args=[rule.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {
        "severity": 3, "enabled": "on", "must_match": rule.must_match,
        "must_not_match": rule.must_not_match,
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    rule.refresh_from_db()
    assert rule.severity == 3


def test_default_category_policies_hold_spam_and_severe_dangerous_advice():
    assert dict(CategoryPolicy.objects.values_list("category", "action")) == {
        "dangerous_advice": "hold_severe", "misinformation": "flag", "conspiracy": "flag",
        "spam": "hold", "abuse": "flag",
    }


def test_the_moderators_group_has_the_moderation_permission():
    from django.contrib.auth.models import Group

    group = Group.objects.get(name="Moderators")
    assert group.permissions.filter(codename="moderate_posts").exists()


def test_the_audit_log_is_read_only_in_the_admin(admin_client):
    assert admin_client.get(reverse("admin:moderation_auditentry_changelist")
                            ).status_code == 200
    assert admin_client.get(reverse("admin:moderation_auditentry_add")).status_code == 403
