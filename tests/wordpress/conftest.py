from pathlib import Path

import pytest

from wordpress.wxr import export_read

EXPORTS = Path(__file__).parent / "exports"
UPLOADS = EXPORTS / "uploads"


def export_bytes(name: str) -> bytes:
    return (EXPORTS / name).read_bytes()


@pytest.fixture
def site_export():
    return export_read(export_bytes("site-1.2.xml"))
