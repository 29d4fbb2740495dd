from django.db import migrations

CATEGORIES = [
    ("Introductions", "introductions", "Say hello: who you are and why you take baclofen (only what you want to share)."),
    ("Starting baclofen", "starting-baclofen", "First weeks on baclofen: what to expect, questions before you begin."),
    ("Side effects", "side-effects", "Drowsiness, dizziness, weakness and the rest: what helped, what to tell your doctor."),
    ("Dosing and tapering", "dosing-and-tapering", "Titration, timing, and coming down gradually with your prescriber."),
    ("Withdrawal", "withdrawal", "Missed doses, stopping, and withdrawal symptoms: experiences and warnings."),
    ("Intrathecal pumps", "intrathecal-pumps", "Pump trials, implantation, refills and alarms."),
    ("Caregivers and children", "caregivers-and-children", "For parents and carers of people who take baclofen."),
    ("Living with spasticity", "living-with-spasticity", "Stretching, physio, equipment and everyday life with spasticity."),
]


def create_categories(apps, schema_editor):
    Category = apps.get_model("forum", "Category")
    for position, (name, slug, description) in enumerate(CATEGORIES):
        Category.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "position": position}
        )


def remove_categories(apps, schema_editor):
    apps.get_model("forum", "Category").objects.filter(
        slug__in=[slug for _, slug, _ in CATEGORIES], threads__isnull=True
    ).delete()


def create_search_indexes(apps, schema_editor):
    # GIN indexes only exist on PostgreSQL; SQLite falls back to LIKE search.
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS post_search_gin ON forum_post USING gin (search_vector)"
    )
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS thread_search_gin ON forum_thread USING gin (search_vector)"
    )


def drop_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS post_search_gin")
    schema_editor.execute("DROP INDEX IF EXISTS thread_search_gin")


class Migration(migrations.Migration):
    dependencies = [("forum", "0001_initial")]

    operations = [
        migrations.RunPython(create_categories, remove_categories),
        migrations.RunPython(create_search_indexes, drop_search_indexes),
    ]
