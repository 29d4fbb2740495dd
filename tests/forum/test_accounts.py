import re

import pytest
from allauth.account import app_settings as allauth_settings
from django.contrib.auth import get_user_model
from django.core import mail
from factories import PASSWORD, make_member

pytestmark = pytest.mark.django_db


def confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)", message.body).group(1)


def test_sign_up_with_email_and_username_then_confirm_the_email(client):
    response = client.post(
        "/accounts/signup/",
        {"email": "new@example.org", "username": "newbie", "password1": PASSWORD,
         "password2": PASSWORD},
    )
    assert response.status_code == 302
    user = get_user_model().objects.get(username="newbie")
    assert not user.emailaddress_set.get().verified
    assert len(mail.outbox) == 1 and "new@example.org" in mail.outbox[0].to

    link = confirmation_link(mail.outbox[0])
    assert client.get(link).status_code == 200
    client.post(link)
    assert user.emailaddress_set.get().verified
    assert client.get("/settings/profile/").status_code == 200


def test_an_unconfirmed_member_cannot_log_in_yet(client):
    client.post(
        "/accounts/signup/",
        {"email": "wait@example.org", "username": "waiting", "password1": PASSWORD,
         "password2": PASSWORD},
    )
    client.logout()
    response = client.post("/accounts/login/", {"login": "waiting", "password": PASSWORD})
    assert response.status_code == 302 and "confirm-email" in response["Location"]
    assert client.get("/settings/profile/").status_code == 302


@pytest.mark.parametrize("login", ["loginname", "loginname@example.org"])
def test_log_in_with_username_or_email_and_log_out(client, login):
    make_member("loginname")
    response = client.post("/accounts/login/", {"login": login, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/settings/profile/").status_code == 200
    client.post("/accounts/logout/")
    assert client.get("/settings/profile/").status_code == 302


def test_password_reset_sends_a_link_that_sets_a_new_password(client):
    make_member("forgetful")
    client.post("/accounts/password/reset/", {"email": "forgetful@example.org"})
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/[^\s]+/)", mail.outbox[0].body)
    response = client.get(link.group(1), follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link.group(1)
    client.post(form_url, {"password1": "a-brand-new-passphrase", "password2": "a-brand-new-passphrase"})
    assert client.login(username="forgetful", password="a-brand-new-passphrase")


def test_members_can_change_email_and_password(client):
    client.force_login(make_member())
    assert client.get("/accounts/email/").status_code == 200
    assert client.get("/accounts/password/change/").status_code == 200


def test_allauth_rate_limits_stay_on():
    limits = allauth_settings.RATE_LIMITS
    assert limits.get("login_failed") and limits.get("signup")


def test_only_email_and_username_are_required_to_sign_up(client):
    page = client.get("/accounts/signup/").content.decode()
    required = set(re.findall(r'name="(\w+)"[^>]*required', page))
    assert required <= {"email", "username", "password1", "password2"}
