"""Demo content: five published treatment guides (immunotherapy, chemotherapy, surgery, radiation).

Pure data, no Django imports. See FORMAT.md in this folder for the format.
All wording is original. Each guide lists the sources its facts come from. Author and
reviewer keys name fictional sample people.
"""

from articles.demo_content.sources import (
    ASCO_2018,
    CHECKMATE_743,
    FDA_2020_NIVOLUMAB_IPILIMUMAB,
    KEYNOTE_483,
    MARS_2,
    NCI_CHECKPOINT_INHIBITORS,
    NCI_PDQ_PATIENT,
    NCI_RADIATION_THERAPY,
    PEMETREXED_PATIENT_INFO,
    VOGELZANG_2003,
)

ASCO_2025 = {
    "citation": "Kindler HL, Ismaila N, Bazhenova L, et al. Treatment of Pleural Mesothelioma: ASCO Guideline Update. J Clin Oncol. 2025. (Updates the 2018 guideline, including the role of surgery after MARS 2.)",
    "url": "https://www.asco.org/thoracic-cancer-guidelines",
    "doi": "",
    "pmid": "",
}


GUIDES = [
    # ------------------------------------------------------------------ immunotherapy
    {
        "slug": "immunotherapy-checkpoint-inhibitors",
        "title": "Immunotherapy for mesothelioma: how checkpoint inhibitors work",
        "summary": "Checkpoint inhibitors help your immune system find and attack cancer cells. Learn how they work, which ones are used for pleural mesothelioma, and which side effects to watch for.",
        "category": "immunotherapy",
        "tags": [
            "Checkpoint inhibitors",
            "Pleural mesothelioma",
            "Nivolumab (Opdivo)",
            "Ipilimumab (Yervoy)",
            "Pembrolizumab (Keytruda)",
            "Side effects",
        ],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 164,
        "days_since_reviewed": 47,
        "body": """<p>Immunotherapy is a cancer treatment that helps your own immune system fight cancer. For pleural mesothelioma, the main kind is a group of drugs called checkpoint inhibitors. This guide explains how they work, when they are used, and what to watch for.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Checkpoint inhibitors take the "brakes" off your immune cells so they can attack cancer.</li>
<li>In the US, nivolumab (Opdivo), ipilimumab (Yervoy) and pembrolizumab (Keytruda) are approved for some people with pleural mesothelioma.</li>
<li>Side effects can show up in almost any part of the body, even months after treatment.</li>
<li>Tell your care team about new symptoms early. Problems are often easier to treat when found early.</li>
</ul>
<h2>How your immune system and cancer interact</h2>
<p>Your immune system protects you from germs and other harm. T cells are a type of white blood cell. Their job is to find and kill cells that do not belong.</p>
<p>Your body also needs a way to stop T cells from hurting healthy tissue. It uses proteins called checkpoints. A checkpoint works like a brake. It tells a T cell to calm down.</p>
<p>Some cancer cells learn to press these brakes. Then T cells leave the cancer alone, even though it is there.</p>
<h2>How checkpoint inhibitors work</h2>
<p>A checkpoint inhibitor is a drug that blocks one of these brakes. With the brake blocked, T cells may see the cancer again and attack it. The drug goes into a vein in your arm or a port. This is called an infusion, and it is given at a clinic.</p>
<p>Two brakes matter most for mesothelioma:</p>
<ul>
<li><strong>PD-1.</strong> Nivolumab and pembrolizumab block this one.</li>
<li><strong>CTLA-4.</strong> Ipilimumab blocks this one.</li>
</ul>
<p>Blocking two brakes at once can give a stronger immune response. It can also cause more side effects.</p>
<h2>Which checkpoint inhibitors are used for mesothelioma?</h2>
<p>The US Food and Drug Administration (FDA) has approved two first treatments with checkpoint inhibitors. Both are for pleural mesothelioma that surgery cannot remove. Pleural means it started in the pleura, the thin lining around the lungs.</p>
<ul>
<li><strong>Nivolumab plus ipilimumab,</strong> approved in October 2020. It does not include chemotherapy. We explain it in our guide on this pair of drugs.</li>
<li><strong>Pembrolizumab with chemotherapy,</strong> approved in September 2024. The chemotherapy is pemetrexed with cisplatin or carboplatin.</li>
</ul>
<p>In a large study, people who got pembrolizumab with chemotherapy lived a median of 17.3 months. People who got chemotherapy alone lived a median of 16.1 months. The median is the middle value. Half of the people lived longer than that, and half did not. A gap of about one month in the middle value sounds small. The gap was bigger among people who lived longest: after 3 years, about 25 in 100 people who got pembrolizumab with chemotherapy were alive, compared with about 17 in 100 who got chemotherapy alone.</p>
<p>Approvals and funding differ from country to country. In the European Union, pembrolizumab with chemotherapy is approved only for the less common non-epithelioid types of mesothelioma. In England, the NHS pays for nivolumab plus ipilimumab only for people who are well enough to be up and about and do light work, or more. Ask your team what is available where you live.</p>
<p>These approvals are for pleural mesothelioma. If your mesothelioma started in the belly or another place, ask your care team what is known. Clinical trials are also testing new ways to use these drugs.</p>
<h2>Immune-related side effects</h2>
<p>These drugs make the immune system more active. Sometimes it attacks healthy parts of the body too. These are called immune-related side effects. They can start during treatment or months after it ends.</p>
<p>Call your care team if you notice:</p>
<ul>
<li>A new or worse cough, or trouble breathing. This can be a sign of swelling in the lungs.</li>
<li>Diarrhea, belly pain, or blood in your stool. This can be a sign of swelling in the bowel.</li>
<li>Yellow skin or eyes, or dark urine. This can be a sign of a liver problem.</li>
<li>A rash or itching that does not go away.</li>
<li>Deep tiredness, headaches, or feeling too hot or too cold. These can be signs of a problem with a gland, such as the thyroid.</li>
</ul>
<p>Many of these problems are treated with steroids. Steroids are medicines that calm the immune system. Your team may also pause or stop your treatment. Always tell any doctor or emergency room that you have had immunotherapy.</p>
<h2>Who may not be a good fit</h2>
<p>Checkpoint inhibitors are not safe for everyone. Tell your team if you have an autoimmune disease, such as lupus, rheumatoid arthritis, or Crohn's disease. Also tell them if you have had an organ transplant. Your team will weigh the risks and benefits with you.</p>
<h2>Questions to ask your care team</h2>
<ul>
<li>Is immunotherapy an option for me? Why or why not?</li>
<li>How will we know if it is working?</li>
<li>Which symptoms should I call about right away? Who do I call at night or on weekends?</li>
</ul>""",
        "references": [
            NCI_CHECKPOINT_INHIBITORS,
            {**CHECKMATE_743},
            {**KEYNOTE_483},
            {
                "citation": "US Food and Drug Administration. FDA D.I.S.C.O. Burst Edition: FDA approval of Keytruda (pembrolizumab) for unresectable advanced or metastatic malignant pleural mesothelioma. (Approved September 17, 2024, with pemetrexed and platinum chemotherapy.)",
                "url": "https://fda.gov/drugs/resources-information-approved-drugs/fda-disco-burst-edition-fda-approval-keytruda-pembrolizumab-unresectable-advanced-or-metastatic",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "National Institute for Health and Care Excellence. Nivolumab with ipilimumab for untreated unresectable malignant pleural mesothelioma. Technology appraisal guidance TA818. 2022. (Recommended only for people with an ECOG performance status of 0 or 1.)",
                "url": "https://www.nice.org.uk/guidance/TA818",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "European Medicines Agency. Keytruda (pembrolizumab): EPAR, product information. (In the EU, with pemetrexed and platinum chemotherapy, for unresectable non-epithelioid malignant pleural mesothelioma.)",
                "url": "https://www.ema.europa.eu/en/medicines/human/EPAR/keytruda",
                "doi": "",
                "pmid": "",
            },
            {**NCI_PDQ_PATIENT},
        ],
        "related": ["nivolumab-ipilimumab-first-line", "managing-side-effects"],
    },
    # ------------------------------------------------------------------ nivolumab + ipilimumab
    {
        "slug": "nivolumab-ipilimumab-first-line",
        "title": "Nivolumab plus ipilimumab (Opdivo + Yervoy) as a first treatment for pleural mesothelioma",
        "summary": "This pair of immunotherapy drugs is an FDA-approved first treatment for pleural mesothelioma that surgery cannot remove. Learn what the main study found, how treatment is given, and what to watch for.",
        "category": "immunotherapy",
        "tags": [
            "Pleural mesothelioma",
            "Nivolumab (Opdivo)",
            "Ipilimumab (Yervoy)",
            "Checkpoint inhibitors",
            "Side effects",
        ],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 121,
        "days_since_reviewed": 33,
        "body": """<p>Nivolumab (Opdivo) and ipilimumab (Yervoy) are two immunotherapy drugs. Given together, they are one of the main first treatments for pleural mesothelioma. This guide explains what the research found and what treatment is like.</p>
<p><strong>Key points</strong></p>
<ul>
<li>This pair of drugs is approved in the US for adults with pleural mesothelioma that surgery cannot remove.</li>
<li>In the main study, people who got it lived a median of 18.1 months. People who got chemotherapy lived a median of 14.1 months.</li>
<li>It does not include chemotherapy, but it has its own side effects.</li>
<li>It does not cure mesothelioma. The goal is to control the cancer and help you live longer.</li>
</ul>
<h2>What this treatment is</h2>
<p>Both drugs are checkpoint inhibitors. They block "brakes" on your immune cells, so the immune system can attack the cancer. Nivolumab blocks a brake called PD-1. Ipilimumab blocks a different one, called CTLA-4. Our guide on checkpoint inhibitors explains this in more detail.</p>
<figure class="image"><img src="demo-image:checkpoint-inhibitor"><figcaption>How blocking PD-1 lets a T cell attack. Ipilimumab works on a different brake, CTLA-4, which is not shown.</figcaption></figure>
<p>On October 2, 2020, the FDA approved this pair as a first treatment for adults with pleural mesothelioma that cannot be removed with surgery. Pleural mesothelioma starts in the pleura, the thin lining around the lungs. Doctors may call this treatment "first-line." That means it is the first treatment you get for the cancer.</p>
<h2>What the research showed</h2>
<p>The approval was based on a large study called CheckMate 743. It included 605 adults who had not been treated yet. Half got nivolumab plus ipilimumab for up to 2 years. The other half got up to 6 rounds of chemotherapy: pemetrexed with cisplatin or carboplatin.</p>
<ul>
<li>People in the immunotherapy group lived a median of 18.1 months. People in the chemotherapy group lived a median of 14.1 months. The median is the middle value: half lived longer, and half did not.</li>
<li>At 2 years, 41 out of 100 people in the immunotherapy group were alive. In the chemotherapy group, it was 27 out of 100.</li>
<li>A later update looked at 3 years. About 23 out of 100 people were alive with immunotherapy, compared with 15 out of 100 with chemotherapy.</li>
</ul>
<p>The gain was clearest for people with the less common cell types, called non-epithelioid. For the most common type, called epithelioid, the gain was smaller. These numbers are averages for large groups. They cannot tell you exactly what will happen to you. Your care team can help you understand what they may mean for you.</p>
<h2>How treatment is given</h2>
<p>Both drugs go into a vein at a clinic. This is called an infusion. Nivolumab is usually given every 2 or 3 weeks. Ipilimumab is given every 6 weeks. Your clinic will give you your own schedule. You will also have blood tests to check things like your liver, thyroid and blood counts.</p>
<p>Treatment can go on for up to 2 years. It may stop sooner if the cancer grows or if side effects become too hard. You will have scans every few months to see how the cancer is responding.</p>
<h2>Side effects to watch for</h2>
<p>Many people think immunotherapy is always milder than chemotherapy. That is not always true. In CheckMate 743, about 3 in 10 people in each group had serious side effects from their treatment.</p>
<p>With these drugs, the immune system can attack healthy organs. Common problems include rash, itching, diarrhea, tiredness and thyroid changes. Less often, the lungs, liver, or other glands are affected. These side effects can start months after treatment begins, or even after it ends.</p>
<p>Call your care team right away if you have a new cough, trouble breathing, diarrhea, or yellow skin or eyes. Our guide on managing side effects has more detail.</p>
<h2>Is this treatment right for me?</h2>
<p>Your team will think about your cell type, your general health, and how active you are. They will also ask about autoimmune diseases, such as lupus or rheumatoid arthritis. Other options include chemotherapy, with or without pembrolizumab (Keytruda). A clinical trial may also be a choice.</p>
<p>Questions you might ask:</p>
<ul>
<li>Why do you suggest this treatment for me instead of chemotherapy?</li>
<li>How often will I need to come to the clinic?</li>
<li>What should I do if I get side effects at night or on a weekend?</li>
</ul>""",
        "references": [
            {**CHECKMATE_743},
            {
                "citation": "Peters S, Scherpereel A, Cornelissen R, et al. First-line nivolumab plus ipilimumab versus chemotherapy in patients with unresectable malignant pleural mesothelioma: 3-year outcomes from CheckMate 743. 2022. (3-year survival 23% with nivolumab plus ipilimumab, 15% with chemotherapy. Linked: the trial's record, NCT02899299.)",
                "url": "https://clinicaltrials.gov/study/NCT02899299",
                "doi": "",
                "pmid": "",
            },
            FDA_2020_NIVOLUMAB_IPILIMUMAB,
            {**NCI_PDQ_PATIENT},
        ],
        "related": [
            "immunotherapy-checkpoint-inhibitors",
            "chemotherapy-pemetrexed-platinum",
        ],
    },
    # ------------------------------------------------------------------ chemotherapy
    {
        "slug": "chemotherapy-pemetrexed-platinum",
        "title": "Chemotherapy with pemetrexed and cisplatin or carboplatin",
        "summary": "Pemetrexed with cisplatin or carboplatin has been a standard chemotherapy for pleural mesothelioma for about 20 years. Learn how it works, what a treatment cycle looks like, and how to stay safe.",
        "category": "chemotherapy",
        "tags": [
            "Pleural mesothelioma",
            "Pemetrexed (Alimta)",
            "Cisplatin",
            "Carboplatin",
            "Pembrolizumab (Keytruda)",
            "Side effects",
        ],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 96,
        "days_since_reviewed": 58,
        "body": """<p>Chemotherapy uses drugs to kill cancer cells or slow their growth. For pleural mesothelioma, the most used mix is pemetrexed (Alimta) with a platinum drug, either cisplatin or carboplatin. This guide explains the treatment and what to expect.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Pemetrexed with cisplatin was approved in the US for pleural mesothelioma in 2004.</li>
<li>Treatment is given in cycles. Each cycle is usually 3 weeks long.</li>
<li>You need folic acid and vitamin B12 during treatment. They lower the risk of side effects.</li>
<li>Call your care team right away if you get a fever. Chemotherapy can make infections more likely.</li>
</ul>
<h2>How this chemotherapy works</h2>
<p>Pemetrexed blocks some of the building blocks cancer cells need to divide. Cisplatin and carboplatin are platinum drugs. They damage the DNA inside cancer cells so the cells cannot grow. Research shows that adding pemetrexed to cisplatin works better than cisplatin alone.</p>
<p>This treatment does not cure mesothelioma. The aim is to shrink the cancer or stop it from growing, ease symptoms, and help you live longer.</p>
<h2>What the research showed</h2>
<p>A large study published in 2003 compared pemetrexed plus cisplatin with cisplatin alone. It included 456 people. People who got both drugs lived a median of 12.1 months. People who got cisplatin alone lived a median of 9.3 months. The median is the middle value: half of people lived longer, and half did not. The FDA approved pemetrexed with cisplatin for this use in February 2004.</p>
<p>Carboplatin is often used instead of cisplatin. It can be easier on the kidneys, hearing and nerves. In a large program with more than 1,700 people, the two versions seemed to work in a similar way.</p>
<p>Today, this chemotherapy may be given on its own, or together with the immunotherapy drug pembrolizumab (Keytruda). Your care team will talk with you about which plan fits you best.</p>
<h2>What happens in a treatment cycle</h2>
<p>Treatment is usually given every 3 weeks, often for 4 to 6 cycles. Here is what a typical cycle can look like. Your own plan may be different.</p>
<figure class="table"><table>
<thead><tr><th>When</th><th>What usually happens</th></tr></thead>
<tbody>
<tr><td>About 1 week before your first cycle</td><td>You start taking a folic acid pill every day. You get a vitamin B12 shot. The shot is repeated about every 9 weeks.</td></tr>
<tr><td>The day before each treatment</td><td>You start a steroid pill, often dexamethasone. It lowers the chance of a skin rash. You take it for 3 days in a row.</td></tr>
<tr><td>Day 1</td><td>You have blood tests. Then the drugs go into a vein. Pemetrexed takes about 10 minutes. Cisplatin takes longer, and you get extra fluids to protect your kidneys. Plan to spend a few hours at the clinic.</td></tr>
<tr><td>Days 2 to 7</td><td>Tiredness and nausea (feeling sick to your stomach) are most common now. Take your anti-nausea medicine as your team told you.</td></tr>
<tr><td>Days 8 to 14</td><td>Your blood counts are often at their lowest. This raises your risk of infection. Wash your hands often, and call right away if you have a fever.</td></tr>
<tr><td>Days 15 to 21</td><td>Most people start to feel better. You have a blood test before the next cycle starts.</td></tr>
</tbody>
</table></figure>
<p>Keep taking folic acid every day during treatment. Your team will tell you when you can stop, usually a few weeks after your last dose.</p>
<h2>Common side effects</h2>
<ul>
<li><strong>Tiredness</strong> that can build up over the cycles.</li>
<li><strong>Nausea and less appetite.</strong> Medicine can help a lot.</li>
<li><strong>Low blood counts.</strong> This can lead to infections, bruising, or feeling short of breath.</li>
<li><strong>Mouth sores and rash.</strong></li>
<li><strong>With cisplatin:</strong> kidney strain, ringing in the ears or hearing loss, and tingling in the hands or feet.</li>
<li><strong>With carboplatin:</strong> a higher chance of low platelets, the blood cells that help stop bleeding.</li>
</ul>
<h2>Staying safe during treatment</h2>
<ul>
<li>Call your care team right away if your temperature is 100.4°F (38°C) or higher.</li>
<li>Ask before you take pain relievers such as ibuprofen or naproxen. They can affect your kidneys and how your body handles pemetrexed.</li>
<li>Drink fluids unless your team has told you to limit them.</li>
<li>Tell your team about all your medicines, vitamins and supplements.</li>
</ul>
<p>You might ask your team: Which platinum drug is best for me, and why? How will we check if the treatment is working?</p>""",
        "references": [
            VOGELZANG_2003,
            {
                "citation": "Santoro A, O'Brien ME, Stahel RA, et al. Pemetrexed plus cisplatin or pemetrexed plus carboplatin for chemonaive patients with malignant pleural mesothelioma: results of the International Expanded Access Program. J Thorac Oncol. 2008;3(7):756-763.",
                "url": "https://doi.org/10.1097/JTO.0b013e31817c73d6",
                "doi": "10.1097/JTO.0b013e31817c73d6",
                "pmid": "",
            },
            PEMETREXED_PATIENT_INFO,
            {**KEYNOTE_483},
            {**NCI_PDQ_PATIENT},
        ],
        "related": ["managing-side-effects", "nivolumab-ipilimumab-first-line"],
    },
    # ------------------------------------------------------------------ surgery
    {
        "slug": "surgery-for-mesothelioma",
        "title": "Surgery for pleural mesothelioma: the options, the risks, and what MARS 2 found",
        "summary": "Surgery is an option for only a few people with pleural mesothelioma. Learn about the main operations, who might be a candidate, and what the MARS 2 trial found about surgery plus chemotherapy.",
        "category": "surgery",
        "tags": ["Pleural mesothelioma", "Surgery"],
        "author": "rachel-morgan",
        "reviewer": "lena-fischer",
        "status": "published",
        "days_since_published": 360,
        "days_since_reviewed": 355,
        "body": """<p>Surgery can play a part in treating some cancers. For pleural mesothelioma, its role is limited and still debated. This guide explains the main operations and what recent research found, so you can talk it through with your care team.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Major surgery is an option for only a small number of people with pleural mesothelioma.</li>
<li>The two main operations are pleurectomy/decortication, which keeps the lung, and extrapleural pneumonectomy, which removes it.</li>
<li>In the MARS 2 trial, people who had surgery plus chemotherapy did not live longer than people who had chemotherapy alone. They also had more serious problems.</li>
<li>If surgery is offered, ask for the view of an expert mesothelioma team.</li>
</ul>
<h2>Why surgery is hard for mesothelioma</h2>
<p>Pleural mesothelioma starts in the pleura, the thin lining around the lungs and inside the chest wall. It does not usually grow as one lump. It spreads like a thin sheet over a large area. So even a skilled surgeon cannot remove every cancer cell. Surgery may take out all the cancer that can be seen, but some cells are almost always left behind. That is why surgery is combined with other treatments.</p>
<h2>Types of surgery</h2>
<ul>
<li><strong>Pleurectomy/decortication (P/D).</strong> The surgeon removes the pleura and the cancer on it. Your lung stays in place. In an <em>extended</em> P/D, the surgeon also removes part of the diaphragm or the pericardium. The diaphragm is the muscle under your lungs that helps you breathe. The pericardium is the sac around your heart. These are then rebuilt with a patch.</li>
<li><strong>Extrapleural pneumonectomy (EPP).</strong> The surgeon removes the whole lung on that side, along with the pleura and parts of the diaphragm and pericardium. This is a very large operation. A small UK study called MARS, published in 2011, suggested that EPP did not help people live longer and might cause harm. Few centers do it today.</li>
<li><strong>Smaller procedures to ease symptoms.</strong> Fluid often builds up around the lung and makes it hard to breathe. Doctors can drain it, seal the space with a powder (pleurodesis), or place a small tube you can drain at home. Our guide on palliative care explains these.</li>
</ul>
<h2>What the MARS 2 trial found</h2>
<p>MARS 2 was a large study in the UK. It was published in 2024. It included 335 people whose cancer surgeons thought they could remove. Everyone first had 2 rounds of chemotherapy. Then half had surgery, mostly extended P/D, followed by more chemotherapy. The other half had more chemotherapy only.</p>
<p>People who had surgery did not live longer. In the first 2 years, they did somewhat worse. They also had more serious complications and more side effects. Some surgeons have questioned whether the study chose the right people for surgery. This debate is still going on. But the results have made many experts more careful about offering major surgery.</p>
<h2>Who might still be considered for surgery?</h2>
<p>Your care team may talk about surgery if most of these are true:</p>
<ul>
<li>The cancer is at an early stage and is only on one side of the chest.</li>
<li>It is the epithelioid cell type. Guidelines generally do not advise major surgery for the sarcomatoid type.</li>
<li>Your heart and lungs are strong enough for a big operation and the recovery.</li>
<li>You can be treated at a center that does many of these operations, often as part of a clinical trial.</li>
</ul>
<p>The choice is best made by a team. This should include a thoracic (chest) surgeon, a medical oncologist and a radiation oncologist. Getting a second opinion is common and reasonable.</p>
<h2>Risks and recovery</h2>
<p>Major chest surgery carries real risks. These include air leaks from the lung, bleeding, infection, pneumonia, blood clots and an uneven heartbeat. Most people stay in the hospital for many days. Full recovery can take months.</p>
<p>Questions you might ask:</p>
<ul>
<li>What would surgery add to my other treatment? What could I lose?</li>
<li>How many of these operations does your team do each year?</li>
<li>Is there a clinical trial I could join?</li>
</ul>""",
        "references": [
            MARS_2,
            {
                "citation": "Treasure T, Lang-Lazdunski L, Waller D, et al. Extra-pleural pneumonectomy versus no extra-pleural pneumonectomy for patients with malignant pleural mesothelioma: clinical outcomes of the Mesothelioma and Radical Surgery (MARS) randomised feasibility study. Lancet Oncol. 2011;12(8):763-772.",
                "url": "https://doi.org/10.1016/S1470-2045(11)70149-8",
                "doi": "10.1016/S1470-2045(11)70149-8",
                "pmid": "",
            },
            {**ASCO_2025},
            {**NCI_PDQ_PATIENT},
        ],
        "related": ["chemotherapy-pemetrexed-platinum", "joining-a-clinical-trial"],
    },
    # ------------------------------------------------------------------ radiation
    {
        "slug": "radiation-therapy-for-mesothelioma",
        "title": "Radiation therapy for mesothelioma: when it helps and what to expect",
        "summary": "Radiation is most often used to ease pain and other symptoms of mesothelioma. Learn when it is used, what the research shows, and what treatment and side effects are like.",
        "category": "radiation-therapy",
        "tags": ["Pleural mesothelioma", "Radiation", "Side effects"],
        "author": "rachel-morgan",
        "reviewer": "lena-fischer",
        "status": "published",
        "days_since_published": 410,
        "days_since_reviewed": 400,
        "body": """<p>Radiation therapy uses high-energy beams, like strong x-rays, to kill cancer cells in one part of the body. For mesothelioma, it is used in a few specific ways. This guide explains when it can help and what it is like.</p>
<p><strong>Key points</strong></p>
<ul>
<li>For mesothelioma, radiation is most often used to ease pain and other symptoms.</li>
<li>Short courses of one to ten sessions are common for symptom relief.</li>
<li>Radiation after surgery is sometimes used, mostly at expert centers or in clinical trials.</li>
<li>Most people no longer get routine radiation to the spots where a needle or tube went in.</li>
</ul>
<h2>What radiation therapy is</h2>
<p>Most radiation for mesothelioma comes from a large machine outside your body. It aims beams at the area being treated. You lie still on a table for a few minutes. It does not hurt, and you will not be radioactive afterward. A doctor called a radiation oncologist plans and leads your treatment.</p>
<p>Mesothelioma is hard to treat with radiation alone. It spreads over a wide area of the pleura, the thin lining around the lungs. Important organs sit close by, such as the lungs, heart, food pipe and spinal cord. High doses to the whole area could harm them. So radiation is used with care and for clear goals.</p>
<h2>Radiation to ease symptoms</h2>
<p>This is the most common use. It is a form of palliative care, which means care that helps you feel better. Radiation can help with:</p>
<ul>
<li>Pain where the cancer grows into the chest wall</li>
<li>A lump you can see or feel under the skin</li>
<li>Cancer that has spread to a bone or another area and causes pain</li>
</ul>
<p>Experts advise short courses. This is often 1, 5 or 10 sessions. It may take a week or more before you notice less pain. You can have this kind of radiation along with other treatments, such as immunotherapy or chemotherapy. Ask your team how to time them.</p>
<h2>Radiation after surgery</h2>
<p>A few people have major surgery for mesothelioma. Afterward, radiation may be given to try to keep the cancer from coming back in the chest.</p>
<ul>
<li>After surgery that removes the whole lung, radiation to that side of the chest may be offered at expert centers.</li>
<li>After surgery that keeps the lung, a special method that shapes the beams may be used. It is called intensity-modulated radiation therapy (IMRT). Because it can harm the remaining lung, experts advise using it only at very experienced centers, ideally in a clinical trial.</li>
</ul>
<h2>Radiation to prevent growth at procedure sites</h2>
<p>Mesothelioma can sometimes grow along the path of a needle, chest tube or surgical cut. Doctors used to give radiation to these spots to try to prevent this. A UK study called SMART tested this in 203 people. Some got radiation right after their procedure. The others got it only if a lump appeared later.</p>
<p>Early radiation did not clearly lower the chance of a lump forming. Because of this, most people do not get it routinely now. Your team will check these areas at your visits. Tell them if you notice a new lump or pain near a scar.</p>
<h2>What to expect and side effects</h2>
<p>First you have a planning visit. You get a CT scan, and small marks are put on your skin to guide the beams. Then treatment is usually given once a day on weekdays.</p>
<p>Side effects depend on the area treated and the dose. They can include:</p>
<ul>
<li>Tiredness</li>
<li>Red, dry or sore skin, like a sunburn</li>
<li>A sore throat or pain when you swallow, if the beams pass near the food pipe</li>
<li>Nausea, if the area is near the stomach</li>
</ul>
<p>Weeks or months later, the lung can become swollen and sore. This is called radiation pneumonitis. After a short course to a small area, it is rare. After radiation to the whole side of the chest, it is more common and can be serious, which is one reason that treatment is given only at expert centers. Call your care team if you get a new cough, a fever or more trouble breathing.</p>
<p>Questions you might ask: What is the goal of radiation for me? How many sessions will I need? How will it fit with my other treatments?</p>""",
        "references": [
            {**ASCO_2025},
            {**ASCO_2018},
            {
                "citation": "Clive AO, Taylor H, Dobson L, et al. Prophylactic radiotherapy for the prevention of procedure-tract metastases after surgical and large-bore pleural procedures in malignant pleural mesothelioma (SMART): a multicentre, open-label, phase 3, randomised controlled trial. Lancet Oncol. 2016;17(8):1094-1104.",
                "url": "https://doi.org/10.1016/S1470-2045(16)30095-X",
                "doi": "10.1016/S1470-2045(16)30095-X",
                "pmid": "27345639",
            },
            NCI_RADIATION_THERAPY,
            {**NCI_PDQ_PATIENT},
        ],
        "related": ["palliative-care-and-living-well", "surgery-for-mesothelioma"],
    },
]
