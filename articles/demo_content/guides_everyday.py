"""Demo guides for everyday life with mesothelioma: pain control, breathlessness and
eating well (all published, category living-with-mesothelioma).

Pure data, no Django imports. See FORMAT.md in this folder.
All wording is our own. Each guide lists the sources its facts come from; an
identifier (DOI, PMID) is given only where it was checked, and left empty otherwise.
Author and reviewer keys name fictional sample people.
"""

from articles.demo_content.sources import (
    NCI_PALLIATIVE_CARE,
    TIME2,
)

_MESO_UK = {
    "citation": "Mesothelioma UK. Information and support: symptoms and controlling them (pain; loss of appetite and weight loss; breathlessness). Leicester, UK: Mesothelioma UK.",
    "url": "https://www.mesothelioma.uk.com/",
    "doi": "",
    "pmid": "",
}

_ASCO_DYSPNEA = {
    "citation": "Hui D, Bohlke K, Bao T, et al. Management of Dyspnea in Advanced Cancer: ASCO Guideline. J Clin Oncol. 2021. (Fans and other non-drug measures first; opioids when these are not enough; oxygen not advised for people whose oxygen level is normal.)",
    "url": "https://doi.org/10.1200/JCO.20.03465",
    "doi": "10.1200/JCO.20.03465",
    "pmid": "",
}

_NHS_SOB = {
    "citation": "NHS. Shortness of breath (when to call 999 and when to contact NHS 111).",
    "url": "https://www.nhs.uk/conditions/shortness-of-breath/",
    "doi": "",
    "pmid": "",
}

_ACS_SOB = {
    "citation": "American Cancer Society. Shortness of Breath. Atlanta, GA: American Cancer Society.",
    "url": "https://www.cancer.org/cancer/managing-cancer/side-effects/shortness-of-breath.html",
    "doi": "",
    "pmid": "",
}

_PEMETREXED_PFIZER = {
    "citation": "Pfizer. Pemetrexed Injection: patient information, How is Pemetrexed Injection given? (Folic acid every day and vitamin B12 injections during treatment.)",
    "url": "https://www.pfizermedical.com/patient/pemetrexed-0/how-is-pemetrexed-injection-given",
    "doi": "",
    "pmid": "",
}


GUIDES = [
    # ------------------------------------------------------------------ pain
    {
        "slug": "pain-control",
        "title": "Pain control with mesothelioma: medicines, myths and other options",
        "summary": "Mesothelioma can cause pain in the chest, shoulder or belly. Learn how pain medicines are used step by step, the facts about morphine, how to manage side effects, and what else can help.",
        "category": "living-with-mesothelioma",
        "tags": ["Pain", "Palliative care", "Pleural mesothelioma", "Side effects"],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 62,
        "days_since_reviewed": 14,
        "body": """<p>Pain is common with mesothelioma. But in most cases it can be eased. This guide explains why mesothelioma can hurt, which medicines help, and what else your care team can do.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Most pain from mesothelioma can be controlled with the right mix of medicines.</li>
<li>Take your pain medicine as prescribed. There is no need to wait until the pain is bad.</li>
<li>Addiction is rare when strong pain medicines are used for cancer pain as prescribed.</li>
<li>Strong pain medicines cause constipation, so most people also need a laxative.</li>
<li>Radiation, nerve procedures and palliative care teams can help when medicines are not enough.</li>
</ul>
<h2>Why mesothelioma can hurt</h2>
<p>Pleural mesothelioma grows in the pleura, the thin lining around the lungs. The pain is often on one side of the chest. It may spread to the shoulder or back. It can feel dull and dragging, a bit like a toothache. Moving or taking a deep breath can make it worse.</p>
<p>The cancer can grow into the chest wall, the ribs and the nerves that run between them. Pain from damaged nerves is called nerve pain, or neuropathic pain. It often needs different medicines from other pain. In peritoneal mesothelioma, which starts in the lining of the belly, pain is often in the belly.</p>
<h2>Pain medicines, step by step</h2>
<p>Doctors often follow a step-by-step plan first set out by the World Health Organization. It is sometimes called the pain ladder.</p>
<ol>
<li><strong>Simple pain medicines.</strong> For milder pain, this may be paracetamol (called acetaminophen in the US) or an anti-inflammatory medicine such as ibuprofen.</li>
<li><strong>Opioids.</strong> If simple medicines are not enough, an opioid is added. Opioids are strong pain medicines. Morphine is the best known. Others include oxycodone and fentanyl, which can be given as a skin patch. If your pain is bad from the start, your doctor may start here.</li>
<li><strong>Extra medicines.</strong> At any step, your doctor may add other medicines or treatments, such as medicines for nerve pain.</li>
</ol>
<p>Anti-inflammatory medicines are not safe for everyone. They can affect the kidneys, heart and stomach. Ask your team before you take them, especially during chemotherapy.</p>
<p>Morphine is often started as a quick-acting liquid or tablet. After a few days, your doctor may switch you to a slow-release form that you take once or twice a day. You will also have a quick-acting dose for pain that breaks through between regular doses. This is called breakthrough pain.</p>
<h3>Medicines for nerve pain</h3>
<p>Nerve pain may not go away fully with opioids. Other medicines can calm the nerves. Examples include gabapentin, pregabalin, amitriptyline and duloxetine. If one does not help, your doctor can try another.</p>
<h2>Myths about morphine and other opioids</h2>
<p><strong>"I will get addicted."</strong> Addiction is unlikely when opioids are taken for cancer pain as prescribed. Your body can get used to the medicine. This is expected, and it is not addiction. But it is why you should not stop an opioid suddenly. Talk to your team first. If you have had problems with drugs or alcohol in the past, tell your team so they can plan your care safely.</p>
<p><strong>"I should save morphine for later, when the pain is really bad."</strong> There is no need to wait. If pain gets very bad before you treat it, it is harder to control. If your pain grows over time, the dose can be raised. For some strong pain medicines, there is no fixed top dose. Your doctor can also switch you to a different opioid. There are many options.</p>
<p><strong>"Being given morphine means my cancer is worse."</strong> Not by itself. Doctors use morphine for severe pain from many causes. What matters is having the right medicine at the right dose for your pain. If your pain gets better, your dose can be lowered.</p>
<h2>Side effects and how to manage them</h2>
<ul>
<li><strong>Constipation.</strong> Almost everyone who takes strong opioids gets constipated. Your team should offer you a laxative, a medicine that helps you poo. Keep taking it as advised. Drinking fluids and gentle activity can help too.</li>
<li><strong>Sleepiness.</strong> You may feel drowsy when you start an opioid or when the dose goes up. This usually wears off. Do not drive if you feel sleepy or your dose has just changed. Driving laws differ between countries, so ask your team what applies to you.</li>
<li><strong>Feeling sick.</strong> Nausea often fades after a few days. Ask about anti-sickness medicine if it does not.</li>
<li><strong>Confusion.</strong> Tell your team if you or your family notice confusion.</li>
</ul>
<p>Do not drink alcohol or take sleeping pills with opioids unless your doctor says it is safe. Store your medicines safely, and never share them.</p>
<h2>Radiation for a painful spot</h2>
<p>Radiation therapy can ease pain where the cancer grows into the chest wall. In a UK study of 40 people with pleural mesothelioma, about 1 in 3 had clearly less pain 5 weeks after a one-week course. Side effects were few. A later UK trial in 110 people compared the usual dose with a higher dose. The higher dose did not clearly ease pain better. Both doses had few side effects.</p>
<h2>Nerve blocks and cordotomy</h2>
<p>A nerve block is an injection that stops a nerve from sending pain signals.</p>
<p>For severe pain that is hard to control, a few specialist centres offer a procedure called a cordotomy. A doctor passes a special needle into the neck. Heat from the needle switches off the fine nerve fibres in the spinal cord that carry pain. A review in 2014 found 9 small studies with 160 people. Most people had good pain relief. Some had side effects such as headache or weakness, and these mostly did not last. The research is still limited.</p>
<p>Cordotomy is offered in only a few places, so you may need to travel. At one UK centre, a palliative care doctor makes the referral. You are then seen in a clinic to check if it suits you. Ask your team whether it is available where you live.</p>
<h2>Palliative care and pain teams</h2>
<p>Palliative care teams are experts in easing pain and other symptoms. You can see them at any stage, at the same time as cancer treatment. Some hospitals also have pain clinics for pain that is hard to control. Ask for a referral if your pain is not well controlled.</p>
<h2>When to call your care team</h2>
<p>Call your team right away if:</p>
<ul>
<li>You have new pain, or your pain gets worse</li>
<li>Your medicines are not easing your pain</li>
<li>You are very sleepy or confused, or your breathing feels slow or shallow</li>
<li>Your constipation does not get better with laxatives</li>
</ul>
<p>Call 911 in the US, 999 in the UK, or your local emergency number if you have chest pain or severe trouble breathing.</p>""",
        "references": [
            {
                "citation": "MacLeod N, Klepstad P, Fallon M, Laird B. Pain Management in Mesothelioma. Rep Radiother Oncol. 2015;2(3):e3835.",
                "url": "https://doi.org/10.17795/rro-3835",
                "doi": "10.17795/rro-3835",
                "pmid": "",
            },
            dict(_MESO_UK),
            {
                "citation": "PDQ Supportive and Palliative Care Editorial Board. Cancer Pain (PDQ®)–Patient Version. Bethesda, MD: National Cancer Institute.",
                "url": "https://www.cancer.gov/about-cancer/treatment/side-effects/pain/pain-pdq",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "American Cancer Society. Opioids for Cancer Pain. Atlanta, GA: American Cancer Society.",
                "url": "https://www.cancer.org/cancer/managing-cancer/side-effects/pain/cancer-pain/opioid-pain-medicines-for-cancer-pain.html",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Macmillan Cancer Support. Common questions about painkillers. London, UK: Macmillan Cancer Support.",
                "url": "https://www.macmillan.org.uk/cancer-information-and-support/impacts-of-cancer/pain/painkillers-frequently-asked-questions",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Pancreatic Cancer UK. Common concerns about opioid painkillers. London, UK: Pancreatic Cancer UK.",
                "url": "https://www.pancreaticcancer.org.uk/information/managing-symptoms-and-side-effects/managing-pancreatic-cancer-pain/common-concerns-about-opioid-painkillers/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "National Institute for Health and Care Excellence (NICE). Palliative care for adults: strong opioids for pain relief (CG140). Information for the public: managing side effects.",
                "url": "https://www.nice.org.uk/guidance/cg140/ifp/chapter/managing-side-effects",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "National Institute for Health and Care Excellence (NICE). Neuropathic pain in adults: pharmacological management in non-specialist settings (CG173). Information for the public.",
                "url": "https://nice.org.uk/guidance/cg173/ifp/chapter/All-types-of-neuropathic-pain-except-trigeminal-neuralgia",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Memorial Sloan Kettering Cancer Center. Managing Pain Medication Side Effects. New York, NY.",
                "url": "https://www.mskcc.org/cancer-care/diagnosis-treatment/symptom-management/pain-management/management-side-effects",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "MacLeod N, Chalmers A, O'Rourke N, et al. Is radiotherapy useful for treating pain in mesothelioma? A phase II trial. J Thorac Oncol. 2015;10(6):944-950. (SYSTEMS: 40 people, 20 Gy in 5 daily sessions; 14 had a clinically meaningful improvement in pain at 5 weeks.)",
                "url": "https://www.research.ed.ac.uk/en/publications/is-radiotherapy-useful-for-treating-pain-in-mesothelioma-a-phase-",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Cancer Research UK. A trial of higher dose radiotherapy to treat pain caused by mesothelioma (SYSTEMS-2). (110 people; usual dose over 1 week vs a higher dose over 2 weeks; both schedules tolerated with few side effects.)",
                "url": "https://www.cancerresearchuk.org/about-cancer/find-a-clinical-trial/a-trial-of-higher-dose-radiotherapy-to-treat-pain-caused-by-mesothelioma-systems-2",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "France BD, Lewis RA, Sharma ML, Poolman M. Cordotomy in mesothelioma-related pain: a systematic review. BMJ Support Palliat Care. 2014;4(1):19-29.",
                "url": "https://doi.org/10.1136/bmjspcare-2013-000508",
                "doi": "10.1136/bmjspcare-2013-000508",
                "pmid": "",
            },
            {
                "citation": "Mesothelioma UK. Cordotomy services: Beatson West of Scotland Cancer Centre. (Referral by a palliative medicine consultant; assessment clinic before the procedure.)",
                "url": "https://www.mesothelioma.uk.com/about-us/what-we-fund/services/cordotomy-services/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Macmillan Cancer Support. Supportive therapies for peritoneal mesothelioma. (Pain that is hard to control may be managed at a specialist pain clinic.)",
                "url": "https://www.macmillan.org.uk/information-and-support/mesothelioma/peritoneal-mesothelioma/treating/supportive-therapies/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "NHS. Side effects of morphine (constipation and laxatives, sleepiness, confusion, driving).",
                "url": "https://nhs.uk/medicines/morphine/side-effects-of-morphine",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Cancer Institute NSW. Pain (managing pain; severe pain that is not relieved by your regular medicines). Sydney, Australia.",
                "url": "https://www.cancer.nsw.gov.au/about-cancer/types-of-cancer/general-cancer-information/treatment/side-effects/pain",
                "doi": "",
                "pmid": "",
            },
            dict(NCI_PALLIATIVE_CARE),
            dict(_ACS_SOB),
            dict(_NHS_SOB),
        ],
        "related": [
            "radiation-therapy-for-mesothelioma",
            "palliative-care-and-living-well",
        ],
    },
    # ------------------------------------------------------------------ breathlessness
    {
        "slug": "breathlessness",
        "title": "Breathlessness with mesothelioma: causes and ways to breathe easier",
        "summary": "Feeling short of breath is common with mesothelioma. Learn what causes it, how fluid around the lung is drained, simple things that help, which medicines may help, and when to get emergency help.",
        "category": "living-with-mesothelioma",
        "tags": [
            "Breathlessness",
            "Pleural effusion",
            "Palliative care",
            "Pleural mesothelioma",
        ],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 38,
        "days_since_reviewed": 10,
        "body": """<p>Feeling short of breath is one of the most common symptoms of pleural mesothelioma. It can be frightening. But there are many ways to ease it. Some treat the cause. Others help you cope with the feeling. This guide covers both.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Breathlessness has many possible causes, and some of them can be treated.</li>
<li>Fluid around the lung can be drained, and there are ways to keep it from coming back.</li>
<li>A handheld fan, breathing techniques and pacing yourself help many people.</li>
<li>Opioids such as morphine can ease the feeling of breathlessness.</li>
<li>Extra oxygen mainly helps people whose oxygen level is low. It is not advised just for the feeling of breathlessness.</li>
<li>Call your emergency number if breathlessness is sudden or severe.</li>
</ul>
<h2>What causes breathlessness?</h2>
<p>Often there is more than one cause. Your team will look for the ones they can treat.</p>
<ul>
<li><strong>Fluid around the lung.</strong> Mesothelioma can make fluid build up between the two layers of the pleura, the lining around the lung. This is called a pleural effusion. The fluid presses on the lung, so it cannot fill with air.</li>
<li><strong>The tumour itself.</strong> The pleura can become thick and stiff, like a rind around the lung. Then the lung cannot open fully. This is sometimes called a trapped lung.</li>
<li><strong>Anaemia.</strong> This means a low number of red blood cells, which carry oxygen. Cancer or its treatment can cause it. Treating the anaemia can help you feel less breathless.</li>
<li><strong>Infection.</strong> A chest infection, such as pneumonia, makes breathing harder.</li>
<li><strong>Anxiety.</strong> Feeling anxious can make your muscles tense and your breathing worse.</li>
<li><strong>Other causes.</strong> These include a blood clot, heart or lung problems, and side effects of treatment.</li>
</ul>
<p>In peritoneal mesothelioma, fluid can build up in the belly. This is called ascites. It can press up on the diaphragm, the muscle under the lungs, and make you breathless. A doctor can drain it.</p>
<h2>Draining fluid around the lung</h2>
<p>A doctor can drain the fluid with a thin needle or tube, after numbing the skin. This is called a pleural tap, or thoracentesis. It often helps quickly. But the fluid tends to come back. There are two main ways to keep it away longer.</p>
<ul>
<li><strong>Talc pleurodesis.</strong> After the fluid is drained, sterile talc powder is put into the space around the lung. The two layers of the pleura then stick together, so fluid has no space to collect. The talc can go in through a chest tube or during a camera procedure called a thoracoscopy. You will usually stay in the hospital for a night or a few days.</li>
<li><strong>Indwelling pleural catheter.</strong> A thin, soft tube stays in your chest, with one end outside the skin. You, a family member or a nurse can drain the fluid at home.</li>
</ul>
<p>A UK study called TIME2 compared these two options in 106 people with fluid on the lung caused by different cancers. Both eased breathlessness about the same. People with the catheter spent less time in the hospital, but they had more side effects, such as infections. Talk with your team about which fits you best.</p>
<h2>Things you can do yourself</h2>
<ul>
<li><strong>Use a handheld fan.</strong> Point it at your face. Guidelines advise trying this first.</li>
<li><strong>Find a good position.</strong> Sit and lean forward, with your forearms resting on your thighs or a table. Or stand and lean forward on a wall or a counter. In bed, sit up with pillows behind your back.</li>
<li><strong>Try pursed-lip breathing.</strong> Breathe in through your nose. Then breathe out slowly through pursed lips, as if you were about to whistle. Let the breath out take longer than the breath in.</li>
<li><strong>Try tummy breathing.</strong> Put your hands on your tummy. Let it rise as you breathe in and fall as you breathe out.</li>
<li><strong>Pace yourself.</strong> Plan your day and set small goals. Rest before you get too tired. Sit down whenever you can.</li>
</ul>
<p>Practise the breathing techniques when you are not breathless. Then they are easier to use when you need them. A physiotherapist or occupational therapist can teach you. Ask your team for a referral.</p>
<h2>Medicines that can help</h2>
<p>If a fan and breathing techniques are not enough, guidelines say doctors should offer an opioid, such as morphine. Opioids are best known for pain, but they can also ease the feeling of being out of breath. Your team will choose a safe dose and watch for side effects, such as sleepiness and constipation.</p>
<p>Other medicines depend on the cause. For example, you may get antibiotics for an infection. A steroid can help some people, and inhalers help if you also have asthma or COPD. If anxiety keeps making your breathing worse, a calming medicine may sometimes be added.</p>
<h2>Does oxygen help?</h2>
<p>Extra oxygen can help some people whose blood oxygen level is low. If your oxygen level is normal, guidelines do not advise oxygen just for the feeling of breathlessness. Your team can check your oxygen level and tell you if oxygen could help you.</p>
<h2>Breathlessness and anxiety</h2>
<p>Breathlessness and fear often feed each other. When you feel anxious, your muscles get tense and your breathing gets faster. That can make you feel even more short of breath. Feeling breathless is upsetting, but people do not suffocate from the feeling itself. Still, it can be a sign of a problem that needs care, especially if it comes on quickly.</p>
<p>Having a plan helps. Keep your fan close. Use a good position and your breathing technique. Remind yourself that the feeling will ease. If worry is hard to manage, tell your team. Counselling, relaxation and palliative care teams can help.</p>
<h2>When to get help</h2>
<p>Call 911 in the US, 999 in the UK, or your local emergency number if:</p>
<ul>
<li>You have severe trouble breathing, such as gasping or not being able to get words out</li>
<li>Shortness of breath starts suddenly and does not get better</li>
<li>Your chest feels tight or heavy, or pain spreads to your arms, back, neck or jaw</li>
<li>Your lips or skin turn very pale, blue or grey</li>
<li>You suddenly feel confused</li>
<li>You are coughing up more than a few spots or streaks of blood</li>
</ul>
<p>Contact your care team soon, the same day if you can, if:</p>
<ul>
<li>You are more short of breath than usual</li>
<li>You cough up a few spots or streaks of blood</li>
<li>You have pain or swelling in one leg</li>
</ul>""",
        "references": [
            dict(_ASCO_DYSPNEA),
            {
                "citation": "NHS. Coughing up blood (blood in phlegm). (A few spots or streaks: an urgent GP appointment or NHS 111; more than that, or with trouble breathing: 999.)",
                "url": "https://www.nhs.uk/conditions/coughing-up-blood/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Kloke M, Cherny N; ESMO Guidelines Committee. Treatment of dyspnoea in advanced cancer patients: ESMO Clinical Practice Guidelines. Ann Oncol. 2015;26(Suppl 5):v169-v173.",
                "url": "https://doi.org/10.1093/annonc/mdv306",
                "doi": "10.1093/annonc/mdv306",
                "pmid": "",
            },
            {
                "citation": "Cancer Research UK. Anaemia, chest infection and other causes of breathlessness.",
                "url": "https://about-cancer.cancerresearchuk.org/about-cancer/coping/physically/breathing-problems/causes-of-breathlessness/other-causes",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Cancer Council Victoria. Mesothelioma: treatment for symptoms (breathlessness, trapped lung, ascites). Melbourne, Australia.",
                "url": "https://www.cancervic.org.au/cancer-information/cancer-types/cancer_types/mesothelioma/treatment-mesothelioma.html",
                "doi": "",
                "pmid": "",
            },
            dict(_MESO_UK),
            {
                "citation": "Cancer Research UK. Treatment for fluid on the lung (pleurodesis).",
                "url": "https://www.cancerresearchuk.org/about-cancer/mesothelioma/treatment/fluid-lung-pleurodesis",
                "doi": "",
                "pmid": "",
            },
            dict(TIME2),
            {
                "citation": "Macmillan Cancer Support. Supportive therapies for peritoneal mesothelioma (ascites can cause breathlessness and can be drained).",
                "url": "https://www.macmillan.org.uk/information-and-support/mesothelioma/peritoneal-mesothelioma/treating/supportive-therapies/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Macmillan Cancer Support. Managing and treating breathlessness (positions and breathing techniques).",
                "url": "https://www.macmillan.org.uk/cancer-information-and-support/impacts-of-cancer/breathlessness/managing-and-treating-breathlessness",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Cancer Research UK. Breathing and relaxation techniques.",
                "url": "https://www.cancerresearchuk.org/about-cancer/coping/physically/breathing-problems/treatment/breathing-relaxation-techniques",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Cancer Council SA. Mesothelioma: managing symptoms (fatigue and pacing, breathlessness). Adelaide, Australia.",
                "url": "https://www.cancersa.org.au/cancer-a-z/mesothelioma/managing-symptoms-/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "University Hospitals Sussex NHS Foundation Trust. Morphine for use in breathlessness (patient information).",
                "url": "https://www.uhsussex.nhs.uk/resources/morphine-for-use-in-breathlessness/",
                "doi": "",
                "pmid": "",
            },
            dict(_ACS_SOB),
            dict(_NHS_SOB),
        ],
        "related": ["palliative-care-and-living-well", "pain-control"],
    },
    # ------------------------------------------------------------------ eating well
    {
        "slug": "eating-well",
        "title": "Eating well with mesothelioma: appetite, weight and taste changes",
        "summary": "Mesothelioma and its treatment can change your appetite, weight and sense of taste. Practical tips on small meals, extra protein and calories, nutrition drinks, mouth problems and supplements.",
        "category": "living-with-mesothelioma",
        "tags": ["Nutrition", "Side effects", "Peritoneal mesothelioma", "Caregivers"],
        "author": "rachel-morgan",
        "reviewer": "samuel-adeyemi",
        "status": "published",
        "days_since_published": 21,
        "days_since_reviewed": 21,
        "body": """<p>Many people with mesothelioma find it hard to eat as much as before. You may not feel hungry, or food may taste different. You may lose weight without trying. This is common, and it is not your fault. This guide shares practical tips, and explains when to ask for help.</p>
<p><strong>Key points</strong></p>
<ul>
<li>Loss of appetite and weight loss are common with mesothelioma and its treatment.</li>
<li>Small meals and snacks every few hours may be easier than three big meals.</li>
<li>Adding protein and calories to your food can help slow weight loss.</li>
<li>A dietitian can give you advice that fits your needs.</li>
<li>No special diet can cure cancer. Ask your team before you take any supplement.</li>
</ul>
<h2>Why eating can be hard</h2>
<p>There are many reasons:</p>
<ul>
<li><strong>The cancer itself.</strong> Mesothelioma can cause loss of appetite and weight loss. Some cancers make the body burn energy faster and break down fat and muscle, even when you eat well. This is called cachexia. It usually happens with advanced cancer.</li>
<li><strong>Treatment side effects.</strong> Nausea, mouth sores and taste changes can all make eating harder.</li>
<li><strong>Feelings.</strong> Worry and low mood can take away your appetite.</li>
<li><strong>Fluid in the belly.</strong> Peritoneal mesothelioma starts in the lining of the belly. It can cause fluid to build up there. This is called ascites. It can make your belly swell and make you feel bloated, sick or full after only a few bites. A doctor can drain the fluid to ease this.</li>
</ul>
<h2>Tips when you have little appetite</h2>
<ul>
<li>Eat small meals or snacks every few hours, instead of three large meals.</li>
<li>Keep easy snacks close by, such as cheese and crackers, yogurt, puddings or milkshakes.</li>
<li>Eat in a calm, comfortable place. Gentle activity, such as a short walk, may help your appetite.</li>
<li>Do not force yourself to eat when you feel sick or have no appetite.</li>
</ul>
<p>Family members often want to help by cooking. That is kind. But trying to force food on someone who feels sick or has no appetite does not help. Small amounts, offered often, tend to work better.</p>
<h2>Adding protein and calories</h2>
<p>Protein helps your body keep its muscles and repair itself. Calories give you energy. When you are losing weight, both matter. Your usual advice about healthy eating may change for a while. A dietitian may even suggest foods you would normally think of as less healthy.</p>
<ul>
<li>Add butter, cheese, cream or milk powder to soups, sauces, mashed potatoes and puddings.</li>
<li>Choose full-fat milk rather than low-fat kinds.</li>
<li>Include protein foods at meals, such as eggs, fish, meat, beans, lentils or tofu.</li>
<li>Try nourishing drinks, such as milkshakes or smoothies made with milk or yogurt.</li>
</ul>
<h3>Nutrition drinks and appetite medicines</h3>
<p>Nutrition drinks, sometimes called supplement drinks, add extra calories, and often protein too. Your doctor or dietitian may suggest them if you are losing weight. In the UK, a doctor can prescribe them. Some can also be bought in pharmacies or shops. Ask which kind suits you.</p>
<p>Sometimes doctors prescribe a medicine to boost appetite for a while, such as a steroid. Ask your team if this could help you.</p>
<h2>Taste changes, dry mouth and mouth sores</h2>
<p>Tastes often change during cancer and its treatment. Some people start to prefer sweeter foods. That is fine. Eat what appeals to you.</p>
<p>Oral thrush is a common mouth infection. It can change your taste and make your mouth sore. It may look like white patches. It is easy to treat, so tell your team if you notice it.</p>
<p><strong>If your mouth is dry:</strong></p>
<ul>
<li>Keep water close and take sips often through the day.</li>
<li>Choose moist foods with sauces or gravy.</li>
<li>Try ice chips, ice pops, chewing gum or hard sweets.</li>
<li>Avoid alcohol and mouthwashes that contain alcohol.</li>
</ul>
<p><strong>If your mouth is sore:</strong></p>
<ul>
<li>Choose soft foods, such as scrambled eggs, mashed potatoes, custard or porridge.</li>
<li>Avoid spicy, salty, sour or rough foods, such as citrus fruit or toast.</li>
<li>Drinks that are cool or at room temperature may feel better. A straw can help.</li>
<li>Ask your team about soothing mouthwashes or pain relief.</li>
</ul>
<h2>Supplements and "anti-cancer" diets</h2>
<p>You may read claims that a special diet can fight cancer. There is no special diet that can cure cancer. Strict diets that cut out whole food groups are not needed, and they can make it harder to get enough to eat. If you want to try a diet, talk it through with a dietitian first.</p>
<p>Always ask your team before you take any vitamin, herbal product or other supplement, even one you have taken for years. Some can change how cancer treatment works or add to its side effects. For example, St John's wort affects how the body clears many cancer drugs. Tell every doctor and pharmacist you see what you take.</p>
<p>Some vitamins are part of treatment. People who have pemetrexed chemotherapy take folic acid every day and have vitamin B12 shots. Take these exactly as your team tells you.</p>
<h2>Getting help from a dietitian</h2>
<p>A dietitian is a health professional who is trained in food and nutrition. They can look at what you eat, suggest changes and tell you if nutrition drinks could help. If you are losing weight, ask your cancer doctor, nurse or family doctor to refer you.</p>
<h2>When to call your care team</h2>
<ul>
<li>You keep losing weight without trying</li>
<li>You are being sick and cannot keep food or fluids down</li>
<li>Your mouth is so sore that you cannot eat or drink</li>
<li>You see white patches in your mouth</li>
<li>Your belly is getting bigger or feels tight and uncomfortable</li>
</ul>""",
        "references": [
            {
                "citation": "PDQ Supportive and Palliative Care Editorial Board. Nutrition in Cancer Care (PDQ®)–Patient Version. Bethesda, MD: National Cancer Institute.",
                "url": "https://www.cancer.gov/about-cancer/treatment/side-effects/appetite-loss/nutrition-pdq",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Macmillan Cancer Support. The building-up diet: changes to your appetite and weight. London, UK: Macmillan Cancer Support.",
                "url": "https://www.macmillan.org.uk/cancer-information-and-support/impacts-of-cancer/building-up-diet",
                "doi": "",
                "pmid": "",
            },
            dict(_MESO_UK),
            {
                "citation": "Mesothelioma UK. Managing symptoms of peritoneal mesothelioma (ascites, loss of appetite).",
                "url": "https://www.mesothelioma.uk.com/managing-symptoms-of-peritoneal-mesothelioma/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Macmillan Cancer Support. Supportive therapies for peritoneal mesothelioma (draining ascites; high-calorie supplements; steroids for appetite).",
                "url": "https://www.macmillan.org.uk/information-and-support/mesothelioma/peritoneal-mesothelioma/treating/supportive-therapies/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "World Cancer Research Fund UK. Weight loss (choosing foods high in calories and protein during cancer).",
                "url": "https://www.wcrf-uk.org/health-advice-and-support/living-with-cancer/common-cancer-side-effects/weight-loss/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "NHS Fife. Prehabilitation: problems with eating (eat little and often; nourishing drinks; dietitian referral).",
                "url": "https://www.nhsfife.org/services/all-services/cancer-services/prehabilitation/nutrition/problems-with-eating/",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Macmillan Cancer Support. Mouth problems and cancer (sore mouth, dry mouth, thrush).",
                "url": "https://www.macmillan.org.uk/cancer-information-and-support/impacts-of-cancer/mouth-problems",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Cancer Council Australia. Can eating according to a strict diet or eliminating certain foods cure cancer? (iheard).",
                "url": "https://www.cancer.org.au/iheard/can-eating-according-to-a-strict-diet-or-eliminating-certain-foods-cure-cancer",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Cancer.Net (American Society of Clinical Oncology). Taking Vitamins, Herbal Products, and Other Dietary Supplements During Cancer.",
                "url": "https://www.cancer.net/navigating-cancer-care/how-cancer-treated/integrative-medicine/taking-vitamins-herbal-products-and-other-dietary-supplements-during-cancer",
                "doi": "",
                "pmid": "",
            },
            {
                "citation": "Michigan Medicine Rogel Cancer Center. Herbal supplements: pharmacist's corner (St John's wort and chemotherapy).",
                "url": "https://www.mcancer.org/living-with-cancer/mind-body-and-side-effects/pharmacists-corner/herbal-supplements-pharmacists-corner",
                "doi": "",
                "pmid": "",
            },
            dict(_PEMETREXED_PFIZER),
        ],
        "related": ["managing-side-effects", "chemotherapy-pemetrexed-platinum"],
    },
]
