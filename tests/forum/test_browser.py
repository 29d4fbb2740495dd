"""A real browser (Debian's Chromium via Playwright) walks the forum like two members would."""

import re

import pytest
from django.core import mail
from factories import PASSWORD, make_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def sign_up_and_confirm(page, base_url, username):
    page.goto(f"{base_url}/accounts/signup/")
    page.get_by_label("Email:").fill(f"{username}@example.org")
    page.get_by_label("Username:").fill(username)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again):").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("sign up", re.I)).click()
    page.wait_for_url(re.compile("confirm-email"))
    message = mail.outbox[-1]
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body).group(0)
    page.goto(link)
    page.get_by_role("button", name=re.compile("confirm", re.I)).click()


def test_a_new_member_starts_a_thread_and_hears_about_a_reply(live_server, page):
    base = live_server.url

    sign_up_and_confirm(page, base, "firsttimer")
    page.goto(f"{base}/new/")
    page.get_by_label("Category").select_option(label="Side effects")
    page.get_by_label("Title").fill("Is the dizziness normal in week one?")
    page.get_by_label("Your post").fill("Started 5 mg three times a day on Monday.")
    page.get_by_role("button", name="Post thread").click()
    page.get_by_role("heading", name="Is the dizziness normal in week one?").wait_for()
    thread_url = page.url

    make_member("helper")
    second = page.context.browser.new_context()
    other = second.new_page()
    other.goto(f"{base}/accounts/login/")
    other.get_by_label("Login:").fill("helper")
    other.get_by_label("Password:").fill(PASSWORD)
    other.get_by_role("button", name=re.compile("sign in", re.I)).click()
    other.goto(thread_url)
    other.get_by_role("button", name="Follow this thread").click()
    other.get_by_label("Your reply").fill("It settled for me after a couple of weeks.")
    other.get_by_role("button", name="Post reply").click()
    other.get_by_text("It settled for me after a couple of weeks.").wait_for()
    second.close()

    page.goto(f"{base}/")
    badge = page.locator(".badge")
    assert badge.inner_text() == "1"
    page.get_by_role("link", name=re.compile("Notifications")).click()
    page.get_by_role("button", name=re.compile("New reply in")).click()
    page.get_by_text("It settled for me after a couple of weeks.").wait_for()
    assert "#post-" in page.url
