# dashiji: one image for both the ETL job and the API (see docker-compose.yml).
FROM python:3.11-slim

# A CJK font so charts draw Chinese instead of empty boxes.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-wqy-microhei \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY etl ./etl
COPY queries ./queries
COPY api ./api
COPY data ./data
RUN pip install --no-cache-dir -e .

# COMPILE=1 (docker build --build-arg COMPILE=1 -t dashiji:latest .): the parser built with mypyc
# (`python -m etl compile`: the same output, ingest about a quarter faster), its extension modules placed
# beside their sources in /app (their shared runtime in site-packages); the compiler and mypy are removed again.
ARG COMPILE=0
RUN if [ "$COMPILE" = "1" ]; then \
      apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
      && pip install --no-cache-dir mypy \
      && python -m etl compile /tmp/compiled \
      && cp /tmp/compiled/etl/*.so etl/ \
      && cp /tmp/compiled/*.so "$(python -c 'import sysconfig; print(sysconfig.get_path("platlib"))')" \
      && pip uninstall -y mypy \
      && apt-get purge -y --auto-remove gcc libc6-dev && rm -rf /tmp/compiled /var/lib/apt/lists/*; \
    fi

ENV DASHIJI_DB=/data/dashiji.duckdb \
    DASHIJI_HOST=0.0.0.0 \
    DASHIJI_PORT=8000 \
    PYTHONUNBUFFERED=1
EXPOSE 8000
CMD ["python", "-m", "api", "--no-build"]
