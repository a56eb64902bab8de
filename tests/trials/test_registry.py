"""Reading a study from the registry: what is kept of it, and every way it can fail."""

import socket
from datetime import date

import pytest

from trials.registry import RegistryError, study_fetch


def test_a_study_s_title_phases_status_countries_and_update_date_are_read(registry):
    study = study_fetch("NCT09990001")

    assert study.title == (
        "Drug A Added to Chemotherapy for Pleural Mesothelioma (a test record)"
    )
    assert study.phases == ["PHASE2", "PHASE3"]
    assert study.status == "RECRUITING"
    assert study.countries == [
        "Australia",
        "Canada",
        "France",
        "Italy",
        "Netherlands",
        "United Kingdom",
        "United States",
    ]
    assert study.updated_on == date(2026, 11, 20)
    assert registry.requests == ["/api/v2/studies/NCT09990001"]


def test_a_study_without_sites_has_no_countries(registry):
    study = study_fetch("NCT09990002")

    assert (study.countries, study.phases, study.status) == ([], ["NA"], "COMPLETED")


@pytest.mark.parametrize(
    ("nct_id", "message"),
    [
        ("NCT09990404", "The registry has no study NCT09990404."),
        ("NCT09990500", "The registry answered 500."),
        ("NCT09990666", "The registry's answer could not be read."),
    ],
)
def test_a_missing_study_an_error_and_a_garbled_answer_say_what_went_wrong(
    registry, nct_id, message
):
    with pytest.raises(RegistryError) as failure:
        study_fetch(nct_id)

    assert str(failure.value) == message


def test_an_unreachable_registry_is_a_failure_not_a_crash(settings):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.CLINICALTRIALS_API_URL = f"http://127.0.0.1:{port}/api/v2"

    with pytest.raises(RegistryError, match="could not be reached"):
        study_fetch("NCT09990001")
