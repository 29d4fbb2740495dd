import pytest
from html_safety import script_problems

from forum.markup import render_markdown


def test_renders_paragraphs_emphasis_lists_quotes_and_code():
    html = render_markdown("Hello *there* and **you**\n\n- one\n- two\n\n> quoted\n\n`x = 1`")
    assert "<em>there</em>" in html and "<strong>you</strong>" in html
    assert "<ul>" in html and "<li>one</li>" in html
    assert "<blockquote>" in html
    assert "<code>x = 1</code>" in html


def test_links_get_nofollow_ugc_noopener():
    html = render_markdown("[NHS](https://www.nhs.uk/medicines/baclofen/) and https://nih.gov")
    assert html.count('rel="nofollow ugc noopener"') == 2
    assert 'href="https://nih.gov"' in html


def test_raw_html_is_shown_as_text_not_markup():
    html = render_markdown("<b>bold?</b> <script>alert(1)</script>")
    assert "&lt;script&gt;" in html
    assert "<b>" not in html


def test_headings_are_demoted_below_the_page_heading():
    assert "<h3>" in render_markdown("# Big")
    assert "<h1>" not in render_markdown("# Big")


def test_images_are_not_embedded():
    assert "<img" not in render_markdown("![pixel](https://tracker.example/p.png)")


@pytest.mark.parametrize(
    "source",
    [
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](jav&#x09;ascript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "![x](javascript:alert(1))",
        "```html\n<script>alert(1)</script>\n```",
        "<div onmouseover=alert(1)>hover</div>",
        "[a](https://x.org \"t\" onmouseover=alert(1))",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<a href='javascript:alert(1)'>x</a>",
        "<iframe src=//evil.example></iframe>",
        "*<img src=x onerror=alert(1)>*",
    ],
)
def test_markdown_specific_tricks_render_no_script(source):
    assert script_problems(render_markdown(source)) == []


def test_every_corpus_payload_renders_without_script(xss_payloads):
    assert len(xss_payloads) == 1500
    failures = {p: script_problems(render_markdown(p)) for p in xss_payloads}
    assert {p: problems for p, problems in failures.items() if problems} == {}
