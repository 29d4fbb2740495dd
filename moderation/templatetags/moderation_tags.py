from datetime import timedelta

from django import template

register = template.Library()


@register.filter
def duration_text(value: timedelta | None) -> str:
    """A timedelta in words a moderator reads at a glance: '45 s', '12 min', '3 h 5 min', '2 d 4 h'."""
    if value is None:
        return "—"
    seconds = int(value.total_seconds())
    if seconds < 60:
        return f"{seconds} s"
    minutes, _ = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h" if hours else f"{days} d"
