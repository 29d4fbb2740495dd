"""Member Markdown to safe HTML: markdown-it-py parses, bleach sanitises with an allowlist."""

from functools import cache

import bleach
from markdown_it import MarkdownIt

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "strong", "em", "b", "i", "del", "s",
        "ul", "ol", "li", "blockquote", "code", "pre", "hr",
        "h3", "h4", "h5", "h6", "a",
    }
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"], "ol": ["start"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"


@cache
def _parser() -> MarkdownIt:
    # Raw HTML is off: markup typed by members is shown as text, never passed through.
    parser = MarkdownIt("commonmark", {"html": False, "linkify": True, "typographer": False})
    parser.enable(["linkify", "strikethrough"])
    # No images: a remote image is a tracking pixel on a medical forum.
    parser.disable("image")
    # Headings inside a post must not outrank the page's own headings.
    parser.add_render_rule("heading_open", _demote_heading)
    parser.add_render_rule("heading_close", _demote_heading)
    parser.add_render_rule("link_open", _link_open)
    return parser


def _demote_heading(self, tokens, idx, options, env):
    token = tokens[idx]
    level = min(6, int(token.tag[1]) + 2)
    token.tag = f"h{level}"
    return self.renderToken(tokens, idx, options, env)


def _link_open(self, tokens, idx, options, env):
    tokens[idx].attrSet("rel", LINK_REL)
    return self.renderToken(tokens, idx, options, env)


def render_markdown(text: str) -> str:
    """Render member Markdown to HTML that is safe to mark as safe in a template."""
    html = _parser().render(text or "")
    return bleach.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )
