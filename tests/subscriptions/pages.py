"""What the pages of following say, checked by the tests of several views."""

from django.urls import reverse

FOLLOW_URL = reverse("subscriptions:follow")


def assert_not_on_the_list(response) -> None:
    content = response.content.decode()
    assert "This address is no longer on our list" in content
    assert "You can follow again here" in content
    assert f'href="{FOLLOW_URL}"' in content
