"""Demo guides: clinical trials, side effects, palliative care, HIPEC (draft),
and questions for the care team (scheduled).

Pure data, no Django imports. See FORMAT.md in this folder.
"""

from articles.demo_content.sources import (
    ASCO_IRAE_2021,
    CHECKMATE_743,
    CLINICALTRIALS_GOV,
    NCI_PALLIATIVE_CARE,
    NCI_PDQ_PATIENT,
    NCI_PDQ_PROFESSIONAL,
    NCI_SIDE_EFFECTS,
    NCI_WHAT_ARE_TRIALS,
    RESPECT_MESO,
    TIME2,
    YAN_2009,
)

GUIDES = [
    # ------------------------------------------------------------------
    {
        "slug": "joining-a-clinical-trial",
        "title": "Joining a clinical trial: what to know about mesothelioma research",
        "summary": "Clinical trials test new ways to treat mesothelioma. Learn how the phases of a trial work, how to find a study, and what to ask before you join.",
        "category": "clinical-trials",
        "tags": ["Clinical trials", "Pleural mesothelioma", "Peritoneal mesothelioma"],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 120,
        "days_since_reviewed": 30,
        "body": """<p>A clinical trial is a research study that tests a new way to find or treat a disease. Many of the mesothelioma treatments used today are here because people joined trials in the past. This guide explains how trials work, so you can decide if one might be right for you.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Trials test new treatments, or new ways to use the ones we have.</li>
<li>Trials move in steps called phases. Each phase asks a different question.</li>
<li>Joining is your choice, and you can leave at any time.</li>
<li>Ask your care team early if a trial could fit you.</li>
</ul>
<h2>What is a clinical trial?</h2>
<p>Before a new treatment reaches patients, it is studied in the lab. If it looks promising, it is then tested in people. Each trial follows a careful plan called a protocol. The protocol says who can join, what treatment people get, and which tests they need.</p>
<p>An ethics board must approve each trial. This is a group whose job is to protect the people in the study. Before you join, the team explains the study in detail. This step is called informed consent. You get time to read the form, ask questions, and talk with your family. Saying yes is always your choice.</p>
<h2>The phases of a trial</h2>
<p>New treatments are tested in steps called phases. Each phase has its own main question.</p>
<figure class="table"><table>
<thead><tr><th>Phase</th><th>Main question</th><th>Usual size</th></tr></thead>
<tbody>
<tr><td>Phase 1</td><td>Is it safe? What dose should be used?</td><td>A small group, often a few dozen people</td></tr>
<tr><td>Phase 2</td><td>Does it shrink or slow the cancer?</td><td>Often up to about 100 people</td></tr>
<tr><td>Phase 3</td><td>Does it work better than the current standard treatment?</td><td>Hundreds or thousands of people</td></tr>
<tr><td>Phase 4</td><td>What else do we learn once it is approved and widely used?</td><td>Many people, over a long time</td></tr>
</tbody>
</table></figure>
<p>Here is a real example. A phase 3 trial called CheckMate 743 compared two immunotherapy drugs, nivolumab and ipilimumab, with chemotherapy. It included people with pleural mesothelioma, which starts in the pleura, the thin lining around the lungs. People who got the immunotherapy lived longer. The median survival was 18.1 months, compared with 14.1 months with chemotherapy. The median is the middle value: half of people lived longer than this, and half did not. In October 2020, the FDA approved the drug pair based on this trial.</p>
<p>Many phase 3 trials put people into groups by chance, like a coin toss. This is called randomization. One group gets the new treatment, and the other gets the standard one. In cancer treatment trials, a placebo, or fake medicine, is rarely used alone when a proven treatment exists.</p>
<h2>Possible benefits and risks</h2>
<ul>
<li>You may get a new treatment before it is widely available.</li>
<li>A research team checks on you closely.</li>
<li>You help people who get mesothelioma in the future.</li>
</ul>
<p>There are also downsides. A new treatment may not work better than the standard one. It may cause side effects that no one knows about yet. A trial can also mean more visits, more tests, or travel.</p>
<h2>How to find a trial</h2>
<p>Start by asking your cancer doctor. You can also search <a href="https://clinicaltrials.gov/">ClinicalTrials.gov</a>, a free list of studies run by the US government. Type "mesothelioma" and your city or state. The National Cancer Institute (NCI) also offers a free help line at 1-800-4-CANCER (1-800-422-6237).</p>
<p>Each trial has rules about who can join. These are called eligibility criteria. They may include your type of mesothelioma, the treatments you have had, and your general health. Mesothelioma is rare, so many trials take place at large cancer centers. Joining one may mean travel.</p>
<h2>Questions to ask before you join</h2>
<ul>
<li>What is this trial trying to learn?</li>
<li>What treatment would I get, and how is it given?</li>
<li>What side effects could I have?</li>
<li>How many visits and tests will I need?</li>
<li>Who pays for the treatment, the tests, and travel?</li>
<li>What happens if I want to stop?</li>
<li>What are my other choices if I do not join?</li>
</ul>
<p>Bring a family member or friend to help you listen and take notes. There is no wrong answer. Whatever you decide, your care team will keep caring for you.</p>""",
        "references": [
            CLINICALTRIALS_GOV,
            NCI_WHAT_ARE_TRIALS,
            CHECKMATE_743,
        ],
        "related": ["nivolumab-ipilimumab-first-line", "managing-side-effects"],
    },
    # ------------------------------------------------------------------
    {
        "slug": "managing-side-effects",
        "title": "Managing side effects of chemotherapy and immunotherapy",
        "summary": "Learn about common side effects of mesothelioma chemotherapy and immunotherapy, how your care team treats them, and when to call right away.",
        "category": "living-with-mesothelioma",
        "tags": ["Side effects", "Checkpoint inhibitors", "Chemotherapy"],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 350,
        "days_since_reviewed": 345,
        "body": """<p>Treatment for mesothelioma can help control the cancer. It can also cause side effects. Most side effects can be treated, and they are easier to treat when they are found early. Your care team wants to hear from you, even about small changes.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Chemotherapy side effects often follow a pattern after each dose.</li>
<li>Immunotherapy side effects can start at any time, even months after treatment ends.</li>
<li>Call your care team right away about a fever, new breathing problems, or diarrhea.</li>
<li>Do not stop or change a medicine on your own.</li>
</ul>
<h2>Side effects of chemotherapy</h2>
<p>Chemotherapy, or chemo, uses drugs to kill cancer cells. For mesothelioma, a common mix is pemetrexed with cisplatin or carboplatin. Chemo also harms some healthy cells. This can cause:</p>
<ul>
<li>Feeling very tired</li>
<li>Nausea (an upset stomach) or throwing up</li>
<li>Mouth sores</li>
<li>Low blood counts, which raise the risk of infection and bleeding</li>
<li>A skin rash</li>
<li>Numbness or tingling in the hands or feet, or ringing in the ears, mostly with cisplatin</li>
</ul>
<p>To lower side effects from pemetrexed, you will take folic acid, a B vitamin, by mouth. You will also get vitamin B12 shots. Your team may give you a steroid medicine around each dose to help prevent a rash. Take these just as your team tells you. Medicines given before and after chemo can also help prevent nausea.</p>
<h2>Side effects of immunotherapy</h2>
<p>Checkpoint inhibitors, such as nivolumab (Opdivo) and ipilimumab (Yervoy), help your immune system attack cancer. Your immune system is your body's defense against germs. Sometimes it becomes too active and attacks healthy parts of the body. These are called immune-related side effects. They can affect almost any organ. Examples include:</p>
<ul>
<li>Skin: rash or itching</li>
<li>Bowels: diarrhea or belly pain. This may be colitis, or swelling of the colon.</li>
<li>Lungs: a new cough or shortness of breath. This may be pneumonitis, or swelling of the lungs.</li>
<li>Liver: yellow skin or eyes, or dark urine</li>
<li>Hormone glands, such as the thyroid: feeling very tired, weight change, headaches, or dizziness</li>
<li>Joints: pain or stiffness</li>
</ul>
<p>These side effects can start during treatment or months after it ends. Many are mild. Some can become serious if they are not treated.</p>
<h2>How side effects are treated</h2>
<p>For chemo, your team may lower your dose, delay a treatment, or give you medicines for nausea or infection. For immune-related side effects, your team may pause your immunotherapy. They often give steroid medicines, such as prednisone, to calm the immune system. Some people need other medicines too. If a gland like the thyroid stops working well, you may need hormone pills for the rest of your life. Some people can restart immunotherapy once a side effect is under control. Your team will decide this with you.</p>
<h2>When to call your care team</h2>
<p>Call right away, day or night, if you have:</p>
<ul>
<li>A fever of 100.4°F (38°C) or higher, or shaking chills</li>
<li>A new or worse cough, or shortness of breath</li>
<li>Diarrhea, more bowel movements than usual, or blood in your stool</li>
<li>Yellow skin or eyes, or very dark urine</li>
<li>A bad headache, confusion, or changes in your vision</li>
<li>Feeling very weak, dizzy, or faint</li>
<li>Throwing up, or not being able to keep fluids down</li>
</ul>
<p>Call 911 if you have chest pain or severe trouble breathing.</p>
<p>Ask your team for a number to call after hours. Keep a list of your cancer medicines with you. If you go to an emergency room, tell the staff that you get immunotherapy. Some immune side effects look like other illnesses, so this helps them treat you the right way.</p>
<h2>Tips for everyday life</h2>
<ul>
<li>Keep a short diary of how you feel each day.</li>
<li>Drink plenty of fluids and eat small meals often.</li>
<li>Wash your hands often to lower your risk of infection.</li>
<li>Rest when you need to, and take short walks if you can.</li>
<li>Ask your team before you take any new medicine, vitamin, or herbal product.</li>
</ul>""",
        "references": [
            ASCO_IRAE_2021,
            NCI_SIDE_EFFECTS,
            dict(NCI_PDQ_PATIENT),
        ],
        "related": [
            "immunotherapy-checkpoint-inhibitors",
            "chemotherapy-pemetrexed-platinum",
        ],
    },
    # ------------------------------------------------------------------
    {
        "slug": "palliative-care-and-living-well",
        "title": "Palliative care and living well with mesothelioma",
        "summary": "Palliative care eases symptoms and stress at any stage of mesothelioma, alongside cancer treatment. Learn about help for breathlessness, fluid around the lung, and emotional support.",
        "category": "living-with-mesothelioma",
        "tags": ["Palliative care", "Breathlessness", "Pleural effusion", "Caregivers"],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 45,
        "days_since_reviewed": 9,
        "body": """<p>Palliative care is extra support for people with a serious illness. It focuses on easing symptoms, such as pain and breathlessness, and on lowering stress. It also supports your family. You can get palliative care at any stage of mesothelioma, at the same time as treatment for the cancer.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Palliative care is not the same as hospice. You can have it while you get cancer treatment.</li>
<li>Breathlessness can often be eased with simple steps and medicines.</li>
<li>Fluid around the lung can be drained, and there are ways to keep it from coming back.</li>
<li>Support for your feelings, and for your family, is part of good care.</li>
</ul>
<h2>What palliative care is, and what it is not</h2>
<p>A palliative care team may include doctors, nurses, social workers, and chaplains. They work together with your cancer doctors. Many people think palliative care is only for the end of life. That is hospice, which is one kind of palliative care. Palliative care itself can start as soon as you are diagnosed.</p>
<p>Should you see a palliative care team early, even before you have many symptoms? The research is mixed. In one well-known study of 151 people with advanced lung cancer, those who saw a palliative care team soon after diagnosis reported better quality of life and less depression. But a study in mesothelioma itself, called RESPECT-Meso, found something different. It included 174 people in the UK and Australia who had just been diagnosed with pleural mesothelioma. Regular visits with a palliative care team from the start did not improve quality of life after 12 weeks, compared with usual care. Most people in that study were already seen by a specialist mesothelioma team and nurse, who gave much of this support.</p>
<p>So the best time to add a palliative care team depends on you. If symptoms such as pain, breathlessness, or worry are hard to manage, ask for a referral at any stage. You do not have to wait.</p>
<h2>Easing breathlessness</h2>
<p>Mesothelioma often causes shortness of breath, and it can feel scary. These steps may help:</p>
<ul>
<li>Sit up and lean forward a little, with your arms resting on a table or pillow.</li>
<li>Hold a small handheld fan near your face.</li>
<li>Breathe in through your nose. Then breathe out slowly through pursed lips, as if blowing out a candle.</li>
<li>Plan your day. Do harder tasks when you have the most energy, and rest in between.</li>
</ul>
<p>Medicines can help too. A low dose of an opioid, such as morphine, can ease the feeling of breathlessness. Your team will choose the dose and watch for side effects. Extra oxygen helps some people, mostly those whose oxygen level is low.</p>
<h2>Fluid around the lung</h2>
<p>Mesothelioma can cause fluid to build up between the lung and the chest wall. This is called a pleural effusion. The fluid presses on the lung and makes breathing hard. A doctor can drain it with a thin needle. This often helps quickly, but the fluid tends to come back.</p>
<p>To keep the fluid away longer, there are two main options:</p>
<ul>
<li><strong>Talc pleurodesis:</strong> After draining the fluid, a doctor puts sterile talc powder into the chest. This makes the lung stick to the chest wall, so fluid has less space to collect. It usually means a few days in the hospital.</li>
<li><strong>Indwelling pleural catheter:</strong> A thin, soft tube is placed in the chest, with one end outside the skin. You or a family member can drain the fluid at home, with help from a nurse.</li>
</ul>
<p>A UK study called TIME2 compared these two options in 106 people with fluid caused by cancer. Both eased breathlessness about the same over the first six weeks. People with the catheter spent less time in the hospital, and fewer of them needed another procedure. But they had more side effects, such as infections. The best choice depends on your health, your lung, and what matters most to you. Talk it through with your team.</p>
<h2>Support for your feelings and your family</h2>
<p>It is normal to feel worried, sad, or angry. Talking about it can help. Your team can connect you with a counselor, a social worker, or a support group. Some groups meet online, which helps if you live far from a cancer center.</p>
<p>Caregivers need care too. If you help someone with mesothelioma, ask about support for yourself. Let others help with meals, rides, or errands. A palliative care team can also help you talk about your wishes and plan ahead. This includes choosing a person who can make health decisions for you if you are not able to.</p>""",
        "references": [
            {
                "citation": "Temel JS, Greer JA, Muzikansky A, et al. Early palliative care for patients with metastatic non-small-cell lung cancer. N Engl J Med. 2010;363(8):733-742. (Study in lung cancer, not mesothelioma.)",
                "url": "https://doi.org/10.1056/NEJMoa1000678",
                "doi": "10.1056/NEJMoa1000678",
                "pmid": "20818875",
            },
            RESPECT_MESO,
            TIME2,
            {
                "citation": "Hui D, Bohlke K, Bao T, et al. Management of dyspnea in advanced cancer: ASCO guideline. J Clin Oncol. 2021. (Recommends fans and breathing techniques first, then opioids by mouth when these are not enough.)",
                "url": "https://doi.org/10.1200/JCO.20.03465",
                "doi": "10.1200/JCO.20.03465",
                "pmid": "",
            },
            NCI_PALLIATIVE_CARE,
        ],
        "related": ["managing-side-effects", "radiation-therapy-for-mesothelioma"],
    },
    # ------------------------------------------------------------------
    {
        "slug": "peritoneal-mesothelioma-surgery-hipec",
        "title": "Surgery with heated chemotherapy (HIPEC) for peritoneal mesothelioma",
        "summary": "Some people with peritoneal mesothelioma may be able to have surgery to remove visible tumor, followed by heated chemotherapy inside the belly. Learn what it involves and who may be a candidate.",
        "category": "surgery",
        "tags": ["Peritoneal mesothelioma", "HIPEC", "Surgery"],
        "author": "rachel-morgan",
        "reviewer": "lena-fischer",
        "status": "draft",
        "days_since_published": None,
        "days_since_reviewed": None,
        "body": """<p>Peritoneal mesothelioma starts in the peritoneum, the thin lining inside the belly. It is less common than pleural mesothelioma, which starts in the lining around the lungs. For some people, a major operation combined with heated chemotherapy is an option. This guide explains what the treatment is and what to ask about it.</p>
<p><strong>Key points</strong></p>
<ul>
<li>The surgery aims to remove all the tumor the surgeon can see.</li>
<li>Heated chemotherapy is then washed through the belly during the same operation.</li>
<li>It is a long, major operation with a long recovery.</li>
<li>Not everyone is a candidate, and it is best done at an expert center.</li>
</ul>
<h2>What are cytoreductive surgery and HIPEC?</h2>
<p>The treatment has two parts, done in one operation.</p>
<p><strong>Cytoreductive surgery</strong> means surgery to remove as much tumor as possible. The goal is to take out all the tumor that can be seen. The surgeon may remove parts of the belly lining. They may also remove parts of some organs, such as the fatty tissue that hangs over the bowel or a piece of the bowel.</p>
<p><strong>HIPEC</strong> stands for hyperthermic intraperitoneal chemotherapy. Hyperthermic means heated. Intraperitoneal means inside the belly. After the tumor is removed, a warm chemotherapy liquid is pumped through the belly for a set time, often 60 to 90 minutes. The goal is to reach tiny cancer cells that the surgeon cannot see. The heat may help the drug work better.</p>
<h2>Who may be a candidate?</h2>
<p>This treatment is not right for everyone. A team of experts will look at many things, such as:</p>
<ul>
<li>Whether the cancer is mostly inside the belly and has not spread farther</li>
<li>Whether the surgeon thinks all or nearly all of the visible tumor can be removed</li>
<li>Your general health, and how well your heart, lungs, and kidneys work</li>
<li>The cell type of your mesothelioma. People with the epithelioid type tend to do better after this surgery.</li>
</ul>
<p>This surgery is complex, and peritoneal mesothelioma is rare. It is best done at a center that does many of these operations. You may want a second opinion from such a center.</p>
<h2>What to expect</h2>
<p>The operation often takes many hours. After it, you will likely spend time in intensive care and then more time in the hospital. In one large study of 405 people, the average hospital stay was about three weeks. Full recovery at home can take months.</p>
<p>This is major surgery, and serious problems can happen. They can include infection, bleeding, or a leak where the bowel was joined back together. In that same study, about 3 in 10 people had a serious complication. About 2 in 100 people died from problems linked to the surgery. Ask your surgeon about the risks at their own center.</p>
<h2>What the research shows</h2>
<p>Studies from expert centers report that some carefully chosen people lived for several years after this treatment. In the study above, half of the people lived more than four years (a median of 53 months). But these people were chosen because they were good candidates. The results do not come from randomized trials, which compare treatments fairly. So we cannot say exactly how much of the benefit comes from the treatment itself. Other treatments, such as chemotherapy or immunotherapy, may also be options. Ask your care team which choices fit your situation.</p>
<h2>Questions to ask your surgeon</h2>
<ul>
<li>Am I a candidate for this surgery? Why or why not?</li>
<li>How many of these operations does your team do each year?</li>
<li>What parts of my body might you need to remove?</li>
<li>What are the main risks for someone like me?</li>
<li>How long will I be in the hospital, and what will recovery be like?</li>
<li>What other treatments could I choose instead?</li>
</ul>""",
        "references": [
            dict(NCI_PDQ_PATIENT),
            NCI_PDQ_PROFESSIONAL,
            YAN_2009,
        ],
        "related": ["surgery-for-mesothelioma", "chemotherapy-pemetrexed-platinum"],
    },
    # ------------------------------------------------------------------
    {
        "slug": "questions-to-ask-your-care-team",
        "title": "Questions to ask your mesothelioma care team",
        "summary": "A list of questions to bring to your appointments, about your diagnosis, treatment choices, side effects, clinical trials, and support.",
        "category": "living-with-mesothelioma",
        "tags": ["Caregivers", "Clinical trials", "Side effects"],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "scheduled",
        "days_since_published": -5,
        "days_since_reviewed": 3,
        "body": """<p>Appointments can feel rushed, and it is easy to forget what you wanted to ask. A written list of questions can help. You do not need to ask them all at once. Pick the ones that matter most to you today, and save the rest for later.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Write your questions down before each visit.</li>
<li>Bring someone with you to listen and take notes.</li>
<li>It is OK to ask the team to explain something again.</li>
<li>Find out who to call with questions between visits.</li>
</ul>
<h2>Getting ready for your visit</h2>
<ul>
<li>Put your top three questions at the top of your list.</li>
<li>Bring a list of all your medicines, vitamins, and herbal products.</li>
<li>Bring a family member or friend to listen and take notes.</li>
<li>Ask if you may record the talk on your phone.</li>
<li>If you need an interpreter, ask for one. Many hospitals offer this at no cost.</li>
</ul>
<h2>Questions about your diagnosis</h2>
<ul>
<li>Where did the mesothelioma start: in the lining around the lungs, in the belly, or somewhere else?</li>
<li>What cell type is it? For example, it may be epithelioid, sarcomatoid, or biphasic. What does that mean for me?</li>
<li>What stage is it, and has it spread?</li>
<li>Do I need more tests? What will they tell us?</li>
</ul>
<h2>Questions about treatment</h2>
<p>Treatment for mesothelioma aims to control the cancer, help you live longer, and help you feel better. The best plan depends on many things, so the answers will be different for each person.</p>
<ul>
<li>What are my treatment choices?</li>
<li>What is the goal of each one? Is it to control the cancer, help me live longer, ease symptoms, or a mix?</li>
<li>What are the likely benefits and risks for someone like me?</li>
<li>How will we know if the treatment is working?</li>
<li>Is there a clinical trial that could fit me?</li>
<li>Should I get a second opinion at a center that treats many people with mesothelioma?</li>
<li>What would happen if I chose not to have treatment?</li>
</ul>
<h2>Questions about side effects and daily life</h2>
<ul>
<li>Which side effects are most common with this treatment?</li>
<li>Which problems mean I should call you right away?</li>
<li>Who do I call at night or on weekends?</li>
<li>Can I keep working, driving, and doing my usual activities?</li>
<li>Are there foods, medicines, or supplements I should avoid?</li>
</ul>
<h2>Questions about support</h2>
<ul>
<li>Can I meet with a palliative care team to help with symptoms?</li>
<li>Is there a social worker who can help with costs, insurance, or travel?</li>
<li>Are there support groups for people with mesothelioma, or for caregivers?</li>
<li>Who can help me plan ahead and share my wishes about my care?</li>
</ul>
<h2>After your visit</h2>
<p>Read over your notes while the talk is still fresh in your mind. If something is not clear, call the office or send a message through your patient portal. Your care team expects questions. Asking them helps you make choices that fit your life and your goals.</p>""",
        "references": [
            {
                "citation": "National Cancer Institute. Questions to Ask Your Doctor about Treatment. Bethesda, MD: National Cancer Institute.",
                "url": "https://www.cancer.gov/about-cancer/treatment/questions",
                "doi": "",
                "pmid": "",
            },
            dict(NCI_PDQ_PATIENT),
        ],
        "related": ["joining-a-clinical-trial", "palliative-care-and-living-well"],
    },
]
