"""Read one study from the ClinicalTrials.gov API, version 2
(GET {CLINICALTRIALS_API_URL}/studies/{NCT number}): its brief title, phases,
overall status, the countries of its sites and when the registry last changed it."""

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date

from django.conf import settings

TIMEOUT_SECONDS = 20
# A whole record with results can run to a few megabytes; more is not a study.
READ_AT_MOST = 8 * 1024 * 1024


class RegistryError(Exception):
    """Why a study could not be read, in a sentence for the editors."""


@dataclass(frozen=True)
class Study:
    title: str
    phases: list[str]
    status: str
    countries: list[str]
    updated_on: date | None


def study_fetch(nct_id: str) -> Study:
    agent = f"MesoGuides/1.0 (trials listed on our guides; {settings.SITE_URL})"
    request = urllib.request.Request(  # noqa: S310 (the configured API's address)
        f"{settings.CLINICALTRIALS_API_URL.rstrip('/')}/studies/{nct_id}",
        headers={"Accept": "application/json", "User-Agent": agent},
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 (the configured API's address)
            body = response.read(READ_AT_MOST + 1)
    except urllib.error.HTTPError as error:
        error.close()  # it holds the connection open
        if error.code == 404:
            raise RegistryError(f"The registry has no study {nct_id}.") from error
        raise RegistryError(f"The registry answered {error.code}.") from error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise RegistryError(f"The registry could not be reached ({reason}).") from error
    if len(body) > READ_AT_MOST:
        raise RegistryError("The registry's answer was too long to be a study.")
    try:
        return study_from(json.loads(body))
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise RegistryError("The registry's answer could not be read.") from error


def study_from(record: dict) -> Study:
    protocol = record["protocolSection"]
    status = protocol["statusModule"]
    locations = protocol.get("contactsLocationsModule", {}).get("locations", [])
    updated = status.get("lastUpdatePostDateStruct", {}).get("date")
    return Study(
        title=str(protocol["identificationModule"]["briefTitle"])[:500],
        phases=[
            str(phase) for phase in protocol.get("designModule", {}).get("phases", [])
        ],
        status=str(status.get("overallStatus", "")),
        countries=sorted(
            {str(site["country"]) for site in locations if site.get("country")}
        ),
        updated_on=date.fromisoformat(updated) if updated else None,
    )
