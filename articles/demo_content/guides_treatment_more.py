"""Demo guides: peritoneal mesothelioma, tumour treating fields, and what happens
when the first treatment stops working (three published guides).

Pure data, no Django imports. See FORMAT.md in this folder.
All wording is original. Each guide lists the sources its facts come from. A PubMed
ID or DOI is given only where it was checked; otherwise it is left empty.
"""

from articles.demo_content.sources import (
    CLINICALTRIALS_GOV,
    FDA_2020_NIVOLUMAB_IPILIMUMAB,
    NCI_PALLIATIVE_CARE,
    NCI_PDQ_PATIENT,
    NCI_PDQ_PROFESSIONAL,
    VOGELZANG_2003,
    YAN_2009,
)

NCCN_PERITONEAL = {
    "citation": "National Comprehensive Cancer Network. Mesothelioma: Peritoneal. NCCN Clinical Practice Guidelines in Oncology. J Natl Compr Canc Netw. 2023;21(9):961-. (About 85 in 100 mesotheliomas start in the pleura and about 15 in 100 in the peritoneum; survival is better for people who can have complete cytoreductive surgery.)",
    "url": "https://jnccn.org/view/journals/jnccn/21/9/article-p961.xml",
    "doi": "",
    "pmid": "",
}

MESO_UK_PERITONEAL = {
    "citation": "Mesothelioma UK. Peritoneal mesothelioma. (In the UK, probably no more than 7 to 10 in 100 mesotheliomas; the link with asbestos is less clear than for pleural mesothelioma; most people with the diffuse type are treated with chemotherapy.)",
    "url": "https://www.mesothelioma.uk.com/peritoneal-mesothelioma/",
    "doi": "",
    "pmid": "",
}

MESO_UK_NATIONAL_MDT = {
    "citation": "Mesothelioma UK. First national MDT for peritoneal mesothelioma. News, 2017. (CT scans and laparoscopy are used to choose who may benefit from surgery with HIPEC; most people are not suitable for it; in July 2015 NHS England found too little evidence to fund it routinely for peritoneal mesothelioma.)",
    "url": "https://www.mesothelioma.uk.com/news-and-events/news-2017/first-national-mdt-for-peritoneal-mesothelioma/",
    "doi": "",
    "pmid": "",
}

CHRISTIE_MESOTHELIOMA = {
    "citation": "The Christie NHS Foundation Trust. Mesothelioma. (Around 9 in 10 mesotheliomas start in the pleura and around 1 in 10 in the peritoneum; symptoms of peritoneal mesothelioma.)",
    "url": "https://www.christie.nhs.uk/patients-and-visitors/your-treatment-and-care/types-of-cancer/mesothelioma/",
    "doi": "",
    "pmid": "",
}

ONKOPEDIA_PERITONEAL = {
    "citation": "Onkopedia (DGHO). Peritoneal mesothelioma and Pseudomyxoma peritonei. Guideline, November 2022. (Treatment at specialised centres; cytoreductive surgery, often with HIPEC; medicines usually given as for pleural mesothelioma.)",
    "url": "https://www.onkopedia-guidelines.info/en/onkopedia/guidelines/peritoneal-mesothelioma-and-pseudomyxoma-peritonei",
    "doi": "",
    "pmid": "",
}

HARMON_SUGARBAKER_2005 = {
    "citation": "Harmon RL, Sugarbaker PH. Prognostic indicators in peritoneal carcinomatosis from gastrointestinal cancer. Int Semin Surg Oncol. 2005;2(1):3. (Describes the peritoneal cancer index.)",
    "url": "https://doi.org/10.1186/1477-7800-2-3",
    "doi": "10.1186/1477-7800-2-3",
    "pmid": "15701175",
}

CONFIRM = {
    "citation": "Fennell DA, Ewings S, Ottensmeier C, et al. Nivolumab versus placebo in patients with relapsed malignant mesothelioma (CONFIRM): a multicentre, double-blind, randomised, phase 3 trial. Lancet Oncol. 2021;22(11):1530-1540.",
    "url": "https://doi.org/10.1016/S1470-2045(21)00471-X",
    "doi": "10.1016/S1470-2045(21)00471-X",
    "pmid": "34656227",
}

VIM = {
    "citation": "Fennell DA, Porter C, Lester J, et al. Active symptom control with or without oral vinorelbine in patients with relapsed malignant pleural mesothelioma (VIM): a randomised, phase 2 trial. eClinicalMedicine. 2022;48:101432.",
    "url": "https://doi.org/10.1016/j.eclinm.2022.101432",
    "doi": "10.1016/j.eclinm.2022.101432",
    "pmid": "35706488",
}

VIM_CRUK = {
    "citation": "Cancer Research UK. A trial looking at vinorelbine for people with advanced pleural mesothelioma (VIM). (154 people; active symptom control includes painkillers, steroids and blood transfusions.)",
    "url": "https://cancerresearchuk.org/about-cancer/find-a-clinical-trial/a-trial-looking-at-vinorelbine-for-people-with-advanced-pleural-mesothelioma-vim",
    "doi": "",
    "pmid": "",
}

VIM_ASCO_2021 = {
    "citation": "Kitt H. Benefit of second-line vinorelbine in malignant mesothelioma shown in VIM trial. medwireNews, 14 June 2021. (Report of the ASCO 2021 presentation: median progression-free survival 4.2 months with vinorelbine and 2.8 months with active symptom control alone.)",
    "url": "https://oncology.medicinematters.com/asco-2021/lung-and-thoracic-tumors/vim-trial-vinorelbine-mesothelioma/19257660",
    "doi": "",
    "pmid": "",
}

RAMES = {
    "citation": "Pinto C, Zucali PA, Pagano M, et al. Gemcitabine with or without ramucirumab as second-line treatment for malignant pleural mesothelioma (RAMES): a randomised, double-blind, placebo-controlled, phase 2 trial. Lancet Oncol. 2021;22(10):1438-1447. (161 people in Italy; median overall survival 13.8 months with ramucirumab and 7.5 months with placebo, as reported by The ASCO Post.)",
    "url": "https://ascopost.com/news/september-2021/addition-of-ramucirumab-to-gemcitabine-in-second-line-treatment-of-malignant-pleural-mesothelioma",
    "doi": "",
    "pmid": "34499874",
}

ESMO_2022 = {
    "citation": "Popat S, Baas P, Faivre-Finn C, et al. Malignant pleural mesothelioma: ESMO Clinical Practice Guidelines for diagnosis, treatment and follow-up. Ann Oncol. 2022;33(2):129-142. (Second-line options include nivolumab or pembrolizumab for people who have not had immunotherapy, and giving platinum-pemetrexed chemotherapy again.)",
    "url": "https://doi.org/10.1016/j.annonc.2021.11.005",
    "doi": "10.1016/j.annonc.2021.11.005",
    "pmid": "",
}

MERIT_JAPAN = {
    "citation": "ESMO Virtual Congress 2020, abstract 1895MO. Three-year follow-up results of the MERIT trial, a Japanese phase II study of nivolumab in malignant pleural mesothelioma. (In Japan, nivolumab was approved in August 2018 for mesothelioma treated before with pemetrexed and platinum.)",
    "url": "https://oncologypro.esmo.org/meeting-resources/esmo-virtual-congress-2020/three-year-follow-up-results-of-the-merit-trial-a-japanese-phase-ii-study-of-nivolumab-in-malignant-pleural-mesothelioma",
    "doi": "",
    "pmid": "",
}

ONO_2025 = {
    "citation": "Ono S, Taniguchi H, Kuroda K, et al. Pemetrexed plus platinum as second-line treatment after first-line nivolumab plus ipilimumab in pleural mesothelioma: a retrospective study. Lung Cancer. 2025;207:108709. (43 people; notes that this chemotherapy is given after immunotherapy in practice, with limited evidence.)",
    "url": "",
    "doi": "",
    "pmid": "",
}

STELLAR = {
    "citation": "Ceresoli GL, Aerts JG, Dziadziuszko R, et al. Tumour Treating Fields in combination with pemetrexed and cisplatin or carboplatin as first-line treatment for unresectable malignant pleural mesothelioma (STELLAR): a multicentre, single-arm phase 2 trial. Lancet Oncol. 2019;20(12):1702-1709.",
    "url": "https://doi.org/10.1016/S1470-2045(19)30532-7",
    "doi": "10.1016/S1470-2045(19)30532-7",
    "pmid": "",
}

STELLAR_AACR_2019 = {
    "citation": "Ceresoli GL, et al. Final results of phase II STELLAR trial. Cancer Res. 2019;79(13 Suppl):Abstract CT201. (80 people; median overall survival 18.2 months against 12.1 months in the 2003 historical control; 1-year survival 62.2%; about 16 hours a day of use in the first 3 months.)",
    "url": "https://aacrjournals.org/cancerres/article/79/13_Supplement/CT201/637876/Abstract-CT201-Final-results-of-Phase-II-STELLAR",
    "doi": "",
    "pmid": "",
}

FDA_NOVOTTF = {
    "citation": "US Food and Drug Administration. NovoTTF-100L System – H180002. Recently-Approved Devices. (Humanitarian Device Exemption approved May 23, 2019, for use with pemetrexed and platinum chemotherapy in unresectable malignant pleural mesothelioma.) Archived copy.",
    "url": "https://public4.pagefreezer.com/content/1713611296367/FDA/28-01-2022T11:16/https://www.fda.gov/medical-devices/recently-approved-devices/novottftm-100l-system-h180002",
    "doi": "",
    "pmid": "",
}

NOVOCURE_HDE = {
    "citation": "Novocure. NovoTTF-100L System: FDA approved under the HDE pathway (information for health professionals). (A Humanitarian Use Device is for a condition affecting fewer than 8,000 people a year in the US; approval rests on probable benefit rather than large trials.)",
    "url": "https://www.novottf100l.com/hcp/mesothelioma-treatment",
    "doi": "",
    "pmid": "",
}

NOVOCURE_FAQ = {
    "citation": "Novocure. NovoTTF-100L: frequently asked questions (for patients). (Use at least 18 hours a day; how to wash with the pads on or off.)",
    "url": "https://www.novottf100l.com/faqs",
    "doi": "",
    "pmid": "",
}

NOVOCURE_CE_MARK = {
    "citation": "Novocure. Novocure receives CE Mark for NovoTTF-100L System. Press release, 11 November 2020. (Allows sale in the European Union and Switzerland; the company said it would seek payment (reimbursement) in selected countries.)",
    "url": "https://www.wallstreet-online.de/nachricht/13146027-novocure-receives-ce-mark-for-novottf-100l-system",
    "doi": "",
    "pmid": "",
}

STELLAR_EUR_ABSTRACT = {
    "citation": "Ceresoli GL, et al. STELLAR: Tumor Treating Fields with pemetrexed and cisplatin or carboplatin in unresectable mesothelioma. Conference abstract, Erasmus University Rotterdam repository. (No device-related serious side effects; skin irritation under the pads in 46% of people, severe in 5%.)",
    "url": "https://repub.eur.nl/pub/125008",
    "doi": "",
    "pmid": "",
}

TTFIELDS_TORSO_SAFETY = {
    "citation": "ESMO Congress 2019, abstract 4368. Safety of Tumor Treating Fields delivery to the torso: meta-analysis from TTFields clinical trials. (The only side effect linked to TTFields in these trials was skin irritation under the pads.)",
    "url": "https://oncologypro.esmo.org/meeting-resources/esmo-congress-2019/safety-of-tumor-treating-fields-delivery-to-the-torso-meta-analysis-from-ttfields-clinical-trials",
    "doi": "",
    "pmid": "",
}

GUIDES = [
    # ------------------------------------------------------------------ peritoneal
    {
        "slug": "peritoneal-mesothelioma",
        "title": "Peritoneal mesothelioma: mesothelioma of the belly lining",
        "summary": "Peritoneal mesothelioma starts in the lining of the belly. Learn how common it is, the signs, how doctors find it, and the treatments that may be offered.",
        "category": "understanding-mesothelioma",
        "tags": [
            "Peritoneal mesothelioma",
            "HIPEC",
            "Surgery",
            "Chemotherapy",
        ],
        "author": "rachel-morgan",
        "reviewer": "lena-fischer",
        "status": "published",
        "days_since_published": 28,
        "days_since_reviewed": 12,
        "body": """<p>Most mesothelioma starts in the lining around the lungs. But it can also start in the lining of the belly. This is called peritoneal mesothelioma. This guide explains what it is, how it is found, and how it is treated.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Peritoneal mesothelioma starts in the peritoneum, the thin lining inside the belly.</li>
<li>It is much less common than mesothelioma in the chest.</li>
<li>Common signs are a swollen belly, belly pain, and weight loss.</li>
<li>Some people can have a big operation with heated chemotherapy. It is done at a few expert centers.</li>
<li>Many people have chemotherapy. Clinical trials are another choice.</li>
</ul>
<h2>What is peritoneal mesothelioma?</h2>
<p>The peritoneum is a thin lining. It covers the organs in your belly, such as the bowel and liver. It also lines the inside of the belly wall. It makes a little fluid, so the organs can slide past each other.</p>
<p>Peritoneal mesothelioma is a cancer that starts in the cells of this lining. It tends to spread over the lining, inside the belly.</p>
<p>There are different kinds. The most common cell type is called epithelioid. People with this type tend to do better than people with other types. There are also rare, slow-growing kinds. Doctors call them low-grade. They are treated in a different way. Ask your team which kind you have.</p>
<h2>How common is it?</h2>
<p>Peritoneal mesothelioma is rare. The numbers differ by country.</p>
<ul>
<li>In the US, about 15 in 100 mesotheliomas start in the belly. The rest mostly start in the chest.</li>
<li>In the UK, it seems to be less common. Mesothelioma UK says it is probably no more than 7 to 10 in 100.</li>
</ul>
<p>Pleural mesothelioma, in the chest, is more common in men. Peritoneal mesothelioma affects women more often than pleural mesothelioma does. But in many countries it is still more common in men. It can also affect younger people.</p>
<p>Pleural mesothelioma is strongly linked to asbestos, a mineral once used in buildings. For peritoneal mesothelioma, the link is less clear. Some people with it never worked with asbestos.</p>
<h2>Signs and symptoms</h2>
<p>Signs often come on slowly. They can look like many other, more common problems. They may include:</p>
<ul>
<li>A swollen belly</li>
<li>Belly pain</li>
<li>Less appetite</li>
<li>Weight loss</li>
<li>Feeling sick to your stomach</li>
<li>Changes in your bowels, such as constipation or diarrhea</li>
</ul>
<p>Fluid can build up in the belly. This is called ascites. It can cause swelling, pain, and less appetite. Ask your team about ways to ease it, such as draining the fluid.</p>
<h2>How doctors find it</h2>
<p>Most people have a CT scan. This is a set of detailed x-ray pictures. It helps show where the cancer is and how much there is.</p>
<p>A scan alone cannot prove it is mesothelioma. Doctors need a small piece of tissue. This is called a biopsy. A doctor who studies cells under a microscope then looks at it.</p>
<p>The tissue is often taken with keyhole surgery. This is called laparoscopy. The surgeon makes small cuts in the belly. Then they put in a thin tube with a camera. They can look at the lining and take samples.</p>
<p>During surgery, the surgeon may give a score called the peritoneal cancer index, or PCI. The belly is split into 13 areas. Each area gets a score from 0 to 3, based on the size of the tumor there. The total can be 0 to 39. A lower score means less cancer. The score helps the team decide if surgery to remove the tumor makes sense.</p>
<h2>Treatment choices</h2>
<p>Your care team will look at your cell type, how much cancer there is, and your general health. It is best to be seen by a team that treats many people with this rare cancer.</p>
<h3>Surgery with heated chemotherapy</h3>
<p>Some people can have a big operation called cytoreductive surgery. The surgeon tries to remove all the tumor they can see. In the same operation, warm chemotherapy is washed through the belly. This is called HIPEC, which stands for hyperthermic intraperitoneal chemotherapy. It aims to reach tiny bits of cancer that are left.</p>
<p>People who can have all the visible tumor removed seem to do best. But this surgery is not right for most people. It is long and hard on the body. In one large study from expert centers, about 3 in 10 people had a serious problem after surgery. On average, people stayed in the hospital about 3 weeks. About 2 in 100 people died soon after the operation.</p>
<p>Access differs by country. In the US, it is offered at some specialist cancer centers. In England, in 2015 the NHS decided there was not enough proof to pay for it as a routine treatment for this cancer. This may have changed since then. Ask your team what is offered where you live.</p>
<h3>Chemotherapy</h3>
<p>Many people have chemotherapy. These are cancer medicines given into a vein. Doctors often use the same drugs as for pleural mesothelioma. This is often pemetrexed with cisplatin or carboplatin.</p>
<h3>Immunotherapy and clinical trials</h3>
<p>The immunotherapy drugs approved for mesothelioma in the US are approved for the pleural type. A UK trial called CONFIRM tested nivolumab after chemotherapy. It included some people with peritoneal mesothelioma. Ask your team what this could mean for you.</p>
<p>Because this cancer is rare, clinical trials are important. Ask about them early. You can also search <a href="https://clinicaltrials.gov/">ClinicalTrials.gov</a>.</p>
<h2>What to expect</h2>
<p>Peritoneal mesothelioma is a serious cancer, and a cure is rare. But the outlook differs a lot from person to person. Some carefully chosen people who have surgery at expert centers live for many years. These people were picked because they were fit and their cancer could be removed. So their results do not tell us what will happen to everyone.</p>
<p>Your own outlook depends on your cell type, how much cancer there is, and your treatment. Your care team can tell you more about what to expect.</p>
<h2>Questions to ask your care team</h2>
<ul>
<li>Which type of peritoneal mesothelioma do I have? Is it low-grade?</li>
<li>Could I be a candidate for surgery with HIPEC? Why or why not?</li>
<li>How many people with this cancer does your team treat each year?</li>
<li>Should I get a second opinion at a specialist center?</li>
<li>Is there a clinical trial I could join?</li>
<li>Who can help me with belly swelling or pain?</li>
</ul>""",
        "references": [
            {**NCCN_PERITONEAL},
            {**MESO_UK_PERITONEAL},
            {**MESO_UK_NATIONAL_MDT},
            {**CHRISTIE_MESOTHELIOMA},
            {**ONKOPEDIA_PERITONEAL},
            {**HARMON_SUGARBAKER_2005},
            {**YAN_2009},
            {**CONFIRM},
            {**FDA_2020_NIVOLUMAB_IPILIMUMAB},
            {**NCI_PDQ_PATIENT},
            {**NCI_PDQ_PROFESSIONAL},
        ],
        "related": ["chemotherapy-pemetrexed-platinum", "joining-a-clinical-trial"],
    },
    # ------------------------------------------------------------------ TTFields
    {
        "slug": "tumor-treating-fields",
        "title": "Tumor treating fields: a wearable device used with chemotherapy",
        "summary": "Tumor treating fields use a small wearable device that sends mild electric fields through pads on the chest. Learn how it is used with chemotherapy for pleural mesothelioma, what the research showed, and what daily life with it is like.",
        "category": "other-treatments",
        "tags": [
            "Tumor treating fields",
            "Pleural mesothelioma",
            "Pemetrexed (Alimta)",
            "Side effects",
        ],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 63,
        "days_since_reviewed": 20,
        "body": """<p>Tumor treating fields are a treatment that uses a wearable device. The device sends mild electric fields into the chest. In the US, it can be used together with chemotherapy as a first treatment for pleural mesothelioma. This guide explains how it works, what the research found, and what it is like to live with.</p>
<p><strong>Key points</strong></p>
<ul>
<li>The device sends electric fields through pads stuck to the skin of the chest.</li>
<li>It is worn for most of the day, at least 18 hours, while you go about your life.</li>
<li>In the US, it was approved in 2019 under a special path for rare diseases. It is used with pemetrexed and cisplatin or carboplatin.</li>
<li>The main side effect is skin irritation under the pads.</li>
<li>It was studied before immunotherapy became a usual first treatment. It is not offered or paid for everywhere.</li>
</ul>
<h2>What the device is</h2>
<p>The device is small and runs on a battery. You carry it in a bag. It is linked by cables to pads on your chest. The pads hold flat discs that pass the fields into your body. Sticky bandages hold the pads on your skin.</p>
<p>The fields are mild. The idea is that they get in the way of cancer cells as they divide. This may slow the growth of the tumor. A doctor who is trained to use the device prescribes it. You use it at home. Your team teaches you and your family how.</p>
<p>In the US, the device for mesothelioma was first called NovoTTF-100L. It is now sold as Optune Lua. The same kind of treatment is also used for a brain cancer called glioblastoma.</p>
<h2>The US approval</h2>
<p>The US Food and Drug Administration (FDA) approved the device on May 23, 2019. It is for adults with pleural mesothelioma that surgery cannot remove. Pleural means it started in the lining around the lungs. It is used at the same time as chemotherapy with pemetrexed plus cisplatin or carboplatin.</p>
<p>The approval used a special path called a Humanitarian Device Exemption. This path is for devices that treat rare conditions. These are conditions that affect fewer than 8,000 people a year in the US. The FDA must decide that the likely benefit is greater than the risk. But the company does not have to show proof from large trials. This is a lower bar than for most approvals.</p>
<h2>What the research showed</h2>
<p>The approval was based on a study called STELLAR. It was done at 12 hospitals in Europe. It included 80 adults who had not had treatment yet. Everyone wore the device and had up to 6 rounds of chemotherapy. People whose cancer had not grown then kept using the device alone.</p>
<ul>
<li>People in the study lived a median of 18.2 months. The median is the middle value: half lived longer, and half did not.</li>
<li>After 1 year, about 62 in 100 people were alive.</li>
<li>People with the most common cell type, called epithelioid, did better than people with other types.</li>
</ul>
<p>These numbers need care. STELLAR was a phase 2 study with only one group. There was no group that had chemotherapy alone to compare with. The researchers compared their results with an older study from 2003. In that study, people who had the same chemotherapy lived a median of 12.1 months. Comparing with an older study is less certain than a fair trial that splits people into groups by chance.</p>
<p>STELLAR was done before immunotherapy became a usual first treatment. The US approved nivolumab plus ipilimumab for mesothelioma in October 2020. We do not know how the device compares with immunotherapy, or how well it works after it.</p>
<h2>Day-to-day life with the device</h2>
<p>The device works best when it is on for as much of the day as possible. The company advises using it at least 18 hours a day. In STELLAR, people used it for about 16 hours a day on average in the first 3 months.</p>
<ul>
<li><strong>Carrying it.</strong> You carry the device in a bag. Many people can work, travel and see friends with it, if their doctor agrees.</li>
<li><strong>Washing.</strong> You unplug the pads before you wash. You can take a sponge bath with the pads on and covered. Or you can take them off and shower. Keep the device out of the bathroom.</li>
<li><strong>Other devices.</strong> Tell your care team if you have a pacemaker, a defibrillator or another implanted electronic device. The maker says its brain-tumor version of this device must not be used with them, because it has not been tested with them.</li>
<li><strong>Skin care.</strong> The skin under the pads can get red, itchy or sore. In STELLAR, this was the only side effect linked to the device. It was mostly mild. About 5 in 100 people had a more serious skin reaction. Tell your team early about skin problems. They can often be treated.</li>
</ul>
<p>You will still have the side effects of chemotherapy. Our guide on pemetrexed with cisplatin or carboplatin explains them.</p>
<h2>Is it available where I live?</h2>
<p>This differs by country. In the US, the device is approved for this use. Your insurance may or may not cover it. In the European Union and Switzerland, the device got a CE mark in 2020. A CE mark means it can be sold there. It does not mean the health service will pay for it. In other countries, including the UK, it may not be offered. Ask your care team what is available to you.</p>
<h2>Questions to ask your care team</h2>
<ul>
<li>Is this device an option for me? Why or why not?</li>
<li>How would it fit with immunotherapy or other choices?</li>
<li>Who pays for it, and who will teach me to use it?</li>
<li>What should I do if my skin gets sore under the pads?</li>
<li>Who do I call if the device stops working?</li>
</ul>""",
        "references": [
            {
                "citation": "Novocure. Optune (the brain-tumor version of the device) Patient Information and Operation Manual: Contraindications. (Not to be used with an active implanted medical device such as a pacemaker or defibrillator; use with them has not been tested.)",
                "url": "",
                "doi": "",
                "pmid": "",
            },
            {**STELLAR},
            {**STELLAR_AACR_2019},
            {**STELLAR_EUR_ABSTRACT},
            {**FDA_NOVOTTF},
            {**NOVOCURE_HDE},
            {**NOVOCURE_FAQ},
            {**NOVOCURE_CE_MARK},
            {**TTFIELDS_TORSO_SAFETY},
            {**FDA_2020_NIVOLUMAB_IPILIMUMAB},
            {**VOGELZANG_2003},
        ],
        "related": [
            "chemotherapy-pemetrexed-platinum",
            "nivolumab-ipilimumab-first-line",
        ],
    },
    # ------------------------------------------------------------------ after first treatment
    {
        "slug": "when-first-treatment-stops-working",
        "title": "When your first treatment stops working: the next options",
        "summary": "If mesothelioma grows again after your first treatment, there are still choices. Learn what progression means, which treatments may come next, and how to decide what is right for you.",
        "category": "chemotherapy",
        "tags": [
            "Pleural mesothelioma",
            "Chemotherapy",
            "Nivolumab (Opdivo)",
            "Clinical trials",
            "Palliative care",
        ],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 14,
        "days_since_reviewed": 6,
        "body": """<p>For most people, the first treatment for mesothelioma controls the cancer for a while. Later, the cancer often starts to grow again. This can be hard news. But there are still choices. This guide explains what may come next, and how to decide with your care team.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Progression means the cancer has grown or spread. Scans and symptoms show it.</li>
<li>What comes next often depends on what you had first.</li>
<li>Options include chemotherapy, immunotherapy, other drugs, and clinical trials.</li>
<li>Which options are standard differs from country to country.</li>
<li>Choosing care that focuses on comfort is also a real and valid choice.</li>
</ul>
<h2>What "progression" means</h2>
<p>Progression means the cancer has grown, or has spread to new places. Doctors may also say the cancer has relapsed or come back.</p>
<p>You will have scans every few months during and after treatment. Most are CT scans, which are detailed x-ray pictures. The team compares each new scan with older ones. Mesothelioma often grows as a thin layer, so it can be hard to measure. Doctors use set rules to measure it on scans. If it has clearly grown, or there are new spots, that is progression.</p>
<p>Sometimes new symptoms are the first sign. These may be more pain, more breathlessness, or weight loss. Tell your team about any change. They may move your next scan sooner.</p>
<h2>If your first treatment was immunotherapy</h2>
<p>Many people now start with nivolumab plus ipilimumab. If the cancer grows after this, many teams offer chemotherapy next. This is usually pemetrexed with cisplatin or carboplatin.</p>
<p>This chemotherapy is a proven first treatment. A large study from 2003 showed that it helped people live longer than cisplatin alone. There is less research on how well it works after immunotherapy. A small study of 43 people suggests it still works for many people. Larger studies are needed.</p>
<h2>If your first treatment was chemotherapy</h2>
<h3>Immunotherapy</h3>
<p>If you had chemotherapy first, immunotherapy may be a choice. A UK trial called CONFIRM tested nivolumab in 332 people whose cancer grew after chemotherapy. Two in three got nivolumab. One in three got a placebo, a look-alike drip with no medicine in it. Neither the patients nor their doctors knew who got which.</p>
<p>People who got nivolumab lived a median of 10.2 months. People who got the placebo lived a median of 6.9 months. The median is the middle value: half lived longer, and half did not. These are numbers from a group. They cannot tell you what will happen to you.</p>
<p>Approvals differ by country. In Japan, nivolumab was approved for this use in 2018. European experts (ESMO) list nivolumab or pembrolizumab as options after chemotherapy for people who have not had immunotherapy. In the US, the FDA has not approved them for this use. Your team can tell you what is possible where you live.</p>
<h3>Chemotherapy again</h3>
<p>If your first chemotherapy kept the cancer under control for a good while, often 6 months or more, doctors may give the same drugs again. European experts list this as an option. Ask if it makes sense for you.</p>
<h2>Other drugs used in some countries</h2>
<p>Some drugs are used after first treatment in some countries. They are not approved for mesothelioma in every country. Ask if they are offered where you live.</p>
<ul>
<li><strong>Vinorelbine.</strong> This is a chemotherapy drug. In this trial, it was taken as a pill. A UK trial called VIM included 154 people whose cancer grew after chemotherapy. Some got vinorelbine plus care to ease symptoms. The others got care to ease symptoms alone. Vinorelbine slowed the cancer for a little longer. The middle time before the cancer grew was about 4 months with vinorelbine and about 3 months without it.</li>
<li><strong>Gemcitabine with ramucirumab.</strong> Gemcitabine is a chemotherapy drug. Ramucirumab is a drug that blocks a signal tumors use to grow new blood vessels. A trial in Italy called RAMES included 161 people. Everyone got gemcitabine. Half also got ramucirumab, and half got a placebo. People who got ramucirumab lived a median of 13.8 months, compared with 7.5 months. This was a phase 2 trial in one country. Larger trials are needed to be sure.</li>
</ul>
<h2>Clinical trials</h2>
<p>A clinical trial may give you a new treatment that is not yet widely used. Some trials are for people whose cancer has grown after first treatment. Ask your team early, because trials have rules about who can join. You can also search <a href="https://clinicaltrials.gov/">ClinicalTrials.gov</a>. Our guide on clinical trials explains how they work.</p>
<h2>Choosing comfort-focused care</h2>
<p>Some people decide not to have more cancer treatment. They may feel the side effects would cost too much of their time and energy. This is a valid choice. You will still get care.</p>
<p>Care that focuses on comfort is sometimes called active symptom control. It can include pain medicine, steroids, and blood transfusions. It can also include draining fluid and help with breathing. A palliative care team can help at any stage, with or without cancer treatment. In the VIM trial, everyone got this kind of care, whether or not they also got vinorelbine.</p>
<h2>Questions to ask your care team</h2>
<ul>
<li>What do my scans show? How sure are you that the cancer has grown?</li>
<li>What are my options now? Which are standard here, and which are used in other countries?</li>
<li>What is the goal of each option? What side effects could I have?</li>
<li>What would happen if I chose comfort-focused care only?</li>
<li>Is there a clinical trial that could fit me?</li>
<li>Can I see a palliative care team now?</li>
</ul>""",
        "references": [
            {**CONFIRM},
            {**VIM},
            {**VIM_CRUK},
            {**VIM_ASCO_2021},
            {**RAMES},
            {**ESMO_2022},
            {**MERIT_JAPAN},
            {**ONO_2025},
            {**VOGELZANG_2003},
            {**NCI_PALLIATIVE_CARE},
            {**CLINICALTRIALS_GOV},
            {**NCI_PDQ_PATIENT},
        ],
        "related": ["joining-a-clinical-trial", "palliative-care-and-living-well"],
    },
]
