"""The Moderators group with its permission, the default flag/hold policies, the built-in rules."""

from django.db import migrations

DEFAULT_POLICIES = {
    "dangerous_advice": "hold_severe",
    "misinformation": "flag",
    "conspiracy": "flag",
    "spam": "hold",
    "abuse": "flag",
}


def create_group_and_policies(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    CategoryPolicy = apps.get_model("moderation", "CategoryPolicy")
    # Permissions are normally created after all migrations; create this one now for the group.
    content_type, _ = ContentType.objects.get_or_create(app_label="moderation", model="reviewitem")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="moderate_posts",
        defaults={"name": "Can work the moderation queue"},
    )
    group, _ = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(permission)
    for category, action in DEFAULT_POLICIES.items():
        CategoryPolicy.objects.get_or_create(category=category, defaults={"action": action})


def load_rules(apps, schema_editor):
    try:
        from moderation.services import rules_load_builtin

        rules_load_builtin(rule_model=apps.get_model("moderation", "Rule"))
    except (ImportError, AttributeError):  # no engine yet: `manage.py load_rules` loads them later
        pass


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_group_and_policies, migrations.RunPython.noop),
        migrations.RunPython(load_rules, migrations.RunPython.noop),
    ]
