from .permissions import is_moderator
from .selectors import unread_notification_count


def site_chrome(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notifications": 0, "is_moderator": False}
    return {
        "unread_notifications": unread_notification_count(user),
        "is_moderator": is_moderator(user),
    }
