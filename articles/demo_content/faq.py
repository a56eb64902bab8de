"""Frequently asked questions for the demo site.

Pure data, no Django imports. See FORMAT.md for the entry format.
Entries are listed in reading order within each category.
"""

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
<p>That does not mean one is better for everyone. Some people do just as well with chemotherapy. Some get chemotherapy and immunotherapy together. The best choice depends on your cell type, your health and what matters most to you. Ask your care team which option fits you, and why.</p>""",
    },
    {
        "question": "How does immunotherapy work against mesothelioma?",
        "slug": "how-immunotherapy-works",
        "category": "immunotherapy",
        "guide": "immunotherapy-checkpoint-inhibitors",
        "answer": """<p>Your immune system is your body's defense against germs and some cancer cells. It has built-in brakes, called checkpoints, that keep it from attacking healthy tissue. Cancer cells can use these brakes to hide.</p>
<p>The immunotherapy drugs used for mesothelioma are called checkpoint inhibitors. They block those brakes, so your immune cells can find and attack the cancer. Nivolumab (Opdivo), ipilimumab (Yervoy) and pembrolizumab (Keytruda) are examples. You get them through a drip into a vein.</p>
<p>Immunotherapy does not work for everyone, and it can take a few months to see if it is helping. Your care team will check with scans.</p>""",
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
    },
    # ------------------------------------------------------------------
    # Chemotherapy
    # ------------------------------------------------------------------
    {
        "question": "Will I lose my hair?",
        "slug": "hair-loss",
        "category": "chemotherapy",
        "guide": "chemotherapy-pemetrexed-platinum",
        "answer": """<p>Most people do not lose all their hair with the main chemotherapy for mesothelioma. This is pemetrexed given with cisplatin or carboplatin. Some people notice their hair gets thinner. Immunotherapy rarely causes hair loss.</p>
<p>Everyone is different, and other drugs can have other effects. If you get new drugs later, ask again.</p>
<p>If hair loss worries you, say so. It is a fair thing to care about. Your nurse can tell you what to expect from your own plan. They can also help you find wigs, scarves or hats, and tips for caring for your scalp.</p>""",
    },
    {
        "question": "Why do I need to take folic acid and vitamin B12 with pemetrexed?",
        "slug": "folic-acid-vitamin-b12",
        "category": "chemotherapy",
        "guide": "chemotherapy-pemetrexed-platinum",
        "answer": """<p>Pemetrexed works by blocking how cells use folate, a B vitamin. This harms cancer cells, but it can also harm healthy cells. Taking folic acid and vitamin B12 lowers the risk of serious side effects, such as low blood counts, mouth sores and diarrhea.</p>
<p>Most people start folic acid pills about a week before the first dose and keep taking them every day until a few weeks after the last dose. You also get a B12 shot before you start, then about every 9 weeks. Most people also take steroid pills for a few days around each dose to prevent a skin rash.</p>
<p>Follow the exact plan your care team gives you. Do not stop early without asking them.</p>""",
    },
    {
        "question": "How often will I get chemotherapy, and for how long?",
        "slug": "chemotherapy-schedule",
        "category": "chemotherapy",
        "guide": "chemotherapy-pemetrexed-platinum",
        "answer": """<p>Chemotherapy is given in rounds, called cycles. For pemetrexed with cisplatin or carboplatin, each cycle is usually 3 weeks long. You get the drugs through a drip into a vein on the first day. Then you have time off so your body can recover.</p>
<p>Many people have 4 to 6 cycles, which takes about 3 to 4 months, or longer if a dose is delayed. Each visit may take a few hours, and longer with cisplatin because you need extra fluids.</p>
<p>Your team will check your blood before each cycle. They may delay a dose or change the plan if side effects build up. Ask your care team what schedule they suggest for you.</p>""",
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
    },
    {
        "question": "Should I get a second opinion before surgery?",
        "slug": "second-opinion-before-surgery",
        "category": "surgery",
        "guide": "surgery-for-mesothelioma",
        "answer": """<p>Many people do, and good doctors expect it. Mesothelioma is rare. Few hospitals treat a lot of people with it. A second opinion from a team that sees many cases can help you feel sure about your plan.</p>
<p>A second opinion is most useful before a big operation, because surgery is hard to undo. Ask the new team to look at your scans and biopsy, the tissue sample used to make the diagnosis.</p>
<p>Getting one does not have to delay care much. Your first team can send your records. Many insurance plans pay for a second opinion, but check with yours first.</p>""",
    },
    {
        "question": "What is HIPEC?",
        "slug": "what-is-hipec",
        "category": "surgery",
        "guide": None,
        "answer": """<p>HIPEC stands for hyperthermic intraperitoneal chemotherapy. That means heated chemotherapy washed through the belly during surgery. It is used for some people with peritoneal mesothelioma, which starts in the lining of the belly.</p>
<p>First, the surgeon removes as much tumor as they can see. This is called cytoreductive surgery. Then warm chemotherapy fluid is moved around inside the belly for a set time, and drained out.</p>
<p>This is a long operation with a long recovery. It is not right for everyone. It is done at a small number of specialist centers. Ask your care team if you might be a candidate and where it is offered.</p>""",
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
<p>Most ease a few weeks after treatment ends. Less often, the lung gets inflamed weeks or months later. Call your care team if you get a new cough, fever or shortness of breath.</p>""",
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
    },
    {
        "question": "Will I get a placebo instead of real treatment?",
        "slug": "placebo-in-trials",
        "category": "clinical-trials",
        "guide": "joining-a-clinical-trial",
        "answer": """<p>A placebo is a look-alike with no active drug in it, sometimes called a sugar pill. Cancer trials rarely give a placebo alone when a proven treatment exists.</p>
<p>In many trials, one group gets the new treatment and the other gets the usual, standard treatment. If a placebo is used, it is usually given on top of standard treatment. That way, everyone still gets care that is known to help.</p>
<p>You will be told before you join if a trial uses a placebo. You can also leave a trial at any time, for any reason. Ask the trial team to explain each group in plain words.</p>""",
    },
    {
        "question": "Does insurance pay for clinical trials?",
        "slug": "insurance-and-clinical-trials",
        "category": "clinical-trials",
        "guide": "joining-a-clinical-trial",
        "answer": """<p>Often, yes, for a large part of the costs. There are two kinds of costs in a trial:</p>
<ul>
<li><strong>Research costs</strong>, such as the study drug and tests done only for the study. The group running the trial usually pays these.</li>
<li><strong>Routine costs</strong>, such as doctor visits, scans and hospital stays you would need anyway. In the US, most health plans, including Medicare and Medicaid, must cover these for qualifying trials.</li>
</ul>
<p>You may still owe copays. Travel and time off work are often not covered, though some trials help. Before you join, ask the trial team and your insurer what you might pay.</p>""",
    },
    # ------------------------------------------------------------------
    # Living with mesothelioma
    # ------------------------------------------------------------------
    {
        "question": "What is the difference between pleural and peritoneal mesothelioma?",
        "slug": "pleural-vs-peritoneal",
        "category": "living-with-mesothelioma",
        "guide": None,
        "answer": """<p>The difference is where the cancer starts. Pleural mesothelioma starts in the pleura, the thin lining around the lungs. It is the most common type. It often causes shortness of breath, chest pain or a cough.</p>
<p>Peritoneal mesothelioma starts in the peritoneum, the lining of the belly. It is less common. It can cause belly swelling, pain or fluid in the belly.</p>
<p>Both are linked to asbestos, but they are treated differently. Some drugs are approved only for the pleural type. Some people with the peritoneal type may have surgery with heated chemotherapy. Ask your care team which type you have and what that means for your options.</p>""",
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
    },
    {
        "question": "Is palliative care the same as hospice?",
        "slug": "palliative-care-vs-hospice",
        "category": "living-with-mesothelioma",
        "guide": "palliative-care-and-living-well",
        "answer": """<p>No. Palliative care is extra support to help you feel better. It treats pain, breathlessness, tiredness and worry. You can get it at any stage, at the same time as chemotherapy, immunotherapy or other treatment. Many people with mesothelioma benefit from starting it early.</p>
<p>Hospice is a type of palliative care for the last months of life. It is for when treatment to control the cancer has stopped helping or you choose to stop it. In the US, Medicare covers hospice when a doctor expects that a person has 6 months or less to live.</p>
<p>Asking for palliative care does not mean giving up. Ask your care team for a referral.</p>""",
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
    },
]
