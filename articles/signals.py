from django.dispatch import Signal

# Sent once per guide, inside the transaction that makes it live for the first time
# (by an editor or by the schedule). Receivers get `article`. subscriptions/ listens
# here, so articles/ never imports it.
article_published = Signal()

# Sent when an approved update of a live guide goes live and the editor asked to email
# followers about it, inside that transaction. Receivers get `article` and `update`
# (the approval, whose what_changed line the mail quotes).
article_updated = Signal()

# Sent by `manage.py load_demo` inside its transaction, once the demo guides, FAQ and
# pages exist (new or from an earlier run). Other apps add their own demo content
# (trials/demo.py) and return a dict of what they created, {"clinical trials": 2},
# for the command's summary; like load_demo, they leave what exists as it is.
demo_loaded = Signal()
