"""One place decides who may see and do what in the forum."""

MODERATE_PERMISSION = "moderation.moderate_posts"


def is_moderator(user) -> bool:
    if not (user and user.is_authenticated):
        return False
    # Remembered on the user object: pages ask several times per request.
    if not hasattr(user, "_is_moderator"):
        user._is_moderator = user.has_perm(MODERATE_PERMISSION)
    return user._is_moderator


def can_edit_post(user, post) -> bool:
    return (
        user.is_authenticated
        and post.author_id == user.pk
        and not post.is_removed
        and user.is_active
    )


def can_delete_post(user, post) -> bool:
    return can_edit_post(user, post)


def posting_block_reason(user) -> str | None:
    """Why this member may not post right now (suspended, banned), or None."""
    if not user.is_authenticated:
        return "Log in to post."
    if not user.is_active:
        return "This account is disabled."
    from moderation.selectors import member_restriction

    return member_restriction(user)
