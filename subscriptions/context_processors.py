from subscriptions.forms import form_stamp


def follow_box(request):
    """The signed timestamp the follow box on every page carries."""
    return {"follow_stamp": form_stamp()}
