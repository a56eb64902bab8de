from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.template.defaultfilters import filesizeformat
from django.views.decorators.http import require_POST
from django.views.static import serve

from media_library.services import PDF_MAGIC, media_file_add


def may_add_media(user) -> bool:
    """Signed in as staff, second factor passed, allowed to add to the library."""
    return (
        user.is_authenticated
        and user.is_staff
        and user.is_verified()
        and user.has_perm("media_library.add_mediafile")
    )


@require_POST
def editor_image_upload(request: HttpRequest) -> JsonResponse:
    """Take an image from the editor (CKEditor 5's simple upload adapter: the file in
    "upload", the CSRF token in a header) into the library; answer its URL."""
    # The editor shows error.message to the person who dropped the file in.
    if not may_add_media(request.user):
        return _error(
            "You may not add images. Sign in as an editor to add them.", status=403
        )
    upload = request.FILES.get("upload")
    if upload is None:
        return _error("No file arrived. Please try again.")
    if upload.size > settings.MEDIA_UPLOAD_MAX_BYTES:
        # Refused before it is read into memory; media_file_add says the same.
        return _error(
            f"This file is {filesizeformat(upload.size)}; files can be at most "
            f"{filesizeformat(settings.MEDIA_UPLOAD_MAX_BYTES)}. Please make it "
            "smaller and try again."
        )
    content = upload.read()
    if content.startswith(PDF_MAGIC):
        return _error(
            "A PDF cannot go into the text. Add it to the guide as a handout."
        )
    try:
        image = media_file_add(content=content, filename=upload.name, user=request.user)
    except ValidationError as error:
        return _error(" ".join(error.messages))
    return JsonResponse({"url": image.url})


def _error(message: str, *, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": {"message": message}}, status=status)


def media_file_serve(request: HttpRequest, path: str) -> HttpResponse:
    """An uploaded file, as `make run` serves them (DEBUG only: in production the
    proxy or the object storage does). MEDIA_ROOT is read at each request (the tests
    give each test a folder of its own), and a name the file system refuses (too
    long, say) is not found rather than an error."""
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError as error:
        raise Http404("No such file.") from error
