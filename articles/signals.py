from django.dispatch import Signal

# Sent once per guide, inside the transaction that makes it live for the first time
# (by an editor or by the schedule). Receivers get `article`. subscriptions/ listens
# here, so articles/ never imports it.
article_published = Signal()

# Sent when an approved update of a live guide goes live and the editor asked to email
# followers about it, inside that transaction. Receivers get `article` and `update`
# (the approval, whose what_changed line the mail quotes).
article_updated = Signal()
