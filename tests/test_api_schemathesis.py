"""Property-based requests generated from the OpenAPI schema over every endpoint: no 5xx ever, and
every error in the one shape. Valid and deliberately invalid requests, over 1,000 in all."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

SHAPE = {"status", "error", "detail", "field"}
EXAMPLES = {GenerationMode.POSITIVE: 70, GenerationMode.NEGATIVE: 30}


@pytest.fixture(scope="module")
def api_schema(sample_db):
    from api import Settings, create_app

    return schemathesis.openapi.from_asgi("/schema/openapi.json", create_app(Settings(db=sample_db)))


def test_every_endpoint_survives_generated_requests(api_schema) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 12
    seen: dict[str, int] = {}
    for op, mode in ((op, mode) for op in operations for mode in EXAMPLES):
        @given(case=op.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES[mode], deadline=None, suppress_health_check=list(HealthCheck),
                  derandomize=True, database=None)
        def check(case) -> None:
            response = case.call()
            seen[op.label] = seen.get(op.label, 0) + 1
            assert response.status_code < 500, (case.path, case.query, response.text)
            if response.status_code >= 400:
                body = response.json()
                assert set(body) == SHAPE and body["status"] == response.status_code, body
        try:
            check()
        except Unsatisfiable:  # only string path parameters, or none: no invalid request to make
            assert mode is GenerationMode.NEGATIVE, op.label
    assert sum(seen.values()) >= 1000, seen
