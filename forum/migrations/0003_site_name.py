from django.db import migrations


def name_site(apps, schema_editor):
    Site = apps.get_model("sites", "Site")
    Site.objects.update_or_create(
        pk=1, defaults={"domain": "127.0.0.1:8000", "name": "Baclofen community"}
    )


class Migration(migrations.Migration):
    dependencies = [("forum", "0002_categories_and_search_indexes"), ("sites", "0002_alter_domain_unique")]

    operations = [migrations.RunPython(name_site, migrations.RunPython.noop)]
