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

ENV DASHIJI_DB=/data/dashiji.duckdb \
    DASHIJI_HOST=0.0.0.0 \
    DASHIJI_PORT=8000 \
    PYTHONUNBUFFERED=1
EXPOSE 8000
CMD ["python", "-m", "api", "--no-build"]
