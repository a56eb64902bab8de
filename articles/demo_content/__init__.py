"""Demo content for `manage.py load_demo`: our own plain-language text, with sources.

The people are sample profiles, not real clinicians; the About page says so.
FORMAT.md describes the shape of each item.
"""

from articles.demo_content.faq import FAQ
from articles.demo_content.guides_everyday import GUIDES as EVERYDAY_GUIDES
from articles.demo_content.guides_practical import GUIDES as PRACTICAL_GUIDES
from articles.demo_content.guides_support import GUIDES as SUPPORT_GUIDES
from articles.demo_content.guides_treatment import GUIDES as TREATMENT_GUIDES
from articles.demo_content.guides_treatment_more import GUIDES as MORE_TREATMENT_GUIDES
from articles.demo_content.guides_understanding import GUIDES as UNDERSTANDING_GUIDES
from articles.demo_content.illustrations import FEATURED_IMAGES, IMAGES
from articles.demo_content.pages import DISCLAIMER_SHORT, PAGES

CATEGORIES = [
    {
        "slug": "understanding-mesothelioma",
        "name": "Understanding mesothelioma",
        "description": "What it is and what causes it, its symptoms, how it is "
        "diagnosed, and what the outlook means.",
    },
    {
        "slug": "immunotherapy",
        "name": "Immunotherapy",
        "description": "Medicines that help your immune system find and attack mesothelioma.",
    },
    {
        "slug": "chemotherapy",
        "name": "Chemotherapy",
        "description": "Cancer medicines given in cycles to shrink or slow mesothelioma.",
    },
    {
        "slug": "surgery",
        "name": "Surgery",
        "description": "Operations to remove tumor or to ease symptoms, and who they may suit.",
    },
    {
        "slug": "radiation-therapy",
        "name": "Radiation therapy",
        "description": "High-energy beams aimed at tumors, most often to ease pain.",
    },
    {
        "slug": "other-treatments",
        "name": "Other treatments",
        "description": "Treatments that are not medicines, surgery or radiation, such "
        "as tumor treating fields.",
    },
    {
        "slug": "clinical-trials",
        "name": "Clinical trials",
        "description": "Research studies of new treatments, and how to find and join one.",
    },
    {
        "slug": "living-with-mesothelioma",
        "name": "Living with mesothelioma",
        "description": "Side effects, palliative care, breathing, feelings and practical help.",
    },
]

PEOPLE = [
    {
        "slug": "rachel-morgan",
        "name": "Rachel Morgan",
        "credentials": "RN, BSN, OCN, oncology nurse and health writer",
        "bio": "Sample profile for the demo site. Rachel writes our guides. She has cared "
        "for people with chest cancers for many years and writes the way she explains "
        "things at the bedside.",
        "is_medical_reviewer": False,
    },
    {
        "slug": "samuel-adeyemi",
        "name": "Samuel Adeyemi",
        "credentials": "MD, medical oncologist specializing in thoracic cancers",
        "bio": "Sample profile for the demo site. Dr. Adeyemi checks our guides on "
        "medicines, clinical trials and side effects against current evidence.",
        "is_medical_reviewer": True,
    },
    {
        "slug": "lena-fischer",
        "name": "Lena Fischer",
        "credentials": "MD, PhD, thoracic surgeon",
        "bio": "Sample profile for the demo site. Dr. Fischer checks our guides on "
        "surgery and radiation therapy.",
        "is_medical_reviewer": True,
    },
]

GUIDES = (
    UNDERSTANDING_GUIDES
    + TREATMENT_GUIDES
    + MORE_TREATMENT_GUIDES
    + SUPPORT_GUIDES
    + EVERYDAY_GUIDES
    + PRACTICAL_GUIDES
)

# Shown under "Start here" on the home page.
FEATURED_GUIDES = [
    "nivolumab-ipilimumab-first-line",
    "chemotherapy-pemetrexed-platinum",
    "joining-a-clinical-trial",
]
# Shown under "Common questions" on the home page.
HIGHLIGHTED_FAQ = [
    "immunotherapy-vs-chemotherapy",
    "find-a-clinical-trial",
    "pleural-effusion",
    "hair-loss",
]

# Brand and generic drug names, lay and clinical words: a search for one finds the others.
SYNONYMS = [
    ("Keytruda", "pembrolizumab"),
    ("Opdivo", "nivolumab"),
    ("Yervoy", "ipilimumab"),
    ("Alimta", "pemetrexed"),
    ("Platinol", "cisplatin"),
    ("Paraplatin", "carboplatin"),
    ("lung lining", "pleura, pleural"),
    ("belly lining", "peritoneum, peritoneal"),
    ("checkpoint inhibitor", "immunotherapy"),
    ("chemo", "chemotherapy"),
    ("HIPEC", "heated chemotherapy"),
    ("fluid on the lung", "pleural effusion, water on the lung, fluid around the lung"),
    ("shortness of breath", "breathlessness"),
    ("radiotherapy", "radiation therapy"),
    # Everyday words patients type for what the guides call by a medical name.
    ("life expectancy", "prognosis, outlook, survival"),
    ("swollen belly", "ascites, fluid in the belly"),
    ("tiredness", "fatigue"),
    ("spread", "metastasis"),
    ("came back", "recurrence, relapse, progression"),
    ("nerve pain", "neuropathic pain"),
    ("painkiller", "pain medicine"),
    ("morphine", "opioid"),
    ("gene test", "genetic testing, genetic test"),
    ("carer", "caregiver"),
    ("compensation", "payout, settlement"),
    ("lawyer", "solicitor, attorney"),
    ("lawsuit", "sue, legal claim"),
    ("Optune", "tumor treating fields, tumour treating fields"),
    # British and American spellings.
    ("tumour", "tumor"),
    ("anaemia", "anemia"),
    ("dyspnoea", "dyspnea"),
]

# Who signs off FAQ answers of each topic (the others: the oncologist).
FAQ_REVIEWERS = {
    "surgery": "lena-fischer",
    "radiation-therapy": "lena-fischer",
}
FAQ_REVIEWER = "samuel-adeyemi"

# The live guide with an update waiting for its medical review: the editor made the
# fever advice precise (100.4°F / 38°C is the threshold cancer centers give for
# calling at once during treatment).
PENDING_UPDATE = {
    "slug": "managing-side-effects",
    "replace": (
        "<li>Call your care team right away about a fever, new breathing problems, "
        "or diarrhea.</li>",
        "<li>Call your care team right away about a fever of 100.4°F (38°C) or "
        "higher, new breathing problems, or diarrhea.</li>",
    ),
    "what_changed": "We now say which temperature counts as a fever.",
}

ANNOUNCEMENT = {
    "text": "New guide: how clinical trials work, what they cost and how to join one.",
    "link_url": "/guides/joining-a-clinical-trial/",
    "link_text": "Read the guide",
    "days_shown": 30,
}

__all__ = [
    "ANNOUNCEMENT",
    "CATEGORIES",
    "DISCLAIMER_SHORT",
    "FEATURED_IMAGES",
    "IMAGES",
    "FAQ",
    "FAQ_REVIEWER",
    "FAQ_REVIEWERS",
    "FEATURED_GUIDES",
    "GUIDES",
    "HIGHLIGHTED_FAQ",
    "PAGES",
    "PENDING_UPDATE",
    "PEOPLE",
    "SYNONYMS",
]
