from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """Look a key up in a dict from a template: {{ annotations|get_item:post.pk }}."""
    if not mapping:
        return None
    return mapping.get(key)
