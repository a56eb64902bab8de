"""Library images as readers get them: responsive pictures in the guide's body, the
featured image at its top, on its cards and in links shared elsewhere."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from media_library.rendering import pictures_in
from tests.factories import ArticleFactory, MediaFileFactory, image_content

pytestmark = pytest.mark.django_db


def figure(image, alt="The chest, drawn from the front", caption="Two layers"):
    return (
        f'<figure class="image"><img src="{image.url}" alt="{alt}">'
        f"<figcaption>{caption}</figcaption></figure>"
    )


@pytest.fixture
def wide_image():
    from media_library.services import media_file_add

    return media_file_add(
        content=image_content(2000, 1000), filename="wide.jpg", alt_text="Wide"
    )


def test_a_body_image_becomes_a_picture_with_avif_and_webp_sources(wide_image):
    html = pictures_in(figure(wide_image))

    stem = wide_image.url.removesuffix(".jpg")
    sizes = "(min-width: 40.5rem) 38rem, calc(100vw - 2.5rem)"
    avif = ", ".join(f"{stem}-{w}w.avif {w}w" for w in (480, 800, 1200, 1600))
    webp = avif.replace("avif", "webp")
    assert html == (
        '<figure class="image"><picture>'
        f'<source type="image/avif" srcset="{avif}" sizes="{sizes}">'
        f'<source type="image/webp" srcset="{webp}" sizes="{sizes}">'
        f'<img src="{wide_image.url}" alt="The chest, drawn from the front" '
        'width="2000" height="1000"></picture>'
        "<figcaption>Two layers</figcaption></figure>"
    )


def test_every_image_but_the_first_loads_lazily():
    images = MediaFileFactory.create_batch(3)

    html = pictures_in("".join(figure(image) for image in images))

    tags = re.findall(r"<img [^>]*>", html)
    assert len(tags) == 3
    assert 'loading="lazy"' not in tags[0]
    assert all('loading="lazy" decoding="async"' in tag for tag in tags[1:])


def test_the_text_alternative_is_escaped_once():
    image = MediaFileFactory()

    html = pictures_in(figure(image, alt="Fluid &lt;1 litre &amp; &quot;pleura&quot;"))

    assert 'alt="Fluid &lt;1 litre &amp; &quot;pleura&quot;"' in html


def test_an_image_no_longer_in_the_library_is_left_as_written():
    image = MediaFileFactory()
    html = figure(image)
    image.delete()

    assert pictures_in(html) == html


def test_all_images_of_a_body_cost_one_query(django_assert_num_queries):
    images = MediaFileFactory.create_batch(4)
    body = "".join(figure(image) for image in images)

    with django_assert_num_queries(1):
        assert pictures_in(body).count("<picture>") == 4
    with django_assert_num_queries(0):
        pictures_in("<p>No images.</p>")


def test_renditions_exist_where_the_srcset_points(client, wide_image, media_root):
    for url in re.findall(r"(/media/\S+) \d+w", pictures_in(figure(wide_image))):
        assert (media_root / url.removeprefix("/media/")).is_file()


# --- the guide page ------------------------------------------------------------------


def guide_page(article) -> str:
    response = Client().get(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("images", [0, 5])
def test_the_guide_page_reads_body_images_in_one_query(
    django_assert_num_queries, images
):
    pictures = MediaFileFactory.create_batch(images)
    article = ArticleFactory(body="<p>Text.</p>" + "".join(map(figure, pictures)))
    featured = ArticleFactory(featured_image=MediaFileFactory(), featured_image_alt="x")
    guide_page(featured)  # warms what every page reads once per process

    # the guide; related guides; header topics; announcement; its trials; the
    # glossary's terms; the body's images
    with django_assert_num_queries(6 + (1 if images else 0)):
        page = guide_page(article)

    body = page[page.index('<div class="guide-body">') :]
    assert body[: body.index("</div>")].count("<picture>") == images


def test_the_featured_image_shows_first_eagerly_and_in_shared_links():
    image = MediaFileFactory()
    article = ArticleFactory(
        featured_image=image,
        featured_image_alt="A nurse explains a drain",
        body="<p>Text.</p>" + figure(MediaFileFactory()),
    )

    page = guide_page(article)

    start = page.index('<header class="guide-header">')
    header = page[start : page.index("</header>", start)]
    assert '<div class="featured-image"><picture>' in header
    assert (
        f'<img src="{image.url}" alt="A nurse explains a drain" width="640" '
        'height="480" fetchpriority="high">'
    ) in header
    assert f'<meta property="og:image" content="http://testserver{image.url}">' in page
    assert '<meta property="og:image:alt" content="A nurse explains a drain">' in page


def test_cards_show_the_featured_image_lazily(django_assert_num_queries):
    image = MediaFileFactory()
    ArticleFactory(featured_image=image, featured_image_alt="A drain", is_featured=True)
    ArticleFactory()

    page = Client().get(reverse("articles:home")).content.decode()

    # "Start here" only: the newest leave out what it shows.
    assert page.count('<div class="card-image"><picture>') == 1
    assert (
        f'<img src="{image.url}" alt="A drain" width="640" height="480" '
        'loading="lazy" decoding="async">'
    ) in page


def test_a_featured_image_left_without_alt_takes_the_library_s(editor_client):
    image = MediaFileFactory(alt_text="The pleura, drawn")
    article = ArticleFactory(draft=True)
    article.featured_image = image
    article.full_clean()

    assert article.featured_image_alt == "The pleura, drawn"
