import pytest
pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]
def test_dbg():
    from django.db import connections
    from forum.models import Category
    c = connections["default"]
    print("DEBUG has_serialized", hasattr(c, "_test_serialized_contents"), id(c), Category.objects.count())
