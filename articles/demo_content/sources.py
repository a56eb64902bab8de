"""Sources cited by more than one demo guide or FAQ answer.

Pure data, no Django imports. See FORMAT.md in this folder.
"""

ASCO_2018 = {
    "citation": "Kindler HL, Ismaila N, Armato SG 3rd, et al. Treatment of Malignant Pleural Mesothelioma: American Society of Clinical Oncology Clinical Practice Guideline. J Clin Oncol. 2018;36(13):1343-1373.",
    "url": "https://doi.org/10.1200/JCO.2017.76.6394",
    "doi": "10.1200/JCO.2017.76.6394",
    "pmid": "29346042",
}

ASCO_IRAE_2021 = {
    "citation": "Schneider BJ, Naidoo J, Santomasso BD, et al. Management of Immune-Related Adverse Events in Patients Treated With Immune Checkpoint Inhibitor Therapy: ASCO Guideline Update. J Clin Oncol. 2021;39(36):4073-4126.",
    "url": "https://doi.org/10.1200/JCO.21.01440",
    "doi": "10.1200/JCO.21.01440",
    "pmid": "34724392",
}

CHECKMATE_743 = {
    "citation": "Baas P, Scherpereel A, Nowak AK, et al. First-line nivolumab plus ipilimumab in unresectable malignant pleural mesothelioma (CheckMate 743): a multicentre, randomised, open-label, phase 3 trial. Lancet. 2021;397(10272):375-386.",
    "url": "https://doi.org/10.1016/S0140-6736(20)32714-8",
    "doi": "10.1016/S0140-6736(20)32714-8",
    "pmid": "33485464",
}

CLINICALTRIALS_GOV = {
    "citation": "ClinicalTrials.gov. U.S. National Library of Medicine, National Institutes of Health.",
    "url": "https://clinicaltrials.gov/",
    "doi": "",
    "pmid": "",
}

FDA_2020_NIVOLUMAB_IPILIMUMAB = {
    "citation": "US Food and Drug Administration. FDA Approves Drug Combination for Treating Mesothelioma. News release, October 2, 2020.",
    "url": "https://www.fda.gov/news-events/press-announcements/fda-approves-drug-combination-treating-mesothelioma",
    "doi": "",
    "pmid": "",
}

KEYNOTE_483 = {
    "citation": "Chu Q, Perrone F, Greillier L, et al. Pembrolizumab plus chemotherapy versus chemotherapy in untreated advanced pleural mesothelioma in Canada, Italy, and France: a phase 3, open-label, randomised controlled trial. Lancet. 2023;402(10419):2295-2306.",
    "url": "https://doi.org/10.1016/S0140-6736(23)01613-6",
    "doi": "10.1016/S0140-6736(23)01613-6",
    "pmid": "37931632",
}

MARS_2 = {
    "citation": "Lim E, Waller D, Lau K, et al. Extended pleurectomy decortication and chemotherapy versus chemotherapy alone for pleural mesothelioma (MARS 2): a phase 3 randomised controlled trial. Lancet Respir Med. 2024;12(6):457-466.",
    "url": "https://doi.org/10.1016/S2213-2600(24)00119-X",
    "doi": "10.1016/S2213-2600(24)00119-X",
    "pmid": "38740044",
}

NCI_CHECKPOINT_INHIBITORS = {
    "citation": "National Cancer Institute. Immune Checkpoint Inhibitors. Bethesda, MD: National Cancer Institute.",
    "url": "https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/checkpoint-inhibitors",
    "doi": "",
    "pmid": "",
}

NCI_PALLIATIVE_CARE = {
    "citation": "National Cancer Institute. Palliative Care in Cancer. Bethesda, MD: National Cancer Institute.",
    "url": "https://www.cancer.gov/about-cancer/advanced-cancer/care-choices/palliative-care-fact-sheet",
    "doi": "",
    "pmid": "",
}

NCI_PDQ_PATIENT = {
    "citation": "PDQ Adult Treatment Editorial Board. Malignant Mesothelioma Treatment (PDQ®)–Patient Version. Bethesda, MD: National Cancer Institute.",
    "url": "https://www.cancer.gov/types/mesothelioma/patient/mesothelioma-treatment-pdq",
    "doi": "",
    "pmid": "",
}

NCI_PDQ_PROFESSIONAL = {
    "citation": "PDQ Adult Treatment Editorial Board. Malignant Mesothelioma Treatment (PDQ®)–Health Professional Version. Bethesda, MD: National Cancer Institute.",
    "url": "https://www.cancer.gov/types/mesothelioma/hp/mesothelioma-treatment-pdq",
    "doi": "",
    "pmid": "",
}

NCI_RADIATION_THERAPY = {
    "citation": "National Cancer Institute. Radiation Therapy to Treat Cancer. Bethesda, MD: National Cancer Institute.",
    "url": "https://www.cancer.gov/about-cancer/treatment/types/radiation-therapy",
    "doi": "",
    "pmid": "",
}

NCI_SIDE_EFFECTS = {
    "citation": "National Cancer Institute. Side Effects of Cancer Treatment. Bethesda, MD: National Cancer Institute.",
    "url": "https://www.cancer.gov/about-cancer/treatment/side-effects",
    "doi": "",
    "pmid": "",
}

NCI_WHAT_ARE_TRIALS = {
    "citation": "National Cancer Institute. What Are Cancer Clinical Trials? Bethesda, MD: National Cancer Institute.",
    "url": "https://www.cancer.gov/research/participate/clinical-trials/what-are-clinical-trials",
    "doi": "",
    "pmid": "",
}

PEMETREXED_PATIENT_INFO = {
    "citation": "Pfizer. Pemetrexed Injection: patient information, How is Pemetrexed Injection given? (Folic acid daily from 7 days before the first dose until 21 days after the last; vitamin B12 injection 7 days before the first dose, then every 3 cycles; a corticosteroid twice a day for 3 days from the day before each dose.)",
    "url": "https://www.pfizermedical.com/patient/pemetrexed-0/how-is-pemetrexed-injection-given",
    "doi": "",
    "pmid": "",
}

RESPECT_MESO = {
    "citation": "Brims F, Gunatilake S, Lawrie I, et al. Early specialist palliative care on quality of life for malignant pleural mesothelioma: a randomised controlled trial. Thorax. 2019;74(4):354-361. (RESPECT-Meso.)",
    "url": "https://doi.org/10.1136/thoraxjnl-2018-212380",
    "doi": "10.1136/thoraxjnl-2018-212380",
    "pmid": "30661019",
}

TIME2 = {
    "citation": "Davies HE, Mishra EK, Kahan BC, et al. Effect of an indwelling pleural catheter vs chest tube and talc pleurodesis for relieving dyspnea in patients with malignant pleural effusion: the TIME2 randomized controlled trial. JAMA. 2012;307(22):2383-2389.",
    "url": "https://doi.org/10.1001/jama.2012.5535",
    "doi": "10.1001/jama.2012.5535",
    "pmid": "22610520",
}

VOGELZANG_2003 = {
    "citation": "Vogelzang NJ, Rusthoven JJ, Symanowski J, et al. Phase III study of pemetrexed in combination with cisplatin versus cisplatin alone in patients with malignant pleural mesothelioma. J Clin Oncol. 2003;21(14):2636-2644.",
    "url": "https://doi.org/10.1200/JCO.2003.11.136",
    "doi": "10.1200/JCO.2003.11.136",
    "pmid": "12860938",
}

YAN_2009 = {
    "citation": "Yan TD, Deraco M, Baratti D, et al. Cytoreductive surgery and hyperthermic intraperitoneal chemotherapy for malignant peritoneal mesothelioma: multi-institutional experience. J Clin Oncol. 2009;27(36):6237-6242.",
    "url": "https://researchers.mq.edu.au/en/publications/cytoreductive-surgery-and-hyperthermic-intraperitoneal-chemothera",
    "doi": "",
    "pmid": "",
}
