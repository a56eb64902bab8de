"""Demo guides: understanding mesothelioma. Five published guides on symptoms,
diagnosis and staging, the outlook (prognosis), asbestos and the long delay, and BAP1
and genetic testing.

Pure data, no Django imports. See FORMAT.md in this folder. All wording is our own.
Each guide lists the sources its facts come from. Author and reviewer keys name
fictional sample people.
"""

from articles.demo_content.sources import (
    CHECKMATE_743,
    NCI_PDQ_PATIENT,
)

NHS_MESOTHELIOMA = {
    "citation": "NHS. Mesothelioma. (Asbestos is the main cause; mesothelioma typically develops more than 20 years after exposure; asbestos was banned in the UK in 1999 but is still found in many older buildings.)",
    "url": "https://www.nhs.uk/conditions/mesothelioma/",
    "doi": "",
    "pmid": "",
}

CRUK_RISKS = {
    "citation": "Cancer Research UK. Risks and causes of mesothelioma.",
    "url": "https://www.cancerresearchuk.org/about-cancer/mesothelioma/risks-causes",
    "doi": "",
    "pmid": "",
}

MESO_UK_RISKS = {
    "citation": "Mesothelioma UK. Risks and causes. (Industries linked with asbestos exposure; BAP1 tumour predisposition syndrome.)",
    "url": "https://www.mesothelioma.uk.com/risks-and-causes/",
    "doi": "",
    "pmid": "",
}

ERS_2020 = {
    "citation": "Scherpereel A, Opitz I, Berghmans T, et al. ERS/ESTS/EACTS/ESTRO guidelines for the management of malignant pleural mesothelioma. Eur Respir J. 2020;55(6):1900953.",
    "url": "https://doi.org/10.1183/13993003.00953-2019",
    "doi": "10.1183/13993003.00953-2019",
    "pmid": "32451346",
}

TESTA_2011 = {
    "citation": "Testa JR, Cheung M, Pei J, et al. Germline BAP1 mutations predispose to malignant mesothelioma. Nat Genet. 2011;43(10):1022-1025.",
    "url": "https://doi.org/10.1038/ng.912",
    "doi": "10.1038/ng.912",
    "pmid": "21874000",
}

PASTORINO_2018 = {
    "citation": "Pastorino S, Yoshikawa Y, Pass HI, et al. A subset of mesotheliomas with improved survival occurring in carriers of BAP1 and other germline mutations. J Clin Oncol. 2018;36(35):3485-3494.",
    "url": "https://doi.org/10.1200/JCO.2018.79.0352",
    "doi": "10.1200/JCO.2018.79.0352",
    "pmid": "30376426",
}

ASCO_2018 = {
    "citation": "Kindler HL, Ismaila N, Armato SG 3rd, et al. Treatment of Malignant Pleural Mesothelioma: American Society of Clinical Oncology Clinical Practice Guideline. J Clin Oncol. 2018;36(13). (Pleural fluid cytology is not a sensitive enough test on its own; thoracoscopic biopsy is recommended; people with the sarcomatoid type should not be offered maximal surgery.)",
    "url": "https://doi.org/10.1200/JCO.2017.76.6394",
    "doi": "10.1200/JCO.2017.76.6394",
    "pmid": "",
}

GENEREVIEWS_BAP1 = {
    "citation": "Pilarski R, et al. BAP1 Tumor Predisposition Syndrome. In: Adam MP, et al., editors. GeneReviews®. Seattle (WA): University of Washington, Seattle. Last revision March 24, 2022.",
    "url": "https://www.ncbi.nlm.nih.gov/books/NBK390611/",
    "doi": "",
    "pmid": "27748099",
}


GUIDES = [
    # ------------------------------------------------------------------ symptoms
    {
        "slug": "mesothelioma-symptoms",
        "title": "Symptoms of mesothelioma: what to look for and when to get help",
        "summary": "Mesothelioma symptoms often come on slowly and can look like common illnesses. Learn the signs in the chest and the belly, why your asbestos history matters, and when to get help fast.",
        "category": "understanding-mesothelioma",
        "tags": [
            "Symptoms",
            "Pleural mesothelioma",
            "Peritoneal mesothelioma",
            "Breathlessness",
            "Pleural effusion",
            "Asbestos",
        ],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 95,
        "days_since_reviewed": 21,
        "body": """<p>Mesothelioma is a cancer of the thin lining that covers the lungs, the belly and some other organs. Its symptoms often start slowly, over weeks or months. At first they can feel like a chest infection, a pulled muscle or plain tiredness. This guide explains what to look for, and when to see a doctor.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Symptoms often come on slowly and look like the signs of common illnesses.</li>
<li>In the chest, the main signs are shortness of breath, chest pain and a cough that will not go away.</li>
<li>In the belly, the main signs are swelling and pain.</li>
<li>Always tell your doctor if you may have breathed in asbestos, even many years ago.</li>
<li>Get help fast if you suddenly find it very hard to breathe, or you have bad chest pain.</li>
</ul>
<h2>Why the signs are easy to miss</h2>
<p>Early mesothelioma does not usually cause many symptoms. Signs tend to show up as the cancer grows. They are also the same signs that many other, more common problems cause. Most people who have them do not have cancer.</p>
<p>Because the symptoms build up slowly, some people get used to them. They may wait until they are really struggling to breathe. Please do not wait. Get new or changing symptoms checked, mostly if you have been near asbestos in the past.</p>
<h2>Symptoms in the chest</h2>
<p>Most mesothelioma starts in the pleura. This is the thin lining around the lungs and inside the chest wall. Cancer here is called pleural mesothelioma. Its symptoms can include:</p>
<ul>
<li>Feeling short of breath. At first you may only notice it when you walk fast or climb stairs.</li>
<li>Chest pain. It often feels like a dull, heavy ache. Some people feel pain in the lower back too.</li>
<li>A cough that does not go away.</li>
<li>A hoarse voice, or trouble swallowing.</li>
<li>A change in the shape of the fingertips and nails. This is called finger clubbing.</li>
</ul>
<p>Many of these signs come from fluid. Mesothelioma can make fluid build up between the lung and the chest wall. This is called a pleural effusion, or "fluid on the lung." The fluid squeezes the lung, so it cannot fill with air. That makes you short of breath. A doctor can drain the fluid. This often helps you breathe more easily.</p>
<h2>Symptoms in the belly</h2>
<p>Less often, mesothelioma starts in the peritoneum. This is the thin lining inside the belly (abdomen). Cancer here is called peritoneal mesothelioma. Its symptoms can include:</p>
<ul>
<li>Swelling of the belly</li>
<li>Pain in the belly</li>
<li>Feeling sick, or being sick</li>
<li>A poor appetite</li>
<li>Diarrhea or constipation</li>
</ul>
<p>The swelling is often caused by fluid in the belly. This is called ascites. The fluid can also cause pain, sickness and a poor appetite. It can be drained too.</p>
<h2>Signs that can affect the whole body</h2>
<p>Both kinds of mesothelioma can cause:</p>
<ul>
<li>Feeling very tired, even after rest. This is called fatigue.</li>
<li>Losing weight without trying</li>
<li>Heavy sweating, mostly at night</li>
<li>A high temperature (fever)</li>
<li>Losing your appetite</li>
</ul>
<h2>Tell your doctor about asbestos</h2>
<p>Asbestos is the main cause of mesothelioma. The illness usually shows up 20 years or more after someone breathed in asbestos. So the exposure may have been long ago, and you may not think of it now. Tell your doctor about:</p>
<ul>
<li>Every job you have had. Building, shipyard, plumbing, electrical, heating and insulation work are common examples.</li>
<li>Time you spent in the armed forces.</li>
<li>Anyone you lived with who came home with dusty work clothes.</li>
</ul>
<p>This can change which tests you get, and how soon. Rules differ by country. In England and Wales, national guidance says people aged 40 or over who have been near asbestos should get an urgent chest X-ray, within 2 weeks, if they have even one unexplained symptom. These include a cough, tiredness, shortness of breath, chest pain, weight loss or a poor appetite. Other countries have their own rules. Wherever you live, tell your doctor about asbestos and ask whether you need a chest X-ray or scan.</p>
<h2>When to get help</h2>
<p><strong>Get emergency help now</strong> (call 911 in the US, 999 in the UK, or your local emergency number) if you:</p>
<ul>
<li>Suddenly find it very hard to breathe</li>
<li>Have bad chest pain</li>
</ul>
<p><strong>See your doctor soon</strong>, within days, if you:</p>
<ul>
<li>Are getting more short of breath, even slowly</li>
<li>Notice your belly swelling</li>
<li>Lose weight without trying</li>
<li>Have any symptom above that does not go away after a couple of weeks</li>
</ul>
<h2>Questions to ask your doctor</h2>
<ul>
<li>Could my symptoms be linked to asbestos?</li>
<li>Do I need a chest X-ray or a CT scan? How soon?</li>
<li>If there is fluid, will it be drained and tested?</li>
<li>Who should I call if my breathing gets worse?</li>
</ul>
<p>If you are worried, it is always fine to ask. Finding out the cause of your symptoms is the first step to getting the right care.</p>""",
        "references": [
            {
                "citation": "Cancer Research UK. Symptoms of mesothelioma. (Last reviewed 17 May 2023.)",
                "url": "https://www.cancerresearchuk.org/about-cancer/mesothelioma/symptoms",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Cancer Research UK. Seeing a specialist: getting diagnosed with mesothelioma. (Based on the NICE guideline for England and Wales: an urgent chest X-ray within 2 weeks for people aged 40 or over who have been exposed to asbestos and have one or more unexplained symptoms.)",
                "url": "https://www.cancerresearchuk.org/about-cancer/mesothelioma/getting-diagnosed/referral-specialist",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "British Lung Foundation (Asthma + Lung UK). What are the symptoms of mesothelioma? (Symptoms develop gradually over weeks or months; how a pleural effusion causes breathlessness.)",
                "url": "https://www.blf.org.uk/support-for-you/mesothelioma/symptoms",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Macmillan Cancer Support. Symptoms of pleural mesothelioma. (Chest pain that feels heavy, dull or aching; get symptoms checked if they do not go away after a couple of weeks.)",
                "url": "https://www.macmillan.org.uk/information-and-support/mesothelioma/pleural-mesothelioma/understanding-cancer/signs-symptoms.html",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "The Christie NHS Foundation Trust. Mesothelioma. (Heavy sweating, especially at night; fluid in the abdomen (ascites) may cause swelling, pain, sickness and loss of appetite.)",
                "url": "https://www.christie.nhs.uk/patients-and-visitors/your-treatment-and-care/types-of-cancer/mesothelioma/",
                "doi": "",
                "pmid": "",
            },
            {**MESO_UK_RISKS},
            {**NHS_MESOTHELIOMA},
            {**NCI_PDQ_PATIENT},
        ],
        "related": ["diagnosis-and-staging", "palliative-care-and-living-well"],
    },
    # ------------------------------------------------------------------ diagnosis
    {
        "slug": "diagnosis-and-staging",
        "title": "How mesothelioma is diagnosed and staged",
        "summary": "Finding out whether you have mesothelioma takes several tests: scans, a look at any fluid, and usually a biopsy. Learn what each test involves, what your cell type means, and how doctors work out the stage.",
        "category": "understanding-mesothelioma",
        "tags": [
            "Diagnosis",
            "Staging",
            "Pleural mesothelioma",
            "Peritoneal mesothelioma",
            "Pleural effusion",
        ],
        "author": "rachel-morgan",
        "reviewer": "lena-fischer",
        "status": "published",
        "days_since_published": 88,
        "days_since_reviewed": 19,
        "body": """<p>Mesothelioma can be hard to diagnose. On scans, and even under a microscope, it can look like other illnesses. So most people need several tests. This guide explains the common ones, what your results mean, and what you can ask.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Scans show where there may be a problem. They cannot prove that it is mesothelioma.</li>
<li>Testing fluid alone is often not enough. Most people need a biopsy, which takes a small piece of tissue.</li>
<li>Your cell type (epithelioid, sarcomatoid or biphasic) helps guide your treatment.</li>
<li>The stage says how far the cancer has spread. Pleural mesothelioma has stages 1 to 4.</li>
<li>Other tests check how fit you are for each kind of treatment.</li>
</ul>
<h2>Scans</h2>
<ul>
<li><strong>Chest X-ray.</strong> This is often the first test. It can show fluid around the lung, or a thick lining.</li>
<li><strong>CT scan.</strong> A CT scan takes many X-ray pictures and puts them together. It gives a much more detailed view. It often covers the chest and the belly.</li>
<li><strong>Ultrasound.</strong> This uses sound waves. It can show fluid in the chest or belly, and guide a needle.</li>
<li><strong>PET-CT scan.</strong> You get a small amount of a radioactive sugar. Busy cells, like cancer cells, take up more of it. The scan can show the size of the cancer and whether it has spread. Not every hospital has one.</li>
<li><strong>MRI scan.</strong> This uses a strong magnet and radio waves instead of X-rays. Some people have one to look at an area in more detail.</li>
</ul>
<h2>Testing fluid</h2>
<p>If there is fluid around your lung or in your belly, a doctor can drain some with a thin needle. Draining it often helps you breathe or feel more comfortable too. A specialist then looks at the cells in the fluid under a microscope. This is called cytology.</p>
<p>Fluid tests can find cancer cells. But they often cannot show for sure that it is mesothelioma, or tell it apart from other cancers. A clear result does not rule it out. So most people also need a biopsy.</p>
<h2>Biopsy: taking a small piece of tissue</h2>
<p>A biopsy is the usual way to confirm mesothelioma and find out its cell type. Experts call it the "gold standard." There are a few ways to do it:</p>
<ul>
<li><strong>Thoracoscopy.</strong> This is the most common way for the chest. A doctor passes a thin tube with a camera through a small cut between your ribs. They look at the lining and take small samples. They can drain fluid at the same time. Some people have it while awake, with medicine to numb the area. Others have it asleep, as a keyhole operation called VATS.</li>
<li><strong>Needle biopsy guided by a scan.</strong> A doctor uses a CT or ultrasound scan to guide a needle to the right spot. This may be used if a thoracoscopy is not possible, for example if you are not well enough for it.</li>
<li><strong>Laparoscopy.</strong> This is like a thoracoscopy, but for the belly. It is used when the cancer may be in the peritoneum, the lining of the belly.</li>
</ul>
<p>A pathologist, a doctor who studies cells and tissue, looks at the samples. They often use special stains to tell mesothelioma apart from other cancers and from harmless changes.</p>
<h2>Your cell type and why it matters</h2>
<p>Mesothelioma has three main cell types:</p>
<ul>
<li><strong>Epithelioid.</strong> This is the most common type. The cells look like the normal cells of a lining.</li>
<li><strong>Sarcomatoid.</strong> This type is less common. The cells are long and thin. It tends to grow faster and is harder to treat.</li>
<li><strong>Biphasic, or mixed.</strong> This type has both kinds of cells.</li>
</ul>
<p>Your cell type is one of the main things that affect your outlook. It also helps your team choose treatment. For example, guidelines generally do not advise major surgery for the sarcomatoid type. In one large trial, called CheckMate 743, two immunotherapy drugs helped most in people with the less common, non-epithelioid types.</p>
<h2>Staging: how far has it spread?</h2>
<p><strong>Pleural mesothelioma</strong> is staged with the TNM system:</p>
<ul>
<li><strong>T</strong> (tumor) says how far the cancer has grown in the lining and nearby tissue.</li>
<li><strong>N</strong> (nodes) says whether it has reached the lymph nodes. These are small glands that help fight infection.</li>
<li><strong>M</strong> (metastasis) says whether it has spread to other parts of the body.</li>
</ul>
<p>These are put together into a stage from 1 to 4, often written as I to IV. In stage 1, the cancer is on one side of the chest and has not reached the lymph nodes. In stage 1A it is only in the lining. In stage 1B it has grown into nearby tissue, such as the lung or the diaphragm. In stage 4, it has spread further, to other parts of the body. Some people need extra tests to check lymph nodes in the middle of the chest.</p>
<p><strong>Peritoneal mesothelioma</strong> does not fit well into the TNM system. Doctors often use the peritoneal cancer index (PCI) instead. They divide the belly into 13 areas. Each area gets a score for the size of the cancer there. The scores are added up, from 0 to 39. A higher score means more cancer. The PCI can be worked out from a CT scan or during an operation.</p>
<h2>Tests of your fitness</h2>
<p>Your team also needs to know how strong you are overall. This helps them choose treatments that are safe for you. You may have:</p>
<ul>
<li>Blood tests</li>
<li>Breathing tests. The simplest is blowing hard into a tube. These are important before any lung surgery.</li>
<li>Heart tests, such as an echocardiogram. This is an ultrasound scan of the heart.</li>
<li>A check of how well you manage everyday tasks. Doctors call this your performance status.</li>
</ul>
<h2>Questions to ask your care team</h2>
<ul>
<li>Which tests do I need, and why?</li>
<li>Will I need a biopsy? Which kind, and will I be awake?</li>
<li>What is my cell type? What is my stage? What do they mean for me?</li>
<li>Will a team with mesothelioma experience look at my results?</li>
<li>How long until I get my results, and who will tell me?</li>
</ul>
<p>Some people decide to get a second opinion, often at a center that treats a lot of mesothelioma. This is common and reasonable.</p>""",
        "references": [
            {
                "citation": "National Cancer Institute. Mesothelioma diagnosis and prognosis. (Chest X-ray, CT scan and biopsy by needle, thoracoscopy or peritoneoscopy.)",
                "url": "https://www.cancer.gov/types/mesothelioma/diagnosis-prognosis",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "American Cancer Society. Tests for malignant mesothelioma.",
                "url": "https://cancer.org/cancer/malignant-mesothelioma/detection-diagnosis-staging/how-diagnosed.html",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Cancer.Net (ASCO). Mesothelioma: Diagnosis. (Testing fluid is often one of the first steps, but it is usually not the only test needed; a biopsy confirms the diagnosis.)",
                "url": "https://www.cancer.net/cancer-types/mesothelioma/diagnosis",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Cancer Research UK. Tests for mesothelioma.",
                "url": "https://www.cancerresearchuk.org/about-cancer/mesothelioma/getting-diagnosed/tests-to-diagnose",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Cancer Research UK. Tests before surgery for mesothelioma. (Mediastinoscopy, PET-CT scan, lung function tests, echocardiogram.)",
                "url": "https://www.cancerresearchuk.org/about-cancer/mesothelioma/treatment/surgery/tests",
                "doi": "",
                "pmid": "",
            },
            {**ERS_2020},
            {**ASCO_2018},
            {
                "citation": "Macmillan Cancer Support. Being diagnosed with pleural mesothelioma. (Biopsies of the pleura can be taken under a local anaesthetic while you are awake, or under a general anaesthetic.)",
                "url": "https://www.macmillan.org.uk/information-and-support/mesothelioma/pleural-mesothelioma/diagnosing/being-diagnosed",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Woolhouse I, Bishop L, Darlison L, et al. British Thoracic Society Guideline for the investigation and management of malignant pleural mesothelioma. Thorax. 2018;73(Suppl 1).",
                "url": "https://thorax.bmj.com/content/73/Suppl_1/i1.abstract",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Population-based study of malignant peritoneal mesothelioma in Finland, 2000-2012, and the radiologic peritoneal cancer index. Sci Rep. 2020. (Explains that peritoneal mesothelioma does not suit TNM staging, and that the PCI is scored over 13 areas of the belly, on CT or at surgery.)",
                "url": "https://doi.org/10.1038/s41598-020-70044-8",
                "doi": "10.1038/s41598-020-70044-8",
                "pmid": "",
            },
            {
                "citation": "IMAIOS. Peritoneal cancer index (PCI). (13 regions, each given a lesion size score from 0 to 3; the highest possible total is 39.)",
                "url": "https://www.imaios.com/en/imcases/training/187825/peritoneal-cancer-index-pci",
                "doi": "",
                "pmid": "",
            },
            {**CHECKMATE_743},
            {**NCI_PDQ_PATIENT},
        ],
        "related": ["mesothelioma-symptoms", "outlook-and-prognosis"],
    },
    # ------------------------------------------------------------------ outlook
    {
        "slug": "outlook-and-prognosis",
        "title": "Outlook and prognosis: life expectancy, survival and what the numbers mean",
        "summary": "Many people ask how long they will live with mesothelioma. Learn what doctors mean by prognosis and median survival, what affects the outlook, and how to talk about it with your care team.",
        "category": "understanding-mesothelioma",
        "tags": [
            "Prognosis",
            "Pleural mesothelioma",
            "Nivolumab (Opdivo)",
            "Ipilimumab (Yervoy)",
            "Caregivers",
        ],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 60,
        "days_since_reviewed": 14,
        "body": """<p>After a diagnosis of mesothelioma, many people ask, "How long will I live?" Others search for "life expectancy" or "survival rates." These are natural questions. They are also hard ones to answer. This guide explains what doctors know, what they cannot know, and how you can talk about it.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Your prognosis, or outlook, is your doctor's best estimate of how the illness may go.</li>
<li>Survival numbers come from large groups of people. They cannot tell you how long you will live.</li>
<li>Cell type, stage, your general health and your treatment all affect the outlook.</li>
<li>Treatment has changed in recent years. Older numbers may not reflect today's care.</li>
<li>It is OK to ask for numbers. It is also OK not to want them.</li>
</ul>
<h2>What prognosis and life expectancy mean</h2>
<p>A prognosis is a forecast of how an illness is likely to go. It can include how well treatment may work and how long someone may live. Life expectancy is how long a person is expected to live.</p>
<p>Doctors base these forecasts on what happened to groups of people with a similar illness. But no doctor can be certain what will happen to one person. Your prognosis can also change over time, for example when you start a treatment and your team sees how you respond.</p>
<p>Doctors and charities are honest that mesothelioma is serious. It is rarely curable. But treatment can help many people live longer and feel better, and the outlook differs a lot from person to person.</p>
<h2>What "median survival" means</h2>
<p>Survival is often given as a median. The median is the middle value. Picture everyone in a study lined up by how long they lived. The median is the person in the middle. Half lived longer than that, and half did not.</p>
<p>A median is not a limit. Some people live much longer than the median. Some live for a shorter time.</p>
<p>Here is a real example. A large trial called CheckMate 743 included 605 people with pleural mesothelioma. They had not had treatment before, and their cancer could not be removed with surgery. About half got two immunotherapy drugs, nivolumab and ipilimumab. The other half got chemotherapy.</p>
<ul>
<li>In the immunotherapy group, the median survival was 18.1 months.</li>
<li>In the chemotherapy group, the median survival was 14.1 months.</li>
</ul>
<p>People in trials must meet health rules to join. Almost everyone in this trial was well enough to look after themselves and be up and about. So these numbers may not match someone who is more unwell, or whose cancer is at a different stage.</p>
<h2>Why numbers are only part of the story</h2>
<ul>
<li><strong>They come from groups.</strong> A number describes a whole group. It cannot tell you where you will fall in that group.</li>
<li><strong>They come from the past.</strong> Survival numbers describe people who were treated some years ago. Newer treatments may not show up in them yet.</li>
<li><strong>They come from different people.</strong> Numbers from cancer registries include everyone, such as people who were too unwell for treatment. These numbers are often lower than numbers from trials. For example, a large US registry, which included many older people diagnosed over past decades, found a median survival of 8 months. Numbers also differ between countries and between studies.</li>
</ul>
<h2>What affects the outlook</h2>
<p>Your outlook depends on many things, including:</p>
<ul>
<li><strong>Cell type.</strong> The epithelioid type usually has a better outlook than the sarcomatoid or biphasic types.</li>
<li><strong>Stage and size.</strong> How big the cancer is and how far it has spread.</li>
<li><strong>Surgery.</strong> Whether the tumor can be fully removed with surgery.</li>
<li><strong>Fluid.</strong> How much fluid there is in the chest or belly.</li>
<li><strong>Age and general health.</strong> This includes how well your heart and lungs work, and how well you manage everyday tasks.</li>
<li><strong>New or returned.</strong> Whether the cancer was just found, or has come back after treatment.</li>
<li><strong>Treatment.</strong> Which treatments you can have, and how the cancer responds.</li>
</ul>
<p>A small number of people have mesothelioma linked to a gene change they were born with, called BAP1. Studies suggest these people often live longer than others with mesothelioma. Our guide on BAP1 explains more.</p>
<h2>Talking about it with your care team</h2>
<p>You can choose how much you want to know, and when. Some people want numbers. Some want only the big picture. Some would like their team to talk mostly with a family member. All of these are OK, and you can change your mind at any time. Tell your team what you prefer.</p>
<p>Questions you might ask:</p>
<ul>
<li>What is my cell type and stage? What do they mean for me?</li>
<li>What is the goal of my treatment?</li>
<li>What is the best that could happen, the worst, and the most likely?</li>
<li>How will we know if the treatment is working?</li>
<li>Is there a clinical trial that could fit me?</li>
<li>Who can help me with symptoms and with how I feel?</li>
</ul>
<p>It can help to bring someone with you to take notes. Whatever the numbers say, there is always care that can help. A palliative care team can ease symptoms and support you and your family at any stage, alongside your cancer treatment.</p>""",
        "references": [
            {
                "citation": "National Cancer Institute. Understanding Cancer Prognosis. (Prognosis is based on groups of people; doctors cannot be certain about one person, and prognosis can change over time.)",
                "url": "https://www.cancer.gov/about-cancer/diagnosis-staging/prognosis",
                "doi": "",
                "pmid": "",
            },
            {**NCI_PDQ_PATIENT},
            {**CHECKMATE_743},
            {
                "citation": "FDA approval summary for nivolumab plus ipilimumab in unresectable malignant pleural mesothelioma. Clin Cancer Res. 2022;28(3):446-451 (published online August 2021). (Table 1, from the FDA review of CheckMate 743: 303 and 302 patients; almost all had an ECOG performance status of 0 or 1.)",
                "url": "https://doi.org/10.1158/1078-0432.CCR-21-1466",
                "doi": "10.1158/1078-0432.CCR-21-1466",
                "pmid": "",
            },
            {**PASTORINO_2018},
            {**ERS_2020},
        ],
        "related": ["diagnosis-and-staging", "nivolumab-ipilimumab-first-line"],
    },
    # ------------------------------------------------------------------ asbestos
    {
        "slug": "asbestos-and-mesothelioma",
        "title": "Asbestos and mesothelioma: the link, the long delay and who was exposed",
        "summary": "Most mesothelioma is caused by breathing in asbestos, often decades earlier. Learn how people were exposed, why it takes so long, what it means for your family, and where asbestos is still found.",
        "category": "understanding-mesothelioma",
        "tags": [
            "Asbestos",
            "Pleural mesothelioma",
            "Peritoneal mesothelioma",
            "Caregivers",
        ],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 130,
        "days_since_reviewed": 40,
        "body": """<p>Asbestos is a group of minerals found in rock. It is made of tiny fibers. For many years it was used in buildings, ships and machines. It kept heat in and fire out, and made things stronger. We now know that breathing in asbestos fibers is the main cause of mesothelioma. This guide explains the link and answers common questions.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Asbestos is the main known cause of this cancer.</li>
<li>The illness usually shows up 20 to 60 years after contact with asbestos. Often it is around 40 years.</li>
<li>Family members could be exposed through dust on work clothes.</li>
<li>Smoking does not cause mesothelioma. You cannot catch it from another person.</li>
<li>You may be able to get money to make up for the harm. Ask early.</li>
</ul>
<h2>How asbestos causes cancer</h2>
<p>When asbestos is damaged or broken, tiny fibers get into the air. People can breathe them in or swallow them. The fibers can get stuck in the lungs and slowly cause damage over many years. In some people, this leads to cancer in the lining of the chest or belly.</p>
<p>The risk is higher for people who breathed in a lot of asbestos over a long time. But most people who were around it never get this cancer. Scientists are still learning why some people do and others do not.</p>
<h2>How people were exposed</h2>
<p><strong>At work.</strong> Most people breathed it in on the job. Jobs with a higher risk include:</p>
<ul>
<li>Building, demolition and carpentry</li>
<li>Shipbuilding and shipyards</li>
<li>Plumbing, heating and boiler work</li>
<li>Electrical work</li>
<li>Insulation work</li>
<li>Mechanics and power station work</li>
<li>The armed forces</li>
</ul>
<p><strong>At home.</strong> Workers often carried asbestos dust home on their clothes. Family members could breathe it in, for example while washing those work clothes. This is called second-hand exposure. Some people also breathed it in while fixing up older homes.</p>
<h2>The long delay</h2>
<p>This cancer takes a very long time to grow. The NHS says it most often shows up more than 20 years after contact with asbestos. Cancer charities in Australia say the gap is usually 20 to 60 years. Often it is around 40 years. Doctors call this long delay the latency period.</p>
<p>So many people find out they are ill long after they stopped the work. You may have forgotten about it. Think back over all your jobs. Think about the jobs of the people you lived with, too. Write down what you remember. It can help your doctors. It also matters if you make a legal claim.</p>
<h2>When there is no known exposure</h2>
<p>Some people with mesothelioma cannot remember any contact with asbestos. In the UK, more than 9 in 10 men and more than 8 in 10 women with mesothelioma have been in contact with asbestos. So a small number of cases have another cause, or no known cause.</p>
<p>One other cause is past radiation therapy to the chest. Another is a mineral called erionite, found in the ground in some places. A very small number of people were born with a gene change, called BAP1, that raises the risk. Our guide on BAP1 and genetic testing explains more.</p>
<h2>Common questions</h2>
<h3>Does smoking cause mesothelioma?</h3>
<p>No. Smoking on its own does not raise the risk of mesothelioma. But smoking and asbestos together raise the risk of lung cancer a lot. Stopping smoking is good for your lungs and your health at any stage.</p>
<h3>Can you catch it from someone?</h3>
<p>No. Cancer does not spread from person to person like a cold. You can hug, kiss, share a home and care for someone with mesothelioma.</p>
<h3>My family was exposed too. What should they do?</h3>
<p>People who lived with a worker who came home dusty may have breathed in the dust too. They should tell their own doctor about it. They should also get any new symptoms checked. These include shortness of breath, chest pain or a swollen belly.</p>
<h3>Where is asbestos still found?</h3>
<p>Many countries have banned asbestos, at different times. The UK banned it in 1999. Australia banned it at the end of 2003. In 2024, the US EPA banned chrysotile, the last type still in use there. Some uses are being phased out over several years. Some countries still use asbestos today.</p>
<p>Even where it is banned, it is still found in many older buildings. It may be in insulation, cement, roofing and other building materials. Do not drill, sand, cut or break anything that might contain it. Get expert advice before any building work on an older home.</p>
<h2>Compensation and support</h2>
<p>If your mesothelioma was caused by asbestos, you or your family may be able to get money to make up for it. This is called compensation. You may also get benefits. The rules differ a lot between countries. In the UK, experts advise talking to a specialist lawyer (solicitor) as early as possible. Your specialist doctor or nurse, or a mesothelioma charity, can tell you more. Our guide on compensation and benefits explains more.</p>""",
        "references": [
            {**NHS_MESOTHELIOMA},
            {**CRUK_RISKS},
            {**MESO_UK_RISKS},
            {
                "citation": "Cancer Council SA. Key questions about mesothelioma. (Jobs with asbestos exposure; cleaning work clothes; the latency period is often around 40 years after exposure, and may be 10-60 years; Australia has banned asbestos since 2004.)",
                "url": "https://www.cancersa.org.au/cancer-a-z/mesothelioma/key-questions-about-mesothelioma/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Cancer Council Queensland. Queenslanders warned of new wave of mesothelioma. (The latency period is usually between 20 and 60 years.)",
                "url": "https://cancerqld.org.au/news/queenslanders-warned-of-new-wave-of-mesothelioma/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Cancer.Net (ASCO). Mesothelioma: Risk Factors. (Asbestos dust carried home on clothing; smoking alone does not increase the risk of mesothelioma; radiation exposure.)",
                "url": "https://www.cancer.net/cancer-types/mesothelioma/risk-factors",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "American Cancer Society. Risk factors for malignant mesothelioma.",
                "url": "https://cancer.org/cancer/types/malignant-mesothelioma/causes-risks-prevention/risk-factors.html",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "National Cancer Institute. Common Cancer Myths and Misconceptions. (Cancer is not contagious.)",
                "url": "https://www.cancer.gov/about-cancer/causes-prevention/risk/myths",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "US Environmental Protection Agency. Asbestos Part 1; Chrysotile Asbestos; Regulation of Certain Conditions of Use Under the Toxic Substances Control Act (TSCA). Final rule. Federal Register. 2024;89(61):21970-22010.",
                "url": "https://www.govinfo.gov/content/pkg/FR-2024-03-28/html/2024-05972.htm",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Alpert N, van Gerwen M, Taioli E. Epidemiology of mesothelioma in the 21st century in Europe and the United States, 40 years after restricted/banned asbestos use. Transl Lung Cancer Res. 2020. (Some countries still use asbestos.)",
                "url": "https://doi.org/10.21037/tlcr.2019.11.11",
                "doi": "10.21037/tlcr.2019.11.11",
                "pmid": "",
            },
            {**TESTA_2011},
            {**NCI_PDQ_PATIENT},
        ],
        "related": ["compensation-and-benefits", "bap1-genetic-testing"],
    },
    # ------------------------------------------------------------------ BAP1
    {
        "slug": "bap1-genetic-testing",
        "title": "BAP1 and genetic testing in mesothelioma",
        "summary": "A small number of people with mesothelioma were born with a change in a gene called BAP1. Learn what BAP1 tumor predisposition syndrome is, who may be offered a genetic test, and what a result means for your family.",
        "category": "understanding-mesothelioma",
        "tags": [
            "BAP1",
            "Genetic testing",
            "Pleural mesothelioma",
            "Peritoneal mesothelioma",
        ],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 45,
        "days_since_reviewed": 12,
        "body": """<p>Genes are the instructions inside our cells. BAP1 is a gene that normally helps stop cells from growing out of control. A small number of people are born with a change in BAP1. This raises their risk of mesothelioma and some other cancers. This guide explains when a genetic test may help, and what a result can mean for you and your family.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Most mesothelioma is not inherited. It is mainly caused by asbestos.</li>
<li>A few people are born with a BAP1 change. Doctors call this BAP1 tumor predisposition syndrome.</li>
<li>A test on your tumor is not the same as a test for a change you were born with.</li>
<li>A genetic counselor can help you decide whether to be tested.</li>
<li>If you have the change, your relatives can choose to be tested too.</li>
</ul>
<h2>What is BAP1 tumor predisposition syndrome?</h2>
<p>In 2011, researchers found inherited BAP1 changes in two families with many cases of mesothelioma. Some family members also had a rare eye cancer called uveal melanoma. Since then, doctors have linked the BAP1 change to several kinds of tumors:</p>
<ul>
<li>Uveal melanoma, a cancer inside the eye</li>
<li>Mesothelioma of the chest or belly</li>
<li>Melanoma of the skin</li>
<li>Kidney cancer</li>
<li>Basal cell carcinoma, a common skin cancer</li>
<li>Small bumps on the skin that are skin-colored to reddish-brown. Doctors call them BAP1-inactivated melanocytic tumors, or BIMTs. People with the syndrome often have several.</li>
</ul>
<p>These cancers often start at a younger age than usual. Having the change raises the risk of cancer, but it does not mean you will surely get it. Experts are still working out how high the risks are.</p>
<p>People with the BAP1 change are advised to avoid asbestos. Researchers think the change may make people more likely to get mesothelioma if they are exposed.</p>
<p>There is some hopeful news too. Studies suggest that people whose mesothelioma is linked to an inherited BAP1 change often live longer. Some studies suggest that people born with a change in BAP1 or similar genes may do better after platinum chemotherapy, but this is not certain.</p>
<h2>Two different kinds of test</h2>
<ul>
<li><strong>A germline test</strong> looks for changes you were born with. These changes are in every cell of your body, and you can pass them on to your children. This test usually uses a blood sample. "Germline" means inherited.</li>
<li><strong>A tumor test</strong> looks at the cancer cells from your biopsy. Many mesotheliomas lose BAP1 in the cancer cells only. This happens as the cancer grows. It is called a somatic change, and it is not passed on. Pathologists often check BAP1 in the tumor to help confirm mesothelioma.</li>
</ul>
<p>A tumor test alone cannot tell you whether you were born with a BAP1 change. If your tumor test or your family history raises the question, your doctor may suggest a germline test.</p>
<h2>Who might be offered a test?</h2>
<p>The rules differ between countries and hospitals. Experts often suggest a germline test for people who have:</p>
<ul>
<li>Mesothelioma found before age 50</li>
<li>Two or more BAP1-linked tumors in themselves or their close family, such as mesothelioma, uveal melanoma, skin melanoma or kidney cancer</li>
<li>A family history of mesothelioma</li>
<li>Several of the skin bumps described above</li>
</ul>
<p>In 2023, experts from the UK and other European countries published guidance on BAP1 testing and checkups. Ask your care team what the rules are where you live.</p>
<h2>What a result means</h2>
<p><strong>If you have the change,</strong> your team may suggest regular checks. Examples are yearly eye and skin checks, and kidney scans every year or two. Each check starts at a set age. There is no proven screening test for mesothelioma itself, and routine chest X-rays or CT scans are not advised for this. A genetic team will help plan your checks.</p>
<p><strong>If no BAP1 change is found,</strong> your mesothelioma is unlikely to be caused by an inherited BAP1 change. Other genes can sometimes play a part. Ask your genetics team if your relatives need any tests. They may still have shared any asbestos exposure, though.</p>
<h2>What it means for your family</h2>
<p>A BAP1 change passes from parent to child. Each of your children has a 1 in 2 (50 percent) chance of having the same change. Your brothers, sisters and parents may have it too. Rarely, the change is new in one person and did not come from a parent.</p>
<p>Once your change is known, your relatives can choose to have a simple test for that same change. Some people want to know. Others prefer not to. Both choices are OK.</p>
<h2>Genetic counseling</h2>
<p>A genetic counselor is trained to explain genetic tests in plain words. They can help you decide whether a test is right for you. They can also help you share the news with your family. Questions you might ask:</p>
<ul>
<li>Should I have a germline test? What would it change for me?</li>
<li>Who pays for the test where I live?</li>
<li>If I have the change, which checks should I have, and how often?</li>
<li>How do I tell my family? Can you help?</li>
<li>Could a result affect my insurance where I live?</li>
</ul>""",
        "references": [
            {
                "citation": "Hassan R, Morrow B, Thomas A, et al. Inherited predisposition to malignant mesothelioma and overall survival following platinum chemotherapy. Proc Natl Acad Sci U S A. 2019;116(18):9008-9013.",
                "url": "https://doi.org/10.1073/pnas.1821510116",
                "doi": "10.1073/pnas.1821510116",
                "pmid": "30975761",
            },
            {**TESTA_2011},
            {**GENEREVIEWS_BAP1},
            {
                "citation": "Lalloo F, Kulkarni A, Chau C, et al. Clinical practice guidelines for the diagnosis and surveillance of BAP1 tumour predisposition syndrome. Eur J Hum Genet. 2023;31(11):1261-1269.",
                "url": "https://doi.org/10.1038/s41431-023-01448-z",
                "doi": "10.1038/s41431-023-01448-z",
                "pmid": "37607989",
            },
            {
                "citation": "Chau C, van Doorn R, van Poppelen NM, et al. Families with BAP1-tumor predisposition syndrome in The Netherlands: path to identification and a proposal for genetic screening guidelines. Cancers (Basel). 2019;11(8):1114. (Proposes germline testing for people with two or more BAP1-linked tumors in their own or family history, or mesothelioma before age 50.)",
                "url": "https://doi.org/10.3390/cancers11081114",
                "doi": "10.3390/cancers11081114",
                "pmid": "",
            },
            {**PASTORINO_2018},
            {
                "citation": "National Center for Biotechnology Information. MedGen: BAP1-related tumor predisposition syndrome. (Autosomal dominant inheritance: a 50% risk for each child of inheriting the change.)",
                "url": "https://www.ncbi.nlm.nih.gov/medgen/C3280492",
                "doi": "",
                "pmid": "",
            },
            {**MESO_UK_RISKS},
            {**ERS_2020},
        ],
        "related": ["asbestos-and-mesothelioma", "diagnosis-and-staging"],
    },
]
