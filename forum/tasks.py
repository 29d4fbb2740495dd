from celery import shared_task

from . import services


@shared_task(acks_late=True, autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)
def notify_followers(post_id: int) -> int:
    return services.notify_followers(post_id=post_id)
