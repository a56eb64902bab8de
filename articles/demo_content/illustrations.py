"""The demo's images: drawn for this site (the SVG sources are beside the PNGs; the
PNGs were rendered from them with Chromium), added to the media library by load_demo
the way an editor's upload is, with their text alternatives and captions.

A guide body places one with <img src="demo-image:KEY">; load_demo puts the library
file's address and size in its place before the guide's revision is signed off.
"""

IMAGES = {
    "pleura-and-peritoneum": {
        "file": "pleura-and-peritoneum.png",
        "title": "Where mesothelioma starts: the pleura and the peritoneum",
        "alt_text": (
            "Drawing of the chest and belly seen from the front. A thin blue lining, "
            "the pleura, covers each lung and lines the inside of the chest wall. "
            "Below the dome-shaped diaphragm, an orange lining, the peritoneum, lines "
            "the belly and covers the organs in it."
        ),
        "caption": (
            "The pleura lines the chest and covers the lungs; the peritoneum lines "
            "the belly. Mesothelioma most often starts in the pleura. Not to scale."
        ),
    },
    "checkpoint-inhibitor": {
        "file": "checkpoint-inhibitor.png",
        "title": "How a PD-1 checkpoint inhibitor works",
        "alt_text": (
            "Two-part drawing. Top: PD-L1 on a cancer cell fits into PD-1 on a T cell "
            "and switches the T cell off. Bottom: a checkpoint inhibitor medicine "
            "covers PD-1, so the T cell stays switched on and attacks the cancer cell."
        ),
        "caption": (
            "Nivolumab and pembrolizumab block PD-1. Ipilimumab blocks a different "
            "brake, CTLA-4, which is not shown. Not to scale."
        ),
    },
}

# Guide slug: the image shown at the top of the guide and on its cards.
FEATURED_IMAGES = {
    "immunotherapy-checkpoint-inhibitors": "checkpoint-inhibitor",
    "surgery-for-mesothelioma": "pleura-and-peritoneum",
    "peritoneal-mesothelioma-surgery-hipec": "pleura-and-peritoneum",
}
