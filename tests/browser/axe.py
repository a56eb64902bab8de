"""axe-core in the page under test: what it reports as violations."""

from axe_playwright_python.base import AXE_SCRIPT, AxeResults

# What axe_playwright_python's Axe.run does, without injecting axe again on every run.
AXE_RUN = 'axe.run({"resultTypes": ["violations"]})'


def axe_violations(page) -> str:
    """axe's report of the page as it is now; empty if it found nothing."""
    page.evaluate(AXE_SCRIPT)
    results = AxeResults(page.evaluate(AXE_RUN))
    return results.generate_report() if results.violations_count else ""
