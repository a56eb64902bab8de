"""Demo guides: practical help. Support for carers, and asbestos compensation and benefits.

Pure data, no Django imports. See FORMAT.md in this folder.
All wording is original. Each guide lists the sources its facts come from. Money, leave
and compensation rules differ by country, so each is named with its country. No amounts
of money are given: they change every year.
"""

MACMILLAN_MESO_COMPENSATION = {
    "citation": "Macmillan Cancer Support. Compensation and benefits for mesothelioma. London: Macmillan Cancer Support.",
    "url": "https://www.macmillan.org.uk/cancer-information-and-support/impacts-of-cancer/mesothelioma-compensation",
    "doi": "",
    "pmid": "",
}

GUIDES = [
    # ------------------------------------------------------------------
    {
        "slug": "support-for-carers",
        "title": "Support for carers: caring for someone with mesothelioma, and for yourself",
        "summary": "Practical help for family and friends who look after someone with mesothelioma: everyday tasks, talking with the care team, taking breaks, money and time off work, and support through grief.",
        "category": "living-with-mesothelioma",
        "tags": [
            "Caregivers",
            "Palliative care",
            "Benefits and compensation",
            "Grief and bereavement",
        ],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 32,
        "days_since_reviewed": 12,
        "body": """<p>A carer is a family member or friend who helps someone through an illness, without being paid. In the US, the word caregiver is more common. If you look after someone with mesothelioma, this guide is for you. It covers daily tasks, talking with the care team, taking breaks, money and work, and support when you grieve.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Carers do many jobs, from rides to appointments to watching for changes in health.</li>
<li>The care team usually needs the patient's OK before they share health details with you.</li>
<li>Your own health matters too. Breaks help you keep going.</li>
<li>Help with money and time off work is different in each country. Ask early.</li>
<li>You do not have to face grief alone. Support is there before and after a death.</li>
</ul>
<h2>What carers do</h2>
<p>Many people with cancer get much of their care at home. Family and friends often fill the gaps. Caring can mean:</p>
<ul>
<li>Helping with medicines, meals, and washing</li>
<li>Driving to visits and keeping track of dates</li>
<li>Dealing with bills, insurance, and forms</li>
<li>Watching for changes in how the person feels, and telling the team</li>
<li>Giving comfort, and helping with hard choices</li>
</ul>
<p>No one can do all of this alone. Share the jobs out. A friend might shop, and a neighbor might give a lift.</p>
<h2>Tips for everyday life</h2>
<ul>
<li>Keep one notebook or phone note with all medicines, doses, and questions for the team.</li>
<li>Write down who to call in the day, at night, and at weekends.</li>
<li>Keep a list of the problems the team wants to hear about right away, such as a fever or new trouble breathing.</li>
<li>Ask a nurse to show you any task you are not sure about, such as helping with a drain at home.</li>
</ul>
<h2>Talking with the care team</h2>
<p>Doctors and nurses must keep health details private. This is called confidentiality. In most cases they need the person's permission, or consent, to share details with you.</p>
<p>In the US, a privacy law called HIPAA lets the team talk with family or friends who help with care. The patient must agree, or at least not object. In England, NHS guidance says staff need the patient's clear consent before they share details with an unpaid carer. Other countries have their own rules.</p>
<p>So sort this out early. The person you care for can tell the team that they may talk to you. Ask the team to write this in the notes. Also ask how the person can name someone to speak for them if they become too ill to decide.</p>
<p>Even without consent, you can still tell the team what worries you. Staff can listen. They may just not be able to tell you everything back.</p>
<h2>Looking after yourself</h2>
<p>Caring can wear you out in body and mind. Many carers feel worried, sad, or guilty, and put their own health last. But carers need help and support too.</p>
<ul>
<li>Keep your own doctor visits. Tell your doctor that you are a carer.</li>
<li>Try to eat well, move a little each day, and sleep when you can.</li>
<li>Say yes when people offer help. Keep a short list of jobs they could do.</li>
<li>Talk to someone: a friend, a counselor, a support group, or a helpline.</li>
</ul>
<p>If you feel hopeless, or you cannot cope, tell your own doctor. These feelings are common, and there is help.</p>
<h2>Taking a break</h2>
<p>A short break from caring, while someone else takes over, is called respite. It might be a few hours a week, a good night's sleep, or a short stay for the person in a care home or hospice. A break does not mean you care less. It helps you keep going.</p>
<ul>
<li><strong>UK:</strong> Ask the local council for a carer's assessment. This is a free talk about what you need as a carer, and it can lead to help such as breaks. In Scotland it is called an adult carer support plan.</li>
<li><strong>US:</strong> The National Family Caregiver Support Program pays for help such as counseling and respite through local agencies. It is mainly for people who care for an older adult.</li>
<li><strong>Other countries:</strong> Ask the hospital social worker or nurse what help there is near you.</li>
</ul>
<h2>Money and time off work</h2>
<p>Rules on money and leave differ a lot between countries, and they change. Check official websites, or ask a social worker or benefits adviser.</p>
<ul>
<li><strong>US:</strong> The Family and Medical Leave Act (FMLA) lets many workers take up to 12 weeks of unpaid leave a year. They can use it to care for a spouse, child, or parent with a serious illness. Your job is protected while you are away. Not everyone qualifies. It depends on how long you have worked there, your hours, and the size of the employer.</li>
<li><strong>UK:</strong> Carer's Allowance is a regular payment if you care for someone for at least 35 hours a week and they get certain disability benefits. You do not have to be related or live together. In Scotland, Carer Support Payment has replaced it. Since April 2024, a law called the Carer's Leave Act also gives employees up to one week of unpaid carer's leave a year. It covers England, Scotland and Wales, but not Northern Ireland.</li>
<li><strong>Other countries:</strong> Ask a social worker about carer payments and leave.</li>
</ul>
<p>Mesothelioma is often caused by asbestos at work. If so, the person you care for, and later the family, may be able to claim compensation. Our guide on compensation and benefits explains more.</p>
<h2>Grief, and where to find support</h2>
<p>Grief can start before a death. You may grieve the plans you had, or feel sad as the illness changes the person. This is called anticipatory grief. It is normal.</p>
<p>After a death, most people cope with grief over time. Some have very strong grief that does not ease. If that happens to you, talk to your doctor. Treatment and counseling can help.</p>
<p>In the UK, a death from mesothelioma must be reported to the coroner (in Scotland, the procurator fiscal). This is because the illness is often linked to work. There is usually an inquest, an official inquiry into the cause of death, and sometimes a post-mortem. This does not usually delay the funeral.</p>
<p>Places to turn:</p>
<ul>
<li><strong>UK:</strong> Mesothelioma UK has specialist nurses and a free helpline for patients and families, on 0800 169 2409. The Macmillan Support Line is free on 0808 808 00 00.</li>
<li><strong>US:</strong> The National Cancer Institute answers questions at 1-800-4-CANCER (1-800-422-6237).</li>
<li><strong>Everywhere:</strong> Ask the hospital or hospice team about support groups for carers and for grief, in person or online.</li>
</ul>
<h2>Questions to ask the care team</h2>
<ul>
<li>Can you write in the notes that you may talk to me?</li>
<li>Which changes should I call you about right away?</li>
<li>Who do I call at night and at weekends?</li>
<li>Is there a social worker who can help with money, benefits, and forms?</li>
<li>What help is there for me, as a carer?</li>
</ul>""",
        "references": [
            {
                "citation": "Macmillan Cancer Support. Coroner's inquest and mesothelioma. (The death must be reported to the coroner, the procurator fiscal in Scotland; an inquest does not usually delay the funeral; the coroner decides if a post-mortem is needed.)",
                "url": "https://www.macmillan.org.uk/cancer-information-and-support/mesothelioma/coroner",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "PDQ Supportive and Palliative Care Editorial Board. Informal Caregivers in Cancer (PDQ®)–Patient Version. Bethesda, MD: National Cancer Institute.",
                "url": "https://www.cancer.gov/about-cancer/coping/family-friends/family-caregivers-pdq",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "National Academies of Sciences, Engineering, and Medicine; Schulz R, Eden J, eds. Families Caring for an Aging America. Washington (DC): National Academies Press; 2016. Appendix H: HIPAA and Caregivers' Access to Information.",
                "url": "https://ncbi.nlm.nih.gov/books/NBK396411",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "NHS England Transformation Directorate. Sharing information with unpaid carers. (Information governance guidance.)",
                "url": "https://transform.england.nhs.uk/information-governance/guidance/sharing-information-with-unpaid-carers/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Nottinghamshire Healthcare NHS Foundation Trust. Guide to carers and confidentiality. (Confidentiality does not stop staff from receiving information from carers.)",
                "url": "https://nottinghamshirehealthcare.nhs.uk/iev-guide-to-carers-and-confidentiality",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Marie Curie. Carer's assessment. London: Marie Curie.",
                "url": "https://www.mariecurie.org.uk/help/support/benefits-entitlements/carers/assessments",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Independent Age. Getting a carer's assessment. (Called an Adult Carer Support Plan in Scotland.)",
                "url": "https://www.independentage.org/get-advice/family-friends-and-carers/support-for-carers/getting-a-carers-assessment",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Carers Trust. Respite care.",
                "url": "https://www.carers.org/help-directory/respite-care",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Administration for Community Living. The Administration for Community Living: supporting those who care for others. (National Family Caregiver Support Program.) Washington, DC: U.S. Department of Health and Human Services.",
                "url": "https://acl.gov/news-and-events/acl-blog/administration-community-living-supporting-those-who-care-others",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "U.S. Department of Labor, Wage and Hour Division. Family and Medical Leave Act (FMLA).",
                "url": "https://www.dol.gov/agencies/whd/fmla",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Benefits.gov. Family and Medical Leave Act (FMLA): program requirements.",
                "url": "https://www.benefits.gov/benefit/5895",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "GOV.UK. Carer's Allowance. London: Department for Work and Pensions.",
                "url": "https://www.gov.uk/carers-allowance",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Social Security Scotland. Carer Support Payment has replaced Carer's Allowance in Scotland.",
                "url": "https://www.socialsecurity.gov.scot/news-events/news/carer-support-payment-has-replaced-carers-allowance-in-scotland",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Hospice UK. Carer's Leave Act 2023 (in force from 6 April 2024): one week of unpaid leave a year for employees.",
                "url": "https://www.hospiceuk.org/compassionate-employers/ce-hub/for-hr/carers-leave-act",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Macmillan Cancer Support. Mesothelioma: information for carers. (Includes the inquest after a death from mesothelioma.)",
                "url": "https://www.macmillan.org.uk/information-and-support/mesothelioma/pleural-mesothelioma/coping/information-for-carers",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "PDQ Supportive and Palliative Care Editorial Board. Grief, Bereavement, and Coping With Loss (PDQ®)–Patient Version. Bethesda, MD: National Cancer Institute.",
                "url": "https://www.cancer.gov/about-cancer/advanced-cancer/caregivers/planning/bereavement-pdq",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Mesothelioma UK. Support for patients and families, including specialist nurses and a freephone helpline.",
                "url": "https://www.mesothelioma.uk.com/",
                "doi": "",
                "pmid": "",
            },
        ],
        "related": ["palliative-care-and-living-well", "compensation-and-benefits"],
    },
    # ------------------------------------------------------------------
    {
        "slug": "compensation-and-benefits",
        "title": "Asbestos compensation and benefits: what you and your family may be able to claim",
        "summary": "Mesothelioma is usually caused by asbestos, so many people and families can claim money. Learn about benefits, compensation schemes and legal claims in the US, UK and Australia, and why to get advice early.",
        "category": "living-with-mesothelioma",
        "tags": ["Benefits and compensation", "Asbestos", "Caregivers"],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 58,
        "days_since_reviewed": 10,
        "body": """<p>Most mesothelioma is caused by breathing in asbestos, often at work, many years ago. Because of this, many people with mesothelioma can get money to help them and their family. This is often called asbestos compensation. This guide explains the main options in the US, the UK, and Australia. It is general information, not legal advice.</p>
<p><strong>Key points</strong></p>
<ul>
<li>You may be able to get benefits from the state and compensation. Often you can get more than one kind.</li>
<li>There are strict time limits. Get advice soon after diagnosis.</li>
<li>Use a lawyer (in the UK, a solicitor) who has handled many asbestos cases.</li>
<li>Family members can often claim after the person has died.</li>
<li>The rules are different in each country, and sometimes in each state.</li>
</ul>
<h2>Why you may be able to claim</h2>
<p>Asbestos is a natural mineral made of tiny fibers. It was once used a lot in building, shipyards, and factories. In the UK, more than 9 in 10 men and more than 8 in 10 women with mesothelioma have been in contact with asbestos. Some people do not know how they came into contact with it.</p>
<p>Because the illness is so often caused by asbestos, the law in many countries lets people claim. A claim is a formal request for money. It may go to the government, to a fund, or to the company that exposed you. Benefits are payments from the state. Compensation is money paid because someone was harmed. Some people breathed in asbestos at home, for example when they washed a worker's dusty clothes. They may be able to claim too.</p>
<h2>First steps for everyone</h2>
<ul>
<li>Write down every job you have had, with dates and what you did. Note any time you may have been near asbestos.</li>
<li>Keep copies of letters from your doctors that confirm the diagnosis.</li>
<li>Contact a support group or a specialist lawyer early, even if you are not sure you can claim. First advice is often free.</li>
<li>Tell your care team that you are making a claim. They may need to write a letter or report.</li>
</ul>
<h2>In the United States</h2>
<p>There are several routes. A lawyer can tell you which ones fit you.</p>
<ul>
<li><strong>Asbestos trust funds.</strong> Many firms went bankrupt because of asbestos claims. The courts let them set up trusts. These are funds that pay people who were harmed, now and in the future. A 2011 US government report counted 60 of these trusts. Each trust has its own rules about whom it pays.</li>
<li><strong>Lawsuits.</strong> You may be able to sue companies that are still in business, such as makers of asbestos products. There are time limits to file.</li>
<li><strong>Workers' compensation.</strong> Each state runs its own program for workers who are hurt or made sick by their job. It can help pay for medical care and lost income. The rules differ by state.</li>
<li><strong>VA benefits for veterans.</strong> Some veterans breathed in asbestos while they served, and later got a related illness. They may get VA disability compensation. Contact the Department of Veterans Affairs (VA), or a veterans service officer, to file a claim.</li>
</ul>
<p>Be careful of anyone who pushes you to sign fast. Before you sign, ask how the lawyer is paid and what share of any money they keep.</p>
<h2>In the United Kingdom</h2>
<p>In the UK, there are state benefits, government lump sums, and civil claims. A lump sum is a single, one-off payment. You may be able to get more than one.</p>
<ul>
<li><strong>Industrial Injuries Disablement Benefit (IIDB).</strong> A regular payment if you came into contact with asbestos at work as an employee. It does not depend on your savings or income. You cannot get it for work you did while self-employed. People with mesothelioma get the highest rate.</li>
<li><strong>Pneumoconiosis etc. (Workers' Compensation) Act 1979.</strong> A lump sum for people who get IIDB, if the employer has stopped trading and you have not had compensation from them. You must claim within 12 months of being awarded IIDB.</li>
<li><strong>The 2008 diffuse mesothelioma scheme.</strong> A lump sum for people who cannot claim under the 1979 Act. This includes people who were self-employed, or who breathed in asbestos at home. You must claim within 12 months of diagnosis.</li>
<li><strong>Diffuse Mesothelioma Payment Scheme (DMPS).</strong> For people diagnosed on or after 25 July 2012. It is for asbestos at work in the UK, when you cannot trace the employer or the company that insured it. You must apply within 3 years of diagnosis.</li>
<li><strong>Civil claim.</strong> A legal claim against the employer, or its insurer. In England and Wales, a court claim usually has to start within 3 years. The clock starts at diagnosis, or when you first knew the illness was linked to asbestos.</li>
<li><strong>Armed forces.</strong> Veterans with mesothelioma caused by service before April 2005 can claim through the War Pensions Scheme. They can choose a lump sum or regular payments.</li>
</ul>
<p>One payment can change what you get from another, and from other benefits. A specialist solicitor or a local asbestos support group can help you claim in the right order. Mesothelioma UK and the Macmillan Support Line (0808 808 00 00) can help you find them.</p>
<h2>In Australia and other countries</h2>
<p>Rules differ by country, and in Australia by state. In New South Wales, icare's Dust Diseases Care helps people who got a dust disease, such as mesothelioma, from work in the state. Claims for damages, which means money from those to blame, go to a special court called the Dust Diseases Tribunal. Other states have their own rules. In other countries, ask your care team or a cancer charity where to get advice.</p>
<h2>Time limits: act early</h2>
<p>Every route has deadlines, and some are only 12 months. Many start from the date of diagnosis, not from when you came into contact with asbestos. If you miss a deadline, you may not be able to claim at all. So get advice soon, even if you feel unsure. A lawyer can do most of the work while you focus on your treatment.</p>
<h2>Claims by family after a death</h2>
<p>If the person has died, the family may still be able to claim. In the UK, dependants, such as a husband, wife, or partner, can apply to the government lump sum schemes and the DMPS. In England and Wales, the person's estate, meaning everything they left, can also bring a civil claim, usually within 3 years of the death. Other countries have their own rules, so ask a lawyer. Keep the person's work history and medical letters safe.</p>
<h2>Questions to ask a lawyer or adviser</h2>
<ul>
<li>How many mesothelioma or asbestos cases have you handled?</li>
<li>Which benefits, schemes, and claims can I make, and in what order?</li>
<li>What are my deadlines?</li>
<li>How are you paid? Will I owe anything if the claim fails?</li>
<li>Can my family carry on the claim if I die?</li>
<li>How much of my time will this take, and can you work around my treatment?</li>
</ul>""",
        "references": [
            {
                "citation": "Cancer Research UK. Risks and causes of mesothelioma. (In the UK, more than 9 in 10 men and more than 8 in 10 women with mesothelioma have been in contact with asbestos.)",
                "url": "https://www.cancerresearchuk.org/about-cancer/mesothelioma/risks-causes",
                "doi": "",
                "pmid": "",
            },
            dict(MACMILLAN_MESO_COMPENSATION),
            {
                "citation": "Macmillan Cancer Support. Industrial Injuries Disablement Benefit. (The three lump sum schemes and their time limits.)",
                "url": "https://www.macmillan.org.uk/cancer-information-and-support/impacts-of-cancer/benefits-and-financial-support/industrial-injuries-disablement-benefit",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "GOV.UK. Industrial Injuries Disablement Benefit. London: Department for Work and Pensions.",
                "url": "https://www.gov.uk/industrial-injuries-disablement-benefit",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Hansard, House of Lords. Mesothelioma Lump Sum Payments (Conditions and Amounts) (Amendment) Regulations 2021. Volume 810, 10 February 2021. (The 1979 Act and the 2008 diffuse mesothelioma scheme.)",
                "url": "https://hansard.parliament.uk/Lords/2021-02-10/debates/0388886E-6BAA-4D48-8140-DB6BA7AB7B54/MesotheliomaLumpSumPayments(ConditionsAndAmounts)(Amendment)Regulations2021",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Hansard, House of Lords. Mesothelioma Lump Sum Payments (Conditions and Amounts) Regulations 2008. Volume 703, 7 July 2008. (The 1979 Act pays sufferers or their dependants; the 2008 scheme covers people not exposed at work, for example through a relative.)",
                "url": "https://hansard.parliament.uk/Lords/2008-07-07/debates/08070742000003/MesotheliomaLumpSumPayments(ConditionsAndAmounts)Regulations2008",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "GOV.UK. Diffuse Mesothelioma Payment Scheme. London: Department for Work and Pensions.",
                "url": "https://www.gov.uk/diffuse-mesothelioma-payment",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Diffuse Mesothelioma Payment Scheme. Glossary and useful links. (Eligible dependants; full employment history.)",
                "url": "https://www.mesoscheme.org.uk/glossary-useful-links/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "British Lung Foundation. Mesothelioma: specialist legal support. (Time limits; specialist solicitors; asbestos support groups.)",
                "url": "https://www.blf.org.uk/support-for-you/mesothelioma/support/specialist-legal-support",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Lexology. Limitation Act 1980 and asbestos claims. (Three years from injury or date of knowledge; three years from death for the estate.)",
                "url": "https://www.lexology.com/library/detail.aspx?g=458cb0b2-b429-4ebf-8d70-fdfc4e2fed6e",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Ministry of Defence. Fair compensation for veterans with cancer caused by asbestos. GOV.UK news story. (War Pensions Scheme; service before 6 April 2005.)",
                "url": "https://www.gov.uk/government/news/fair-compensation-for-veterans-with-cancer-caused-by-asbestos",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "U.S. Government Accountability Office. Asbestos Injury Compensation: The Role and Administration of Asbestos Trusts. GAO-11-819. Washington, DC: GAO; September 2011.",
                "url": "https://gao.gov/products/gao-11-819",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "American Public Health Association. The critical need to reform workers' compensation. Policy statement, 2018. (State-based programs; each state regulates its own.)",
                "url": "https://apha.org/policies-and-advocacy/public-health-policy-statements/policy-database/2018/01/18/the-critical-need-to-reform-workers-compensation",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "U.S. Department of Veterans Affairs. Asbestos exposure: disability benefits.",
                "url": "https://www.va.gov/disability/eligibility/hazardous-materials-exposure/asbestos/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Dust Diseases Tribunal of New South Wales. icare. (icare's Dust Diseases Care and the Tribunal are separate.)",
                "url": "https://dustdiseasestribunal.nsw.gov.au/content/dcj/ctsd/ddt/dust-diseases-tribunal-home/how-the-tribunal-works0/icare.html",
                "doi": "",
                "pmid": "",
            },
        ],
        "related": ["support-for-carers", "palliative-care-and-living-well"],
    },
]
