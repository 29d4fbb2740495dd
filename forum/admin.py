from django.contrib import admin

from .models import Category, Notification, Post, PostRevision, Profile, Thread


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Thread)
class ThreadAdmin(admin.ModelAdmin):
    list_display = ["title", "category", "author", "post_count", "last_activity_at", "is_visible"]
    list_filter = ["category", "is_visible"]
    search_fields = ["title"]
    raw_id_fields = ["author", "last_post", "last_poster"]
    readonly_fields = ["post_count", "reply_count"]


class RevisionInline(admin.TabularInline):
    model = PostRevision
    extra = 0
    readonly_fields = ["revision", "body", "created_at", "editor"]
    can_delete = False


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    list_display = ["pk", "thread", "author", "position", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["body"]
    raw_id_fields = ["thread", "author", "quoted_post"]
    # Bodies change through services only, which re-render the HTML and trigger a scan.
    readonly_fields = ["body", "body_html", "revision", "scanned_revision", "helpful_count"]
    inlines = [RevisionInline]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "display_name", "conditions"]
    search_fields = ["user__username", "display_name"]
    raw_id_fields = ["user"]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "message", "created_at", "read_at"]
    raw_id_fields = ["user", "post"]
