"""Reference pages: the index and one page per topic."""

from django.shortcuts import render

from . import selectors


def index(request):
    return render(request, "reference/index.html", {
        "topics": selectors.topic_list(),
        "documents": selectors.source_documents(),
        "facts": list(selectors.facts_by_key().values()),
    })


def topic(request, slug):
    page = selectors.get_topic_page_or_404(slug)
    return render(request, "reference/topic.html", {"page": page, "topic": page.topic})
