"""The demo glossary: words a person with mesothelioma meets, in our own plain words.

Pure data, loaded by `manage.py load_demo` (glossary/demo.py). Each term: its name,
slug, other forms (plurals, US and UK spellings, abbreviations, brand names), a
definition of one or two sentences, the slugs of related terms and the slug of a demo
guide (or None).
No figures: a definition says what a word means, the guides give the evidence.
"""

TERMS = [
    # Where it starts
    {
        "term": "Mesothelioma",
        "slug": "mesothelioma",
        "other_forms": ["mesotheliomas"],
        "definition": "A cancer that starts in the mesothelium, the thin lining that "
        "covers the lungs, the belly and some other organs. It is most often linked to "
        "asbestos.",
        "see_also": ["mesothelium", "asbestos"],
        "guide": None,
    },
    {
        "term": "Mesothelium",
        "slug": "mesothelium",
        "other_forms": [],
        "definition": "The thin layer of cells that lines the chest, the belly, the "
        "sac around the heart and the sac around each testicle. Mesothelioma starts in "
        "these cells.",
        "see_also": ["pleura", "peritoneum", "pericardium", "tunica-vaginalis"],
        "guide": None,
    },
    {
        "term": "Pleura",
        "slug": "pleura",
        "other_forms": ["pleurae"],
        "definition": "The two thin layers of tissue that cover the lungs and line the "
        "inside of the chest wall. A little fluid between them lets the lungs move "
        "smoothly as you breathe.",
        "see_also": ["pleural-mesothelioma", "pleural-effusion"],
        "guide": None,
    },
    {
        "term": "Pleural mesothelioma",
        "slug": "pleural-mesothelioma",
        "other_forms": ["malignant pleural mesothelioma"],
        "definition": "Mesothelioma that starts in the pleura, the lining around the "
        "lungs. It is the most common kind.",
        "see_also": ["pleura"],
        "guide": None,
    },
    {
        "term": "Peritoneum",
        "slug": "peritoneum",
        "other_forms": [],
        "definition": "The thin lining that covers the organs in the belly (abdomen) "
        "and lines the inside of the belly wall.",
        "see_also": ["peritoneal-mesothelioma", "ascites"],
        "guide": None,
    },
    {
        "term": "Peritoneal mesothelioma",
        "slug": "peritoneal-mesothelioma",
        "other_forms": ["malignant peritoneal mesothelioma"],
        "definition": "Mesothelioma that starts in the peritoneum, the lining of the "
        "belly. It is the second most common kind.",
        "see_also": ["peritoneum", "cytoreductive-surgery", "hipec"],
        "guide": "peritoneal-mesothelioma",
    },
    {
        "term": "Pericardium",
        "slug": "pericardium",
        "other_forms": ["pericardial sac"],
        "definition": "The thin sac around the heart. Mesothelioma starts here only "
        "rarely.",
        "see_also": ["mesothelium"],
        "guide": None,
    },
    {
        "term": "Tunica vaginalis",
        "slug": "tunica-vaginalis",
        "other_forms": [],
        "definition": "The thin lining around each testicle. Mesothelioma starts here "
        "only very rarely.",
        "see_also": ["mesothelium"],
        "guide": None,
    },
    {
        "term": "Diaphragm",
        "slug": "diaphragm",
        "other_forms": [],
        "definition": "The dome-shaped sheet of muscle under the lungs that helps you "
        "breathe. It separates the chest from the belly.",
        "see_also": [],
        "guide": None,
    },
    # The cause
    {
        "term": "Asbestos",
        "slug": "asbestos",
        "other_forms": [],
        "definition": "A group of natural minerals made of tiny fibres, once widely "
        "used in buildings and industry. Breathing in the fibres is the main known "
        "cause of mesothelioma.",
        "see_also": ["latency", "mesothelioma"],
        "guide": "asbestos-and-mesothelioma",
    },
    {
        "term": "Latency",
        "slug": "latency",
        "other_forms": ["latency period", "latent period"],
        "definition": "The long time between breathing in asbestos and becoming ill "
        "with mesothelioma. It often lasts several decades.",
        "see_also": ["asbestos"],
        "guide": "asbestos-and-mesothelioma",
    },
    {
        "term": "BAP1",
        "slug": "bap1",
        "other_forms": ["BAP1 gene"],
        "definition": "A gene that normally helps stop cells from growing out of "
        "control. Some people are born with a change in it that raises the risk of "
        "mesothelioma and some other cancers.",
        "see_also": ["genetic-testing"],
        "guide": "bap1-genetic-testing",
    },
    {
        "term": "Genetic testing",
        "slug": "genetic-testing",
        "other_forms": ["genetic test", "genetic tests", "germline testing"],
        "definition": "A test, usually of blood or saliva, that looks for gene "
        "changes you were born with and may share with your relatives. A genetic "
        "counsellor can help you decide whether to have one.",
        "see_also": ["bap1"],
        "guide": "bap1-genetic-testing",
    },
    # Cell types
    {
        "term": "Epithelioid",
        "slug": "epithelioid",
        "other_forms": ["epithelioid mesothelioma", "epithelial mesothelioma"],
        "definition": "The most common cell type of mesothelioma, in which the cancer "
        "cells look like the cells of a lining. It usually has a better outlook than "
        "the other types.",
        "see_also": ["sarcomatoid", "biphasic"],
        "guide": None,
    },
    {
        "term": "Sarcomatoid",
        "slug": "sarcomatoid",
        "other_forms": ["sarcomatoid mesothelioma"],
        "definition": "A less common cell type of mesothelioma, in which the cancer "
        "cells are long and thin. It tends to grow faster and is harder to treat.",
        "see_also": ["epithelioid", "biphasic"],
        "guide": None,
    },
    {
        "term": "Biphasic",
        "slug": "biphasic",
        "other_forms": ["biphasic mesothelioma", "mixed-type mesothelioma"],
        "definition": "Mesothelioma that has both epithelioid and sarcomatoid cells.",
        "see_also": ["epithelioid", "sarcomatoid"],
        "guide": None,
    },
    # Finding out
    {
        "term": "Biopsy",
        "slug": "biopsy",
        "other_forms": ["biopsies"],
        "definition": "Taking a small piece of tissue so that a specialist can look at "
        "it under a microscope. It is the usual way to confirm mesothelioma and find "
        "its cell type.",
        "see_also": ["thoracoscopy", "pathologist"],
        "guide": "diagnosis-and-staging",
    },
    {
        "term": "Pathologist",
        "slug": "pathologist",
        "other_forms": ["pathologists"],
        "definition": "A doctor who looks at tissue and cells under a microscope to "
        "find out what disease is there.",
        "see_also": ["biopsy", "immunohistochemistry"],
        "guide": None,
    },
    {
        "term": "Immunohistochemistry",
        "slug": "immunohistochemistry",
        "other_forms": ["IHC"],
        "definition": "Lab tests that use special stains to show proteins in a tissue "
        "sample. They help tell mesothelioma apart from other cancers.",
        "see_also": ["biopsy", "pathologist"],
        "guide": None,
    },
    {
        "term": "Thoracoscopy",
        "slug": "thoracoscopy",
        "other_forms": [
            "thoracoscopies",
            "VATS",
            "video-assisted thoracoscopic surgery",
            "video-assisted thoracic surgery",
        ],
        "definition": "A look inside the chest through a small cut, using a thin tube "
        "with a camera. Doctors can take biopsies and drain fluid at the same time.",
        "see_also": ["biopsy", "pleural-effusion"],
        "guide": None,
    },
    {
        "term": "CT scan",
        "slug": "ct-scan",
        "other_forms": ["CT", "CT scans", "CAT scan", "computed tomography"],
        "definition": "A scan that uses X-rays and a computer to make detailed "
        "pictures of the inside of the body.",
        "see_also": ["pet-scan", "staging"],
        "guide": None,
    },
    {
        "term": "PET scan",
        "slug": "pet-scan",
        "other_forms": ["PET", "PET scans", "PET-CT", "PET-CT scan"],
        "definition": "A scan that uses a small amount of a radioactive sugar to show "
        "parts of the body that are very active, as cancer often is. It is often done "
        "together with a CT scan.",
        "see_also": ["ct-scan", "staging"],
        "guide": None,
    },
    {
        "term": "MRI scan",
        "slug": "mri-scan",
        "other_forms": ["MRI", "MRI scans", "magnetic resonance imaging"],
        "definition": "A scan that uses a strong magnet and radio waves to make "
        "detailed pictures of the inside of the body. It uses no X-rays.",
        "see_also": ["ct-scan"],
        "guide": None,
    },
    {
        "term": "Staging",
        "slug": "staging",
        "other_forms": ["cancer staging"],
        "definition": "Working out how big a cancer is and whether it has spread. The "
        "stage helps your doctors plan treatment.",
        "see_also": ["tnm", "lymph-node", "metastasis"],
        "guide": "diagnosis-and-staging",
    },
    {
        "term": "TNM",
        "slug": "tnm",
        "other_forms": ["TNM staging", "TNM system"],
        "definition": "The usual system for staging cancer. T describes the main "
        "tumour, N the lymph nodes and M whether the cancer has spread further.",
        "see_also": ["staging"],
        "guide": "diagnosis-and-staging",
    },
    {
        "term": "Lymph node",
        "slug": "lymph-node",
        "other_forms": ["lymph nodes", "lymph gland", "lymph glands"],
        "definition": "Small, bean-shaped glands that are part of the immune system. "
        "Cancer can spread to them.",
        "see_also": ["staging", "metastasis"],
        "guide": None,
    },
    {
        "term": "Metastasis",
        "slug": "metastasis",
        "other_forms": ["metastases", "metastatic"],
        "definition": "Cancer that has spread from where it started to another part "
        "of the body.",
        "see_also": ["staging"],
        "guide": None,
    },
    {
        "term": "Multidisciplinary team",
        "slug": "multidisciplinary-team",
        "other_forms": [
            "MDT",
            "multidisciplinary teams",
            "multi-disciplinary team",
            "tumor board",
            "tumour board",
        ],
        "definition": "The group of specialists, such as doctors and nurses, who meet "
        "to plan your care together.",
        "see_also": ["oncologist"],
        "guide": "questions-to-ask-your-care-team",
    },
    {
        "term": "Oncologist",
        "slug": "oncologist",
        "other_forms": ["oncologists"],
        "definition": "A doctor who specialises in treating cancer. Some give "
        "medicines such as chemotherapy; others give radiotherapy.",
        "see_also": ["multidisciplinary-team"],
        "guide": None,
    },
    {
        "term": "Performance status",
        "slug": "performance-status",
        "other_forms": ["ECOG performance status"],
        "definition": "A score doctors use to describe how well you manage everyday "
        "activities. It helps them decide which treatments are safe for you.",
        "see_also": [],
        "guide": None,
    },
    # Outlook
    {
        "term": "Prognosis",
        "slug": "prognosis",
        "other_forms": ["prognoses"],
        "definition": "The likely course of an illness. Your care team can talk with "
        "you about what is known for someone in your situation, when you want to.",
        "see_also": ["median-survival", "overall-survival"],
        "guide": "outlook-and-prognosis",
    },
    {
        "term": "Median survival",
        "slug": "median-survival",
        "other_forms": ["median overall survival"],
        "definition": "The time after which half of a group of people in a study had "
        "died and half were still alive. It describes a group, not what will happen to "
        "one person.",
        "see_also": ["overall-survival", "prognosis"],
        "guide": "outlook-and-prognosis",
    },
    # Symptoms and fluid
    {
        "term": "Pleural effusion",
        "slug": "pleural-effusion",
        "other_forms": ["pleural effusions"],
        "definition": "A build-up of fluid between the two layers of the pleura. It "
        "can press on the lung and make you short of breath.",
        "see_also": [
            "pleurodesis",
            "indwelling-pleural-catheter",
            "thoracentesis",
        ],
        "guide": None,
    },
    {
        "term": "Thoracentesis",
        "slug": "thoracentesis",
        "other_forms": [
            "thoracocentesis",
            "pleural tap",
            "pleural aspiration",
        ],
        "definition": "Draining fluid from around the lung with a needle or thin tube "
        "put in through the skin of the back or side.",
        "see_also": ["pleural-effusion"],
        "guide": None,
    },
    {
        "term": "Pleurodesis",
        "slug": "pleurodesis",
        "other_forms": ["talc pleurodesis"],
        "definition": "A treatment that makes the two layers of the pleura stick "
        "together, so fluid cannot collect between them again. It is often done with "
        "sterile talc.",
        "see_also": ["pleural-effusion", "indwelling-pleural-catheter"],
        "guide": None,
    },
    {
        "term": "Indwelling pleural catheter",
        "slug": "indwelling-pleural-catheter",
        "other_forms": [
            "indwelling pleural catheters",
            "IPC",
            "tunnelled pleural catheter",
            "tunneled pleural catheter",
        ],
        "definition": "A thin, soft tube left in the chest so that fluid can be "
        "drained at home. A nurse, a relative or you yourself can learn to do it.",
        "see_also": ["pleural-effusion", "pleurodesis"],
        "guide": None,
    },
    {
        "term": "Ascites",
        "slug": "ascites",
        "other_forms": [],
        "definition": "A build-up of fluid in the belly. It can cause swelling, "
        "discomfort and breathlessness.",
        "see_also": ["paracentesis", "peritoneum"],
        "guide": None,
    },
    {
        "term": "Paracentesis",
        "slug": "paracentesis",
        "other_forms": ["ascitic tap", "abdominal paracentesis"],
        "definition": "Draining fluid from the belly with a needle or thin tube put in "
        "through the skin.",
        "see_also": ["ascites"],
        "guide": None,
    },
    {
        "term": "Dyspnoea",
        "slug": "dyspnoea",
        "other_forms": ["dyspnea"],
        "definition": "The medical word for breathlessness: feeling that you cannot "
        "get enough air.",
        "see_also": ["pleural-effusion"],
        "guide": "breathlessness",
    },
    {
        "term": "Fatigue",
        "slug": "fatigue",
        "other_forms": [],
        "definition": "Tiredness that does not go away with rest. It is common with "
        "cancer and its treatment.",
        "see_also": ["anaemia"],
        "guide": "managing-side-effects",
    },
    {
        "term": "Neutropenia",
        "slug": "neutropenia",
        "other_forms": ["neutropenic"],
        "definition": "Having too few neutrophils, the white blood cells that fight "
        "infection. It makes infections more likely, so a fever during chemotherapy "
        "needs urgent advice.",
        "see_also": ["chemotherapy", "side-effect"],
        "guide": "managing-side-effects",
    },
    {
        "term": "Anaemia",
        "slug": "anaemia",
        "other_forms": ["anemia", "anaemic", "anemic"],
        "definition": "Having too few red blood cells, which carry oxygen around the "
        "body. It can make you tired, pale or short of breath.",
        "see_also": ["fatigue"],
        "guide": "managing-side-effects",
    },
    {
        "term": "Pneumonitis",
        "slug": "pneumonitis",
        "other_forms": [],
        "definition": "Inflammation of the lung tissue. It can be a side effect of "
        "radiotherapy or immunotherapy and can cause a cough and breathlessness.",
        "see_also": ["radiotherapy", "immune-related-adverse-event"],
        "guide": None,
    },
    # Treatments
    {
        "term": "First-line treatment",
        "slug": "first-line-treatment",
        "other_forms": ["first-line", "first-line therapy", "front-line treatment"],
        "definition": "The first treatment given for a cancer.",
        "see_also": ["second-line-treatment"],
        "guide": "nivolumab-ipilimumab-first-line",
    },
    {
        "term": "Second-line treatment",
        "slug": "second-line-treatment",
        "other_forms": ["second-line", "second-line therapy"],
        "definition": "Treatment given when the first treatment has stopped working or "
        "could not be continued.",
        "see_also": ["first-line-treatment"],
        "guide": "when-first-treatment-stops-working",
    },
    {
        "term": "Chemotherapy",
        "slug": "chemotherapy",
        "other_forms": ["chemo"],
        "definition": "Medicines that kill cancer cells or stop them from dividing. "
        "For mesothelioma they are usually given through a drip into a vein.",
        "see_also": ["pemetrexed", "cisplatin", "carboplatin", "infusion"],
        "guide": "chemotherapy-pemetrexed-platinum",
    },
    {
        "term": "Infusion",
        "slug": "infusion",
        "other_forms": ["infusions", "intravenous infusion"],
        "definition": "Giving a medicine slowly into a vein through a drip.",
        "see_also": ["chemotherapy"],
        "guide": None,
    },
    {
        "term": "Pemetrexed",
        "slug": "pemetrexed",
        "other_forms": ["Alimta"],
        "definition": "A chemotherapy medicine often used for mesothelioma, together "
        "with cisplatin or carboplatin. People having it also take folic acid and "
        "vitamin B12 to lower the risk of side effects.",
        "see_also": ["cisplatin", "carboplatin", "chemotherapy"],
        "guide": "chemotherapy-pemetrexed-platinum",
    },
    {
        "term": "Cisplatin",
        "slug": "cisplatin",
        "other_forms": [],
        "definition": "A chemotherapy medicine that contains platinum. It is often "
        "given together with pemetrexed.",
        "see_also": ["carboplatin", "pemetrexed"],
        "guide": "chemotherapy-pemetrexed-platinum",
    },
    {
        "term": "Carboplatin",
        "slug": "carboplatin",
        "other_forms": [],
        "definition": "A chemotherapy medicine that contains platinum, like cisplatin. "
        "It is sometimes used instead, as it is usually gentler on the kidneys and "
        "hearing.",
        "see_also": ["cisplatin", "pemetrexed"],
        "guide": "chemotherapy-pemetrexed-platinum",
    },
    {
        "term": "Bevacizumab",
        "slug": "bevacizumab",
        "other_forms": ["Avastin"],
        "definition": "A medicine that blocks a signal tumours use to grow new blood "
        "vessels. In some countries it is added to chemotherapy for mesothelioma.",
        "see_also": ["chemotherapy"],
        "guide": None,
    },
    {
        "term": "Immunotherapy",
        "slug": "immunotherapy",
        "other_forms": ["immunotherapies"],
        "definition": "Treatment that helps your own immune system find and attack "
        "cancer cells.",
        "see_also": ["checkpoint-inhibitor", "immune-related-adverse-event"],
        "guide": "immunotherapy-checkpoint-inhibitors",
    },
    {
        "term": "Checkpoint inhibitor",
        "slug": "checkpoint-inhibitor",
        "other_forms": [
            "checkpoint inhibitors",
            "immune checkpoint inhibitor",
            "immune checkpoint inhibitors",
        ],
        "definition": "A kind of immunotherapy that takes a natural brake off the "
        "immune system, so that it can attack cancer cells. Nivolumab, ipilimumab and "
        "pembrolizumab are examples.",
        "see_also": ["pd-1", "pd-l1", "ctla-4", "immunotherapy"],
        "guide": "immunotherapy-checkpoint-inhibitors",
    },
    {
        "term": "PD-1",
        "slug": "pd-1",
        "other_forms": [],
        "definition": "A brake protein on immune cells. Some cancers use it to hide "
        "from the immune system; nivolumab and pembrolizumab block it.",
        "see_also": ["pd-l1", "checkpoint-inhibitor"],
        "guide": "immunotherapy-checkpoint-inhibitors",
    },
    {
        "term": "PD-L1",
        "slug": "pd-l1",
        "other_forms": [],
        "definition": "A protein on some cancer cells that presses the PD-1 brake of "
        "immune cells. A test can measure how much of it a tumour has.",
        "see_also": ["pd-1", "checkpoint-inhibitor"],
        "guide": "immunotherapy-checkpoint-inhibitors",
    },
    {
        "term": "CTLA-4",
        "slug": "ctla-4",
        "other_forms": [],
        "definition": "Another brake protein on immune cells. Ipilimumab blocks it, "
        "which helps start an immune attack on cancer.",
        "see_also": ["ipilimumab", "checkpoint-inhibitor"],
        "guide": "immunotherapy-checkpoint-inhibitors",
    },
    {
        "term": "Nivolumab",
        "slug": "nivolumab",
        "other_forms": ["Opdivo"],
        "definition": "A checkpoint inhibitor that blocks PD-1. For mesothelioma it is "
        "given together with ipilimumab.",
        "see_also": ["ipilimumab", "pd-1"],
        "guide": "nivolumab-ipilimumab-first-line",
    },
    {
        "term": "Ipilimumab",
        "slug": "ipilimumab",
        "other_forms": ["Yervoy"],
        "definition": "A checkpoint inhibitor that blocks CTLA-4. For mesothelioma it "
        "is given together with nivolumab.",
        "see_also": ["nivolumab", "ctla-4"],
        "guide": "nivolumab-ipilimumab-first-line",
    },
    {
        "term": "Pembrolizumab",
        "slug": "pembrolizumab",
        "other_forms": ["Keytruda"],
        "definition": "A checkpoint inhibitor that blocks PD-1. For mesothelioma it "
        "can be given with chemotherapy; where it is approved and paid for differs by "
        "country.",
        "see_also": ["pd-1", "chemotherapy"],
        "guide": "immunotherapy-checkpoint-inhibitors",
    },
    {
        "term": "Immune-related adverse event",
        "slug": "immune-related-adverse-event",
        "other_forms": [
            "immune-related adverse events",
            "immune related adverse event",
            "immune related adverse events",
            "irAE",
            "irAEs",
        ],
        "definition": "A side effect of immunotherapy in which the immune system "
        "attacks healthy parts of the body, such as the skin, gut, liver, lungs or "
        "hormone glands. Tell your team about any new symptom quickly.",
        "see_also": ["immunotherapy", "side-effect", "steroids"],
        "guide": "managing-side-effects",
    },
    {
        "term": "Steroids",
        "slug": "steroids",
        "other_forms": ["steroid", "corticosteroid", "corticosteroids"],
        "definition": "Medicines that calm inflammation. They are used to treat "
        "immune-related side effects and to prevent sickness from chemotherapy, among "
        "other things.",
        "see_also": ["immune-related-adverse-event"],
        "guide": None,
    },
    {
        "term": "Side effect",
        "slug": "side-effect",
        "other_forms": ["side effects", "side-effect", "side-effects"],
        "definition": "An unwanted effect of a treatment. Many side effects can be "
        "eased, so tell your care team about them.",
        "see_also": ["immune-related-adverse-event"],
        "guide": "managing-side-effects",
    },
    {
        "term": "Pleurectomy/decortication",
        "slug": "pleurectomy-decortication",
        "other_forms": [
            "pleurectomy decortication",
            "extended pleurectomy/decortication",
            "P/D",
            "pleurectomy",
        ],
        "definition": "Surgery that removes the pleura and the tumour on it but leaves "
        "the lung in place.",
        "see_also": ["extrapleural-pneumonectomy", "pleura"],
        "guide": "surgery-for-mesothelioma",
    },
    {
        "term": "Extrapleural pneumonectomy",
        "slug": "extrapleural-pneumonectomy",
        "other_forms": ["EPP"],
        "definition": "Surgery that removes a whole lung together with the pleura, "
        "often with part of the diaphragm and of the sac around the heart. It is done "
        "much less often than it used to be.",
        "see_also": ["pleurectomy-decortication"],
        "guide": "surgery-for-mesothelioma",
    },
    {
        "term": "Cytoreductive surgery",
        "slug": "cytoreductive-surgery",
        "other_forms": ["CRS", "debulking surgery"],
        "definition": "Surgery to remove as much of the cancer that can be seen as "
        "possible. For peritoneal mesothelioma it is often followed by HIPEC.",
        "see_also": ["hipec", "peritoneal-mesothelioma"],
        "guide": "peritoneal-mesothelioma-surgery-hipec",
    },
    {
        "term": "HIPEC",
        "slug": "hipec",
        "other_forms": ["hyperthermic intraperitoneal chemotherapy"],
        "definition": "Heated chemotherapy that is washed around the inside of the "
        "belly during surgery, after the cancer that can be seen has been removed.",
        "see_also": ["cytoreductive-surgery", "peritoneal-mesothelioma"],
        "guide": "peritoneal-mesothelioma-surgery-hipec",
    },
    {
        "term": "Radiotherapy",
        "slug": "radiotherapy",
        "other_forms": ["radiation therapy", "radiation treatment"],
        "definition": "Treatment that uses high-energy rays, like strong X-rays, to "
        "kill cancer cells. It can also ease pain.",
        "see_also": ["imrt", "pneumonitis"],
        "guide": "radiation-therapy-for-mesothelioma",
    },
    {
        "term": "IMRT",
        "slug": "imrt",
        "other_forms": [
            "intensity-modulated radiotherapy",
            "intensity-modulated radiation therapy",
            "intensity modulated radiotherapy",
            "intensity modulated radiation therapy",
        ],
        "definition": "A way of giving radiotherapy that shapes the beams closely to "
        "the tumour, to spare the healthy tissue around it.",
        "see_also": ["radiotherapy"],
        "guide": "radiation-therapy-for-mesothelioma",
    },
    {
        "term": "Tumour treating fields",
        "slug": "tumour-treating-fields",
        "other_forms": ["tumor treating fields", "TTFields"],
        "definition": "A treatment that uses mild electric fields, sent through pads "
        "worn on the skin, to disturb cancer cells as they divide. It is available for "
        "mesothelioma in some countries, together with chemotherapy.",
        "see_also": ["chemotherapy"],
        "guide": "tumor-treating-fields",
    },
    # Care
    {
        "term": "Palliative care",
        "slug": "palliative-care",
        "other_forms": [],
        "definition": "Care that eases symptoms and supports quality of life for "
        "people with a serious illness and their families. It can be given at any "
        "stage, alongside treatment for the cancer.",
        "see_also": ["hospice"],
        "guide": "palliative-care-and-living-well",
    },
    {
        "term": "Hospice",
        "slug": "hospice",
        "other_forms": ["hospices", "hospice care"],
        "definition": "Care for people near the end of life, and support for their "
        "families. It can be given in a hospice building or at home.",
        "see_also": ["palliative-care"],
        "guide": "palliative-care-and-living-well",
    },
    {
        "term": "Opioid",
        "slug": "opioid",
        "other_forms": ["opioids"],
        "definition": "A strong pain medicine, such as morphine. Your team will "
        "explain how to take it safely and how to manage its side effects.",
        "see_also": ["palliative-care"],
        "guide": "pain-control",
    },
    # Research
    {
        "term": "Clinical trial",
        "slug": "clinical-trial",
        "other_forms": ["clinical trials", "clinical study", "clinical studies"],
        "definition": "A research study that tests a treatment in people, to find out "
        "whether it is safe and whether it works better than the usual care.",
        "see_also": ["phase-1-trial", "randomised-trial", "placebo", "endpoint"],
        "guide": "joining-a-clinical-trial",
    },
    {
        "term": "Phase 1 trial",
        "slug": "phase-1-trial",
        "other_forms": ["phase 1", "phase I", "phase 1 trials", "phase I trial"],
        "definition": "An early clinical trial in a small group of people, mainly to "
        "find a safe dose and learn about side effects.",
        "see_also": ["phase-2-trial", "phase-3-trial"],
        "guide": "joining-a-clinical-trial",
    },
    {
        "term": "Phase 2 trial",
        "slug": "phase-2-trial",
        "other_forms": ["phase 2", "phase II", "phase 2 trials", "phase II trial"],
        "definition": "A clinical trial that tests whether a treatment works against a "
        "cancer and learns more about its side effects.",
        "see_also": ["phase-1-trial", "phase-3-trial"],
        "guide": "joining-a-clinical-trial",
    },
    {
        "term": "Phase 3 trial",
        "slug": "phase-3-trial",
        "other_forms": ["phase 3", "phase III", "phase 3 trials", "phase III trial"],
        "definition": "A large clinical trial that compares a new treatment with the "
        "usual treatment.",
        "see_also": ["phase-2-trial", "randomised-trial"],
        "guide": "joining-a-clinical-trial",
    },
    {
        "term": "Randomised trial",
        "slug": "randomised-trial",
        "other_forms": [
            "randomized trial",
            "randomised trials",
            "randomized trials",
            "randomised controlled trial",
            "randomized controlled trial",
            "randomised",
            "randomized",
        ],
        "definition": "A trial in which chance decides which treatment each person "
        "gets. This makes the groups alike, so that the comparison is fair.",
        "see_also": ["placebo", "clinical-trial"],
        "guide": "joining-a-clinical-trial",
    },
    {
        "term": "Placebo",
        "slug": "placebo",
        "other_forms": ["placebos"],
        "definition": "A dummy treatment that looks like the real one but has no "
        "active medicine in it. It helps show whether the real treatment works.",
        "see_also": ["randomised-trial"],
        "guide": "joining-a-clinical-trial",
    },
    {
        "term": "Endpoint",
        "slug": "endpoint",
        "other_forms": ["endpoints", "end point", "end points"],
        "definition": "What a clinical trial measures to decide whether a treatment "
        "works, such as how long people live.",
        "see_also": ["overall-survival", "progression-free-survival", "response-rate"],
        "guide": None,
    },
    {
        "term": "Overall survival",
        "slug": "overall-survival",
        "other_forms": [],
        "definition": "In a study, how long people lived from the time they joined "
        "it, whatever the cause of death.",
        "see_also": ["median-survival", "progression-free-survival"],
        "guide": None,
    },
    {
        "term": "Progression-free survival",
        "slug": "progression-free-survival",
        "other_forms": ["progression free survival", "PFS"],
        "definition": "In a study, how long people lived without their cancer growing "
        "or spreading.",
        "see_also": ["overall-survival", "endpoint"],
        "guide": None,
    },
    {
        "term": "Response rate",
        "slug": "response-rate",
        "other_forms": ["response rates", "objective response rate"],
        "definition": "In a study, the share of people whose tumours shrank by at "
        "least a set amount during treatment.",
        "see_also": ["endpoint"],
        "guide": None,
    },
    # Tests, everyday care and practical help
    {
        "term": "Cytology",
        "slug": "cytology",
        "other_forms": ["cytology test"],
        "definition": "Looking at loose cells, such as cells in drained fluid, under "
        "a microscope. It can find cancer cells but often cannot tell which cancer it "
        "is.",
        "see_also": ["biopsy", "thoracentesis"],
        "guide": "diagnosis-and-staging",
    },
    {
        "term": "Laparoscopy",
        "slug": "laparoscopy",
        "other_forms": ["laparoscopic surgery", "keyhole surgery of the belly"],
        "definition": "A look inside the belly through small cuts, with a thin tube "
        "that has a camera. Samples can be taken at the same time.",
        "see_also": ["biopsy", "peritoneal-cancer-index"],
        "guide": "peritoneal-mesothelioma",
    },
    {
        "term": "Peritoneal cancer index",
        "slug": "peritoneal-cancer-index",
        "other_forms": ["PCI score"],
        "definition": "A score a surgeon gives for how much cancer is in the belly, by "
        "adding up what they see in 13 areas. A higher score means more cancer.",
        "see_also": ["peritoneal-mesothelioma", "cytoreductive-surgery"],
        "guide": "peritoneal-mesothelioma",
    },
    {
        "term": "Progression",
        "slug": "progression",
        "other_forms": ["progressive disease", "disease progression"],
        "definition": "The cancer has grown or spread since an earlier scan.",
        "see_also": ["second-line-treatment", "progression-free-survival"],
        "guide": "when-first-treatment-stops-working",
    },
    {
        "term": "Germline",
        "slug": "germline",
        "other_forms": ["germline mutation", "germline variant", "inherited change"],
        "definition": "A gene change you were born with, found in every cell of your "
        "body. It can be passed on to your children.",
        "see_also": ["bap1", "genetic-testing"],
        "guide": "bap1-genetic-testing",
    },
    {
        "term": "Genetic counsellor",
        "slug": "genetic-counsellor",
        "other_forms": [
            "genetic counselor",
            "genetic counsellors",
            "genetic counselors",
        ],
        "definition": "A health professional who explains gene tests and what the "
        "results mean for you and your family, and helps you decide about testing.",
        "see_also": ["genetic-testing", "germline"],
        "guide": "bap1-genetic-testing",
    },
    {
        "term": "Breakthrough pain",
        "slug": "breakthrough-pain",
        "other_forms": [],
        "definition": "Pain that flares up between regular doses of pain medicine. "
        "An extra, quick-acting dose is often prescribed for it.",
        "see_also": ["opioid"],
        "guide": "pain-control",
    },
    {
        "term": "Neuropathic pain",
        "slug": "neuropathic-pain",
        "other_forms": ["nerve pain"],
        "definition": "Pain from nerves that are damaged or pressed on. It often needs "
        "different medicines from other kinds of pain.",
        "see_also": ["opioid"],
        "guide": "pain-control",
    },
    {
        "term": "Cordotomy",
        "slug": "cordotomy",
        "other_forms": ["percutaneous cervical cordotomy"],
        "definition": "A procedure that uses a needle to switch off the nerve fibres "
        "in the spinal cord that carry pain from one side of the body. Only a few "
        "centres offer it.",
        "see_also": ["palliative-care"],
        "guide": "pain-control",
    },
    {
        "term": "Cachexia",
        "slug": "cachexia",
        "other_forms": [],
        "definition": "Loss of weight and muscle caused by the illness itself, even "
        "when a person is eating. A dietitian and the care team can help.",
        "see_also": ["dietitian", "fatigue"],
        "guide": "eating-well",
    },
    {
        "term": "Dietitian",
        "slug": "dietitian",
        "other_forms": ["dietitians", "dietician", "dieticians"],
        "definition": "A health professional trained to give advice on food. They can "
        "help when eating is hard or weight is falling.",
        "see_also": ["cachexia"],
        "guide": "eating-well",
    },
    {
        "term": "Respite care",
        "slug": "respite-care",
        "other_forms": ["respite"],
        "definition": "Care that gives a carer a break, for a few hours or a few days, "
        "while someone else looks after the person who is ill.",
        "see_also": ["palliative-care", "hospice"],
        "guide": "support-for-carers",
    },
    {
        "term": "Industrial Injuries Disablement Benefit",
        "slug": "industrial-injuries-disablement-benefit",
        "other_forms": ["IIDB"],
        "definition": "A UK benefit paid to people whose illness was caused by their "
        "work, including mesothelioma. It is not based on savings or income.",
        "see_also": ["asbestos"],
        "guide": "compensation-and-benefits",
    },
    {
        "term": "Asbestos trust fund",
        "slug": "asbestos-trust-fund",
        "other_forms": ["asbestos trust funds", "asbestos trust", "asbestos trusts"],
        "definition": "In the US, a fund set up by a company that went bankrupt "
        "because of asbestos claims, to pay people its asbestos harmed.",
        "see_also": ["asbestos"],
        "guide": "compensation-and-benefits",
    },
]
