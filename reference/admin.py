"""Staff corrections happen here: edit a statement's corrected text; the import keeps it."""

from django.contrib import admin

from . import services
from .models import Document, Fact, Passage, Section, Statement, Topic


class PassageInline(admin.TabularInline):
    model = Passage
    fields = ("document", "text", "heading")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ("short_text", "topic", "section", "kind", "edited", "updated_at")
    list_filter = ("edited", "kind", "topic", "dispute")
    search_fields = ("text", "corrected_text")
    list_select_related = ("topic", "section")
    fields = ("topic", "section", "kind", "text", "corrected_text", "edited", "edited_by",
              "edited_at", "dispute", "stance")
    readonly_fields = ("topic", "section", "kind", "text", "edited", "edited_by", "edited_at",
                       "dispute", "stance")
    inlines = [PassageInline]
    actions = ["revert_corrections"]

    @admin.display(description="Statement")
    def short_text(self, obj):
        return obj.display_text[:100]

    def has_add_permission(self, request):
        return False  # statements come from the documents

    def save_model(self, request, obj, form, change):
        text = form.cleaned_data.get("corrected_text", "").strip()
        original = Statement.objects.get(pk=obj.pk)
        if text:
            services.statement_correct(statement=original, text=text, user=request.user)
        else:
            services.statement_revert(statement=original)

    @admin.action(description="Revert staff corrections (show the imported wording)")
    def revert_corrections(self, request, queryset):
        for statement in queryset.filter(edited=True):
            services.statement_revert(statement=statement)


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Document)
class DocumentAdmin(ReadOnlyAdmin):
    list_display = ("filename", "title", "updated_at")


@admin.register(Topic)
class TopicAdmin(ReadOnlyAdmin):
    list_display = ("title", "slug", "position")


@admin.register(Section)
class SectionAdmin(ReadOnlyAdmin):
    list_display = ("heading", "topic", "slug", "kind")
    list_filter = ("topic",)


@admin.register(Fact)
class FactAdmin(ReadOnlyAdmin):
    list_display = ("key", "summary", "value", "unit", "updated_at")
