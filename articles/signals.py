from django.dispatch import Signal

# Sent once per guide, inside the transaction that makes it live for the first time
# (by an editor or by the schedule). Receivers get `article`. subscriptions/ listens
# here, so articles/ never imports it.
article_published = Signal()
