"""Static pages and the short disclaimer for the demo site.

Pure data, no Django imports. See FORMAT.md for the page format.
"""

DISCLAIMER_SHORT = (
    "This guide is for general information and is not medical advice. "
    "Please talk with your care team about what is right for you."
)

PAGES = [
    {
        "slug": "about",
        "title": "About this site",
        "body": """<p>This site explains mesothelioma treatment in plain language. It is for people with mesothelioma and for the family and friends who support them.</p>
<h2>Who we are</h2>
<p>We are a small team of nurses, doctors and health writers. We have cared for people with cancer, and we know how much there is to take in after a diagnosis. Our aim is to help you understand your options, so you can have clear talks with your care team.</p>
<h2>What you will find here</h2>
<p>Our guides cover the main kinds of treatment for mesothelioma: immunotherapy, chemotherapy, surgery and radiation therapy. We also write about clinical trials and about day-to-day life with mesothelioma, such as side effects, breathing problems and emotional support.</p>
<p>Every guide is written in plain language. We explain medical words the first time we use them. Every guide is also checked by a doctor before it goes live. You can read how we do this on our page called "How we write and review our guides."</p>
<p>Our guides cannot replace your own doctors and nurses. They know you and your health. We hope our guides help you ask good questions.</p>
<h2>About this demo site</h2>
<p>This is a demo version of the site. The writers and reviewers named here, such as Rachel Morgan, Samuel Adeyemi and Lena Fischer, are sample profiles. They are not real people. The medical facts in the guides are meant to be accurate, but please do not use this demo to make decisions about your care.</p>
<h2>Who publishes and pays for this site</h2>
<p>The team above writes, checks and publishes every page. No company, charity or law firm tells us what to write, and no one can pay to be mentioned. This demo site has no funding: it carries no advertising, sells nothing and collects no data to sell.</p>
<p>A site that uses this software should say here who publishes it and who pays for it, and whether any company that makes drugs or medical devices gives it money. Our page on how we write and review our guides explains how we keep our writing independent.</p>
<h2>Contact us</h2>
<p>We would like to hear from you. Our <a href="/contact/">contact page</a> says how to reach us, and where to find help about your own health.</p>""",
    },
    {
        "slug": "contact",
        "title": "Contact us",
        "body": """<p>We would like to hear from you. Tell us if something is unclear, if you think we got something wrong, or if there is a topic you would like us to cover.</p>
<h2>How to reach us</h2>
<ul>
<li>Email: <a href="mailto:editors@example.org">editors@example.org</a>. We answer within 5 working days.</li>
<li>On any guide: use the box "Was this page helpful?" at the end of the guide. Only our editors read what you write there.</li>
</ul>
<p>We cannot give advice about your own health or treatment. Your care team knows you and your health, so please ask them.</p>
<h2>Help with questions about cancer</h2>
<p>If you live in the United States, you can call the National Cancer Institute's Cancer Information Service for free at <a href="tel:+18004226237">1-800-422-6237</a> (1-800-4-CANCER). Its information specialists answer questions about cancer in English and Spanish. They cannot give medical advice, but they can help you find reliable information.</p>
<p>In other countries, ask your care team about cancer charities and helplines near you.</p>
<p><strong>In an emergency, call 911 or your local emergency number right away.</strong></p>""",
    },
    {
        "slug": "accessibility",
        "title": "Accessibility",
        "body": """<p>We want everyone to be able to read and use this site, including people who use a screen reader, a keyboard instead of a mouse, a small phone screen or large text.</p>
<h2>What we do</h2>
<ul>
<li>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.</li>
<li>Every page works with a keyboard alone. A link at the top of each page lets you skip straight to the main content.</li>
<li>Pages work at 320 pixels wide and when you make the text twice as big, without scrolling sideways.</li>
<li>Text has strong contrast, in light and dark mode. Nothing on the page moves or flashes.</li>
<li>Every image has a text description. Our editors cannot save a page with an image that has none.</li>
<li>Menus, answers and word explanations open without JavaScript.</li>
<li>We write in plain language and explain medical words.</li>
</ul>
<h2>How we check</h2>
<p>Each time we change the site, automated tests open the main pages in a real browser at phone and desktop sizes, in light and dark mode, and run the axe accessibility checker on them. The tests also try the keyboard and check what a screen reader would announce. Automated checks cannot find every problem, so we also read pages with a screen reader and at large text sizes.</p>
<h2>What we know is not perfect yet</h2>
<ul>
<li>Some of the sources we link to, such as journal articles and PDF guidelines, are not fully accessible. We do not control those sites.</li>
<li>Clinical trial details come from the ClinicalTrials.gov registry in the words it uses.</li>
</ul>
<h2>Tell us about a problem</h2>
<p>If something on this site is hard to use, please tell us. Email <a href="mailto:editors@example.org">editors@example.org</a> and say which page, what you were trying to do, and what device or assistive technology you use. We will answer within 5 working days and tell you what we will do about it.</p>""",
    },
    {
        "slug": "editorial-policy",
        "title": "How we write and review our guides",
        "body": """<p>You should be able to trust what you read here. This page explains how we write, check and update our guides, and how we stay independent.</p>
<h2>Plain language</h2>
<p>We write for patients and families, not for doctors. We use short sentences and everyday words. When we need a medical word, we explain it the first time. We aim for a reading level that most adults find easy. We say what is known and what is not yet known. We do not make promises that treatment cannot keep.</p>
<h2>Medical review</h2>
<p>Every guide is checked by a named clinician before it is published. This is a doctor who works in the area the guide covers. The reviewer checks that the facts are correct, up to date and fairly explained. Each guide shows the name of the reviewer, the date of the last review and the date the next review is due. We review each guide at least once a year. We review it sooner if important new research or a new drug approval comes out.</p>
<h2>Sources</h2>
<p>We base our guides on good-quality evidence. This includes published clinical trials, expert guidelines and information from public health agencies. We list our main sources under each guide, with links where we can, so you can look at them yourself.</p>
<h2>Updates and corrections</h2>
<p>Medicine changes, and we can make mistakes. If you spot an error, please email <strong>editors@example.org</strong>. We check every report. If something is wrong, we fix it as soon as we can and note the change on the guide.</p>
<h2>Independence, funding and conflicts of interest</h2>
<p>We do not accept money from companies that make drugs or medical devices. We do not accept money from law firms. We do not carry any advertising. No one outside our team can pay to change what we write.</p>
<p>Our writers and reviewers must tell us about any conflicts of interest. This includes things like payments from drug companies. We take these into account when we choose who reviews each guide.</p>""",
    },
    {
        "slug": "disclaimer",
        "title": "Medical disclaimer",
        "body": """<p>The guides on this site give general information about mesothelioma and its treatment. They are not medical advice. They cannot take the place of care from your own doctors and nurses.</p>
<p>Every person is different. Please talk with your care team before you make any choice about your treatment or your health. They know your full history and can help you weigh your options.</p>
<p>Reading this site does not create a doctor-patient relationship with us or with any of our writers or reviewers.</p>
<p><strong>In an emergency, call 911 or your local emergency number right away.</strong></p>""",
    },
]
