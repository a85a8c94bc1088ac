"""The Litestar application: `create_app(settings)` wires the database gateway, routes, errors,
CORS, limits and the OpenAPI schema (served at /schema with an offline Swagger UI)."""
from __future__ import annotations

from pathlib import Path

import swagger_ui_bundle
from litestar import Litestar
from litestar.config.cors import CORSConfig
from litestar.di import Provide
from litestar.openapi.config import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin, SwaggerRenderPlugin, YamlRenderPlugin
from litestar.openapi.spec import Tag
from jinja2 import pass_context
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.static_files import create_static_files_router
from litestar.template.config import TemplateConfig

from .cache import coalesce, response_cache
from .db import Database
from .errors import exception_handlers
from .security import secure_headers
from .routes import appointments, catalog, charts, coattendance, events, explorer, people, topics
from .settings import Settings

_SWAGGER = "/static/swagger"
_HERE = Path(__file__).resolve().parent


def _templates() -> TemplateConfig:
    """Jinja templates in api/templates, autoescaped, with the role-name filter."""
    def setup(engine: JinjaTemplateEngine) -> None:
        engine.engine.filters["role_name"] = pass_context(explorer.role_filter)
        engine.engine.autoescape = True

    return TemplateConfig(directory=_HERE / "templates", engine=JinjaTemplateEngine, engine_callback=setup)


def _openapi() -> OpenAPIConfig:
    return OpenAPIConfig(
        title="dashiji",
        version="0.1.0",
        description=(
            "Chinese government chronicles (大事记) as data: dated events with the officials who took part, "
            "topics and provenance. Lists share one envelope `{items, total, next}`; errors share one shape "
            "`{status, error, detail, field}`. Tabular lists also answer `format=csv|ndjson|parquet`."),
        path="/schema",
        use_handler_docstrings=True,
        tags=[Tag(name="events"), Tag(name="people"), Tag(name="coattendance"), Tag(name="topics"),
              Tag(name="charts"), Tag(name="catalog")],
        render_plugins=[
            SwaggerRenderPlugin(path="/", js_url=f"{_SWAGGER}/swagger-ui-bundle.js",
                                css_url=f"{_SWAGGER}/swagger-ui.css",
                                standalone_preset_js_url=f"{_SWAGGER}/swagger-ui-standalone-preset.js",
                                favicon=f"<link rel='icon' type='image/png' href='{_SWAGGER}/favicon-32x32.png'>"),
            JsonRenderPlugin(), YamlRenderPlugin(),
        ],
    )


def create_app(settings: Settings | None = None) -> Litestar:
    """An application serving the database named in `settings` (read from the environment when omitted)."""
    settings = settings or Settings.from_env()
    db = Database(settings.db, timeout=settings.query_timeout, heavy_concurrency=settings.heavy_concurrency,
                  threads=settings.db_threads, concurrency=settings.db_concurrency,
                  queue_timeout=settings.queue_timeout)
    handlers = [*events.handlers, *people.handlers, *appointments.handlers, *coattendance.handlers, *topics.handlers, *catalog.handlers, *charts.handlers,
                *explorer.handlers,
                create_static_files_router(path=_SWAGGER, directories=[Path(swagger_ui_bundle.swagger_ui_path)],
                                           include_in_schema=False),
                create_static_files_router(path="/static/app", directories=[_HERE / "static"],
                                           include_in_schema=False)]
    cache_config, stores = response_cache(db, settings.cache_mb)
    return Litestar(
        route_handlers=handlers,
        response_cache_config=cache_config,
        stores=stores,
        middleware=[coalesce(stores["responses"])],
        dependencies={"db": Provide(lambda: db, use_cache=True, sync_to_thread=False),
                      "settings": Provide(lambda: settings, use_cache=True, sync_to_thread=False)},
        signature_namespace={"Database": Database, "Settings": Settings},
        exception_handlers=exception_handlers,  # type: ignore[arg-type]
        cors_config=CORSConfig(allow_origins=list(settings.cors_origins), allow_methods=["GET", "HEAD", "OPTIONS"])
        if settings.cors_origins else None,
        openapi_config=_openapi(),
        template_config=_templates(),
        request_max_body_size=settings.max_request_bytes,
        after_request=secure_headers,  # type: ignore[arg-type]
        state={"settings": settings, "db": db},  # type: ignore[arg-type]
    )
