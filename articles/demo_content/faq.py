"""Frequently asked questions for the demo site.

Pure data, no Django imports. See FORMAT.md for the entry format.
Entries are listed in reading order within each category.
"""

from articles.demo_content.sources import (
    ASCO_2018,
    ASCO_IRAE_2021,
    CHECKMATE_743,
    CLINICALTRIALS_GOV,
    KEYNOTE_483,
    MARS_2,
    NCI_CHECKPOINT_INHIBITORS,
    NCI_PALLIATIVE_CARE,
    NCI_PDQ_PATIENT,
    NCI_RADIATION_THERAPY,
    NCI_SIDE_EFFECTS,
    NCI_WHAT_ARE_TRIALS,
    PEMETREXED_PATIENT_INFO,
    RESPECT_MESO,
    TIME2,
    VOGELZANG_2003,
    YAN_2009,
)

# Sources the answers rest on, shared between entries (same shape as a guide's
# references; several are also cited by the guides).
NCI_HAIR_LOSS = {
    "citation": "National Cancer Institute. Hair Loss (Alopecia) and Cancer Treatment. Bethesda, MD: National Cancer Institute.",
    "url": "https://www.cancer.gov/about-cancer/treatment/side-effects/hair-loss",
    "doi": "",
    "pmid": "",
}

PEMETREXED_CRUK = {
    "citation": "Cancer Research UK. Pemetrexed (Alimta). (Given every 3 weeks; blocks the action of folic acid; folic acid tablets, a vitamin B12 injection every 9 weeks, and steroids; blood tests before and during treatment.)",
    "url": "https://www.cancerresearchuk.org/about-cancer/cancer-in-general/treatment/cancer-drugs/drugs/pemetrexed",
    "doi": "",
    "pmid": "",
}

ESMO_2022 = {
    "citation": "Popat S, Baas P, Faivre-Finn C, et al. Malignant pleural mesothelioma: ESMO Clinical Practice Guidelines for diagnosis, treatment and follow-up. Ann Oncol. 2022;33(2):129-142. (Pemetrexed with cisplatin or carboplatin for up to six cycles; surgery to ease fluid around the lung.)",
    "url": "https://doi.org/10.1016/j.annonc.2021.11.005",
    "doi": "10.1016/j.annonc.2021.11.005",
    "pmid": "",
}

ONCOLINK_SECOND_OPINION = {
    "citation": "OncoLink (Penn Medicine). Second Opinions. (Most people can take a few weeks to get one; most helpful for rare cancers; insurance should cover it.)",
    "url": "https://oncolink.org/oncopilot/second-opinions",
    "doi": "",
    "pmid": "",
}

CANCER_HEALTH_SECOND_OPINION = {
    "citation": "Cancer Health. Getting a Second Opinion. (Most insurance providers, including Medicare, cover a second opinion after a cancer diagnosis; check with your plan.)",
    "url": "https://www.cancerhealth.com/article/getting-second-opinion",
    "doi": "",
    "pmid": "",
}

MESO_UK_NATIONAL_MDT = {
    "citation": "Mesothelioma UK. First national MDT for peritoneal mesothelioma. News, 2017. (Surgery with heated chemotherapy for peritoneal mesothelioma at specialist centres; most people are not suitable for it.)",
    "url": "https://www.mesothelioma.uk.com/news-and-events/news-2017/first-national-mdt-for-peritoneal-mesothelioma/",
    "doi": "",
    "pmid": "",
}

NCCN_PERITONEAL = {
    "citation": "National Comprehensive Cancer Network. Mesothelioma: Peritoneal. NCCN Clinical Practice Guidelines in Oncology. J Natl Compr Canc Netw. 2023;21(9):961-. (About 85 in 100 mesotheliomas start in the pleura and about 15 in 100 in the peritoneum.)",
    "url": "https://jnccn.org/view/journals/jnccn/21/9/article-p961.xml",
    "doi": "",
    "pmid": "",
}

MESO_UK_PERITONEAL = {
    "citation": "Mesothelioma UK. Peritoneal mesothelioma. (Much less common than pleural mesothelioma; the link with asbestos is less clear.)",
    "url": "https://www.mesothelioma.uk.com/peritoneal-mesothelioma/",
    "doi": "",
    "pmid": "",
}

CHRISTIE_MESOTHELIOMA = {
    "citation": "The Christie NHS Foundation Trust. Mesothelioma. (Symptoms of pleural and of peritoneal mesothelioma.)",
    "url": "https://www.christie.nhs.uk/patients-and-visitors/your-treatment-and-care/types-of-cancer/mesothelioma/",
    "doi": "",
    "pmid": "",
}

OSU_RADIOACTIVE = {
    "citation": "The Ohio State University Comprehensive Cancer Center. Cancer myths: radiation treatments make patients radioactive. (With external-beam radiation, patients are not radioactive.)",
    "url": "https://cancer.osu.edu/blog/cancer-myths-radiation-treatments-make-patients-radioactive",
    "doi": "",
    "pmid": "",
}

NCI_CONTACT = {
    "citation": "National Cancer Institute. Contact Us: Cancer Information Service, 1-800-4-CANCER (1-800-422-6237).",
    "url": "https://www.cancer.gov/contact",
    "doi": "",
    "pmid": "",
}

CANCER_NET_PLACEBO = {
    "citation": "Cancer.Net (ASCO). Placebos in Cancer Clinical Trials. (Placebos are rarely used in cancer trials; when used, usually with standard treatment, and people are told.)",
    "url": "https://www.cancer.net/navigating-cancer-care/how-cancer-treated/clinical-trials/placebos-cancer-clinical-trials",
    "doi": "",
    "pmid": "",
}

CANCER_NET_TRIAL_INSURANCE = {
    "citation": "Cancer.Net (ASCO). Health Insurance Coverage of Clinical Trials. (Under the Affordable Care Act, most health plans cannot deny coverage of routine costs for people in approved clinical trials.)",
    "url": "https://www.cancer.net/navigating-cancer-care/how-cancer-treated/clinical-trials/health-insurance-coverage-clinical-trials",
    "doi": "",
    "pmid": "",
}

MARTIN_2014 = {
    "citation": "Martin PJ, Davenport-Ennis N, Petrelli NJ, et al. Responsibility for Costs Associated With Clinical Trials. J Clin Oncol. 2014;32(30):3357-3359. (Medicare and the Affordable Care Act cover routine costs in clinical trials; gaps remain.)",
    "url": "https://doi.org/10.1200/JCO.2014.57.1422",
    "doi": "10.1200/JCO.2014.57.1422",
    "pmid": "25225433",
}

SSA_HOSPICE = {
    "citation": "US Social Security Administration. Program Operations Manual System (POMS) HI 00601.295: Hospice care. (Medicare hospice benefit: a person is terminally ill if the expected life span is six months or less.)",
    "url": "https://secure.ssa.gov/apps10/poms.NSF/lnx/0600601295",
    "doi": "",
    "pmid": "",
}

CANCER_AND_CAREERS = {
    "citation": "Cancer and Careers. Your legal rights in the workplace: cancer and the ADA, FMLA. (Reasonable accommodations such as changed schedules; job-protected leave.)",
    "url": "https://cancerandcareers.org/en/at-work/legal-and-financial/Cancer-and-the-ADA-FMLA",
    "doi": "",
    "pmid": "",
}

FAQ = [
    # ------------------------------------------------------------------
    # Immunotherapy
    # ------------------------------------------------------------------
    {
        "question": "Is immunotherapy better than chemotherapy for mesothelioma?",
        "slug": "immunotherapy-vs-chemotherapy",
        "category": "immunotherapy",
        "guide": "nivolumab-ipilimumab-first-line",
        "answer": """<p>For many people with pleural mesothelioma, immunotherapy is now a first choice. A large trial called CheckMate 743 tested two immunotherapy drugs, nivolumab and ipilimumab. Half the people who got them lived 18.1 months or longer. With chemotherapy, that number was 14.1 months. The gain looked larger for the less common cell types, called non-epithelioid.</p>
<p>That does not mean one is better for everyone. For the most common cell type, called epithelioid, the gain was smaller. Some people get chemotherapy and immunotherapy together. The best choice depends on your cell type, your health and what matters most to you. Ask your care team which option fits you, and why.</p>""",
        "references": [{**CHECKMATE_743}, {**KEYNOTE_483}, {**NCI_PDQ_PATIENT}],
    },
    {
        "question": "How does immunotherapy work against mesothelioma?",
        "slug": "how-immunotherapy-works",
        "category": "immunotherapy",
        "guide": "immunotherapy-checkpoint-inhibitors",
        "answer": """<p>Your immune system is your body's defense against germs and some cancer cells. It has built-in brakes, called checkpoints, that keep it from attacking healthy tissue. Cancer cells can use these brakes to hide.</p>
<p>The immunotherapy drugs used for mesothelioma are called checkpoint inhibitors. They block those brakes, so your immune cells can find and attack the cancer. Nivolumab (Opdivo), ipilimumab (Yervoy) and pembrolizumab (Keytruda) are examples. You get them through a drip into a vein.</p>
<p>Immunotherapy does not work for everyone. Your care team will check how it is working with scans.</p>""",
        "references": [{**NCI_CHECKPOINT_INHIBITORS}, {**NCI_PDQ_PATIENT}],
    },
    {
        "question": "What side effects can immunotherapy cause?",
        "slug": "immunotherapy-side-effects",
        "category": "immunotherapy",
        "guide": "managing-side-effects",
        "answer": """<p>Because immunotherapy takes the brakes off your immune system, it can sometimes attack healthy parts of your body. These are called immune-related side effects. Many are mild, but some can be serious. Signs to watch for include:</p>
<ul>
<li>rash or itchy skin</li>
<li>diarrhea or belly pain</li>
<li>a new cough or shortness of breath</li>
<li>feeling very tired, dizzy or unusually cold</li>
<li>yellow skin or eyes, or dark urine</li>
</ul>
<p>These can start weeks or even months after a dose, sometimes after treatment ends. Call your care team early, even if a symptom seems small. Caught early, most can be treated. Tell any doctor you see that you have had immunotherapy.</p>""",
        "references": [{**ASCO_IRAE_2021}, {**NCI_CHECKPOINT_INHIBITORS}],
    },
    # ------------------------------------------------------------------
    # Chemotherapy
    # ------------------------------------------------------------------
    {
        "question": "Will I lose my hair?",
        "slug": "hair-loss",
        "category": "chemotherapy",
        "guide": "chemotherapy-pemetrexed-platinum",
        "answer": """<p>Some cancer drugs cause hair loss and some do not. It depends on the drugs and the dose. The main chemotherapy for mesothelioma is pemetrexed given with cisplatin or carboplatin. Ask your team how likely hair loss is with your plan. Some people notice only that their hair gets thinner.</p>
<p>Everyone is different, and other drugs can have other effects. If you get new drugs later, ask again.</p>
<p>If hair loss worries you, say so. It is a fair thing to care about. Your nurse can tell you what to expect from your own plan. They can also help you find wigs, scarves or hats, and tips for caring for your scalp.</p>""",
        "references": [{**NCI_HAIR_LOSS}, {**NCI_SIDE_EFFECTS}],
    },
    {
        "question": "Why do I need to take folic acid and vitamin B12 with pemetrexed?",
        "slug": "folic-acid-vitamin-b12",
        "category": "chemotherapy",
        "guide": "chemotherapy-pemetrexed-platinum",
        "answer": """<p>Pemetrexed works by blocking how cells use folate, a B vitamin. This harms cancer cells, but it can also harm healthy cells. Taking folic acid and vitamin B12 lowers the risk of serious side effects, such as low blood counts.</p>
<p>Most people start folic acid pills about a week before the first dose and keep taking them every day until a few weeks after the last dose. You also get a B12 shot before you start, then about every 9 weeks. Most people also take steroid pills for a few days around each dose to prevent a skin rash.</p>
<p>Follow the exact plan your care team gives you. Do not stop early without asking them.</p>""",
        "references": [
            {**PEMETREXED_CRUK},
            {**PEMETREXED_PATIENT_INFO},
            {**VOGELZANG_2003},
        ],
    },
    {
        "question": "How often will I get chemotherapy, and for how long?",
        "slug": "chemotherapy-schedule",
        "category": "chemotherapy",
        "guide": "chemotherapy-pemetrexed-platinum",
        "answer": """<p>Chemotherapy is given in rounds, called cycles. For pemetrexed with cisplatin or carboplatin, each cycle is usually 3 weeks long. You get the drugs through a drip into a vein on the first day. Then you have time off so your body can recover.</p>
<p>Many people have up to 6 cycles. This takes about 3 to 4 months, or longer if a dose is delayed. Each visit may take a few hours.</p>
<p>Your team will check your blood before each cycle. They may delay a dose or change the plan if side effects build up. Ask your care team what schedule they suggest for you.</p>""",
        "references": [{**PEMETREXED_CRUK}, {**ESMO_2022}, {**VOGELZANG_2003}],
    },
    # ------------------------------------------------------------------
    # Surgery
    # ------------------------------------------------------------------
    {
        "question": "Can surgery remove mesothelioma?",
        "slug": "can-surgery-remove-mesothelioma",
        "category": "surgery",
        "guide": "surgery-for-mesothelioma",
        "answer": """<p>Surgery can take out the tumor that the surgeon can see. But mesothelioma spreads in a thin layer along the pleura, the lining around the lungs. So surgery cannot remove every cancer cell.</p>
<p>A large trial called MARS 2 looked at a big lung-lining operation plus chemotherapy. People who had it did not live longer than people who had chemotherapy alone. They also had more serious problems after treatment. Because of this, doctors now weigh this operation very carefully.</p>
<p>Smaller procedures can still help, for example to drain fluid or ease breathing. Whether any surgery makes sense for you is a personal choice. Talk it through with your care team.</p>""",
        "references": [{**MARS_2}, {**ESMO_2022}, {**NCI_PDQ_PATIENT}],
    },
    {
        "question": "Should I get a second opinion before surgery?",
        "slug": "second-opinion-before-surgery",
        "category": "surgery",
        "guide": "surgery-for-mesothelioma",
        "answer": """<p>Many people do, and good doctors expect it. Mesothelioma is rare, and second opinions are especially helpful for rare cancers. A second opinion from a team that sees many cases can help you feel sure about your plan.</p>
<p>A second opinion is most useful before a big operation, because surgery is hard to undo. Ask the new team to look at your scans and biopsy, the tissue sample used to make the diagnosis.</p>
<p>For most people, taking a few weeks to get one is fine, but ask your team. Your first team can send your records. In the US, most insurance plans, including Medicare, pay for a second opinion. Check with yours first.</p>""",
        "references": [{**ONCOLINK_SECOND_OPINION}, {**CANCER_HEALTH_SECOND_OPINION}],
    },
    {
        "question": "What is HIPEC?",
        "slug": "what-is-hipec",
        "category": "surgery",
        "guide": "peritoneal-mesothelioma",
        "answer": """<p>HIPEC stands for hyperthermic intraperitoneal chemotherapy. That means heated chemotherapy washed through the belly during surgery. It is used for some people with peritoneal mesothelioma, which starts in the lining of the belly.</p>
<p>First, the surgeon removes as much tumor as they can see. This is called cytoreductive surgery. Then warm chemotherapy fluid is moved around inside the belly for a set time, and drained out.</p>
<p>This is a long operation with a long recovery. It is not right for everyone. It is done at a small number of specialist centers. Ask your care team if you might be a candidate and where it is offered.</p>""",
        "references": [{**YAN_2009}, {**MESO_UK_NATIONAL_MDT}, {**NCCN_PERITONEAL}],
    },
    # ------------------------------------------------------------------
    # Radiation therapy
    # ------------------------------------------------------------------
    {
        "question": "Can radiation therapy help with mesothelioma?",
        "slug": "how-radiation-can-help",
        "category": "radiation-therapy",
        "guide": "radiation-therapy-for-mesothelioma",
        "answer": """<p>Radiation therapy uses strong, focused energy beams to damage cancer cells. For mesothelioma, it is most often used to ease symptoms. For example, it can shrink a tumor that presses on a nerve or rib and causes pain. This is called palliative radiation.</p>
<p>Palliative radiation is often short, sometimes just a few visits. Each session takes only minutes, and it does not hurt while it happens.</p>
<p>Radiation is sometimes given after surgery too. Experts still study how much it helps in that case. It is not used for every person. Ask your care team what radiation could do for you and what it could not.</p>""",
        "references": [{**ASCO_2018}, {**NCI_RADIATION_THERAPY}],
    },
    {
        "question": "What side effects does radiation cause, and will I be radioactive?",
        "slug": "radiation-side-effects",
        "category": "radiation-therapy",
        "guide": "radiation-therapy-for-mesothelioma",
        "answer": """<p>No, you will not be radioactive. With radiation from a machine outside your body, nothing stays inside you. It is safe to hug your family, be near children and share a home.</p>
<p>Side effects depend on where the beams are aimed and the total dose. They often include:</p>
<ul>
<li>tiredness</li>
<li>red, dry or sore skin where the beams go in</li>
<li>a sore throat or trouble swallowing, if the food pipe is in the area</li>
</ul>
<p>Most get better after treatment ends. Less often, the lung gets inflamed weeks or months later. Call your care team if you get a new cough, fever or shortness of breath.</p>""",
        "references": [{**OSU_RADIOACTIVE}, {**NCI_RADIATION_THERAPY}],
    },
    # ------------------------------------------------------------------
    # Clinical trials
    # ------------------------------------------------------------------
    {
        "question": "How do I find a clinical trial near me?",
        "slug": "find-a-clinical-trial",
        "category": "clinical-trials",
        "guide": "joining-a-clinical-trial",
        "answer": """<p>A clinical trial is a research study that tests a new treatment, or a new way to use an existing one. Good places to start:</p>
<ul>
<li>Ask your oncologist, your cancer doctor, if they know of trials that fit you.</li>
<li>Search <a href="https://clinicaltrials.gov">ClinicalTrials.gov</a> for "mesothelioma" and your city or state.</li>
<li>Call the National Cancer Institute at 1-800-4-CANCER (1-800-422-6237) for free help with your search.</li>
</ul>
<p>Each trial has rules about who can join, called eligibility. Some trials are only open before you start other treatments. So it helps to ask about trials early. Your care team can help you judge if a trial is worth the travel.</p>""",
        "references": [
            {**CLINICALTRIALS_GOV},
            {**NCI_WHAT_ARE_TRIALS},
            {**NCI_CONTACT},
        ],
    },
    {
        "question": "Will I get a placebo instead of real treatment?",
        "slug": "placebo-in-trials",
        "category": "clinical-trials",
        "guide": "joining-a-clinical-trial",
        "answer": """<p>A placebo is a look-alike with no active drug in it, sometimes called a sugar pill. Cancer trials rarely give a placebo alone when a proven treatment exists.</p>
<p>In many trials, one group gets the new treatment and the other gets the usual, standard treatment. If a placebo is used, it is usually given on top of standard treatment. That way, everyone still gets care that is known to help.</p>
<p>You will be told before you join if a trial uses a placebo. You can also leave a trial at any time, for any reason. Ask the trial team to explain each group in plain words.</p>""",
        "references": [{**CANCER_NET_PLACEBO}, {**NCI_WHAT_ARE_TRIALS}],
    },
    {
        "question": "Does insurance pay for clinical trials?",
        "slug": "insurance-and-clinical-trials",
        "category": "clinical-trials",
        "guide": "joining-a-clinical-trial",
        "answer": """<p>Often, yes, for a large part of the costs. There are two kinds of costs in a trial:</p>
<ul>
<li><strong>Research costs</strong>, such as the study drug and tests done only for the study. The group running the trial usually pays these.</li>
<li><strong>Routine costs</strong>, such as doctor visits, scans and hospital stays you would need anyway. In the US, a law called the Affordable Care Act says most health plans must cover these for approved trials. Medicare covers them too.</li>
</ul>
<p>You may still owe copays. Travel and time off work are often not covered, though some trials help. Before you join, ask the trial team and your insurer what you might pay.</p>""",
        "references": [{**CANCER_NET_TRIAL_INSURANCE}, {**MARTIN_2014}],
    },
    # ------------------------------------------------------------------
    # Living with mesothelioma
    # ------------------------------------------------------------------
    {
        "question": "What is the difference between pleural and peritoneal mesothelioma?",
        "slug": "pleural-vs-peritoneal",
        "category": "understanding-mesothelioma",
        "guide": "peritoneal-mesothelioma",
        "answer": """<p>The difference is where the cancer starts. Pleural mesothelioma starts in the pleura, the thin lining around the lungs. It is the most common type. It often causes shortness of breath, chest pain or a cough.</p>
<p>Peritoneal mesothelioma starts in the peritoneum, the lining of the belly. It is less common. It can cause belly swelling, pain or fluid in the belly.</p>
<p>Pleural mesothelioma is strongly linked to asbestos. For peritoneal mesothelioma, the link is less clear. The two are treated differently. Some drugs are approved only for the pleural type. Some people with the peritoneal type may have surgery with heated chemotherapy. Ask your care team which type you have and what that means for your options.</p>""",
        "references": [
            {**NCCN_PERITONEAL},
            {**MESO_UK_PERITONEAL},
            {**CHRISTIE_MESOTHELIOMA},
        ],
    },
    {
        "question": "What is a pleural effusion and why does it come back?",
        "slug": "pleural-effusion",
        "category": "living-with-mesothelioma",
        "guide": "palliative-care-and-living-well",
        "answer": """<p>A pleural effusion is a buildup of fluid between the lung and the chest wall. Normally only a little fluid is there. Mesothelioma can make the lining produce more fluid and drain less of it. The fluid presses on the lung, so breathing gets harder.</p>
<p>A doctor can drain it with a thin needle. This often helps quickly. But while the cancer is still there, the fluid tends to come back.</p>
<p>If it keeps coming back, there are longer-term options:</p>
<ul>
<li>a thin tube left in place so you can drain fluid at home</li>
<li>a procedure that seals the space so fluid cannot collect</li>
</ul>
<p>Ask your care team which fits your situation.</p>""",
        "references": [{**TIME2}, {**NCI_PDQ_PATIENT}],
    },
    {
        "question": "Is palliative care the same as hospice?",
        "slug": "palliative-care-vs-hospice",
        "category": "living-with-mesothelioma",
        "guide": "palliative-care-and-living-well",
        "answer": """<p>No. Palliative care is extra support to help you feel better. It treats pain, breathlessness, tiredness and worry. You can get it at any stage, at the same time as chemotherapy, immunotherapy or other treatment. You do not have to wait until symptoms are bad to ask for it.</p>
<p>Hospice is a type of palliative care for the last months of life. It is for when treatment to control the cancer has stopped helping or you choose to stop it. In the US, Medicare covers hospice when a doctor expects that a person has 6 months or less to live.</p>
<p>Asking for palliative care does not mean giving up. Ask your care team for a referral.</p>""",
        "references": [{**NCI_PALLIATIVE_CARE}, {**SSA_HOSPICE}, {**RESPECT_MESO}],
    },
    {
        "question": "Can I work during treatment?",
        "slug": "working-during-treatment",
        "category": "living-with-mesothelioma",
        "guide": "managing-side-effects",
        "answer": """<p>Some people keep working, full or part time. Others need to stop for a while. It depends on your job, your treatment and how you feel. Tiredness is common, and some days are better than others.</p>
<p>Things that can help:</p>
<ul>
<li>Plan treatment days and the day or two after as lighter days.</li>
<li>Ask your employer about flexible hours or working from home.</li>
<li>Learn your rights. In the US, laws such as the Americans with Disabilities Act and the Family and Medical Leave Act may protect your job or give you time off.</li>
</ul>
<p>A social worker at your cancer center can help with forms and benefits. Ask your care team for a referral.</p>""",
        "references": [{**CANCER_AND_CAREERS}, {**NCI_SIDE_EFFECTS}],
    },
]
