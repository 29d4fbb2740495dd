"""What "no executable script" means for a page, checked on the DOM a browser would build.

Follows ../shared/security/README.md: parse with html5lib, then look for script-capable
elements, event-handler attributes and script URLs (after decoding entities, dropping control
characters and whitespace, folding case).
"""

import re

import html5lib

ALWAYS_FORBIDDEN = {
    "script", "iframe", "object", "embed", "applet", "frame", "frameset", "base", "style",
    "animate", "set", "animatetransform", "animatemotion", "handler", "listener",
}
URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background",
    "srcdoc", "lowsrc", "dynsrc", "codebase", "cite", "longdesc", "usemap", "profile",
}
SAFE_DATA_URL = re.compile(r"^data:image/(png|gif|jpeg|webp)[;,]")
CONTROL_AND_SPACE = re.compile(r"[\x00-\x20\x7f-\x9f\s]+")
# The site's own page furniture: these elements are expected, with these shapes only.
OWN_META = {"viewport", "description"}
OWN_LINK_RELS = {"stylesheet", "alternate", "icon"}


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _normalised_url(value: str) -> str:
    return CONTROL_AND_SPACE.sub("", value).lower()


def script_problems(html: str | bytes) -> list[str]:
    """Every way this HTML could run script; [] when it is safe."""
    document = html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=True)
    problems = []
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        tag = _local_name(element.tag)
        if tag in ALWAYS_FORBIDDEN:
            problems.append(f"<{tag}> element")
        if tag == "meta" and not (
            element.get("charset") or element.get("name") in OWN_META
        ):
            problems.append(f"<meta> element {dict(element.attrib)}")
        if tag == "link" and not (
            element.get("rel") in OWN_LINK_RELS and (element.get("href") or "").startswith("/")
        ):
            problems.append(f"<link> element {dict(element.attrib)}")
        if tag == "form" and not (element.get("action") or "/").startswith("/"):
            problems.append(f"<form> posting to {element.get('action')!r}")
        for raw_name, value in element.attrib.items():
            name = _local_name(raw_name)
            if name.startswith("on"):
                problems.append(f"{name} attribute on <{tag}>")
            if name in URL_ATTRIBUTES or raw_name.endswith("}href"):
                url = _normalised_url(value or "")
                if url.startswith(("javascript:", "vbscript:")) or (
                    url.startswith("data:") and not SAFE_DATA_URL.match(url)
                ):
                    problems.append(f"{name}={value!r} on <{tag}>")
            if name == "style":
                style = _normalised_url(value or "")
                if "expression(" in style or "url(javascript" in style or "javascript:" in style:
                    problems.append(f"style={value!r} on <{tag}>")
    return problems
